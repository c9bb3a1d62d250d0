// The package as it would be published, and as an app would install it: shared by
// scripts/check-pack.mjs, scripts/vite-app-check.mjs and bench/package.bench.mjs.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(args, cwd) {
  const result = spawnSync(npm, args, { cwd, encoding: 'utf8', env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' } });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`\`npm ${args.join(' ')}\` failed (exit ${result.status}):\n${result.stderr || result.stdout}`);
  return result.stdout;
}

/**
 * `npm pack` of the built package into `destination`. Lifecycle scripts are skipped, so nothing is
 * rebuilt behind the caller's back: run `npm run build` first.
 * Returns the tarball's path, its file paths, and its packed and unpacked sizes in bytes.
 */
export function pack(destination) {
  const [info] = JSON.parse(run(['pack', '--json', '--ignore-scripts', '--pack-destination', destination], root));
  return {
    tarball: join(destination, info.filename),
    filename: info.filename,
    files: info.files.map((file) => file.path),
    size: info.size,
    unpackedSize: info.unpackedSize,
  };
}

/**
 * A new app in `folder` (created empty) with `specs` installed as an app's dependencies would be
 * (no dev dependencies of theirs, no install scripts), from npm's cache where it can.
 */
export function installApp(folder, specs, pkg = {}) {
  writeFileSync(
    join(folder, 'package.json'),
    `${JSON.stringify({ name: 'selca-widgets-app', private: true, type: 'module', ...pkg }, null, 2)}\n`,
  );
  run(['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--no-package-lock', ...specs], folder);
}

/** Total bytes of the files below `folder`. */
export function folderBytes(folder) {
  return readdirSync(folder, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sum + folderBytes(path);
    return entry.isFile() ? sum + statSync(path).size : sum;
  }, 0);
}

/** Bytes on disk after `npm install` of the tarball into an empty app: the package and its runtime dependencies. */
export function installedBytes(tarball, folder) {
  installApp(folder, [tarball]);
  return folderBytes(join(folder, 'node_modules'));
}

export const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
