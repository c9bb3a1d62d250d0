/**
 * Checking a profile a page gives, at its worst: what would freeze the page if it were unbounded.
 * Runs the built validator (dist/core/profile.js) in Node, from JSON text as a widget receives it.
 *
 * - 100,000 organisations: only the first 2,000 (MAX_ITEMS) are checked; the rest are left out
 *   with one warning.
 * - A 10 MB profile of 100 organisations with 100,000-character descriptions: each is refused at
 *   its length (MAX_TEXT_LENGTH) without being copied.
 * - 2,000 organisations whose names are 5,000 characters full of bidi controls: each is refused
 *   once it passes MAX_BIDI_CONTROLS (125);
 * - 2,000 organisations whose names hold 125 unbalanced controls: each is balanced and isolated.
 *
 * Each figure is the median of 5 runs: JSON.parse (a profile at `src`, which is never read past
 * 2 MB; a `profile` property arrives parsed) and validateProfile, the widget's own work on the main
 * thread before it can show anything. Target for the check: under 200 ms (a page that stops answering
 * for longer feels frozen); printed, not asserted, as timing depends on the machine.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const dist = join(import.meta.dirname, '..', 'dist');
const RUNS = 5;
const TARGET_MS = 200;

export default async function bench() {
  const { validateProfile } = await import(pathToFileURL(join(dist, 'core', 'profile.js')).href);
  const { selcaProfile } = await import(pathToFileURL(join(dist, 'data', 'selca-profile.js')).href);
  const [template] = selcaProfile.organisations;
  const organisation = (i, extra = {}) => ({ ...template, id: `partner-${i}`, sites: undefined, ...extra });
  const bidi = '\u202eevil\u2067'.repeat(714).slice(0, 4999);
  const mostBidi = '\u202eab\u2067cd\u202c'.repeat(41) + '\u202e\u2067';

  const cases = [
    ['100,000 organisations', { ...selcaProfile, organisations: Array.from({ length: 100_000 }, (_, i) => organisation(i)) }],
    [
      '100 organisations with 100,000-character descriptions',
      { ...selcaProfile, organisations: Array.from({ length: 100 }, (_, i) => organisation(i, { description: 'x'.repeat(100_000) })) },
    ],
    [
      '2,000 organisations with 5,000 characters of bidi controls',
      { ...selcaProfile, organisations: Array.from({ length: 2000 }, (_, i) => organisation(i, { name: bidi })) },
    ],
    [
      '2,000 organisations with 125 bidi controls to balance',
      { ...selcaProfile, organisations: Array.from({ length: 2000 }, (_, i) => organisation(i, { name: mostBidi })) },
    ],
  ];

  console.log('Checking a profile a page gives, worst cases (median of 5 runs)\n');
  console.log(
    `${'case'.padEnd(60)}  ${'JSON MB'.padStart(7)}  ${'parse ms'.padStart(8)}  ${'check ms'.padStart(8)}  ${'used'.padStart(5)}  verdict (check)`,
  );
  for (const [name, profile] of cases) {
    const text = JSON.stringify(profile);
    const parse = [];
    const check = [];
    let used = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      const value = JSON.parse(text);
      const parsed = performance.now();
      const result = validateProfile(value);
      check.push(performance.now() - parsed);
      parse.push(parsed - started);
      used = result.ok ? (result.profile.organisations?.length ?? 0) : 0;
    }
    const median = (times) => times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
    const verdict = median(check) <= TARGET_MS ? `within ${TARGET_MS} ms` : `OVER ${TARGET_MS} ms`;
    console.log(
      `${name.padEnd(60)}  ${(text.length / 1e6).toFixed(1).padStart(7)}  ${median(parse).toFixed(1).padStart(8)}  ${median(check).toFixed(1).padStart(8)}  ${String(used).padStart(5)}  ${verdict}`,
    );
  }
}
