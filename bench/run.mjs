#!/usr/bin/env node
/**
 * Runs every benchmark module in bench/: bytes.mjs plus any *.bench.mjs (sorted), each of which
 * default-exports an async function, then table.mjs, which puts the figures they return in one
 * table with its own. `node bench/run.mjs [filter]` runs only files whose name contains the filter
 * (the table runs the benches it needs itself). Any failure makes the exit code non-zero, a missed
 * byte budget included; `--report-budgets` prints missed byte budgets, and the table's missed
 * load-task target, without failing (CI, while issue 11 is open); a missed layout shift still fails.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const reportBudgets = args.includes('--report-budgets');
const filter = args.find((arg) => !arg.startsWith('--')) ?? '';
const modules = readdirSync(here)
  .filter((name) => name === 'bytes.mjs' || name.endsWith('.bench.mjs'))
  .filter((name) => name.includes(filter))
  .sort((a, b) => (a === 'bytes.mjs' ? -1 : b === 'bytes.mjs' ? 1 : a.localeCompare(b)));
if ('table.mjs'.includes(filter)) modules.push('table.mjs');

if (!modules.length) {
  console.error(`bench: nothing matches "${filter}".`);
  process.exit(1);
}

let failed = 0;
const figures = {};
for (const name of modules) {
  console.log(`== ${name} ==`);
  try {
    const mod = await import(pathToFileURL(join(here, name)).href);
    if (typeof mod.default !== 'function') throw new Error('no default-exported function');
    figures[name] = await mod.default({ reportBudgets, figures });
  } catch (error) {
    failed += 1;
    console.error(`bench: ${name} failed: ${error instanceof Error ? error.message : error}`);
  }
  console.log('');
}
process.exit(failed ? 1 : 0);
