/**
 * Parts loaded on first use: the time from pressing the control to the part being painted, cold
 * (pressed at once, the part still to download) and after the idle prefetch, on a page served
 * from 127.0.0.1 with 40 ms of network latency added (Chrome DevTools Protocol), through the
 * built autoloader. Prints median / worst of 5 pages each.
 *
 * Fails when, after the prefetch, pressing a control still downloads anything: the target is no
 * wait at all. Times are figures, never asserted; returned per part (ms) for bench/table.mjs.
 * Run after `npm run build`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dist, launchChromium, median, ms, startServer, stopServer } from './support/browser-bench.mjs';

/* global document, requestAnimationFrame, customElements */

const PAGES = 5;
const LATENCY_MS = 40;

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>lazy parts bench</title>
<script type="module" src="/cdn/selca-widgets.js"></script></head>
<body><main><h1>Cancer services</h1>
<selca-a11y-toolbar></selca-a11y-toolbar>
<selca-coverage-map></selca-coverage-map>
<p>Text to read.</p></main></body></html>`;

/** Each part: how to press its control, and when it is painted. Both run in the page. */
const PARTS = [
  {
    tag: 'selca-a11y-toolbar',
    module: 'toolbar-panel',
    label: 'toolbar panel (press "Accessibility tools")',
    press: () => document.querySelector('selca-a11y-toolbar').shadowRoot.querySelector('.toggle').click(),
    painted: () => !!document.querySelector('selca-a11y-toolbar').shadowRoot.querySelector('.panel:not([hidden]) .heading'),
  },
  {
    tag: 'selca-coverage-map',
    module: 'coverage-map-tables',
    label: 'map tables (press "Show the map as tables")',
    press: () => document.querySelector('selca-coverage-map').shadowRoot.querySelector('.tables summary').click(),
    painted: () => !!document.querySelector('selca-coverage-map').shadowRoot.querySelector('.tables table'),
  },
];

async function timePress(page, part) {
  return page.evaluate(
    async (pressSource, paintedSource) => {
      const press = new Function(`return (${pressSource})()`);
      const painted = new Function(`return (${paintedSource})()`);
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const t0 = performance.now();
      press();
      const deadline = t0 + 10_000;
      while (!painted()) {
        if (performance.now() > deadline) throw new Error('not painted within 10 s');
        await frame();
      }
      await frame();
      return performance.now() - t0;
    },
    part.press.toString(),
    part.painted.toString(),
  );
}

async function openPage(browser, port, { wait }) {
  const page = await browser.newPage();
  const client = await page.createCDPSession();
  await client.send('Network.enable');
  await client.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: LATENCY_MS,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: wait ? 'networkidle0' : 'domcontentloaded', timeout: 30_000 });
  await page.evaluate(() =>
    Promise.all(['selca-a11y-toolbar', 'selca-coverage-map'].map((tag) => customElements.whenDefined(tag))).then(() =>
      Promise.all(['selca-a11y-toolbar', 'selca-coverage-map'].map((tag) => document.querySelector(tag).updateComplete)),
    ),
  );
  return { page, requests };
}

export default async function run() {
  if (!existsSync(join(dist, 'cdn', 'selca-widgets.js'))) throw new Error('dist/cdn is missing; run `npm run build` first.');
  const started = performance.now();
  let server;
  let browser;
  const late = [];
  const figures = [];
  try {
    server = await startServer(PAGE);
    const { port } = server.address();
    browser = await launchChromium({ protocolTimeout: 60_000 });
    const rows = [];
    for (const part of PARTS) {
      const cold = [];
      const warm = [];
      for (let i = 0; i < PAGES; i += 1) {
        const first = await openPage(browser, port, { wait: false });
        cold.push(await timePress(first.page, part));
        await first.page.close();

        const second = await openPage(browser, port, { wait: true });
        const before = second.requests.length;
        warm.push(await timePress(second.page, part));
        const after = second.requests.slice(before);
        if (after.length) late.push(`${part.label}: ${after.join(', ')}`);
        await second.page.close();
      }
      rows.push([part.label, `${ms(median(cold))} / ${ms(Math.max(...cold))}`, `${ms(median(warm))} / ${ms(Math.max(...warm))}`]);
      figures.push({ tag: part.tag, module: part.module, label: part.label, cold, warm });
    }
    const width = Math.max(...rows.map((row) => row[0].length)) + 2;
    console.log(
      `Parts loaded on first use: press -> painted (headless Chromium, ${LATENCY_MS} ms latency, median / worst of ${PAGES} pages)`,
    );
    console.log(`${'part'.padEnd(width)}${'cold'.padEnd(22)}after idle prefetch`);
    for (const [label, cold, warm] of rows) console.log(`${label.padEnd(width)}${cold.padEnd(22)}${warm}`);
    console.log(
      `target: nothing downloaded on press after the prefetch: ${late.length ? 'MISSED' : 'met'}; ${await browser.version()}; ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    await browser?.close().catch(() => {});
    if (server) await stopServer(server);
  }
  if (late.length) throw new Error(`downloads after the prefetch: ${late.join('; ')}`);
  return figures;
}
