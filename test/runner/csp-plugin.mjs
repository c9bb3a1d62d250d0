// Pages served under the strict Content-Security-Policy, for test/csp.chromium.test.ts. The test
// runner's own page has inline scripts, so it cannot run under the policy itself; it opens these
// same-origin pages in an iframe instead:
//   /csp/page.html?script=URL&script=URL…&body=widgets[&duplicates]: the module scripts given, in
//     that order, and a page with every widget (body=widgets) or a story (body=story, read by
//     test/csp/story-page.ts from the address)
//   /csp/demo/: demo/index.html as `npm start` serves it, with the early script it loads
// Every page first runs test/csp/record-violations.js, which keeps each `securitypolicyviolation`.
// The `selca-csp-console` command returns what Chromium wrote to the console about the policy.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { strictPolicy } from '../../scripts/content-security-policy.mjs';
import { EARLY_SCRIPT_PATH, earlyScript } from '../../scripts/early-script.mjs';

const RECORDER = '<script src="/test/csp/record-violations.js"></script>';

/** A path on this server, as the URL parser writes it (quotes and angle brackets percent-encoded). */
const ownPath = (address) => new URL(address, 'http://localhost').pathname;

/** The widgets as a trust page holds them: one of each, around some page content. */
const WIDGETS = `<selca-a11y-toolbar statement-url="#statement"></selca-a11y-toolbar>
<main>
  <h1>Cancer services</h1>
  <p>Ask your GP about a referral, or <a href="#clinics">read about the clinics</a>.</p>
  <selca-coverage-map id="map"></selca-coverage-map>
  <selca-partner-list for-map="map"></selca-partner-list>
  <selca-goals-panel></selca-goals-panel>
  <selca-focus-areas></selca-focus-areas>
</main>`;

const page = (scripts, body) => `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <title>Under the strict policy</title>
    ${RECORDER}
    ${scripts.map((src) => `<script type="module" src="${ownPath(src)}"></script>`).join('\n    ')}
  </head>
  <body>
    ${body}
  </body>
</html>`;

const chromiumPage = (session, command) => {
  const page = typeof session.browser.getPage === 'function' ? session.browser.getPage(session.id) : undefined;
  if (!page || session.browser.type !== 'puppeteer' || !/chrom/i.test(session.browser.name)) {
    throw new Error(`${command} needs Chromium; this session runs ${session.browser.name}`);
  }
  return page;
};

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function cspPlugin({ rootDir = process.cwd() } = {}) {
  /** Console messages about the policy, per test page. */
  const consoles = new WeakMap();
  return {
    name: 'selca-csp-pages',
    async serve(context) {
      const headers = { 'content-security-policy': strictPolicy({ allowDuplicates: context.URL.searchParams.has('duplicates') }) };
      if (context.path === '/csp/page.html') {
        const params = context.URL.searchParams;
        const body = params.get('body') === 'widgets' ? WIDGETS : '';
        return { body: page(params.getAll('script'), body), type: 'html', headers };
      }
      if (context.path === '/csp/demo/') {
        const demo = await readFile(resolve(rootDir, 'demo/index.html'), 'utf8');
        return { body: demo.replace('<head>', `<head>\n    ${RECORDER}`), type: 'html', headers };
      }
      if (context.path === EARLY_SCRIPT_PATH) return { body: await earlyScript(), type: 'js' };
      return undefined;
    },
    async executeCommand({ command, session }) {
      if (command !== 'selca-csp-console') return undefined;
      const page = chromiumPage(session, command);
      if (!consoles.has(page)) {
        const messages = [];
        consoles.set(page, messages);
        page.on('console', (message) => {
          const text = message.text();
          if (/Content Security Policy|Trusted Type/i.test(text)) messages.push(text);
        });
      }
      return consoles.get(page).splice(0);
    },
  };
}
