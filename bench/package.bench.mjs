/**
 * The package's own weight: the tarball `npm pack` makes (packed and unpacked), and what
 * `npm install` of it puts on disk in an empty app, its runtime dependencies included.
 *
 * Run after `npm run build`.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installedBytes, kB, pack } from '../scripts/pack.mjs';

export default async function run() {
  const temp = mkdtempSync(join(tmpdir(), 'selca-package-'));
  try {
    const { tarball, filename, files, size, unpackedSize } = pack(temp);
    const app = join(temp, 'app');
    mkdirSync(app);
    const installed = installedBytes(tarball, app);
    const fonts = files.filter((file) => file.endsWith('.woff2')).length;
    console.log(`${filename}: ${files.length} files (${fonts} fonts)`);
    console.log(`  packed     ${kB(size)}`);
    console.log(`  unpacked   ${kB(unpackedSize)}`);
    console.log(`  installed  ${kB(installed)} (the package and its runtime dependencies, in node_modules/)`);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
