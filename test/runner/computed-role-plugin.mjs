// A server command giving the role and name an engine computes for elements, through WebDriver's
// Get Computed Role and Get Computed Label: how WebKit, whose accessibility tree a test cannot
// read, shows what it gives assistive technology.

const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function computedRolePlugin() {
  return {
    name: 'selca-computed-semantics',
    async executeCommand({ command, payload, session }) {
      if (command !== 'selca-computed-semantics') return undefined;
      const driver = session.browser.type === 'webdriver' ? session.browser.driver : undefined;
      if (!driver) throw new Error(`selca-computed-semantics needs a WebDriver session; this session runs ${session.browser.name}`);
      // Each selector but the last finds a host whose shadow root the next one searches.
      const elements = await driver.execute((path) => {
        let root = document;
        for (const selector of path.slice(0, -1)) root = root.querySelector(selector)?.shadowRoot;
        return root ? [...root.querySelectorAll(path[path.length - 1])] : [];
      }, payload.path);
      return Promise.all(
        elements.map(async (element) => {
          const id = element[ELEMENT_KEY] ?? element.ELEMENT;
          return { role: await driver.getElementComputedRole(id), name: await driver.getElementComputedLabel(id) };
        }),
      );
    },
  };
}
