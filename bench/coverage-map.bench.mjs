/**
 * How long <selca-coverage-map> takes to draw 6, 33 and about 3,200 real areas, and whether the
 * largest stays interactive under the arrow keys, in headless Chromium.
 *
 * - 6: the London boroughs with context="none" (the profile's six SELCA boroughs only).
 * - 33: the default London boroughs.
 * - ~3,200: the US counties of vega-datasets' data/us-10m.json, converted at bench time by
 *   scripts/geometry/build-geometry.mjs (--json, --name id --code id, output under os.tmpdir()) and
 *   set as the `geometry` property, with `highlight` set to all their codes. Before conversion the
 *   TopoJSON is tidied in the same temp folder, since the file is a drawing set rather than a list
 *   of areas: counties without geometry are dropped, counties split into several geometries are
 *   merged into one MultiPolygon, and the Aleutians' longitudes east of 180° are moved west of it so
 *   the map is not stretched round the globe. --width 2000: at the default 1000 a few counties
 *   simplify to a single point.
 *
 * Render: one page.evaluate per sample, performance.now() from creating the element (geometry set)
 * and appending it to after `updateComplete` and a forced layout; also to the next frame (a
 * requestAnimationFrame, then a message, so style, layout and paint of that frame are in). The
 * element is removed between samples. Warm-ups, then 15 samples (6 and 33) or 7 (~3,200).
 *
 * Interactivity (~3,200): focus one option, then 40 presses of ArrowRight, ArrowDown, ArrowLeft,
 * ArrowUp through puppeteer's keyboard, one frame apart. A PerformanceObserver (longtask, buffered)
 * in the page records long tasks; only those starting between the first press and the end count
 * (the observer is checked with a known 80 ms task afterwards; it does not see work run through
 * page.evaluate, which is why renders are timed directly). Per press, keydown (event.timeStamp) to
 * focus arriving on another option.
 *
 * Prints median / worst; never asserts timing; returns the ~3,200 areas' samples (ms) for
 * bench/table.mjs. Run after `npm run build`. Uses /usr/bin/chromium,
 * or CHROME_PATH.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dist, launchChromium, median, ms, startServer, stopServer } from './support/browser-bench.mjs';

// The set-up, `renderSample` and the keyboard helpers run inside the page (page.evaluate).
/* global document, window, customElements, requestAnimationFrame */

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(dist, 'cdn', 'selca-coverage-map.js');
const buildGeometry = join(root, 'scripts', 'geometry', 'build-geometry.mjs');
// The package exports only its index (in build/); the data files sit beside that folder.
const vegaData = join(dirname(require.resolve('vega-datasets')), '..', 'data');

const KEY_PRESSES = 40;
const KEYS = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'];
const CASES = [
  { id: 'six', label: '6: London, context="none"', warmUps: 3, samples: 15 },
  { id: 'london', label: '33: London boroughs (default)', warmUps: 3, samples: 15 },
  { id: 'us', label: 'US counties, all highlighted', warmUps: 1, samples: 7 },
];

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>coverage map bench</title>
<script>
  // Installed before anything else runs, so no long task is missed.
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
</script>
<script type="module" src="/cdn/selca-coverage-map.js"></script>
</head>
<body>
<main id="host" style="max-width: 1200px"></main>
</body>
</html>
`;

/**
 * vega-datasets' us-10m.json counties as a list of areas: a TopoJSON without quantisation, one
 * MultiPolygon per county id, no empty geometries, longitudes all west of 0°.
 */
function tidyCounties(topology) {
  const { scale, translate } = topology.transform;
  const arcs = topology.arcs.map((arc) => {
    let [x, y] = [0, 0];
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      const lon = x * scale[0] + translate[0];
      return [lon > 0 ? lon - 360 : lon, y * scale[1] + translate[1]];
    });
  });
  const byId = new Map();
  for (const geometry of topology.objects.counties.geometries) {
    if ((geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') || !geometry.arcs.length) continue;
    if (!byId.has(geometry.id)) byId.set(geometry.id, []);
    byId.get(geometry.id).push(...(geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs));
  }
  const geometries = [...byId].map(([id, arcs]) => ({ type: 'MultiPolygon', id, arcs }));
  return { type: 'Topology', arcs, objects: { counties: { type: 'GeometryCollection', geometries } } };
}

/** Writes the counties map as JSON under `dir` with the project's geometry script; returns its path. */
function countiesGeometry(dir) {
  const input = join(dir, 'us-counties.topo.json');
  const out = join(dir, 'us-counties.json');
  writeFileSync(input, JSON.stringify(tidyCounties(JSON.parse(readFileSync(join(vegaData, 'us-10m.json'), 'utf8')))));
  const started = performance.now();
  const args = [
    buildGeometry,
    ...['--input', input, '--object', 'counties', '--name', 'id', '--code', 'id', '--json', '--out', out],
    ...['--export', 'usCounties', '--title', 'US counties', '--width', '2000'],
    ...['--attribution', 'US Census Bureau county boundaries, via vega-datasets data/us-10m.json.'],
  ];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 180_000 });
  if (result.error) throw new Error(`build-geometry.mjs: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`build-geometry.mjs failed (exit ${result.status}): ${result.stderr.trim()}`);
  return { path: out, seconds: (performance.now() - started) / 1000, bytes: statSync(out).size };
}

/** Runs in the page: one render of `kind` into an empty #host. Returns times and the options drawn. */
async function renderSample(kind) {
  const host = document.getElementById('host');
  const layout = () => {
    document.documentElement.getBoundingClientRect();
    return document.body.offsetHeight;
  };
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const afterFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      }),
    );
  host.replaceChildren();
  layout();
  await frame();
  await frame();

  const t0 = performance.now();
  const map = document.createElement('selca-coverage-map');
  if (kind === 'six') map.setAttribute('context', 'none');
  if (kind === 'us') {
    map.geometry = window.__counties;
    map.highlight = window.__countyCodes;
  }
  host.append(map);
  await map.updateComplete;
  layout();
  const t1 = performance.now();
  await afterFrame();
  const t2 = performance.now();
  return {
    render: t1 - t0,
    frame: t2 - t0,
    options: map.shadowRoot?.querySelectorAll('svg[role="listbox"] path[role="option"]').length ?? 0,
    elements: map.shadowRoot?.querySelectorAll('*').length ?? 0,
  };
}

const count = (value) => value.toLocaleString('en-GB');

export default async function run() {
  if (!existsSync(bundle)) throw new Error('dist/cdn/selca-coverage-map.js is missing; run `npm run build` first.');
  if (!existsSync(join(vegaData, 'us-10m.json'))) throw new Error(`no us-10m.json in ${vegaData}`);

  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'selca-coverage-map-bench-'));
  let server;
  let browser;
  try {
    const counties = countiesGeometry(dir);
    server = await startServer(PAGE, { '/us-counties.json': counties.path });
    const { port } = server.address();
    browser = await launchChromium({
      defaultViewport: { width: 1280, height: 900 },
      protocolTimeout: 120_000,
    });
    const page = await browser.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load', timeout: 30_000 });
    const countyCount = await page.evaluate(async () => {
      await Promise.race([
        customElements.whenDefined('selca-coverage-map'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('<selca-coverage-map> was not defined within 10 s')), 10_000)),
      ]);
      const response = await fetch('/us-counties.json');
      if (!response.ok) throw new Error(`/us-counties.json answered ${response.status}`);
      window.__counties = await response.json();
      window.__countyCodes = window.__counties.areas.map((area) => area.code);
      return window.__countyCodes.length;
    });
    if (pageErrors.length) throw new Error(`page errors: ${pageErrors.join('; ')}`);

    // Render times.
    const expected = { six: 6, london: 33, us: countyCount };
    const results = {};
    for (const { id, warmUps, samples } of CASES) {
      const runs = [];
      for (let i = 0; i < warmUps + samples; i += 1) {
        const value = await page.evaluate(renderSample, id);
        if (value.options !== expected[id]) throw new Error(`${id}: drew ${value.options} options, expected ${expected[id]}`);
        if (i >= warmUps) runs.push(value);
      }
      results[id] = runs;
    }
    if (pageErrors.length) throw new Error(`page errors: ${pageErrors.join('; ')}`);

    // Arrow keys on the counties: the last render left a counties map in #host.
    const startCode = await page.evaluate(async () => {
      const map = document.querySelector('selca-coverage-map');
      const shadow = map.shadowRoot;
      // Start near the middle of the map, so the presses cross counties rather than the edge.
      const { width, height, areas } = map.geometry;
      const centre = areas.reduce((best, area) =>
        Math.hypot(area.label[0] - width * 0.6, area.label[1] - height * 0.6) <
        Math.hypot(best.label[0] - width * 0.6, best.label[1] - height * 0.6)
          ? area
          : best,
      );
      window.__presses = [];
      shadow.addEventListener('keydown', (event) => window.__presses.push({ key: event.key, down: event.timeStamp, focus: null }), {
        capture: true,
      });
      shadow.addEventListener('focusin', (event) => {
        const last = window.__presses[window.__presses.length - 1];
        if (last && last.focus === null) last.focus = { at: performance.now(), code: event.target.dataset.code };
      });
      shadow.querySelector(`path[role="option"][data-code="${centre.code}"]`).focus();
      await map.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
      if (shadow.activeElement?.dataset.code !== centre.code) throw new Error('could not focus an option');
      return centre.code;
    });
    const keysStart = await page.evaluate(() => performance.now());
    for (let i = 0; i < KEY_PRESSES; i += 1) {
      await page.keyboard.press(KEYS[i % KEYS.length]);
      // One frame (and its paint) between presses, as a person holding or tapping a key would see.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    }
    const keyResult = await page.evaluate(async (since) => {
      const until = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 100));
      // The observer must see a known 80 ms task, or "no long tasks" would mean nothing.
      setTimeout(() => {
        const start = performance.now();
        while (performance.now() - start < 80);
      }, 0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return {
        presses: window.__presses,
        tasks: window.__longTasks.filter((task) => task.start >= since && task.start < until).map((task) => task.duration),
        observerWorks: window.__longTasks.some((task) => task.start >= until && task.duration >= 80),
      };
    }, keysStart);
    if (pageErrors.length) throw new Error(`page errors: ${pageErrors.join('; ')}`);
    if (keyResult.presses.length !== KEY_PRESSES) throw new Error(`the map saw ${keyResult.presses.length} of ${KEY_PRESSES} key presses`);
    if (!keyResult.observerWorks) throw new Error('the long-task observer did not report a known 80 ms task');

    // Report.
    const labels = CASES.map((c) => (c.id === 'us' ? `${count(countyCount)}: ${c.label}` : c.label));
    const width = Math.max(...labels.map((label) => label.length)) + 4;
    console.log('Coverage map render (headless Chromium; median / worst; create + append -> updateComplete + layout)');
    console.log(`${'areas'.padEnd(width)}${'samples'.padEnd(9)}${'render'.padEnd(22)}${'to next frame'.padEnd(22)}shadow elements`);
    CASES.forEach((c, index) => {
      const runs = results[c.id];
      const render = runs.map((r) => r.render);
      const frame = runs.map((r) => r.frame);
      console.log(
        `${labels[index].padEnd(width)}${String(runs.length).padEnd(9)}${`${ms(median(render))} / ${ms(Math.max(...render))}`.padEnd(22)}` +
          `${`${ms(median(frame))} / ${ms(Math.max(...frame))}`.padEnd(22)}${count(runs[0].elements)}`,
      );
    });

    const moved = keyResult.presses.filter((p) => p.focus && p.focus.code);
    const latencies = moved.map((p) => p.focus.at - p.down);
    const tasks = keyResult.tasks;
    const longest = tasks.length ? Math.max(...tasks) : 0;
    console.log('');
    console.log(
      `Arrow keys on ${count(countyCount)} areas (${KEY_PRESSES} presses of ${KEYS.join('/')}, one frame apart; from ${startCode})`,
    );
    const rows = [
      ['longest task', tasks.length ? ms(longest) : 'none over 50 ms'],
      ['tasks over 200 ms', String(tasks.filter((t) => t > 200).length)],
      ['tasks over 50 ms', String(tasks.length)],
      [
        'keydown -> focus moved',
        moved.length
          ? `${ms(median(latencies))} / ${ms(Math.max(...latencies))} (median / worst; ${moved.length} of ${KEY_PRESSES} moved)`
          : 'focus never moved',
      ],
    ];
    const rowWidth = Math.max(...rows.map(([label]) => label.length)) + 4;
    for (const [label, value] of rows) console.log(`${label.padEnd(rowWidth)}${value}`);
    console.log('');
    console.log(
      `counties: build-geometry.mjs --json ${counties.seconds.toFixed(1)} s, ${count(Math.round(counties.bytes / 1024))} KiB; ` +
        `${await browser.version()}; ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    return { areas: countyCount, renders: results.us.map((r) => r.render), longTasks: tasks, keyLatencies: latencies };
  } finally {
    await browser?.close().catch(() => {});
    if (server) await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  }
}
