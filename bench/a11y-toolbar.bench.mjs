/**
 * How long <selca-a11y-toolbar> takes to apply "larger text" and "text spacing" to a large host
 * page, in headless Chromium, against a floor measured in the same run on the same page: one change
 * of the root font size plus the layout it forces.
 *
 * The page: 1,000 sections (h2, p with a link, ul with two li), about 7,000 elements, with the
 * shipped dist/cdn/selca-a11y-toolbar.js and an open toolbar at the top, served from 127.0.0.1.
 * Each sample is one page.evaluate: performance.now() from the click on the toolbar's real control
 * (or the floor's style change) to after a forced synchronous layout; the page is then put back to
 * its defaults (the toolbar's "Reset all settings" button, or removing the inline style) untimed.
 * 3 warm-ups, then 21 samples of each, interleaved. Prints median / worst; never asserts timing.
 * Returns the samples (ms) of each operation and the sections' element count, for bench/table.mjs.
 *
 * Run after `npm run build`. Uses /usr/bin/chromium, or CHROME_PATH.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dist, launchChromium, median, ms, startServer, stopServer } from './support/browser-bench.mjs';

// `sample` and the set-up callback run inside the page (page.evaluate), not in Node.
/* global document, customElements, requestAnimationFrame */

const bundle = join(dist, 'cdn', 'selca-a11y-toolbar.js');

const SECTIONS = 1000;
const WARM_UPS = 3;
const SAMPLES = 21;

const OPERATIONS = [
  { id: 'floor', label: 'floor: root font size 100% -> 125% + layout' },
  { id: 'larger', label: 'larger text (toolbar button)' },
  { id: 'spacing', label: 'text spacing on (toolbar button)' },
];

function pageHtml() {
  const sections = [];
  for (let i = 1; i <= SECTIONS; i += 1) {
    sections.push(`<section>
<h2>Section ${i}: screening and early diagnosis</h2>
<p>People in south east London can ask their GP about checks for cancer symptoms; read <a href="/info/${i}">more about section ${i}</a> and what happens next.</p>
<ul><li>Item one of section ${i}</li><li>Item two of section ${i}</li></ul>
</section>`);
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>a11y toolbar bench</title>
<script type="module" src="/cdn/selca-a11y-toolbar.js"></script>
</head>
<body>
<selca-a11y-toolbar open></selca-a11y-toolbar>
${sections.join('\n')}
</body>
</html>
`;
}

/**
 * Runs in the page: one sample of `op`. Returns the timed milliseconds. Throws when the page is not
 * at its defaults before, the operation did not apply, or the reset did not restore the defaults.
 */
async function sample(op, warmUp) {
  const html = document.documentElement;
  const toolbar = document.querySelector('selca-a11y-toolbar');
  const shadow = toolbar?.shadowRoot;
  if (!toolbar || !shadow) throw new Error('<selca-a11y-toolbar> has no open shadow root');
  const layout = () => {
    html.getBoundingClientRect();
    return document.body.offsetHeight;
  };
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const selcaAttributes = () => [...html.attributes].map((a) => a.name).filter((name) => name.startsWith('data-selca-'));
  const button = (text) => {
    const found = [...shadow.querySelectorAll('button')].find((b) => b.textContent.trim() === text);
    if (!found) throw new Error(`no button "${text}" in the toolbar`);
    if (found.disabled) throw new Error(`button "${text}" is disabled`);
    return found;
  };
  const radio = (text) => {
    const label = [...shadow.querySelectorAll('label.choice')].find((l) => l.textContent.trim() === text);
    const input = label?.querySelector('input');
    if (!input) throw new Error(`no radio labelled "${text}" in the toolbar`);
    return input;
  };

  // Settle: toolbar rendered, nothing pending, a frame or two painted.
  await toolbar.updateComplete;
  layout();
  await frame();
  await frame();
  const before = selcaAttributes();
  if (before.length) throw new Error(`page not at defaults before a sample (${before.join(', ')})`);
  if (html.style.fontSize) throw new Error('root font size still set before a sample');

  let ms;
  if (op === 'floor') {
    const t0 = performance.now();
    html.style.fontSize = '125%';
    layout();
    ms = performance.now() - t0;
    html.style.removeProperty('font-size');
    if (html.style.length === 0) html.removeAttribute('style');
    layout();
    return ms;
  }

  const target = op === 'larger' ? button('Make text larger') : radio('Wider spacing');
  const t0 = performance.now();
  target.click();
  layout();
  ms = performance.now() - t0;

  const [name, value] = op === 'larger' ? ['data-selca-text-scale', '1.25'] : ['data-selca-spacing', 'wcag'];
  // The code that changes the page arrives on the first change (a warm-up); from then on it is synchronous.
  const atOnce = html.getAttribute(name) === value;
  await toolbar.updateComplete;
  if (html.getAttribute(name) !== value) throw new Error(`${op}: <html ${name}> is ${html.getAttribute(name)}, expected ${value}`);
  if (!atOnce && !warmUp) throw new Error(`${op}: applied only after the page-changing code downloaded, in a timed sample`);
  button('Reset all settings').click();
  layout();
  await toolbar.updateComplete;
  layout();
  const after = selcaAttributes();
  if (after.length) throw new Error(`reset left ${after.join(', ')} on <html>`);
  return ms;
}

export default async function run() {
  if (!existsSync(bundle)) throw new Error('dist/cdn/selca-a11y-toolbar.js is missing; run `npm run build` first.');

  const started = performance.now();
  let server;
  let browser;
  let figures;
  try {
    server = await startServer(pageHtml());
    const { port } = server.address();
    browser = await launchChromium({
      protocolTimeout: 60_000,
    });
    const page = await browser.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load', timeout: 30_000 });
    const counts = await page.evaluate(async () => {
      await Promise.race([
        customElements.whenDefined('selca-a11y-toolbar'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('<selca-a11y-toolbar> was not defined within 10 s')), 10_000)),
      ]);
      const toolbar = document.querySelector('selca-a11y-toolbar');
      await toolbar.updateComplete;
      return {
        page: document.getElementsByTagName('*').length,
        sections: document.querySelectorAll('body > section, body > section *').length,
        shadow: toolbar.shadowRoot?.querySelectorAll('*').length ?? 0,
      };
    });
    if (pageErrors.length) throw new Error(`page errors: ${pageErrors.join('; ')}`);

    const times = Object.fromEntries(OPERATIONS.map((op) => [op.id, []]));
    for (let round = 0; round < WARM_UPS + SAMPLES; round += 1) {
      // Rotate the order each round so that no operation always follows the same one.
      for (let k = 0; k < OPERATIONS.length; k += 1) {
        const op = OPERATIONS[(round + k) % OPERATIONS.length];
        const value = await page.evaluate(sample, op.id, round < WARM_UPS);
        if (round >= WARM_UPS) times[op.id].push(value);
      }
    }
    if (pageErrors.length) throw new Error(`page errors: ${pageErrors.join('; ')}`);

    const floor = median(times.floor);
    const width = Math.max(...OPERATIONS.map((op) => op.label.length)) + 4;
    console.log(
      `Toolbar on a ${counts.sections.toLocaleString('en-GB')}-element page (headless Chromium, ${SAMPLES} samples, median / worst)`,
    );
    for (const op of OPERATIONS) {
      const values = times[op.id];
      const figures = `${ms(median(values))} / ${ms(Math.max(...values))}`;
      const ratio = op.id === 'floor' ? '' : `   ${(median(values) / floor).toFixed(2)}x floor`;
      console.log(`${op.label.padEnd(width)}${figures.padEnd(20)}${ratio}`.trimEnd());
    }
    console.log(
      `page: ${counts.page.toLocaleString('en-GB')} elements in the document (${counts.sections.toLocaleString('en-GB')} in the sections), ` +
        `${counts.shadow} in the toolbar's shadow root; ${await browser.version()}; ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    figures = { elements: counts.sections, ...times };
  } finally {
    await browser?.close().catch(() => {});
    if (server) await stopServer(server);
  }
  return figures;
}
