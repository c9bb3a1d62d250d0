#!/usr/bin/env node
/**
 * Checks the package exactly as it would be published: `npm pack` into a temp dir, then
 *   - each reading font file is in it once, and every runtime dependency is imported by some
 *     module in dist/ (and every package dist/ imports is a runtime dependency)
 *   - publint on the tarball (errors fail; warnings fail too, except exports globs that match
 *     no files yet, e.g. `./selca-*.js` before the first widget exists)
 *   - arethetypeswrong on the tarball with the ESM-only profile (no CJS consumers expected),
 *     with every concrete file behind a wildcard export added as an entrypoint
 * and prints its packed, unpacked and installed size. Offline apart from npm's cache/registry for
 * the install. Run `npm run build` first. Exits 1 on any problem.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import ts from 'typescript';
import { builtFontPaths } from './font-files.mjs';
import { installedBytes, kB, pack, root } from './pack.mjs';

/** publint warnings that only mean "no widget built yet"; reported, not fatal. */
const TOLERATED_WARNINGS = new Set(['EXPORTS_GLOB_NO_MATCHED_FILES']);

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('check:pack: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}

/** The package a bare import specifier names (`lit/decorators.js` -> `lit`), or null for a path. */
const packageOf = (specifier) => {
  if (/^[./]|^[a-z]+:/.test(specifier)) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
};

/** Problems with the fonts and dependencies of the packed files. */
function contentProblems(files, pkg) {
  const problems = [];
  const copies = new Map();
  for (const file of files.filter((path) => path.endsWith('.woff2'))) copies.set(basename(file), (copies.get(basename(file)) ?? 0) + 1);
  for (const { file } of builtFontPaths(join(root, 'dist'))) {
    if (copies.get(file) !== 1) problems.push(`${file} is in the package ${copies.get(file) ?? 0} times (once expected)`);
  }
  for (const [file, count] of copies)
    if (count > 1 && !problems.some((p) => p.startsWith(file))) problems.push(`${file} is in the package ${count} times`);

  const imported = new Set();
  for (const file of files.filter((path) => path.startsWith('dist/') && path.endsWith('.js'))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      const name = packageOf(fileName);
      if (name) imported.add(name);
    }
  }
  const dependencies = Object.keys(pkg.dependencies ?? {});
  for (const name of dependencies.filter((dependency) => !imported.has(dependency))) {
    problems.push(`runtime dependency ${name} is imported by nothing in dist/ (a build input belongs in devDependencies)`);
  }
  for (const name of [...imported].filter((dependency) => !dependencies.includes(dependency))) {
    problems.push(`dist/ imports ${name}, which is not a runtime dependency`);
  }
  return problems;
}

const temp = mkdtempSync(join(tmpdir(), 'selca-pack-'));
let failed = false;
try {
  // 1. Pack (lifecycle scripts skipped: the check must not rebuild behind your back), and install
  // the tarball as an app would.
  const { tarball, filename, files, size, unpackedSize } = pack(temp);
  const app = join(temp, 'app');
  mkdirSync(app);
  const installed = installedBytes(tarball, app);
  console.log(
    `check:pack: ${filename}: ${files.length} files, ${kB(size)} packed, ${kB(unpackedSize)} unpacked, ${kB(installed)} installed (with its dependencies)`,
  );
  const problems = contentProblems(files, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')));
  for (const problem of problems) console.log(`  FAILED: ${problem}`);
  console.log(`check:pack: fonts once, runtime dependencies all used ${problems.length ? `FAILED (${problems.length})` : 'passed'}`);
  if (problems.length) failed = true;

  // 2. publint
  const buffer = readFileSync(tarball);
  const { messages, pkg } = await publint({
    pack: { tarball: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) },
    level: 'suggestion',
  });
  const fatal = messages.filter((m) => m.type === 'error' || (m.type === 'warning' && !TOLERATED_WARNINGS.has(m.code)));
  for (const m of messages) {
    const tag = fatal.includes(m) ? m.type.toUpperCase() : `${m.type} (ok)`;
    console.log(`  publint ${tag}: ${formatMessage(m, pkg, { color: false })}`);
  }
  console.log(`check:pack: publint ${fatal.length ? `FAILED (${fatal.length})` : `passed (${messages.length} notes)`}`);
  if (fatal.length) failed = true;

  // 3. arethetypeswrong: wildcard exports are not expanded by attw, so list what is in the tarball.
  const wildcardEntries = files
    .filter(
      (file) =>
        /^dist\/selca-[^/]+\.js$/.test(file) ||
        // Shared chunks (selca-shared-HASH.js) are the entries' internals, not an API.
        (/^dist\/cdn\/[^/]+\.js$/.test(file) && !basename(file).startsWith('selca-shared-')) ||
        /^dist\/components\/.+\.js$/.test(file),
    )
    .map((file) => `./${file.replace(/^dist\//, '')}`);
  const attwBin = join(root, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js');
  const attwArgs = [
    attwBin,
    tarball,
    '--profile',
    'esm-only',
    '--no-definitely-typed',
    '--format',
    'table-flipped',
    '--no-emoji',
    '--no-color',
  ];
  if (wildcardEntries.length) attwArgs.push('--include-entrypoints', ...wildcardEntries);
  const attw = spawnSync(process.execPath, attwArgs, { cwd: temp, stdio: 'inherit' });
  if (attw.error) throw attw.error;
  console.log(`check:pack: arethetypeswrong (esm-only) ${attw.status === 0 ? 'passed' : 'FAILED'}`);
  if (attw.status !== 0) failed = true;
} catch (error) {
  console.error(`check:pack: ${error instanceof Error ? error.message : error}`);
  failed = true;
} finally {
  rmSync(temp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
