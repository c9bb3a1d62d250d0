#!/usr/bin/env node
/**
 * The markup a trust page needs to load the widgets from its own copy of dist/cdn/, pinned to the
 * files of this build: the autoloader with its `integrity`, an import map giving the integrity of
 * every module it may load later (widgets, shared chunks, parts loaded on first use), the early
 * script, the stylesheet that keeps each widget's space before its code arrives, and the CSP `script-src` source that allows that inline import map.
 *
 *   npx selca-embed-snippet /assets/selca/      (from a project that installed @selca/widgets)
 *   node scripts/embed-snippet.mjs /assets/selca/   (in this repository, after `npm run build`)
 *
 * The argument is where the site serves its copy of dist/cdn/ (a path or an absolute URL).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_BASE = '/assets/selca/';

/** `{ html, csp }` for the files listed in a cdn-manifest.json, served from `base`. */
export function embedSnippet(manifest, base = DEFAULT_BASE) {
  const folder = base.endsWith('/') ? base : `${base}/`;
  const modules = Object.keys(manifest.files)
    .filter((name) => name.endsWith('.js') && name !== 'selca-early.js')
    .sort();
  const importMap = JSON.stringify(
    { integrity: Object.fromEntries(modules.map((name) => [folder + name, manifest.files[name].integrity])) },
    null,
    2,
  );
  const importMapHash = `sha384-${createHash('sha384').update(importMap).digest('base64')}`;
  const html = [
    `<!-- @selca/widgets ${manifest.version}: in <head>, before any other module script. -->`,
    `<!-- Optional, for the toolbar: applies saved reading preferences before the page paints. -->`,
    `<script src="${folder}selca-early.js" integrity="${manifest.files['selca-early.js'].integrity}"></script>`,
    `<!-- Keeps each widget's space until its code arrives, so the page does not move. -->`,
    `<link rel="stylesheet" href="${folder}selca-widgets.css" integrity="${manifest.files['selca-widgets.css'].integrity}" />`,
    `<script type="importmap">${importMap}</script>`,
    `<script type="module" src="${folder}selca-widgets.js" integrity="${manifest.files['selca-widgets.js'].integrity}"></script>`,
  ].join('\n');
  return { html, csp: `script-src 'self' '${importMapHash}'`, importMapHash };
}

/** The snippet for the build in the package folder `root` (its dist/cdn-manifest.json); throws saying to build when there is none. */
export function builtEmbedSnippet(base = DEFAULT_BASE, root = join(dirname(fileURLToPath(import.meta.url)), '..')) {
  const manifestPath = join(root, 'dist', 'cdn-manifest.json');
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    throw new Error(`selca-embed-snippet: cannot read ${manifestPath} (${error.message}); run \`npm run build\` first.`);
  }
  return embedSnippet(manifest, base);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let snippet;
  try {
    snippet = builtEmbedSnippet(process.argv[2] ?? DEFAULT_BASE);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  const { html, csp } = snippet;
  console.log(`${html}\n\nContent-Security-Policy needs: ${csp}`);
}
