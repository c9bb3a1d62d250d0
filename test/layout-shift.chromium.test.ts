import { expect, sendKeys } from './helpers/testing.js';
import { STORAGE_KEY } from '../src/components/a11y-toolbar/preference-store.js';

const WIDGET_TAGS = ['selca-a11y-toolbar', 'selca-coverage-map', 'selca-partner-list', 'selca-goals-panel', 'selca-focus-areas'];

/** The target is a shift of 0.00: below this it rounds to it (as bench/layout-shift.bench.mjs). */
const LAYOUT_SHIFT_LIMIT = 0.005;
/** Widgets whose box is known before their data is: the space kept for them is their box. */
const FIXED_SHAPE = ['selca-a11y-toolbar', 'selca-coverage-map'] as const;
/** Widgets as long as their data, which keep at least a screen until they draw. */
const LONG = ['selca-partner-list', 'selca-goals-panel', 'selca-focus-areas'];

interface TrustPage {
  frame: HTMLIFrameElement;
  document: Document;
  /** Layout shifts the page has recorded so far, each with what moved. */
  shifts: { value: number; moved: string[] }[];
  /** Adds the built autoloader, as the README's snippet does, and waits until every widget has drawn. */
  loadWidgets(): Promise<void>;
  height(tag: string): number;
  remove(): void;
}

/**
 * The bench's trust-like page (test/fixtures/trust-page.html, the README's fallback content in each
 * widget) in a frame of its own, a fresh page whose widgets are not yet defined, with the built
 * page stylesheet (dist/cdn/selca-widgets.css) in its head: painted before any widget's code is
 * asked for, so the gap between paint and upgrade is as long as the test makes it.
 */
async function trustPage(width: number): Promise<TrustPage> {
  // A first visit: no reading preferences stored by an earlier test on this origin.
  localStorage.removeItem(STORAGE_KEY);
  const content = await (await fetch('/test/fixtures/trust-page.html')).text();
  const frame = document.createElement('iframe');
  frame.title = 'Trust page';
  frame.width = String(width);
  frame.height = '800';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Trust page</title>
    <link rel="stylesheet" href="/dist/cdn/selca-widgets.css"></head><body>${content}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const view = frame.contentWindow as Window & typeof globalThis;
  const page = frame.contentDocument!;
  const frames = () => new Promise((resolve) => view.requestAnimationFrame(() => view.requestAnimationFrame(resolve)));
  await frames();
  const shifts: TrustPage['shifts'] = [];
  new view.PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: { node?: Node }[];
    })[]) {
      if (!entry.hadRecentInput)
        shifts.push({ value: entry.value, moved: (entry.sources ?? []).map((source) => source.node?.nodeName ?? '?') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  return {
    frame,
    document: page,
    shifts,
    async loadWidgets() {
      const script = Object.assign(page.createElement('script'), { type: 'module', src: '/dist/cdn/selca-widgets.js' });
      page.head.append(script);
      await Promise.all(WIDGET_TAGS.map((tag) => view.customElements.whenDefined(tag)));
      await Promise.all(
        WIDGET_TAGS.map((tag) => (page.querySelector(tag) as unknown as { updateComplete: Promise<unknown> }).updateComplete),
      );
      await frames();
    },
    height: (tag) => page.querySelector(tag)!.getBoundingClientRect().height,
    remove: () => frame.remove(),
  };
}

describe('A trust page before and after the widgets’ code arrives (built dist/cdn, Chromium)', () => {
  for (const width of [320, 768, 1280]) {
    describe(`${width} px wide`, () => {
      let page: TrustPage;
      const reserved = new Map<string, number>();
      before(async () => {
        page = await trustPage(width);
        for (const tag of FIXED_SHAPE) reserved.set(tag, page.height(tag));
      });
      after(() => page.remove());

      it('shows every widget’s fallback content until then, and says the longer ones are loading', () => {
        for (const tag of WIDGET_TAGS) {
          const fallback = page.document.querySelector(tag)!.firstElementChild!;
          expect(fallback.checkVisibility(), `${tag}: fallback shown`).to.equal(true);
        }
        for (const tag of LONG) {
          const hint = getComputedStyle(page.document.querySelector(tag)!, '::after');
          expect([hint.content, hint.visibility], tag).to.deep.equal(['"Loading…" / ""', 'visible']);
        }
      });

      it(`moves nothing on the page when the widgets draw (layout shift below ${LAYOUT_SHIFT_LIMIT}, which rounds to 0.00)`, async () => {
        page.shifts.length = 0;
        await page.loadWidgets();
        const total = page.shifts.reduce((sum, shift) => sum + shift.value, 0);
        expect(total, `moved: ${page.shifts.flatMap((shift) => shift.moved).join(' ')}`).to.be.below(LAYOUT_SHIFT_LIMIT);
      });

      it('gives the toolbar and the map the box kept for them', () => {
        for (const tag of FIXED_SHAPE) expect(page.height(tag), tag).to.be.closeTo(reserved.get(tag)!, 1);
      });

      it('hides the fallback content once a widget draws, so it is not read out as well', () => {
        for (const tag of WIDGET_TAGS) {
          const fallback = page.document.querySelector(tag)!.firstElementChild!;
          expect(fallback.checkVisibility(), `${tag}: fallback hidden`).to.equal(false);
        }
      });
    });
  }

  describe('when the code never comes', () => {
    let page: TrustPage;
    before(async () => (page = await trustPage(768)));
    after(() => page.remove());

    it('gives the space back after 10 seconds, leaving the fallback content with no gap or "Loading…" below it', () => {
      expect(page.height('selca-partner-list'), 'a screen kept at first').to.be.at.least(800);
      const animations = page.document.getAnimations();
      expect(animations.length, 'one timer for each widget, the map’s drawing and each "Loading…"').to.equal(
        WIDGET_TAGS.length + 1 + LONG.length,
      );
      for (const animation of animations) animation.currentTime = 9_900;
      expect(page.height('selca-partner-list'), 'still kept just before').to.be.at.least(800);
      for (const animation of animations) animation.currentTime = 10_100;
      expect(page.height('selca-partner-list'), 'as tall as its fallback list').to.be.below(300);
      for (const tag of LONG) expect(getComputedStyle(page.document.querySelector(tag)!, '::after').visibility, tag).to.equal('hidden');
    });
  });

  describe('when a visitor has tabbed into fallback content before the code arrives', () => {
    let page: TrustPage;
    before(async () => (page = await trustPage(768)));
    after(() => page.remove());

    it('keeps focus on the same link in the widget, and Tab goes on through the widget', async () => {
      const list = page.document.querySelector('selca-partner-list')!;
      const fallbackLink = list.querySelector<HTMLAnchorElement>('a[href="https://www.guysandstthomas.nhs.uk/"]')!;
      fallbackLink.focus();
      await page.loadWidgets();
      // Names, not elements: an element from the frame in a failure message cannot be reported.
      expect(page.document.activeElement?.localName, 'focus is still in the partner list').to.equal('selca-partner-list');
      const focused = () => list.shadowRoot!.activeElement as HTMLElement | null;
      expect(focused()?.getAttribute('href')).to.equal('https://www.guysandstthomas.nhs.uk/');
      await sendKeys({ press: 'Tab' });
      expect(focused()?.textContent).to.contain('A local charity');
    });
  });
});
