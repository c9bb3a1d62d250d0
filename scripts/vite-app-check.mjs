#!/usr/bin/env node
/**
 * Proves the reading fonts load, with no configuration, where apps use the package:
 *   - an app made with Vite from the packed tarball (npm pack; npm install of the tarball and of
 *     the Vite this project uses), built (`vite build`, served by `vite preview`) and in the Vite
 *     dev server (where the package is pre-bundled into node_modules/.vite/)
 *   - the built Storybook (storybook-static/, from `npm run build-storybook`), which bundles the
 *     source with Vite
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
/* global document, customElements, getComputedStyle */

const require = createRequire(import.meta.url);
const READING_FONTS = [
  { label: 'OpenDyslexic', family: 'OpenDyslexic', file: 'opendyslexic-latin-400-normal' },
  { label: 'Atkinson Hyperlegible', family: 'Atkinson Hyperlegible', file: 'atkinson-hyperlegible-latin-400-normal' },
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

/**
 * Opens `url`, chooses each reading font with the mouse and checks it arrived and applies to
 * `textSelector`. Returns the problems found.
 */
async function checkFonts(browser, name, url, textSelector) {
  const problems = [];
  const page = await browser.newPage();
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
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => customElements.get('selca-a11y-toolbar'), { timeout: 60_000 });
    for (const font of READING_FONTS) {
      await page.locator(`::-p-aria([name="${font.label}"][role="radio"])`).setTimeout(30_000).click();
      const loaded = await page
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
    await page.close();
  }
  return problems;
}

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
  problems.push(...(await checkFonts(browser, 'vite build', preview.resolvedUrls.local[0], '.sample')));
  problems.push(...(await checkFonts(browser, 'vite dev', dev.resolvedUrls.local[0], '.sample')));

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
    const story = new URL('iframe.html?id=widgets-accessibility-tools-toolbar--open&viewMode=story', served.resolvedUrls.local[0]).href;
    problems.push(...(await checkFonts(browser, 'storybook build', story, '.sample')));
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
