// A server command that emulates CSS media features through Chromium's DevTools protocol.
// The built-in emulateMedia command cannot set `forced-colors`; Emulation.setEmulatedMedia can.

const cdpSessions = new WeakMap();

async function cdpSessionFor(page) {
  let session = cdpSessions.get(page);
  if (!session) {
    session = await page.createCDPSession();
    cdpSessions.set(page, session);
  }
  return session;
}

const allowed = {
  'forced-colors': ['active', 'none', ''],
  'prefers-reduced-motion': ['reduce', 'no-preference', ''],
  'prefers-color-scheme': ['dark', 'light', ''],
  'prefers-contrast': ['more', 'less', 'no-preference', ''],
};

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function emulateMediaPlugin() {
  return {
    name: 'selca-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'selca-emulate-media') return undefined;
      const features = Object.entries(payload ?? {}).map(([name, value]) => {
        if (!allowed[name]?.includes(value)) {
          throw new Error(`selca-emulate-media: unsupported feature ${name}=${JSON.stringify(value)}`);
        }
        return { name, value };
      });
      const page = typeof session.browser.getPage === 'function' ? session.browser.getPage(session.id) : undefined;
      if (!page || session.browser.type !== 'puppeteer' || !/chrom/i.test(session.browser.name)) {
        throw new Error(`selca-emulate-media needs Chromium; this session runs ${session.browser.name}`);
      }
      const cdp = await cdpSessionFor(page);
      await cdp.send('Emulation.setEmulatedMedia', { media: '', features });
      return true;
    },
  };
}
