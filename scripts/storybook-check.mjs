#!/usr/bin/env node
/**
 * Checks the built Storybook (storybook-static/, from `npm run build-storybook`) as designers read it:
 *   - every docs page (the MDX pages and every widget's autodocs page), opened by address, then put
 *     in each visitor mode the Storybook toolbar offers (read from the preview's own globals and
 *     viewports) as the toolbar puts it, renders its h1 without Storybook's error page and passes axe
 *     (WCAG 2.0/2.1/2.2 A and AA and best practice, no rule disabled) on the whole docs page,
 *     Storybook's blocks included;
 *   - every story, opened by address, renders without Storybook's error display;
 *   - the manager shows the alliance's brand in its sidebar (.storybook/manager.ts).
 * Prints each problem and exits 1 on any.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS } from './chromium.mjs';
import { root } from './pack.mjs';

// The waitForFunction and evaluate callbacks run inside the page, not in Node.
/* global document, window, customElements, axe */

const require = createRequire(import.meta.url);
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const BRAND_TITLE = '@selca/widgets';
// Pages open side by side; the machine has two cores.
const PAGES = Number(process.env.SELCA_STORYBOOK_PAGES ?? 3);
const RENDER_TIMEOUT = 60_000;
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The visitor modes the preview's toolbar offers: the defaults; each other choice of each setting
 * (text size at its largest only); and the first viewport 320 px wide, at that size. The reading
 * guide is left out: its mask dims the page beyond the line being read, on purpose.
 */
function visitorModes({ globalTypes, viewports }) {
  const modes = [{ name: 'default', globals: {} }];
  for (const [key, { toolbar }] of Object.entries(globalTypes)) {
    if (key === 'readingGuide') continue;
    const items = toolbar.items.map((item) => (typeof item === 'string' ? { value: item, title: item } : item));
    const choices = key === 'textSize' ? items.slice(-1) : items.slice(1);
    for (const item of choices) modes.push({ name: `${toolbar.title}: ${item.title}`, globals: { [key]: item.value } });
  }
  const [key, narrowest] = Object.entries(viewports).find(([, viewport]) => viewport.styles?.width === '320px') ?? [];
  if (key) {
    modes.push({
      name: narrowest.name,
      globals: { viewport: { value: key, isRotated: false } },
      viewport: { width: 320, height: parseInt(narrowest.styles.height, 10) || 640 },
    });
  }
  // SELCA_STORYBOOK_MODES=dark,default checks only the modes whose names contain one of those words.
  const only = process.env.SELCA_STORYBOOK_MODES?.toLowerCase().split(',');
  return only ? modes.filter((mode) => only.some((word) => mode.name.toLowerCase().includes(word))) : modes;
}

/** Waits until Storybook has drawn `selector`'s content: its widgets defined and updated, no data loading, fonts ready. */
const rendered = (page, selector, { needsHeading }) =>
  page.waitForFunction(
    async (rootSelector, heading) => {
      if (document.body.classList.contains('sb-show-errordisplay')) return 'error';
      const container = document.querySelector(rootSelector);
      if (!container || (heading && !container.querySelector('h1'))) return false;
      if (!heading && !document.body.classList.contains('sb-show-main')) return false;
      // A docs block still loading its story shows Storybook's loader.
      if (container.querySelector('.sb-loader, [aria-label="Content is loading..."]')) return false;
      const elements = [];
      const walk = (node) => {
        for (const element of node.querySelectorAll('*')) {
          elements.push(element);
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(container);
      const widgets = elements.filter((element) => element.localName.includes('-') && element.localName.startsWith('selca-'));
      if (widgets.some((widget) => !customElements.get(widget.localName) || widget.isUpdatePending)) return false;
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      if (elements.some((element) => element.matches('.selca-notice[data-kind="loading"]'))) return false;
      await document.fonts.ready;
      return 'rendered';
    },
    { timeout: RENDER_TIMEOUT, polling: 100 },
    selector,
    needsHeading,
  );

/**
 * Waits until nothing in the page has changed for `quietMs`: late React and Lit renders (in shadow
 * roots too), story play steps, and the size of every story's box. Storybook sets a docs story's box
 * to its content's measured height when told of a resize; until then, content that has grown (a part
 * drawn late, a font) overflows it, and axe would see a scrollable region that is gone a frame later.
 */
const quiet = (page, quietMs = 300) =>
  page.evaluate(
    (ms) =>
      new Promise((done) => {
        let timer = setTimeout(finish, ms);
        const again = () => {
          clearTimeout(timer);
          timer = setTimeout(finish, ms);
        };
        const mutations = new window.MutationObserver(again);
        const sizes = new window.ResizeObserver(again);
        const options = { subtree: true, childList: true, attributes: true, characterData: true };
        const watch = (root) => {
          mutations.observe(root, options);
          for (const element of root.querySelectorAll('*')) {
            if (element.shadowRoot) watch(element.shadowRoot);
            if (element.matches('.docs-story, .docs-story *:not(svg *)')) sizes.observe(element);
          }
        };
        watch(document.body);
        function finish() {
          mutations.disconnect();
          sizes.disconnect();
          done();
        }
      }),
    quietMs,
  );

/** The error Storybook shows, if it shows one. */
const shownError = (page) =>
  page.evaluate(() =>
    document.body.classList.contains('sb-show-errordisplay')
      ? `${document.getElementById('error-message')?.textContent ?? ''} ${document.getElementById('error-stack')?.textContent ?? ''}`
          .trim()
          .slice(0, 400)
      : undefined,
  );

const describeError = (error) => (error instanceof Error ? error.message.split('\n')[0] : String(error));

/** Runs `run` on each of `jobs`, PAGES at a time. */
async function inParallel(jobs, run) {
  const queue = [...jobs];
  await Promise.all(
    Array.from({ length: Math.min(PAGES, queue.length) }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) await run(job);
    }),
  );
}

const DEFAULT_VIEWPORT = { width: 1200, height: 900 };

/** The first globals again for every setting the `previous` mode changed. */
const restore = (previous, initial) => Object.fromEntries(Object.keys(previous).map((key) => [key, initial[key] ?? {}]));

/** Waits for the docs page as it now stands, checks its h1 and returns axe's violations on it. */
async function checkDocsPage(page) {
  const state = await (await rendered(page, '#storybook-docs', { needsHeading: true })).jsonValue();
  if (state === 'error') throw new Error(`Storybook's error page: ${await shownError(page)}`);
  await quiet(page);
  const heading = await page.$eval('#storybook-docs h1', (h1) => h1.textContent.trim());
  if (!heading) throw new Error('no h1 text');
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
  return page.evaluate(
    (tags) =>
      axe.run(document.getElementById('storybook-docs'), { runOnly: { type: 'tag', values: tags } }).then((results) =>
        results.violations.map(({ id, impact, help, nodes }) => ({
          id,
          impact,
          help,
          targets: nodes.map((node) => `${node.target.join(' >>> ')} ${node.html.replace(/\s+/g, ' ').slice(0, 160)}`),
        })),
      ),
    AXE_TAGS,
  );
}

const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const problems = [];
let browser;
let server;
try {
  const storybook = join(root, 'storybook-static');
  if (!existsSync(join(storybook, 'index.json'))) throw new Error('storybook-static/ is missing; run `npm run build-storybook` first.');
  const entries = Object.values(JSON.parse(readFileSync(join(storybook, 'index.json'), 'utf8')).entries);
  // SELCA_STORYBOOK_ENTRIES=toolbar,map checks only the docs pages and stories whose ids contain one of those words.
  const only = process.env.SELCA_STORYBOOK_ENTRIES?.split(',');
  const chosen = only ? entries.filter((entry) => only.some((word) => entry.id.includes(word))) : entries;
  const docsPages = chosen.filter((entry) => entry.type === 'docs');
  const stories = chosen.filter((entry) => entry.type === 'story');

  server = await preview({
    configFile: false,
    logLevel: 'warn',
    root,
    build: { outDir: 'storybook-static' },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const base = server.resolvedUrls.local[0];
  const address = (path) => new URL(path, base).href;
  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout: 30_000 });

  // The modes, from the globals and viewports the built preview declares.
  const first = await browser.newPage();
  await first.goto(address('iframe.html'), { waitUntil: 'load', timeout: RENDER_TIMEOUT });
  await first.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.storyStoreValue, { timeout: RENDER_TIMEOUT });
  const declared = await first.evaluate(() => {
    const { globalTypes, parameters } = window.__STORYBOOK_PREVIEW__.storyStoreValue.projectAnnotations;
    return JSON.parse(JSON.stringify({ globalTypes, viewports: parameters.viewport?.options ?? {} }));
  });
  await first.close();
  const modes = visitorModes(declared);
  console.log(
    `storybook-check: ${docsPages.length} docs pages in ${modes.length} modes (${modes.map((mode) => mode.name).join('; ')}), ${stories.length} stories`,
  );

  // Each docs page in a browser context of its own, opened once by address; each mode is then put in
  // force as Storybook's toolbar does (the preview's UPDATE_GLOBALS handler: the globals stored as a
  // visitor's choice, the page and its stories drawn again), the previous mode's settings put back first.
  let violationCount = 0;
  await inParallel(docsPages, async (entry) => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    let errors = [];
    page.on('pageerror', (error) => errors.push(describeError(error)));
    try {
      await page.setViewport(DEFAULT_VIEWPORT);
      await page.goto(address(`iframe.html?${new URLSearchParams({ viewMode: 'docs', id: entry.id })}`), {
        waitUntil: 'load',
        timeout: RENDER_TIMEOUT,
      });
      const initial = await page.evaluate(async () => {
        await window.__STORYBOOK_PREVIEW__.storeInitializationPromise;
        return JSON.parse(JSON.stringify(window.__STORYBOOK_PREVIEW__.storyStoreValue.userGlobals.globals));
      });
      let previous = {};
      for (const mode of modes) {
        const where = `${entry.title} (${entry.id}), ${mode.name}`;
        try {
          const globals = { ...restore(previous, initial), ...mode.globals };
          previous = mode.globals;
          await page.setViewport(mode.viewport ?? DEFAULT_VIEWPORT);
          if (Object.keys(globals).length) {
            await page.evaluate((changed) => window.__STORYBOOK_PREVIEW__.onUpdateGlobals({ globals: changed }), globals);
          }
          const violations = await checkDocsPage(page);
          for (const violation of violations) {
            violationCount += 1;
            for (const target of violation.targets)
              problems.push(`${where}: ${violation.id} (${violation.impact}, ${violation.help}): ${target}`);
          }
          for (const error of errors) problems.push(`${where}: page error: ${error}`);
          console.log(
            `  ${violations.length ? 'FAIL' : 'ok  '} ${where}${violations.length ? `: ${violations.map((v) => v.id).join(', ')}` : ''} [${seconds()}]`,
          );
        } catch (error) {
          problems.push(`${where}: ${describeError(error)}`);
          console.log(`  FAIL ${where}: ${describeError(error)} [${seconds()}]`);
        } finally {
          errors = [];
        }
      }
    } catch (error) {
      problems.push(`${entry.title} (${entry.id}): ${describeError(error)}`);
      console.log(`  FAIL ${entry.title} (${entry.id}): ${describeError(error)} [${seconds()}]`);
    } finally {
      await context.close();
    }
  });

  // Every story once, by address, in the default mode.
  const storyContext = await browser.createBrowserContext();
  await inParallel(stories, async (entry) => {
    const page = await storyContext.newPage();
    const where = `story ${entry.title} / ${entry.name} (${entry.id})`;
    try {
      await page.goto(address(`iframe.html?${new URLSearchParams({ viewMode: 'story', id: entry.id })}`), {
        waitUntil: 'load',
        timeout: RENDER_TIMEOUT,
      });
      const state = await (await rendered(page, '#storybook-root', { needsHeading: false })).jsonValue();
      if (state === 'error') throw new Error(`Storybook's error display: ${await shownError(page)}`);
      const empty = await page.$eval('#storybook-root', (element) => element.childElementCount === 0);
      if (empty) throw new Error('nothing rendered');
    } catch (error) {
      problems.push(`${where}: ${describeError(error)}`);
      console.log(`  FAIL ${where}: ${describeError(error)}`);
    } finally {
      await page.close();
    }
  });
  await storyContext.close();
  console.log(`storybook-check: ${stories.length} stories opened [${seconds()}]`);

  // The manager: the brand in the sidebar, in place of Storybook's logo.
  const manager = await browser.newPage();
  await manager.goto(address('index.html'), { waitUntil: 'load', timeout: RENDER_TIMEOUT });
  const branded = await manager
    .waitForFunction(
      (title) =>
        [...document.querySelectorAll('.sidebar-header a, .sidebar-header div')].some((element) => element.textContent.includes(title)),
      { timeout: RENDER_TIMEOUT },
      BRAND_TITLE,
    )
    .then(
      () => true,
      () => false,
    );
  if (!branded) problems.push(`manager: the sidebar does not show "${BRAND_TITLE}"`);
  await manager.close();
  if (violationCount) console.log(`storybook-check: ${violationCount} axe violations`);
} catch (error) {
  problems.push(describeError(error));
} finally {
  await browser?.close();
  await server?.close();
}
for (const problem of problems) console.error(`  FAILED: ${problem}`);
console.log(
  `storybook-check: ${problems.length ? `FAILED (${problems.length})` : 'every docs page passes axe in every mode; every story renders'} in ${seconds()}`,
);
process.exit(problems.length ? 1 : 0);
