// A server command giving the role each engine computes for elements, through WebDriver's Get
// Computed Role: how WebKit, which has no accessibility tree a test can read, exposes semantics.

const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function computedRolePlugin() {
  return {
    name: 'selca-computed-roles',
    async executeCommand({ command, payload, session }) {
      if (command !== 'selca-computed-roles') return undefined;
      const driver = session.browser.type === 'webdriver' ? session.browser.driver : undefined;
      if (!driver) throw new Error(`selca-computed-roles needs a WebDriver session; this session runs ${session.browser.name}`);
      // Each selector but the last finds a host whose shadow root the next one searches.
      const elements = await driver.execute((path) => {
        let root = document;
        for (const selector of path.slice(0, -1)) root = root.querySelector(selector)?.shadowRoot;
        return root ? [...root.querySelectorAll(path[path.length - 1])] : [];
      }, payload.path);
      return Promise.all(elements.map((element) => driver.getElementComputedRole(element[ELEMENT_KEY] ?? element.ELEMENT)));
    },
  };
}
