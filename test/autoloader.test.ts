import { expect, waitUntil } from './helpers/testing.js';

// The autoloader starts watching the document when it is imported, so each case below builds the
// page it needs around that one moment; they run in order, in one page.
const tags = ['selca-a11y-toolbar', 'selca-coverage-map', 'selca-focus-areas', 'selca-goals-panel', 'selca-partner-list'];
const defined = () => tags.filter((tag) => customElements.get(tag));
let autoloader: typeof import('../src/autoloader.js');

const rendered = async (element: Element) => {
  await customElements.whenDefined(element.localName);
  await (element as Element & { updateComplete: Promise<unknown> }).updateComplete;
  return element.shadowRoot?.childElementCount ?? 0;
};

describe('the autoloader (selca-widgets.js)', () => {
  const added: Element[] = [];
  after(() => added.forEach((element) => element.remove()));
  const add = (markup: string, parent: Element | ShadowRoot = document.body) => {
    const holder = document.createElement('div');
    holder.innerHTML = markup;
    const element = holder.firstElementChild!;
    parent.append(element);
    added.push(element);
    return element;
  };

  describe('on a page with one widget', () => {
    it('defines nothing itself, and loads only the widget the page holds', async () => {
      const toolbar = add('<selca-a11y-toolbar></selca-a11y-toolbar>');
      expect(defined()).to.deep.equal([]);
      autoloader = await import('../src/autoloader.js');
      expect(autoloader.AUTOLOADED_TAGS).to.have.members(tags);
      expect(await rendered(toolbar)).to.be.greaterThan(0);
      expect(defined()).to.deep.equal(['selca-a11y-toolbar']);
    });
  });

  describe('when the page adds widgets later', () => {
    it('loads a widget added after load', async () => {
      const areas = add('<section><h2>Our work</h2><selca-focus-areas></selca-focus-areas></section>').querySelector('selca-focus-areas')!;
      expect(await rendered(areas)).to.be.greaterThan(0);
      expect(defined()).to.deep.equal(['selca-a11y-toolbar', 'selca-focus-areas']);
    });
  });

  describe('inside shadow roots', () => {
    it('finds widgets in an open shadow root only once it is told about it', async () => {
      const host = add('<div class="app-shell"></div>');
      const root = host.attachShadow({ mode: 'open' });
      const panel = add('<selca-goals-panel></selca-goals-panel>', root);
      await new Promise((done) => setTimeout(done, 100));
      expect(customElements.get('selca-goals-panel'), 'not seen inside a shadow root by itself').to.equal(undefined);
      autoloader.observe(root);
      expect(await rendered(panel)).to.be.greaterThan(0);
    });

    it('keeps watching a shadow root it was told about', async () => {
      const host = add('<div class="app-shell"></div>');
      const root = host.attachShadow({ mode: 'open' });
      autoloader.observe(root);
      const map = add('<selca-coverage-map></selca-coverage-map>', root);
      expect(await rendered(map)).to.be.greaterThan(0);
    });
  });

  describe('once every widget is loaded', () => {
    it('has loaded each widget once, and leaves elements it does not know alone', async () => {
      add('<selca-partner-list></selca-partner-list>');
      add('<selca-unknown-widget></selca-unknown-widget>');
      await waitUntil(() => defined().length === tags.length, 'all five defined', { timeout: 5000 });
      expect(customElements.get('selca-unknown-widget')).to.equal(undefined);
    });
  });
});
