// Every story, the demo page and the built files, each in a page served under the strict policy the
// README gives web teams (script and style from 'self' only, Trusted Types required, only the
// library's policy names allowed), driven with real input; any violation of the policy fails.
import { expect } from './helpers/testing.js';
import { collectStories } from './helpers/story-collection.js';
import {
  closeCspPage,
  driveFocusAreas,
  driveMap,
  drivePartnerList,
  driveToolbar,
  openCspPage,
  tabThrough,
  widget,
  widgets,
} from './helpers/csp-pages.js';
import type { CspPage } from './helpers/csp-pages.js';
import type { A11yToolbar } from '../src/components/a11y-toolbar/a11y-toolbar.js';
import type { CoverageMap } from '../src/components/coverage-map/coverage-map.js';
import type { FocusAreas } from '../src/components/focus-areas/focus-areas.js';
import type { PartnerList } from '../src/components/partner-list/partner-list.js';
import { STORAGE_KEY } from '../src/components/a11y-toolbar/preference-store.js';
import { VERSION } from '../src/core/version.js';

const TAGS = ['selca-a11y-toolbar', 'selca-coverage-map', 'selca-partner-list', 'selca-goals-panel', 'selca-focus-areas'];
const CDN = '/dist/cdn';
const SINGLE_FILE = '/dist/single-file/selca-widgets.js';

/** A page under the policy holding every widget, loading `scripts` in order. */
const widgetsPage = (scripts: string[], { duplicates = false } = {}) =>
  `/csp/page.html?${new URLSearchParams([...scripts.map((src) => ['script', src]), ['body', 'widgets'], ...(duplicates ? [['duplicates', '']] : [])])}`;

const storyPage = (file: string, story: string) =>
  `/csp/page.html?${new URLSearchParams({ script: '/test/csp/story-page.ts', body: 'story', file, story })}`;

/** Every widget of the page rendered its content, not only its fallback. */
function expectWidgetsShown(page: CspPage): void {
  for (const tag of TAGS) {
    const [element] = widgets(page, tag);
    expect(element?.shadowRoot?.childElementCount, `<${tag}> rendered`).to.be.greaterThan(0);
  }
}

/** Drives every widget of a page holding one of each. */
async function driveEveryWidget(page: CspPage): Promise<void> {
  await driveMap(page, widget<CoverageMap>(page, 'selca-coverage-map'));
  await drivePartnerList(page, widget<PartnerList>(page, 'selca-partner-list'));
  await driveFocusAreas(page, widget<FocusAreas>(page, 'selca-focus-areas'));
  // The page's own speech engine: a test browser may have no voice, so read aloud is driven in its story.
  await driveToolbar(page, widget<A11yToolbar>(page, 'selca-a11y-toolbar'), { readAloud: false });
}

describe('under the strict Content-Security-Policy with Trusted Types (Chromium)', function () {
  // A page with every widget, driven through every setting, takes longer than one unit test.
  this.timeout(60000);
  afterEach(closeCspPage);

  describe('the policy web teams are given', () => {
    it('is the one the README states, for one copy of the library and for two', async () => {
      const readme = await (await fetch('/README.md')).text();
      for (const url of [widgetsPage([]), widgetsPage([], { duplicates: true })]) {
        const policy = (await fetch(url)).headers.get('content-security-policy');
        expect(policy).to.match(/require-trusted-types-for 'script'; trusted-types lit-html/);
        expect(readme.includes(`Content-Security-Policy: ${policy}`), `README states ${policy}`).to.equal(true);
      }
    });
  });

  describe('every story', () => {
    for (const story of collectStories()) {
      it(`${story.title} / ${story.name} renders, plays and is tabbed through with no violation`, async () => {
        const page = await openCspPage(storyPage(story.file, story.exportName));
        expect(page.document.querySelector('main')?.childElementCount, 'story rendered').to.be.greaterThan(0);
        await tabThrough(page);
        expect(await page.violations()).to.deep.equal([]);
      });
    }
  });

  describe('interactions in stories', () => {
    it('the map: hovering a borough shows the tooltip; arrow keys move between boroughs', async () => {
      const page = await openCspPage(storyPage('stories/coverage-map.stories.ts', 'NothingSelected'));
      await driveMap(page, widget<CoverageMap>(page, 'selca-coverage-map'));
      expect(await page.violations()).to.deep.equal([]);
    });

    it('the toolbar: opened, every setting changed, read aloud started with the stories speech engine', async () => {
      const page = await openCspPage(storyPage('stories/a11y-toolbar.stories.ts', 'Closed'));
      await driveToolbar(page, widget<A11yToolbar>(page, 'selca-a11y-toolbar'), { readAloud: true });
      expect(await page.violations()).to.deep.equal([]);
    });

    it('the partner list: typing a search and choosing a filter', async () => {
      const page = await openCspPage(storyPage('stories/partner-list.stories.ts', 'List'));
      await drivePartnerList(page, widget<PartnerList>(page, 'selca-partner-list'));
      expect(await page.violations()).to.deep.equal([]);
    });

    it('the focus areas: expanding all and one with the keyboard', async () => {
      const page = await openCspPage(storyPage('stories/focus-areas.stories.ts', 'Collapsed'));
      await driveFocusAreas(page, widget<FocusAreas>(page, 'selca-focus-areas'));
      expect(await page.violations()).to.deep.equal([]);
    });
  });

  describe('the demo page', () => {
    it('loads with the early script and every widget, and every widget is driven with no violation', async () => {
      const page = await openCspPage('/csp/demo/');
      expectWidgetsShown(page);
      await driveEveryWidget(page);
      expect(await page.violations()).to.deep.equal([]);
    });
  });

  describe('the built files (npm run build)', () => {
    before(async () => {
      const built = await fetch(`${CDN}/selca-widgets.js`, { method: 'HEAD' });
      if (!built.ok) throw new Error('dist/ is missing: run `npm run build` (npm test builds first)');
    });

    it('several widget entries on one page: every widget driven with no violation', async () => {
      const page = await openCspPage(widgetsPage(TAGS.map((tag) => `${CDN}/${tag}.js`)));
      expectWidgetsShown(page);
      await driveEveryWidget(page);
      expect(await page.violations()).to.deep.equal([]);
    });

    it('the autoloader: every widget loaded on demand and driven with no violation', async () => {
      const page = await openCspPage(widgetsPage([`${CDN}/selca-widgets.js`]));
      expectWidgetsShown(page);
      await driveEveryWidget(page);
      expect(await page.violations()).to.deep.equal([]);
    });

    it("the autoloader: every widget driven, and no request to any site but the page's own", async () => {
      const page = await openCspPage(widgetsPage([`${CDN}/selca-widgets.js`]));
      await driveEveryWidget(page);
      const requested = page.window.performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(
        requested.some((url) => url.includes('/fonts/')),
        'a reading font was requested',
      ).to.equal(true);
      expect(requested.filter((url) => new URL(url).origin !== location.origin)).to.deep.equal([]);
    });

    it('the single file: every widget driven with no violation', async () => {
      const page = await openCspPage(widgetsPage([SINGLE_FILE]));
      expectWidgetsShown(page);
      await driveEveryWidget(page);
      expect(await page.violations()).to.deep.equal([]);
    });

    describe('the same build loaded twice (one module instance, so one lit-html policy)', () => {
      for (const [name, scripts] of [
        ['the autoloader twice', [`${CDN}/selca-widgets.js`, `${CDN}/selca-widgets.js`]],
        ['the autoloader and every widget entry', [`${CDN}/selca-widgets.js`, ...TAGS.map((tag) => `${CDN}/${tag}.js`)]],
        ['the single file twice', [SINGLE_FILE, SINGLE_FILE]],
      ] as const) {
        it(`${name}: no violation`, async () => {
          const page = await openCspPage(widgetsPage([...scripts]));
          expectWidgetsShown(page);
          expect(await page.violations()).to.deep.equal([]);
        });
      }
    });

    describe('two versions of the library on one page (a bundled copy of another version, then the CDN entries)', () => {
      const pageWithTwoVersions = () =>
        openCspPage(
          widgetsPage(['/__selca__/version/9.9.9/selca-widgets.js', ...TAGS.map((tag) => `${CDN}/${tag}.js`)], { duplicates: true }),
        );

      it('the first to register its widgets wins, with one console notice, and every widget works', async () => {
        const page = await pageWithTwoVersions();
        expectWidgetsShown(page);
        expect((page.window.selcaWarnings ?? []).filter((line) => line.includes('@selca/widgets 9.9.9'))).to.deep.equal([
          `[@selca/widgets] @selca/widgets 9.9.9 registered its widgets on this page first; version ${VERSION}, also loaded here, is not used for them. Load the library once per page.`,
        ]);
        await driveEveryWidget(page);
        expect(await page.violations()).to.deep.equal([]);
      });

      it("keeps the visitor's stored choices", async () => {
        const stored = JSON.stringify({ v: 1, choices: { theme: 'cream', spacing: 'wcag' } });
        localStorage.setItem(STORAGE_KEY, stored);
        try {
          const page = await pageWithTwoVersions();
          expect([page.document.documentElement.dataset.selcaTheme, page.document.documentElement.dataset.selcaSpacing]).to.deep.equal([
            'cream',
            'wcag',
          ]);
          expect(localStorage.getItem(STORAGE_KEY)).to.equal(stored);
        } finally {
          localStorage.removeItem(STORAGE_KEY);
        }
      });
    });

    describe('two different copies (the single file beside the CDN folder: two copies of Lit)', () => {
      // The CDN folder's entries as script tags: the page's load event waits for both copies.
      const copies = [SINGLE_FILE, ...TAGS.map((tag) => `${CDN}/${tag}.js`)];

      it("without 'allow-duplicates', the second copy's lit-html policy is refused", async () => {
        const page = await openCspPage(widgetsPage(copies));
        const violations = await page.violations();
        expect(violations, 'violations').to.not.deep.equal([]);
        for (const violation of violations) expect(violation).to.match(/lit-html/);
        // The first copy registered every widget before the second loaded, so the page still works.
        expectWidgetsShown(page);
      });

      it("with 'allow-duplicates', as the README says, both load with no violation", async () => {
        const page = await openCspPage(widgetsPage(copies, { duplicates: true }));
        expectWidgetsShown(page);
        await driveMap(page, widget<CoverageMap>(page, 'selca-coverage-map'));
        expect(await page.violations()).to.deep.equal([]);
      });
    });
  });
});
