#!/usr/bin/env node
/**
 * Builds the package into dist/:
 *   1. tsc (tsconfig.build.json): ESM + .d.ts (+ declaration maps) mirroring src/
 *   2. Rollup + terser, from the tsc output: dist/cdn/, one module per widget (selca-NAME.js) and
 *      the autoloader (selca-widgets.js) sharing content-hashed chunks, Lit's production build
 *      inside; dist/single-file/selca-widgets.js, everything in one module; esbuild: the early
 *      classic script dist/cdn/selca-early.js; the page stylesheet dist/cdn/selca-widgets.css
 *   3. JSON: dist/alliance-profile.schema.json and dist/profiles/selca.json; every widget's words for
 *      translators, dist/words/en.json and docs/words.md (scripts/words-catalogue.mjs)
 *   4. Custom Elements Manifest via `npm run analyze`, when that script and its config exist
 *   5. The accessibility conformance report (docs/conformance.md, dist/conformance.json) and the
 *      statement text (docs/accessibility-statement-text.md), from scripts/conformance/; the build
 *      fails if a criterion names a test that does not exist or a widget lacks a row
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { minifyHTMLLiterals } from 'minify-literals';
import { bundleOptions, terserOptions } from './bundle-options.mjs';
import { DEFAULT_BASE, embedSnippet } from './embed-snippet.mjs';
import { builtFontPaths, fontUrlsRollupPlugin } from './font-files.mjs';
import { OUTPUTS as CONFORMANCE_OUTPUTS, generate as generateConformance } from './conformance/generate.mjs';
import { OUTPUTS as WORDS_OUTPUTS, generate as generateWords } from './words-catalogue.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const dist = join(root, 'dist');
const cdn = join(dist, 'cdn');
const rel = (path) => relative(root, path);
const started = performance.now();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(`build: \`${command} ${args.join(' ')}\` failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

/** `src/selca-NAME.ts` define modules, sorted; none is fine. */
function defineModules() {
  return readdirSync(src)
    .filter((name) => /^selca-[a-z0-9-]+\.ts$/.test(name) && !/\.(test|stories|d)\.ts$/.test(name))
    .sort();
}

/**
 * dist/cdn-manifest.json: each file of dist/cdn/ with its SHA-384 (for `integrity` and import
 * maps), its size, the files it imports statically and dynamically (for the byte budgets), and the
 * library's own modules inside it (so a report can say what a hashed file holds).
 */
function writeCdnManifest(output) {
  const chunks = Object.fromEntries(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const files = {};
  for (const path of walk(cdn).sort()) {
    const name = relative(cdn, path).split('\\').join('/');
    const bytes = readFileSync(path);
    const chunk = chunks[name];
    files[name] = {
      integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
      bytes: bytes.byteLength,
      ...(chunk && {
        imports: chunk.imports,
        dynamicImports: chunk.dynamicImports,
        modules: chunk.moduleIds.filter((id) => id.startsWith(dist)).map((id) => relative(dist, id).split('\\').join('/')),
      }),
    };
  }
  writeJson(join(dist, 'cdn-manifest.json'), { package: pkg.name, version: pkg.version, files });
  return files;
}

function writeJson(path, value) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

// 1. Clean + tsc
rmSync(dist, { recursive: true, force: true });
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
run(process.execPath, [tsc, '-p', 'tsconfig.build.json']);

// White space between words and tags keeps one space, and empty attributes (alt="") stay: they mean something.
const templateHtmlOptions = {
  collapseWhitespace: true,
  conservativeCollapse: true,
  removeComments: true,
  removeEmptyAttributes: false,
  caseSensitive: true,
};

// The widgets' templates and styles in the ESM output, minified (html-minifier-next and Lightning CSS
// through minify-literals), as they are in the CDN files built from it.
for (const file of walk(dist).filter((path) => path.endsWith('.js'))) {
  const code = readFileSync(file, 'utf8');
  if (!/\b(html|svg|css) ?`/.test(code)) continue;
  const minified = await minifyHTMLLiterals(code, { fileName: file, sourceMap: false, html: templateHtmlOptions });
  if (minified) writeFileSync(file, minified.code);
}

// 2. CDN folder: one module per widget and the autoloader, sharing content-hashed chunks, so a page
// with several widgets downloads Lit and the core once. The reading fonts go in its fonts/ folder,
// found from whichever chunk holds the code that loads them (fontUrlsRollupPlugin).
const defines = defineModules();
const collision = defines.find((name) => name === 'selca-widgets.ts');
if (collision) {
  console.error('build: src/selca-widgets.ts would overwrite the autoloader; rename it.');
  process.exit(1);
}
// From the tsc output, so the widgets' CSS is already minified.
const entries = [
  { in: join(dist, 'autoloader.js'), out: 'selca-widgets' },
  ...defines.map((name) => ({ in: join(dist, name.replace(/\.ts$/, '.js')), out: name.replace(/\.ts$/, '') })),
];
const autoloaderSource = readFileSync(join(src, 'autoloader.ts'), 'utf8');
const unknownToAutoloader = defines.filter((name) => !autoloaderSource.includes(`'./${name.replace(/\.ts$/, '.js')}'`));
if (unknownToAutoloader.length) {
  console.error(`build: src/autoloader.ts does not load ${unknownToAutoloader.join(', ')}.`);
  process.exit(1);
}
// Rollup rather than esbuild for this folder: it knows that a part loaded on demand can use what its
// importer already loaded, so it does not split that shared code into extra small files.
const cdnBuild = await rollup({
  input: Object.fromEntries(entries.map((entry) => [entry.out, entry.in])),
  plugins: [nodeResolve({ exportConditions: ['production', 'browser'] }), fontUrlsRollupPlugin(dist)],
  preserveEntrySignatures: 'strict',
  onwarn: (warning) => {
    throw new Error(`build: ${warning.message}`);
  },
});
const { output: cdnOutput } = await cdnBuild.write({
  dir: cdn,
  format: 'es',
  entryFileNames: '[name].js',
  chunkFileNames: 'selca-shared-[hash].js',
  // Files this small cost more in requests and compression than they save.
  experimentalMinChunkSize: 600,
  // The console note about English words and every widget's spoken list are for web teams, not visitors: one file,
  // loaded only when a widget shows an English word on a page in another language. Alone, each would be merged into
  // a file every page loads; they import nothing at run time, so this file takes in nothing else.
  manualChunks: (id) => (/[\\/](english-words-note|spoken-words)\.js$/.test(id) ? 'english-words' : undefined),
  plugins: [terser(terserOptions)],
});
await cdnBuild.close();

// 2b. The single-file build, for hosts that can upload only one file: everything in one module,
// the parts other pages load on demand included.
const singleFile = join(dist, 'single-file', 'selca-widgets.js');
const singleBuild = await rollup({
  input: join(dist, 'index.js'),
  plugins: [nodeResolve({ exportConditions: ['production', 'browser'] }), fontUrlsRollupPlugin(dist)],
});
await singleBuild.write({ file: singleFile, format: 'es', inlineDynamicImports: true, plugins: [terser(terserOptions)] });
await singleBuild.close();

for (const file of [...cdnOutput.map((chunk) => join(cdn, chunk.fileName)), singleFile].filter((path) => path.endsWith('.js'))) {
  if (readFileSync(file, 'utf8').includes('Lit is in dev mode')) {
    console.error(`build: ${rel(file)} contains Lit's development build.`);
    process.exit(1);
  }
}
for (const name of defines) {
  const tag = name.replace(/\.ts$/, '');
  // A `sideEffects` list in package.json that missed src/selca-*.ts would let esbuild drop the registration.
  const registers = (code) => [`"${tag}"`, `'${tag}'`, `\`${tag}\``].some((quoted) => code.includes(quoted));
  if (!registers(readFileSync(join(cdn, `${tag}.js`), 'utf8')) || !registers(readFileSync(singleFile, 'utf8'))) {
    console.error(`build: the registration of <${tag}> was dropped (check "sideEffects").`);
    process.exit(1);
  }
  // Types for the CDN file: the same exports as the module it was bundled from.
  writeFileSync(join(cdn, `${tag}.d.ts`), `export * from '../${tag}.js';\n`);
}
writeFileSync(join(cdn, 'selca-widgets.d.ts'), "export * from '../autoloader.js';\n");
writeFileSync(join(dist, 'single-file', 'selca-widgets.d.ts'), "export * from '../index.js';\n");
// The early entry: a classic (non-module) script for <head>, so it runs before first paint.
// The early entry never loads fonts from its own address, so import.meta is not needed there.
await esbuild.build({
  ...bundleOptions,
  format: 'iife',
  logOverride: { 'empty-import-meta': 'silent' },
  entryPoints: [join(src, 'early-preferences.ts')],
  outfile: join(cdn, 'selca-early.js'),
});
// It runs before the widgets: with Lit inside it would make a second Trusted Types policy, which a strict page refuses.
if (readFileSync(join(cdn, 'selca-early.js'), 'utf8').includes('createPolicy')) {
  console.error('build: dist/cdn/selca-early.js contains Lit (something it imports imports lit); keep it free of Lit.');
  process.exit(1);
}
// A classic script exports nothing; the declaration says so for type checkers.
writeFileSync(join(cdn, 'selca-early.d.ts'), 'export {};\n');

// The reading fonts, once, where the fonts module's URLs point (dist/cdn/fonts/): the CDN folder
// stays self-contained, and the ESM modules and any bundler find the same files.
for (const { source, path } of builtFontPaths(dist)) {
  mkdirSync(dirname(path), { recursive: true });
  copyFileSync(source, path);
}

// The page stylesheet that keeps each widget's space before its code arrives, minified.
const pageStyles = await esbuild.transform(readFileSync(join(src, 'selca-widgets.css'), 'utf8'), { loader: 'css', minify: true });
writeFileSync(join(cdn, 'selca-widgets.css'), pageStyles.code);

const cdnManifest = writeCdnManifest(cdnOutput);

// 3. JSON schema + default profile, from the freshly built modules. The built-in profile is
// checked here, so visitors' browsers never download the validator for it.
const { profileJsonSchema, validateProfile, formatIssues } = await import(pathToFileURL(join(dist, 'core', 'profile.js')).href);
const { selcaProfile } = await import(pathToFileURL(join(dist, 'data', 'selca-profile.js')).href);
const builtIn = validateProfile(selcaProfile);
if (!builtIn.ok || builtIn.warnings.length) {
  console.error(
    `build: the built-in profile (src/data/selca-profile.ts) is not valid:\n${formatIssues(builtIn.ok ? builtIn.warnings : builtIn.issues)}`,
  );
  process.exit(1);
}
writeJson(join(dist, 'alliance-profile.schema.json'), profileJsonSchema());
writeJson(join(dist, 'profiles', 'selca.json'), { $schema: '../alliance-profile.schema.json', ...selcaProfile });
const wordCount = await generateWords(root);

// 4. Custom Elements Manifest
let manifest = 'skipped';
if (!existsSync(join(root, 'custom-elements-manifest.config.mjs'))) {
  console.log('build: no custom-elements-manifest.config.mjs; skipping the Custom Elements Manifest.');
} else if (!pkg.scripts?.analyze) {
  console.log('build: package.json has no "analyze" script; skipping the Custom Elements Manifest.');
} else {
  run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'analyze']);
  manifest = existsSync(join(root, 'custom-elements.json')) ? 'custom-elements.json' : 'analyze ran, no custom-elements.json';
}

// 5. Conformance report and statement text
const conformanceProblems = generateConformance(root);
if (conformanceProblems.length) {
  console.error(`build: the conformance report cannot be generated:\n${conformanceProblems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}

// Summary
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const files = walk(dist);
console.log(`\nbuild: ${pkg.name}@${pkg.version} in ${((performance.now() - started) / 1000).toFixed(1)}s`);
console.log(`  dist/            ${files.length} files (${files.filter((f) => f.endsWith('.js')).length} .js)`);
console.log(`  define modules   ${defines.length ? defines.join(', ') : 'none yet'}`);
for (const [name, file] of Object.entries(cdnManifest).filter(([name]) => name.endsWith('.js'))) {
  console.log(`  ${`dist/cdn/${name}`.padEnd(40)} ${kb(file.bytes)}`);
}
console.log(`  ${rel(singleFile).padEnd(40)} ${kb(statSync(singleFile).size)}`);
console.log(`  dist/alliance-profile.schema.json, dist/profiles/selca.json, dist/cdn-manifest.json (SHA-384 of every CDN file)`);
console.log(`  words            ${wordCount} words in ${Object.values(WORDS_OUTPUTS).join(', ')}`);
console.log(`  manifest         ${manifest}`);
console.log(`  conformance      ${Object.values(CONFORMANCE_OUTPUTS).join(', ')}`);

const snippet = embedSnippet(JSON.parse(readFileSync(join(dist, 'cdn-manifest.json'), 'utf8')), process.env.SELCA_CDN_BASE ?? DEFAULT_BASE);
console.log(
  `\nEmbed snippet for a copy of dist/cdn/ at ${process.env.SELCA_CDN_BASE ?? DEFAULT_BASE} (another path: SELCA_CDN_BASE=/path/ npm run build, or npx selca-embed-snippet /path/):\n\n${snippet.html}\n\nContent-Security-Policy: ${snippet.csp}`,
);
