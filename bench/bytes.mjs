/**
 * Bytes a visitor downloads, raw / gzip (zlib level 9) / brotli (quality 11):
 *   - every dist/cdn/*.js file as shipped
 *   - every ESM entry (dist/index.js, dist/selca-*.js) with its imports, bundled in memory by
 *     esbuild the way an app bundler would (minified, Lit inside, production conditions)
 * Run after `npm run build`: exits non-zero when dist/ is missing.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { bundleOptions as cdnOptions } from '../scripts/bundle-options.mjs';

const bundleOptions = { ...cdnOptions, write: false };

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');


export function sizes(buffer) {
  return {
    raw: buffer.byteLength,
    gzip: gzipSync(buffer, { level: 9 }).byteLength,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.byteLength,
      },
    }).byteLength,
  };
}

async function bundle(entry) {
  const result = await esbuild.build({ ...bundleOptions, entryPoints: [entry], outfile: 'bench.js' });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'));
  return Buffer.from(js.contents);
}

/** Rows of { file, kind, raw, gzip, brotli }. */
export async function measure() {
  if (!existsSync(join(dist, 'index.js'))) {
    throw new Error('dist/ is missing; run `npm run build` first.');
  }
  const rows = [];
  const cdn = join(dist, 'cdn');
  const cdnFiles = existsSync(cdn) ? readdirSync(cdn).filter((n) => n.endsWith('.js')).sort() : [];
  for (const name of cdnFiles) {
    rows.push({ file: `dist/cdn/${name}`, kind: 'cdn file', ...sizes(readFileSync(join(cdn, name))) });
  }
  const entries = ['index.js', ...readdirSync(dist).filter((n) => /^selca-.+\.js$/.test(n)).sort()];
  for (const name of entries) {
    rows.push({ file: `dist/${name}`, kind: 'esm + imports', ...sizes(await bundle(join(dist, name))) });
  }
  return rows;
}

export function table(rows) {
  const header = ['file', 'measured as', 'raw B', 'gzip-9 B', 'brotli-11 B'];
  const body = rows.map((r) => [r.file, r.kind, String(r.raw), String(r.gzip), String(r.brotli)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) =>
    cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** Entry for bench/run.mjs. */
/** Gzip budgets set by the issues, for the files that have one. */
const TARGETS = {
  // Half of Sienna's 20.9 KB gzip, an open-source toolbar of similar scope (fonts excluded).
  'dist/cdn/selca-a11y-toolbar.js': 10450,
  // 1/15 of the Highcharts Maps and accessibility stack (171 KB gzip), default geometry included.
  'dist/cdn/selca-coverage-map.js': 11400,
  // Issue 6: the partner list's CDN file, Lit included.
  'dist/cdn/selca-partner-list.js': 12000,
  // Issue 7: the goals panel's and the focus areas' CDN files, Lit included.
  'dist/cdn/selca-goals-panel.js': 12000,
  'dist/cdn/selca-focus-areas.js': 10000,
};

/**
 * What every widget pays before its own code, bundled like a CDN file: Lit alone, and Lit with the
 * foundation a widget is built on (profile loading and validation, the default profile, theme
 * tokens, the preferences channel, notices, safe registration) behind an element that renders nothing.
 */
const FLOORS = {
  'Lit alone': `import { LitElement, html } from 'lit';
customElements.define('selca-floor', class extends LitElement { render() { return html\`\`; } });`,
  'Lit + foundation': `import { LitElement, html } from 'lit';
import { renderNotice, noticeStyles } from './core/notice.js';
import { PreferencesController } from './core/preferences.js';
import { ProfileController } from './core/profile-source.js';
import { themeStyles } from './core/theme.js';
import { defineElement } from './core/define.js';
defineElement('selca-floor', class extends LitElement {
  static styles = [themeStyles, noticeStyles];
  data = new ProfileController(this);
  preferences = new PreferencesController(this);
  render() { return html\`\${renderNotice(this.data.status, this.data.message)}\`; }
});`,
};

async function floors() {
  const rows = [];
  for (const [label, contents] of Object.entries(FLOORS)) {
    const result = await esbuild.build({
      ...bundleOptions,
      stdin: { contents, resolveDir: join(dist), sourcefile: 'floor.js', loader: 'js' },
      outfile: 'floor.js',
    });
    rows.push({ file: label, kind: 'floor', ...sizes(Buffer.from(result.outputFiles[0].contents)) });
  }
  return rows;
}

export default async function run() {
  const rows = await measure();
  console.log('Bytes downloaded (raw / gzip level 9 / brotli quality 11)\n');
  console.log(table(rows));
  for (const row of rows) {
    const target = TARGETS[row.file];
    if (!target) continue;
    const verdict = row.gzip <= target ? 'within' : `over by ${row.gzip - target} B`;
    console.log(`target ${row.file}: at most ${target} B gzip; measured ${row.gzip} B, ${verdict}`);
  }
  console.log('\nWhat every widget pays before its own code (bundled from dist/ as a CDN file would be):\n');
  console.log(table(await floors()));
  console.log(`\n(${relative(process.cwd(), dist) || '.'}; ESM entries bundled in memory with esbuild, minified, Lit production build)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  run().catch((error) => {
    console.error(`bench/bytes: ${error.message}`);
    process.exit(1);
  });
}
