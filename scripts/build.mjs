#!/usr/bin/env node
/**
 * Builds the package into dist/:
 *   1. tsc (tsconfig.build.json): ESM + .d.ts (+ declaration maps) mirroring src/
 *   2. esbuild: self-contained, minified CDN bundles in dist/cdn/ (Lit inside, production build)
 *      - selca-widgets.js from src/index.ts
 *      - selca-NAME.js per define module src/selca-NAME.ts (zero or many)
 *   3. JSON: dist/alliance-profile.schema.json and dist/profiles/selca.json
 *   4. Custom Elements Manifest via `npm run analyze`, when that script and its config exist
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { bundleOptions, minifyCss } from './bundle-options.mjs';
import { fontFiles } from './font-files.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const dist = join(root, 'dist');
const cdn = join(dist, 'cdn');
const rel = (path) => relative(root, path);
const started = performance.now();


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

function writeJson(path, value) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

// 1. Clean + tsc
rmSync(dist, { recursive: true, force: true });
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
run(process.execPath, [tsc, '-p', 'tsconfig.build.json']);

// Component CSS in the ESM output loses its white space too, as in the CDN files.
const walkJs = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walkJs(join(dir, d.name)) : d.name.endsWith('.js') ? [join(dir, d.name)] : [],
  );
for (const file of walkJs(dist)) {
  const code = readFileSync(file, 'utf8');
  if (/\bcss ?`/.test(code)) writeFileSync(file, minifyCss(code));
}

// 2. CDN bundles
const defines = defineModules();
const entries = [
  { in: join(src, 'index.ts'), out: 'selca-widgets' },
  ...defines.map((name) => ({ in: join(src, name), out: name.replace(/\.ts$/, '') })),
];
const collision = defines.find((name) => name === 'selca-widgets.ts');
if (collision) {
  console.error('build: src/selca-widgets.ts would overwrite the all-in-one CDN bundle; rename it.');
  process.exit(1);
}
for (const entry of entries) {
  await esbuild.build({ ...bundleOptions, entryPoints: [entry.in], outfile: join(cdn, `${entry.out}.js`) });
  const code = readFileSync(join(cdn, `${entry.out}.js`), 'utf8');
  if (code.includes('Lit is in dev mode')) {
    console.error(`build: dist/cdn/${entry.out}.js contains Lit's development build.`);
    process.exit(1);
  }
  // The all-in-one bundle must keep every define module src/index.ts imports (a `sideEffects`
  // list in package.json that misses src/selca-*.ts would let esbuild drop the registration).
  if (entry.out === 'selca-widgets') {
    const index = readFileSync(entry.in, 'utf8');
    const dropped = defines
      .map((name) => name.replace(/\.ts$/, ''))
      .filter((tag) => index.includes(`./${tag}.js`) && !code.includes(`"${tag}"`) && !code.includes(`'${tag}'`) && !code.includes(`\`${tag}\``));
    if (dropped.length) {
      console.error(`build: dist/cdn/selca-widgets.js lost the registration of ${dropped.join(', ')} (check "sideEffects").`);
      process.exit(1);
    }
  }
  // Types for the CDN file: the same exports as the module it was bundled from.
  const from = entry.out === 'selca-widgets' ? '../index.js' : `../${entry.out}.js`;
  writeFileSync(join(cdn, `${entry.out}.d.ts`), `export * from '${from}';\n`);
}

// The early entry: a classic (non-module) script for <head>, so it runs before first paint.
// The early entry never loads fonts from its own address, so import.meta is not needed there.
await esbuild.build({ ...bundleOptions, format: 'iife', logOverride: { 'empty-import-meta': 'silent' }, entryPoints: [join(src, 'early-preferences.ts')], outfile: join(cdn, 'selca-early.js') });
// A classic script exports nothing; the declaration says so for type checkers.
writeFileSync(join(cdn, 'selca-early.d.ts'), 'export {};\n');

// Reading fonts beside each module that loads them: the ESM toolbar folder and the CDN folder.
for (const folder of [join(dist, 'components', 'a11y-toolbar', 'fonts'), join(cdn, 'fonts')]) {
  mkdirSync(folder, { recursive: true });
  for (const [file, source] of fontFiles()) copyFileSync(source, join(folder, file));
}

// 3. JSON schema + default profile, from the freshly built modules
const { profileJsonSchema } = await import(pathToFileURL(join(dist, 'core', 'profile.js')).href);
const { selcaProfile } = await import(pathToFileURL(join(dist, 'data', 'selca-profile.js')).href);
writeJson(join(dist, 'alliance-profile.schema.json'), profileJsonSchema());
writeJson(join(dist, 'profiles', 'selca.json'), { $schema: '../alliance-profile.schema.json', ...selcaProfile });

// 4. Custom Elements Manifest
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let manifest = 'skipped';
if (!existsSync(join(root, 'custom-elements-manifest.config.mjs'))) {
  console.log('build: no custom-elements-manifest.config.mjs; skipping the Custom Elements Manifest.');
} else if (!pkg.scripts?.analyze) {
  console.log('build: package.json has no "analyze" script; skipping the Custom Elements Manifest.');
} else {
  run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'analyze']);
  manifest = existsSync(join(root, 'custom-elements.json')) ? 'custom-elements.json' : 'analyze ran, no custom-elements.json';
}

// Summary
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
const files = walk(dist);
console.log(`\nbuild: ${pkg.name}@${pkg.version} in ${((performance.now() - started) / 1000).toFixed(1)}s`);
console.log(`  dist/            ${files.length} files (${files.filter((f) => f.endsWith('.js')).length} .js)`);
console.log(`  define modules   ${defines.length ? defines.join(', ') : 'none yet'}`);
for (const entry of entries) {
  const file = join(cdn, `${entry.out}.js`);
  console.log(`  ${rel(file).padEnd(40)} ${kb(statSync(file).size)}`);
}
console.log(`  dist/alliance-profile.schema.json, dist/profiles/selca.json`);
console.log(`  manifest         ${manifest}`);
