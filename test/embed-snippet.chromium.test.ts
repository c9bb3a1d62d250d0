import { expect, waitUntil } from './helpers/testing.js';

const TAGS = ['selca-a11y-toolbar', 'selca-coverage-map', 'selca-partner-list', 'selca-goals-panel', 'selca-focus-areas'];

/** The embed page in a frame, once it has loaded (its modules may still be arriving). */
async function embedPage(query = ''): Promise<Window & { selcaViolations: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '1024px';
  frame.style.blockSize = '768px';
  frame.src = `/__selca__/embed.html${query}`;
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  document.body.append(frame);
  after(() => frame.remove());
  await loaded;
  return frame.contentWindow as Window & { selcaViolations: string[] };
}

const rendered = (page: Window, tag: string) => (page.document.querySelector(tag)?.shadowRoot?.childElementCount ?? 0) > 0;

// Chromium only: integrity in import maps is not yet in every engine the tests run.
describe('the README embed snippet (built dist/cdn, Chromium)', () => {
  describe('as printed', () => {
    it('loads every widget through the autoloader under the printed policy, with no violation', async () => {
      const page = await embedPage();
      await waitUntil(() => TAGS.every((tag) => rendered(page, tag)), 'every widget rendered', { timeout: 10000 });
      expect(page.selcaViolations).to.deep.equal([]);
    });
  });

  describe('when a file on the server has been altered', () => {
    it('refuses to run the altered widget, and the page keeps its fallback content', async () => {
      const manifest = (await (await fetch('/dist/cdn-manifest.json')).json()) as { files: Record<string, unknown> };
      expect(Object.keys(manifest.files)).to.include('selca-coverage-map.js');
      const page = await embedPage('?tamper=selca-coverage-map.js');
      await waitUntil(() => rendered(page, 'selca-goals-panel'), 'an unaltered widget still loads', { timeout: 10000 });
      await new Promise((done) => setTimeout(done, 300));
      expect(page.customElements.get('selca-coverage-map')).to.equal(undefined);
      expect(page.document.querySelector('selca-coverage-map')!.textContent).to.contain('six boroughs');
    });
  });
});
