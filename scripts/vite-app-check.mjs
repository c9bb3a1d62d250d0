#!/usr/bin/env node
/**
 * Proves the reading fonts load, with no configuration, where apps use the package:
 *   - an app made with Vite from the packed tarball (npm pack; npm install of the tarball and of
 *     the Vite this project uses), built (`vite build`, served by `vite preview`) and in the Vite
 *     dev server (where the package is pre-bundled into node_modules/.vite/)
 *   - the built Storybook (storybook-static/, from `npm run build-storybook`), which bundles the
 *     source with Vite: chosen in the toolbar story, and given as the font global of a shared
 *     address on a story without the toolbar
 * Each page is opened in headless Chromium; the toolbar's font choices are clicked with the mouse,
 * and each reading font must be requested (HTTP 200), loaded (`document.fonts.check`) and in the
 * computed font family of the page's text, with no warning from the widgets.
 * Run `npm run build` (and `npm run build-storybook`) first.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from './chromium.mjs';
import { installApp, pack, root } from './pack.mjs';

// The waitForFunction callbacks run inside the page, not in Node.
/* global document, getComputedStyle */

const require = createRequire(import.meta.url);
const READING_FONTS = [
  { preference: 'dyslexic', label: 'OpenDyslexic', family: 'OpenDyslexic', file: 'opendyslexic-latin-400-normal' },
  {
    preference: 'hyperlegible',
    label: 'Atkinson Hyperlegible',
    family: 'Atkinson Hyperlegible',
    file: 'atkinson-hyperlegible-latin-400-normal',
  },
];

const APP_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Vite app</title>
    <script type="module" src="/main.js"></script>
  </head>
  <body>
    <selca-a11y-toolbar open></selca-a11y-toolbar>
    <main><p class="sample">Ask your GP about a referral.</p></main>
  </body>
</html>
`;

/** Whether `font` has loaded and is the computed font of `textSelector`, within 15 s. */
const fontApplied = (page, font, textSelector) =>
  page
    .waitForFunction(
      (family, selector) => {
        const text = document.querySelector(selector);
        const loaded = [...document.fonts].some((face) => face.family.replace(/"/g, '') === family && face.status === 'loaded');
        const applied = text !== null && getComputedStyle(text).fontFamily.replace(/"/g, '').startsWith(family);
        return document.fonts.check(`16px "${family}"`) && loaded && applied;
      },
      { timeout: 15_000 },
      font.family,
      textSelector,
    )
    .then(
      () => true,
      () => false,
    );

/**
 * Opens a page for each reading font (`urlFor(font)`), chooses it with `choose` when given (after
 * the toolbar is defined) and checks it arrived and applies to `textSelector`. Returns the problems found.
 */
async function checkFonts(browser, name, urlFor, textSelector, choose) {
  const problems = [];
  // A context of its own: no cached font answers 304, and no stored choice is left from another check.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const fontResponses = [];
  const messages = [];
  page.on('response', (response) => {
    if (response.url().includes('.woff2')) fontResponses.push({ url: response.url(), status: response.status() });
  });
  page.on('console', (message) => {
    if (message.text().includes('[@selca/widgets]')) messages.push(message.text());
  });
  page.on('pageerror', (error) => messages.push(String(error)));
  try {
    let opened;
    for (const font of READING_FONTS) {
      if (urlFor(font) !== opened) {
        opened = urlFor(font);
        await page.goto(opened, { waitUntil: 'load', timeout: 60_000 });
        await page.waitForSelector(textSelector, { timeout: 60_000 });
      }
      await choose?.(page, font);
      const loaded = await fontApplied(page, font, textSelector);
      const response = fontResponses.find(({ url: fontUrl }) => new URL(fontUrl).pathname.split('/').pop().startsWith(font.file));
      const status = response ? `${response.status} ${response.url}` : 'not requested';
      console.log(`  ${name}: ${font.family}: ${status}; ${loaded ? 'loaded and applied' : 'NOT loaded or not applied'}`);
      if (response?.status !== 200) problems.push(`${name}: ${font.file}.woff2 ${status}`);
      if (!loaded) problems.push(`${name}: ${font.family} not loaded or not applied to ${textSelector}`);
    }
    for (const message of messages) problems.push(`${name}: ${message}`);
  } catch (error) {
    problems.push(`${name}: ${error instanceof Error ? error.message : error}`);
  } finally {
    await context.close();
  }
  return problems;
}

/** Chooses a reading font as a visitor does: its radio in the toolbar, with the mouse. */
const clickFont = (page, font) => page.locator(`::-p-aria([name="${font.label}"][role="radio"])`).setTimeout(30_000).click();

const temp = mkdtempSync(join(tmpdir(), 'selca-vite-app-'));
const problems = [];
const servers = [];
let browser;
try {
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing; run `npm run build` first.');
  const { tarball } = pack(temp);
  const app = join(temp, 'app');
  mkdirSync(app);
  // The Vite this project is tested with, so the check runs from npm's cache.
  const viteVersion = require('vite/package.json').version;
  installApp(app, [tarball, `vite@${viteVersion}`]);
  writeFileSync(join(app, 'index.html'), APP_HTML);
  writeFileSync(join(app, 'main.js'), "import '@selca/widgets/selca-a11y-toolbar.js';\n");
  console.log(`vite-app-check: app with ${tarball.split('/').pop()} and vite@${viteVersion} in ${app}`);

  const vite = await import(pathToFileURL(join(app, 'node_modules', 'vite', 'dist', 'node', 'index.js')).href);
  const quiet = { configFile: false, logLevel: 'warn' };
  await vite.build({ ...quiet, root: app });
  const preview = await vite.preview({ ...quiet, root: app, preview: { port: 0, host: '127.0.0.1' } });
  servers.push(preview);
  const dev = await vite.createServer({ ...quiet, root: app, server: { port: 0, host: '127.0.0.1' } });
  await dev.listen();
  servers.push(dev);

  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout: 30_000 });
  problems.push(...(await checkFonts(browser, 'vite build', () => preview.resolvedUrls.local[0], '.sample', clickFont)));
  problems.push(...(await checkFonts(browser, 'vite dev', () => dev.resolvedUrls.local[0], '.sample', clickFont)));

  const storybook = join(root, 'storybook-static');
  if (!existsSync(join(storybook, 'iframe.html'))) {
    problems.push('storybook: storybook-static/ is missing; run `npm run build-storybook` first.');
  } else {
    const ownVite = await import('vite');
    const served = await ownVite.preview({
      ...quiet,
      root,
      build: { outDir: 'storybook-static' },
      preview: { port: 0, host: '127.0.0.1' },
    });
    servers.push(served);
    const story = (query) => new URL(`iframe.html?${query}&viewMode=story`, served.resolvedUrls.local[0]).href;
    const toolbar = story('id=widgets-accessibility-tools-toolbar--open');
    problems.push(...(await checkFonts(browser, 'storybook build', () => toolbar, '.sample', clickFont)));
    // Chosen in the Storybook toolbar instead: the font global of a shared address, on a story without the toolbar.
    const byGlobal = (font) => story(`id=widgets-goals-panel--cards&globals=font:${font.preference}`);
    problems.push(...(await checkFonts(browser, 'storybook build, font global', byGlobal, 'selca-goals-panel')));
  }
} catch (error) {
  problems.push(error instanceof Error ? error.message : String(error));
} finally {
  await browser?.close();
  for (const server of servers) await server.close();
  rmSync(temp, { recursive: true, force: true });
}
for (const problem of problems) console.error(`  FAILED: ${problem}`);
console.log(
  `vite-app-check: ${problems.length ? `FAILED (${problems.length})` : 'every reading font loads in the Vite build, Vite dev and Storybook'}`,
);
process.exit(problems.length ? 1 : 0);
