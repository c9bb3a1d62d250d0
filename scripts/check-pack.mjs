#!/usr/bin/env node
/**
 * Checks the package exactly as it would be published: `npm pack` into a temp dir, then
 *   - publint on the tarball (errors fail; warnings fail too, except exports globs that match
 *     no files yet, e.g. `./selca-*.js` before the first widget exists)
 *   - arethetypeswrong on the tarball with the ESM-only profile (no CJS consumers expected),
 *     with every concrete file behind a wildcard export added as an entrypoint
 * Both run offline. Run `npm run build` first. Exits 1 on any problem.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** publint warnings that only mean "no widget built yet"; reported, not fatal. */
const TOLERATED_WARNINGS = new Set(['EXPORTS_GLOB_NO_MATCHED_FILES']);

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('check:pack: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}

const temp = mkdtempSync(join(tmpdir(), 'selca-pack-'));
let failed = false;
try {
  // 1. Pack (lifecycle scripts skipped: the check must not rebuild behind your back).
  const pack = spawnSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', temp], {
    cwd: root,
    encoding: 'utf8',
  });
  if (pack.status !== 0) {
    console.error(pack.stderr || pack.stdout);
    throw new Error('npm pack failed');
  }
  const [info] = JSON.parse(pack.stdout);
  const tarball = join(temp, info.filename);
  const files = info.files.map((file) => file.path);
  console.log(`check:pack: ${info.filename}: ${files.length} files, ${(info.size / 1024).toFixed(1)} kB packed, ${(info.unpackedSize / 1024).toFixed(1)} kB unpacked`);

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
        /^dist\/cdn\/[^/]+\.js$/.test(file) ||
        /^dist\/components\/.+\.js$/.test(file),
    )
    .map((file) => `./${file.replace(/^dist\//, '')}`);
  const attwBin = join(root, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js');
  const attwArgs = [attwBin, tarball, '--profile', 'esm-only', '--no-definitely-typed', '--format', 'table-flipped', '--no-emoji', '--no-color'];
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
