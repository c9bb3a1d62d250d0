import { getPreferences } from '../src/core/index.js';
import { expect, sendKeys, waitUntil } from './helpers/testing.js';
import { runAxe, describeViolations } from './helpers/a11y.js';
import { findOverflow } from './helpers/stories.js';
import { hostilePage, isRendered, nhsukPage, overlappingText, rtlPage, visibleText } from './helpers/host-pages.js';
import type { HostPage } from './helpers/host-pages.js';

const press = (key: string) => sendKeys({ press: key });

/** The element focused inside a widget's shadow root. */
const focusedIn = (widget: Element) => widget.shadowRoot!.activeElement;

async function expectWidgetsAccessible(page: HostPage): Promise<void> {
  const { violations } = await runAxe(page.widgets);
  expect(violations, describeViolations(violations)).to.deep.equal([]);
}

/** Opens the toolbar, makes the text larger, arrows through the map, filters partners, opens an area. */
async function operateEveryWidget(page: HostPage): Promise<void> {
  const toolbar = page.widget('selca-a11y-toolbar');
  toolbar.shadowRoot!.querySelector<HTMLElement>('.toggle')!.focus();
  await press('Enter');
  await toolbar.updateComplete;
  expect(toolbar.open, 'toolbar opened with Enter').to.equal(true);
  expect(isRendered(toolbar.shadowRoot!.querySelector('.panel')!)).to.equal(true);
  await press('Tab');
  await press('Tab');
  expect(focusedIn(toolbar)?.textContent?.trim()).to.equal('Make text larger');
  await press('Enter');
  expect(getPreferences().textScale, 'text made larger').to.equal(1.25);

  const map = page.widget('selca-coverage-map');
  const first = map.shadowRoot!.querySelector<SVGElement>('[role="option"][tabindex="0"]')!;
  first.focus();
  // West, towards the rest of the alliance: from its eastern edge a framed map offers nothing east.
  await press('ArrowLeft');
  await map.updateComplete;
  const next = focusedIn(map);
  expect(next, 'ArrowLeft moved to a neighbour').to.not.equal(first);
  await press('Enter');
  await map.updateComplete;
  expect(map.getAttribute('selected'), 'Enter selected it').to.equal(next!.getAttribute('data-code'));

  const partners = page.widget('selca-partner-list');
  const countBefore = partners.shadowRoot!.querySelector('.count')!.textContent;
  partners.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
  await sendKeys({ type: 'Guy' });
  await waitUntil(() => partners.shadowRoot!.querySelector('.count')!.textContent !== countBefore, 'the count follows the search', {
    timeout: 3000,
  });
  expect(partners.query).to.equal('Guy');

  const areas = page.widget('selca-focus-areas');
  const summary = areas.shadowRoot!.querySelector<HTMLElement>('summary')!;
  summary.focus();
  await press('Enter');
  await waitUntil(() => areas.open.length === 1, 'Enter opened the first focus area', { timeout: 3000 });
  expect(isRendered(summary.parentElement!.querySelector('.body')!)).to.equal(true);
}

describe('Widgets on pages they did not choose', () => {
  let page: HostPage | undefined;
  afterEach(() => {
    page?.remove();
    page = undefined;
  });

  describe('an NHS.UK page built with nhsuk-frontend', () => {
    it('has no axe violation inside the widgets', async () => {
      page = await nhsukPage();
      // Scoped to the widgets: the host page's own markup is nhsuk-frontend's to answer for.
      await expectWidgetsAccessible(page);
    });

    it('keeps the skip link working: Tab reaches it first and Enter moves focus to the main content', async () => {
      page = await nhsukPage();
      const skipLink = page.root.querySelector<HTMLAnchorElement>('.nhsuk-skip-link')!;
      skipLink.focus();
      await press('Enter');
      expect(document.activeElement).to.equal(page.root.querySelector('#maincontent'));
    });

    it('keeps the header search working by keyboard', async () => {
      page = await nhsukPage();
      const form = page.root.querySelector<HTMLFormElement>('.nhsuk-header__search-form')!;
      const submitted: string[] = [];
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted.push(new FormData(form).get('q') as string);
      });
      page.root.querySelector<HTMLInputElement>('#search-field')!.focus();
      await sendKeys({ type: 'bowel cancer' });
      await press('Enter');
      expect(submitted).to.deep.equal(['bowel cancer']);
    });

    it("keeps the header navigation working: links that do not fit open from nhsuk-frontend's More menu", async () => {
      page = await nhsukPage();
      page.root.style.inlineSize = '320px';
      const toggle = page.root.querySelector<HTMLButtonElement>('.nhsuk-header__menu-toggle')!;
      await waitUntil(() => isRendered(toggle), "nhsuk-frontend's header shows its More menu when the links do not fit", {
        timeout: 3000,
      });
      toggle.focus();
      await press('Enter');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const menuLinks = [...page.root.querySelectorAll<HTMLAnchorElement>('.nhsuk-header__menu a')].filter(isRendered);
      expect(menuLinks.length).to.be.greaterThan(0);
      await press('Tab');
      expect(document.activeElement).to.equal(menuLinks[0]);
    });

    it('leaves every widget operable by keyboard', async () => {
      page = await nhsukPage();
      await operateEveryWidget(page);
    });
  });

  describe('a hostile page', () => {
    it('keeps every widget accessible, colour contrast included, on a dark background', async () => {
      page = await hostilePage();
      expect(getComputedStyle(document.body).backgroundColor).to.equal('rgb(11, 12, 12)');
      await expectWidgetsAccessible(page);
    });

    it("keeps the widgets' text readable despite a 10px root and line-height: 1", async () => {
      page = await hostilePage();
      expect(getComputedStyle(document.documentElement).fontSize, 'the page shrinks its root').to.equal('10px');
      for (const widget of page.widgets.filter(isRendered)) {
        const runs = visibleText(widget);
        expect(runs.length, `${widget.localName} shows text`).to.be.greaterThan(0);
        // Body text at the browser's usual 16px, as NHS.UK sets it; nothing below the 14px of captions.
        expect(parseFloat(getComputedStyle(widget).fontSize), `${widget.localName} body text`).to.be.at.least(16);
        const small = runs.filter((run) => run.fontSize < 14).map((run) => `"${run.text}" at ${run.fontSize}px`);
        expect(small, `${widget.localName}: text under 14px`).to.deep.equal([]);
        // Lines at least 1.3 times the text: the widgets' own tightest (headings).
        const cramped = runs
          .filter((run) => run.lineHeight !== undefined && run.lineHeight < run.fontSize * 1.3 - 0.5)
          .map((run) => `"${run.text}": ${run.lineHeight}px lines for ${run.fontSize}px text`);
        expect(cramped, `${widget.localName}: cramped lines`).to.deep.equal([]);
        expect(overlappingText(runs), `${widget.localName}: overlapping text`).to.deep.equal([]);
      }
    });

    it('follows the toolbar text size over the page root size', async () => {
      page = await hostilePage();
      await operateEveryWidget(page);
      expect(parseFloat(getComputedStyle(page.widget('selca-goals-panel')).fontSize)).to.equal(20);
    });

    it('cuts nothing off', async () => {
      page = await hostilePage();
      expect(findOverflow(page.root), 'overflow').to.deep.equal([]);
    });

    it('keeps the fallback content hidden, and a widget the site hides stays hidden', async () => {
      page = await hostilePage();
      const fallback = [...page.root.querySelectorAll('.fallback')];
      expect(fallback).to.have.length(2);
      expect(fallback.filter(isRendered), 'fallback shown').to.deep.equal([]);
      expect(isRendered(page.root.querySelector('.hidden-by-site')!), 'hidden widget shown').to.equal(false);
    });
  });

  describe('a right-to-left page', () => {
    it('has no axe violation inside the widgets', async () => {
      page = await rtlPage();
      await expectWidgetsAccessible(page);
    });

    it('cuts nothing off and draws no text over other text', async () => {
      page = await rtlPage();
      expect(findOverflow(page.root), 'overflow').to.deep.equal([]);
      for (const widget of page.widgets) {
        const box = widget.getBoundingClientRect();
        const site = page.root.getBoundingClientRect();
        expect([box.left >= site.left - 1, box.right <= site.right + 1], `${widget.localName} within the page`).to.deep.equal([true, true]);
        expect(overlappingText(visibleText(widget)), `${widget.localName}: overlapping text`).to.deep.equal([]);
      }
    });

    it('leaves every widget operable by keyboard', async () => {
      page = await rtlPage();
      await operateEveryWidget(page);
    });
  });
});
