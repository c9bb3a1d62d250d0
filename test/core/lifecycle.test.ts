import { html, render } from 'lit';
import type { LitElement } from 'lit';
import { aTimeout, expect, sendKeys, waitUntil } from '../helpers/testing.js';
import { held, track, untrack } from '../helpers/resources.js';
import { FakeEngine } from '../../stories/support/fake-speech.js';
import { control } from '../helpers/toolbar.js';
import { preferenceStore } from '../../src/components/a11y-toolbar/preference-store.js';
import type { A11yToolbar } from '../../src/components/a11y-toolbar/a11y-toolbar.js';

/**
 * Single-page sites and CMS previews remove, re-insert and move elements. Each widget is used,
 * taken out, put back and moved: it works each time, and once out of the page it leaves nothing of
 * its own running on `window`, `document` or the speech engine.
 */

const TAGS = ['selca-coverage-map', 'selca-partner-list', 'selca-goals-panel', 'selca-focus-areas', 'selca-a11y-toolbar'] as const;
type Tag = (typeof TAGS)[number];

const DEFINES: Record<Tag, () => Promise<unknown>> = {
  'selca-coverage-map': () => import('../../src/selca-coverage-map.js'),
  'selca-partner-list': () => import('../../src/selca-partner-list.js'),
  'selca-goals-panel': () => import('../../src/selca-goals-panel.js'),
  'selca-focus-areas': () => import('../../src/selca-focus-areas.js'),
  'selca-a11y-toolbar': () => import('../../src/selca-a11y-toolbar.js'),
};

const shows = (el: Element) => (el.shadowRoot?.textContent ?? '').trim().length > 20;

/** What a visitor does with each widget, with real key presses where the widget takes them. */
const USE: Record<Tag, (el: LitElement) => Promise<void>> = {
  async 'selca-coverage-map'(el) {
    el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"], [tabindex="0"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
  },
  async 'selca-partner-list'(el) {
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"], input')!.focus();
    await sendKeys({ type: 'can' });
    await el.updateComplete;
  },
  async 'selca-goals-panel'(el) {
    await el.updateComplete;
  },
  async 'selca-focus-areas'(el) {
    el.shadowRoot!.querySelector<HTMLElement>('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
  },
  async 'selca-a11y-toolbar'(el) {
    const toolbar = el as A11yToolbar;
    toolbar.open = true;
    await toolbar.updateComplete;
    preferenceStore().choose({ readingGuide: 'ruler' });
    await toolbar.updateComplete;
    control(toolbar, 'Read aloud').click();
    await waitUntil(() => engine.pending !== null, 'reading aloud', { timeout: 3000 });
  },
};

let engine = new FakeEngine();

describe('widgets that come and go', function () {
  // The first test loads every widget's code; each later one drives a widget through real key presses.
  this.timeout(30000);
  let host: HTMLElement;

  before(async () => {
    // Created before any widget's script has loaded: each upgrades when its script arrives. Not a
    // fixture, which would be taken out of the page after the first test.
    host = document.createElement('div');
    render(html`${TAGS.map((tag) => document.createElement(tag))}<main><p>Screening is free. Kits come by post.</p></main>`, host);
    document.body.append(host);
    await Promise.all(TAGS.map((tag) => DEFINES[tag]()));
    for (const tag of TAGS) await (host.querySelector(tag) as LitElement).updateComplete;
    (host.querySelector('selca-a11y-toolbar') as A11yToolbar).speech = engine;
  });

  after(() => host.remove());

  afterEach(async () => {
    untrack();
    preferenceStore().choose({ readingGuide: 'none' });
    // Every widget back in its place, whatever a failed test left.
    for (const tag of TAGS) {
      const el = document.querySelector(tag) ?? document.createElement(tag);
      if (el.parentElement !== host) host.prepend(el);
      await (el as LitElement).updateComplete;
    }
    document.querySelectorAll('section').forEach((section) => section.remove());
    engine = new FakeEngine();
    (host.querySelector('selca-a11y-toolbar') as A11yToolbar).speech = engine;
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      it('upgrades when created before its script loads', () => {
        expect(shows(host.querySelector(tag)!)).to.equal(true);
      });

      it('works when put back, and once removed leaves nothing of its own running', async () => {
        const el = host.querySelector(tag) as LitElement;
        el.remove();
        track();
        host.append(el);
        await el.updateComplete;
        expect(shows(el)).to.equal(true);
        await USE[tag](el);
        el.remove();
        await aTimeout(50);
        expect(held()).to.deep.equal([]);
        if (tag === 'selca-a11y-toolbar') expect(engine.pending, 'speech stopped').to.equal(null);
      });

      it('works when moved to another parent, and leaves nothing running when that is removed', async () => {
        const el = host.querySelector(tag) as LitElement;
        track();
        const elsewhere = document.createElement('section');
        host.append(elsewhere);
        elsewhere.append(el);
        await el.updateComplete;
        expect(shows(el)).to.equal(true);
        await USE[tag](el);
        elsewhere.remove();
        await aTimeout(50);
        expect(held()).to.deep.equal([]);
      });

      it('works when created after its script has loaded', async () => {
        const el = document.createElement(tag) as LitElement;
        const late = document.createElement('section');
        late.append(el);
        host.append(late);
        await el.updateComplete;
        expect(shows(el)).to.equal(true);
        late.remove();
      });
    });
  }
});
