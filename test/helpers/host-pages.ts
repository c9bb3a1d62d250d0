import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { initAll } from 'nhsuk-frontend';
import type { TemplateResult } from 'lit';
import { resetPreferences } from '../../src/core/index.js';
import { fixture, fixtureCleanup } from './testing.js';
import { deepElements, settle } from './stories.js';

/**
 * Loads the widgets as a trust's page does: one script tag for the built autoloader
 * (`dist/cdn/selca-widgets.js`, made by `npm run build`, which `npm test` runs first), which imports
 * each widget when its tag appears. So these pages test the files visitors download.
 */
export function loadWidgets(): void {
  if (document.querySelector('script[data-autoloader]')) return;
  const script = document.createElement('script');
  script.type = 'module';
  script.src = '/dist/cdn/selca-widgets.js';
  script.dataset.autoloader = '';
  document.head.append(script);
}

/** Waits until every widget below `root` is defined, as the autoloader brings them. */
export async function widgetsDefined(root: Element): Promise<void> {
  const tags = new Set([...root.querySelectorAll('*')].map((element) => element.localName).filter((tag) => tag.startsWith('selca-')));
  await Promise.all([...tags].map((tag) => customElements.whenDefined(tag)));
}

export const WIDGET_TAGS = [
  'selca-a11y-toolbar',
  'selca-coverage-map',
  'selca-partner-list',
  'selca-goals-panel',
  'selca-focus-areas',
] as const;

/**
 * The five widgets in the content of a page, each under the page's own heading, with the
 * light-DOM fallback a web team writes for visitors whose browser does not run the script.
 */
export const widgetsInContent = (): TemplateResult => html`
  <selca-a11y-toolbar heading-level="2">
    <a class="fallback" href="/accessibility-statement">Accessibility statement</a>
  </selca-a11y-toolbar>
  <h1>Cancer services in south east London</h1>
  <p>The alliance brings hospitals, GPs, councils and charities together to find cancer earlier.</p>
  <h2>Where we work</h2>
  <selca-coverage-map heading-level="3">
    <p class="fallback">The alliance covers Bexley, Bromley, Greenwich, Lambeth, Lewisham and Southwark.</p>
  </selca-coverage-map>
  <h2>Our partners</h2>
  <selca-partner-list heading-level="3"></selca-partner-list>
  <h2>What we are for</h2>
  <selca-goals-panel heading-level="3"></selca-goals-panel>
  <h2>Where the work happens</h2>
  <selca-focus-areas heading-level="3"></selca-focus-areas>
`;

/** A host page: its markup in a fixture, its stylesheets in the head, all removed by `remove()`. */
export interface HostPage {
  root: HTMLElement;
  widgets: HTMLElement[];
  widget<K extends (typeof WIDGET_TAGS)[number]>(tag: K): HTMLElementTagNameMap[K];
  remove(): void;
}

/**
 * Puts `template` on the page with `stylesheets` (addresses or CSS text) in the head, registers
 * the widgets and waits until every one has rendered its data. `undo` puts back what the page
 * changed outside the fixture.
 */
export async function hostPage(
  template: TemplateResult,
  stylesheets: { href?: string; css?: string }[],
  undo: () => void = () => {},
): Promise<HostPage> {
  const added: Element[] = [];
  const loads: Promise<unknown>[] = [];
  for (const { href, css } of stylesheets) {
    const element =
      css === undefined ? Object.assign(document.createElement('link'), { rel: 'stylesheet', href }) : document.createElement('style');
    if (css === undefined) {
      loads.push(
        new Promise((resolve, reject) => {
          element.addEventListener('load', resolve);
          element.addEventListener('error', () => reject(new Error(`${href} did not load`)));
        }),
      );
    } else {
      element.textContent = css;
    }
    document.head.append(element);
    added.push(element);
  }
  await Promise.all(loads);
  loadWidgets();
  const root = await fixture<HTMLElement>(template);
  await widgetsDefined(root);
  await settle(root);
  const widgets = WIDGET_TAGS.map((tag) => root.querySelector<HTMLElement>(tag)!).filter(Boolean);
  return {
    root,
    widgets,
    widget: (tag) => root.querySelector(tag)!,
    remove: () => {
      fixtureCleanup();
      added.forEach((element) => element.remove());
      resetPreferences();
      undo();
    },
  };
}

const NHSUK = '/node_modules/nhsuk-frontend/dist/nhsuk';
export const NHSUK_CSS = `${NHSUK}/nhsuk-frontend.min.css`;

/** The HTML nhsuk-frontend publishes for one example of one of its components. */
export async function nhsukMarkup(component: string, example: string): Promise<string> {
  const response = await fetch(`${NHSUK}/components/${component}/fixtures.json`);
  const { fixtures } = (await response.json()) as { fixtures: { name: string; html: string }[] };
  return fixtures.find((fixture) => fixture.name === example)!.html;
}

/**
 * An NHS.UK page as a trust builds it: nhsuk-frontend's own CSS and JavaScript, its skip link,
 * header (search and navigation) and footer as the package publishes them, the widgets in main.
 */
export async function nhsukPage(): Promise<HostPage> {
  const [skipLink, header, footer] = await Promise.all([
    nhsukMarkup('skip-link', 'default'),
    nhsukMarkup('header', 'default'),
    nhsukMarkup('footer', 'with meta links'),
  ]);
  // What nhsuk-frontend's page template does before its script runs.
  document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
  const page = await hostPage(
    html`<div>
      ${unsafeHTML(skipLink)} ${unsafeHTML(header)}
      <div class="nhsuk-width-container">
        <main class="nhsuk-main-wrapper" id="maincontent">${widgetsInContent()}</main>
      </div>
      ${unsafeHTML(footer)}
    </div>`,
    [{ href: NHSUK_CSS }],
    () => document.body.classList.remove('js-enabled', 'nhsuk-frontend-supported'),
  );
  initAll({ scope: page.root });
  return page;
}

/** The page the issue describes, word for word, plus a dark background with light text. */
export const HOSTILE_CSS = `
* { box-sizing: content-box; line-height: 1 }
html { font-size: 62.5% }
button, input, select { all: unset }
[hidden] { display: block !important }
div { overflow: hidden }
body { background-color: #0b0c0c; color: #f0f4f5 }
`;

/** The hostile page's content: the site's own text and button, the widgets, a widget the site hides. */
export const hostileContent = (): TemplateResult =>
  html`<div class="site">
      <main>
        <p>Site text at the site's own size.</p>
        <button type="button" class="site-button">Site button</button>
        ${widgetsInContent()}
        <selca-goals-panel class="hidden-by-site" hidden></selca-goals-panel>
      </main>
    </div>`;

export const hostilePage = (): Promise<HostPage> => hostPage(hostileContent(), [{ css: HOSTILE_CSS }]);

/** A right-to-left page: `<html dir="rtl" lang="ar">`, with the site's own text in Arabic. */
export async function rtlPage(): Promise<HostPage> {
  const { dir, lang } = document.documentElement;
  document.documentElement.dir = 'rtl';
  document.documentElement.lang = 'ar';
  return hostPage(
    html`<main class="site">
      <p>خدمات السرطان في جنوب شرق لندن</p>
      ${widgetsInContent()}
    </main>`,
    [],
    () => Object.assign(document.documentElement, { dir, lang }),
  );
}

/** A piece of text the visitor sees, with the size and spacing it is drawn at. */
export interface TextRun {
  text: string;
  element: Element;
  fontSize: number;
  /** Line height in px; `undefined` for SVG text, which has no line boxes. */
  lineHeight: number | undefined;
  rects: DOMRect[];
}

/** The text a widget draws: every non-empty text node inside its shadow root that has a box. */
export function visibleText(widget: Element): TextRun[] {
  const runs: TextRun[] = [];
  const roots = [widget.shadowRoot!, ...[...deepElements(widget)].flatMap((element) => element.shadowRoot ?? [])];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.trim();
      const element = node.parentElement;
      if (!text || !element || element.closest('style, .visually-hidden')) continue;
      // Chromium lays out the content of a closed <details>, of a partner skipped by
      // content-visibility when asked, and of a hidden map label or number; checkVisibility knows
      // none is drawn.
      if (!element.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 1 && rect.height > 1);
      if (!rects.length) continue;
      const style = getComputedStyle(element);
      const inSvg = element instanceof SVGElement;
      runs.push({
        text: text.slice(0, 40),
        element,
        fontSize: parseFloat(style.fontSize),
        lineHeight: inSvg ? undefined : parseFloat(style.lineHeight),
        rects,
      });
    }
  }
  return runs;
}

const intersects = (a: DOMRect, b: DOMRect, tolerance: number) =>
  a.left + tolerance < b.right && b.left + tolerance < a.right && a.top + tolerance < b.bottom && b.top + tolerance < a.bottom;

/** Pairs of text runs drawn over each other (by more than a pixel), one line per pair. */
export function overlappingText(runs: TextRun[]): string[] {
  const problems: string[] = [];
  runs.forEach((run, index) => {
    for (const other of runs.slice(index + 1)) {
      if (run.rects.some((rect) => other.rects.some((otherRect) => intersects(rect, otherRect, 1)))) {
        problems.push(`"${run.text}" overlaps "${other.text}"`);
      }
    }
  });
  return problems;
}

/** Whether an element takes up any space on the page. */
export const isRendered = (element: Element): boolean => element.getClientRects().length > 0;
