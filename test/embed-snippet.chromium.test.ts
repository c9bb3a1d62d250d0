import { expect, sendKeys, waitUntil } from './helpers/testing.js';
import { accessibilityTree, all } from './helpers/a11y-tree.js';

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

let shown: HTMLIFrameElement | undefined;

/** The README's page template in a frame of the given width, once every widget has drawn. */
async function readmePage(width: number): Promise<{ frame: HTMLIFrameElement; page: Window & { selcaViolations: string[] } }> {
  const frame = document.createElement('iframe');
  frame.title = 'A page built from the README';
  frame.style.inlineSize = `${width}px`;
  frame.style.blockSize = '800px';
  frame.src = '/__selca__/readme-page.html';
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  document.body.append(frame);
  shown = frame;
  await loaded;
  const page = frame.contentWindow as Window & { selcaViolations: string[] };
  await waitUntil(() => TAGS.every((tag) => rendered(page, tag)), 'every widget rendered', { timeout: 10000 });
  return { frame, page };
}

describe("the README's page template, followed literally on an NHS.UK page (Chromium)", () => {
  afterEach(() => shown?.remove());

  it('draws every widget under the printed policy, with no violation', async () => {
    const { page } = await readmePage(1024);
    // nhsuk-frontend's stylesheet asks for NHS.UK's own font host, which this test page's policy does not list.
    const widgets = (page.selcaViolations as unknown as string[]).filter(
      (violation) => !violation.startsWith('font-src https://assets.nhs.uk/'),
    );
    expect(widgets).to.deep.equal([]);
  });

  it('leaves the skip link the first thing Tab reaches, with the toolbar next', async () => {
    const { frame, page } = await readmePage(1024);
    frame.focus();
    await sendKeys({ press: 'Tab' });
    expect(page.document.activeElement?.className, 'first Tab').to.equal('nhsuk-skip-link');
    await sendKeys({ press: 'Tab' });
    expect(page.document.activeElement?.localName, 'second Tab').to.equal('selca-a11y-toolbar');
  });

  it("fits every widget's headings into the page's outline: no level skipped, each widget's below the page's own", async () => {
    await readmePage(1024);
    const tree = await accessibilityTree({ includeIframes: true });
    const frameRoot = all(tree, (node) => node.role === 'RootWebArea' && node.name === 'A page from the README')[0];
    expect(frameRoot?.role, "the frame's page in the tree").to.equal('RootWebArea');
    const headings = all(frameRoot!, (node) => node.role === 'heading').map((node) => ({ name: node.name, level: node.level ?? 0 }));
    const skips = headings.filter((heading, index) => index > 0 && heading.level > headings[index - 1]!.level + 1);
    expect(skips, 'headings that skip a level').to.deep.equal([]);
    const pageOwn = ['Where we work', 'Our partners', 'What we are working towards', 'Where the work happens'];
    for (const name of pageOwn) expect(headings.find((heading) => heading.name === name)?.level, name).to.equal(2);
    const widgets = headings.filter((heading) => !pageOwn.includes(heading.name) && heading.level !== 1);
    expect(widgets.length, "the widgets' own headings").to.be.greaterThan(5);
    expect(widgets.filter((heading) => heading.level < 3)).to.deep.equal([]);
  });

  it('has the partner list follow the map it names', async () => {
    const { page } = await readmePage(1024);
    const map = page.document.querySelector('selca-coverage-map') as HTMLElement & { selected: string | null };
    const list = page.document.querySelector('selca-partner-list') as HTMLElement & { borough: string; updateComplete: Promise<unknown> };
    map.selected = 'E09000023';
    await waitUntil(() => list.borough === 'E09000023', 'the list takes the map’s borough', { timeout: 5000 });
  });

  for (const width of [1024, 320]) {
    it(`keeps space after each widget at ${width} px, as the page's other blocks have`, async () => {
      const { page } = await readmePage(width);
      const flush: string[] = [];
      for (const tag of TAGS.slice(1)) {
        const widget = page.document.querySelector(tag)!;
        const next = widget.nextElementSibling;
        if (!next) continue;
        const gap = next.getBoundingClientRect().top - widget.getBoundingClientRect().bottom;
        if (gap < 24) flush.push(`${tag}: ${gap}px`);
      }
      expect(flush).to.deep.equal([]);
    });
  }
});
