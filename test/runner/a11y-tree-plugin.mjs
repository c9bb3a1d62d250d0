// A server command returning Chromium's whole accessibility tree. The built-in a11ySnapshot keeps
// only "interesting" nodes and so drops a heading whose content is a link; this keeps every node.

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function a11yTreePlugin() {
  return {
    name: 'selca-a11y-tree',
    async executeCommand({ command, session, payload }) {
      if (command !== 'selca-a11y-tree') return undefined;
      const page = typeof session.browser.getPage === 'function' ? session.browser.getPage(session.id) : undefined;
      if (!page || session.browser.type !== 'puppeteer' || !/chrom/i.test(session.browser.name)) {
        throw new Error(`selca-a11y-tree needs Chromium; this session runs ${session.browser.name}`);
      }
      return page.accessibility.snapshot({ interestingOnly: false, includeIframes: Boolean(payload?.includeIframes) });
    },
  };
}
