/**
 * What the README's npm snippets cost an app: each fenced `js` block of its "Using it from npm"
 * section (subsections included), bundled by esbuild as an app would bundle it (minified, Lit's
 * production build) against the packed package installed in a temp app, with its raw, gzip-9
 * and brotli-11 bytes. Fails when a snippet does not bundle.
 *
 * Run after `npm run build`.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { marked } from 'marked';
import { bundleOptions } from '../scripts/bundle-options.mjs';
import { installApp, pack, root } from '../scripts/pack.mjs';
import { sizes } from './bytes.mjs';

const SECTION = 'Using it from npm';

/** The `js` code blocks under the README's level-2 heading `section`, up to the next level-2 heading. */
export function readmeSnippets(markdown, section = SECTION) {
  const snippets = [];
  let inSection = false;
  for (const token of marked.lexer(markdown)) {
    if (token.type === 'heading' && token.depth <= 2) inSection = token.depth === 2 && token.text === section;
    else if (inSection && token.type === 'code' && token.lang === 'js') snippets.push(token.text);
  }
  return snippets;
}

export default async function run() {
  const snippets = readmeSnippets(readFileSync(join(root, 'README.md'), 'utf8'));
  if (!snippets.length) throw new Error(`README.md has no js block under "## ${SECTION}"`);
  const temp = mkdtempSync(join(tmpdir(), 'selca-readme-'));
  try {
    const app = join(temp, 'app');
    mkdirSync(app);
    installApp(app, [pack(temp).tarball]);
    console.log(`README "${SECTION}" snippets, each bundled by an app (esbuild, minified) from the packed package\n`);
    for (const snippet of snippets) {
      const result = await esbuild.build({
        ...bundleOptions,
        stdin: { contents: snippet, resolveDir: app, loader: 'js' },
        outfile: 'app.js',
        write: false,
      });
      const s = sizes(Buffer.from(result.outputFiles.find((file) => file.path.endsWith('.js')).contents));
      console.log(snippet.replace(/^/gm, '  '));
      console.log(`  -> ${s.raw} B raw, ${s.gzip} B gzip-9, ${s.brotli} B brotli-11\n`);
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
