/**
 * Bytes a page downloads before the visitor does anything, from the CDN folder of the same build
 * (dist/cdn-manifest.json): for each kind of page, the entries it loads and every file they import
 * statically, all the way down, each file compressed on its own as a server sends it (gzip level 9,
 * brotli quality 11). Parts loaded only when used (dynamic imports) are listed apart, with what
 * each adds to the page. Every ESM entry bundled by esbuild as an app would be is listed too.
 *
 * Fails (non-zero exit through bench/run.mjs) when a page misses its budget.
 * Run after `npm run build`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { bundleOptions as cdnOptions } from '../scripts/bundle-options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const cdn = join(dist, 'cdn');

/** The pages issue 11 sets budgets for: gzip bytes before interaction. */
export const PAGES = [
  { page: 'the toolbar alone', entries: ['selca-a11y-toolbar.js'], budget: 14_000 },
  { page: 'the map alone, London geometry included', entries: ['selca-coverage-map.js'], budget: 21_000 },
  { page: 'the partner list alone', entries: ['selca-partner-list.js'], budget: 15_000 },
  { page: 'the goals panel alone', entries: ['selca-goals-panel.js'], budget: 14_000 },
  { page: 'the focus areas alone', entries: ['selca-focus-areas.js'], budget: 13_000 },
  { page: 'map + partner list', entries: ['selca-coverage-map.js', 'selca-partner-list.js'], budget: 25_000 },
  {
    page: 'all five, through the autoloader',
    entries: [
      'selca-widgets.js',
      'selca-a11y-toolbar.js',
      'selca-coverage-map.js',
      'selca-partner-list.js',
      'selca-goals-panel.js',
      'selca-focus-areas.js',
    ],
    budget: 34_000,
  },
];

/** Modules only the web team needs (the console note on English words, the widgets' spoken lists): no page may load them before use. */
const WEB_TEAM_ONLY = /(^|\/)(english-words-note|spoken-words)\.js$/;

/** Each page's files holding a web-team-only module that the page loads before the visitor does anything. */
export function eagerWebTeamModules(files = cdnGraph()) {
  return PAGES.flatMap(({ page, entries }) =>
    [...staticClosure(files, entries)].flatMap((name) =>
      (files[name].modules ?? []).filter((module) => WEB_TEAM_ONLY.test(module)).map((module) => `${page}: ${name} holds ${module}`),
    ),
  );
}

export function sizes(buffer) {
  return {
    raw: buffer.byteLength,
    gzip: gzipSync(buffer, { level: 9 }).byteLength,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.byteLength },
    }).byteLength,
  };
}

const sum = (rows) =>
  rows.reduce((total, row) => ({ raw: total.raw + row.raw, gzip: total.gzip + row.gzip, brotli: total.brotli + row.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });

/** The CDN folder as the build described it, each file with its compressed sizes. */
export function cdnGraph() {
  const path = join(dist, 'cdn-manifest.json');
  if (!existsSync(path)) throw new Error('dist/cdn-manifest.json is missing; run `npm run build` first.');
  const { files } = JSON.parse(readFileSync(path, 'utf8'));
  for (const [name, file] of Object.entries(files)) Object.assign(file, sizes(readFileSync(join(cdn, name))));
  return files;
}

/** The entries and every file they import statically, all the way down. */
export function staticClosure(files, entries) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    if (!files[name]) throw new Error(`dist/cdn/${name} is not in the build`);
    seen.add(name);
    files[name].imports?.forEach(visit);
  };
  entries.forEach(visit);
  return seen;
}

/** Each part the entries load only when it is used, with the files it adds to what they loaded. */
export function lazyParts(files, entries) {
  const loaded = staticClosure(files, entries);
  const parts = new Map();
  for (const name of loaded) {
    for (const target of files[name].dynamicImports ?? []) {
      if (loaded.has(target) || parts.has(target)) continue;
      const adds = [...staticClosure(files, [target])].filter((file) => !loaded.has(file));
      parts.set(target, adds);
    }
  }
  return parts;
}

/** Rows of the lazy-part table for a page of `entries`: { part (the modules it holds), files, raw, gzip, brotli }. */
export function lazyPartRows(files, entries) {
  return [...lazyParts(files, entries)].map(([part, adds]) => {
    const holds = (files[part].modules ?? []).map((module) => module.replace(/^.*\//, '').replace(/\.js$/, ''));
    return { part: holds.join(', ') || part, files: adds.length, ...sum(adds.map((name) => files[name])) };
  });
}

function table(header, body) {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** Rows of the budget table: { page, files, raw, gzip, brotli, budget, within }. */
export function budgetRows(files = cdnGraph()) {
  return PAGES.map(({ page, entries, budget }) => {
    const closure = [...staticClosure(files, entries)];
    const total = sum(closure.map((name) => files[name]));
    return { page, files: closure.length, ...total, budget, within: total.gzip <= budget };
  });
}

async function appBundle(entry) {
  const result = await esbuild.build({ ...cdnOptions, entryPoints: [entry], outfile: 'bench.js', write: false });
  return Buffer.from(result.outputFiles.find((file) => file.path.endsWith('.js')).contents);
}

export default async function run({ reportBudgets = false } = {}) {
  const files = cdnGraph();
  const rows = budgetRows(files);
  console.log('What a page downloads before the visitor does anything (dist/cdn, each file compressed on its own)\n');
  console.log(
    table(
      ['page holds', 'files', 'raw B', 'gzip-9 B', 'brotli-11 B', 'budget gzip B', 'verdict'],
      rows.map((r) => [r.page, r.files, r.raw, r.gzip, r.brotli, r.budget, r.within ? 'within' : `OVER by ${r.gzip - r.budget} B`]),
    ),
  );

  console.log('\nParts loaded only when used (what each adds to its page, gzip-9 / brotli-11 B)\n');
  const lazyRows = PAGES.filter((p) => p.entries.length === 1).flatMap(({ page, entries }) =>
    lazyPartRows(files, entries).map((r) => [page, r.part, r.files, r.gzip, r.brotli]),
  );
  console.log(table(['page holds', 'part', 'files', 'gzip-9 B', 'brotli-11 B'], lazyRows));

  console.log('\nEvery file of dist/cdn and dist/single-file\n');
  const fileRows = Object.entries(files)
    .filter(([name]) => name.endsWith('.js'))
    .map(([name, f]) => [`dist/cdn/${name}`, f.raw, f.gzip, f.brotli]);
  const single = sizes(readFileSync(join(dist, 'single-file', 'selca-widgets.js')));
  fileRows.push(['dist/single-file/selca-widgets.js (no budget)', single.raw, single.gzip, single.brotli]);
  console.log(table(['file', 'raw B', 'gzip-9 B', 'brotli-11 B'], fileRows));

  console.log('\nESM entries bundled by an app (esbuild, minified, Lit production build)\n');
  const esmRows = [];
  for (const name of [
    'index.js',
    'core/index.js',
    ...readdirSync(dist)
      .filter((n) => /^selca-.+\.js$/.test(n))
      .sort(),
  ]) {
    const s = sizes(await appBundle(join(dist, name)));
    esmRows.push([`dist/${name}`, s.raw, s.gzip, s.brotli]);
  }
  console.log(table(['entry', 'raw B', 'gzip-9 B', 'brotli-11 B'], esmRows));

  // A structure check, not a budget: it fails even with --report-budgets.
  const eager = eagerWebTeamModules(files);
  if (eager.length) throw new Error(`loaded before use, though only the web team needs it: ${eager.join('; ')}`);

  const over = rows.filter((r) => !r.within);
  if (!over.length) return console.log('\nEvery page is within its budget.');
  const missed = `over budget: ${over.map((r) => `${r.page} (+${r.gzip - r.budget} B)`).join('; ')}`;
  if (!reportBudgets) throw new Error(missed);
  console.log(`\nBUDGETS NOT MET, reported only (--report-budgets): ${missed}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  run().catch((error) => {
    console.error(`bench/bytes: ${error.message}`);
    process.exit(1);
  });
}
