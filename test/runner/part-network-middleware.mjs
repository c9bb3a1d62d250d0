// Lets a test make one lazily loaded part slow or unavailable, as a visitor's network might:
// the cookie `selca-part=NAME:fail` answers 503 for modules whose path holds NAME, and
// `selca-part=NAME:slow` answers them after 1.5 s. /__selca__/part-requests says how many
// requests for that part arrived, so a test can see that nothing retries by itself.
const counts = new Map();

export function partNetworkMiddleware() {
  return async (context, next) => {
    if (context.path === '/__selca__/part-requests') {
      context.body = JSON.stringify(Object.fromEntries(counts));
      context.type = 'json';
      return undefined;
    }
    const rule = /(?:^|;\s*)selca-part=([\w-]+):(fail|slow)/.exec(context.get('cookie') ?? '');
    if (!rule || !context.path.includes(`/${rule[1]}.`)) return next();
    counts.set(rule[1], (counts.get(rule[1]) ?? 0) + 1);
    if (rule[2] === 'fail') {
      context.status = 503;
      context.body = 'unavailable';
      return undefined;
    }
    await new Promise((done) => setTimeout(done, 1500));
    return next();
  };
}

/**
 * The server command `selca-no-cache` (Chromium): the test's page stops using the browser's cache,
 * so a part another test file loaded earlier is asked for again, as on a visitor's first visit.
 */
export function partNetworkPlugin() {
  return {
    name: 'selca-part-network',
    async executeCommand({ command, session }) {
      if (command !== 'selca-no-cache') return undefined;
      const page = typeof session.browser.getPage === 'function' ? session.browser.getPage(session.id) : undefined;
      if (!page?.setCacheEnabled) throw new Error(`selca-no-cache needs Chromium; this session runs ${session.browser.name}`);
      await page.setCacheEnabled(false);
      return true;
    },
  };
}
