// Pages served under the strict Content-Security-Policy (test/runner/csp-plugin.mjs), opened in an
// iframe of the test page and driven with real pointer moves, clicks and key presses, which reach
// into a same-origin iframe as they would into any page.
import { sendMouse } from '@web/test-runner-commands';
import { executeServerCommand, expect, sendKeys, setViewport } from './testing.js';
import { settle } from './story-collection.js';
import type { A11yToolbar } from '../../src/components/a11y-toolbar/a11y-toolbar.js';
import type { CoverageMap } from '../../src/components/coverage-map/coverage-map.js';
import type { FocusAreas } from '../../src/components/focus-areas/focus-areas.js';
import type { PartnerList } from '../../src/components/partner-list/partner-list.js';
import type { FakeEngine } from '../../stories/support/fake-speech.js';

export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

declare global {
  interface Window {
    /** Kept by test/csp/record-violations.js, the first script of every page under the policy. */
    selcaViolations?: Violation[];
    /** Every console warning of the page, kept by the same script. */
    selcaWarnings?: string[];
  }
}

export interface CspPage {
  frame: HTMLIFrameElement;
  window: Window;
  document: Document;
  /** Every `securitypolicyviolation` in the page so far, and what Chromium wrote to the console about the policy. */
  violations(): Promise<string[]>;
}

const describeViolation = (v: Violation) =>
  `${v.directive} refused ${v.blocked || 'a value'} at ${v.source}${v.sample ? ` ("${v.sample}")` : ''}`;

/** Polls until `condition` holds, for at most 3 s; `what` names it when it never does. */
export async function until<T>(condition: () => T | null | undefined | false, what: string): Promise<T> {
  const started = performance.now();
  for (;;) {
    const value = condition();
    if (value) return value;
    if (performance.now() - started > 3000) throw new Error(`Still waiting after 3 s for ${what}`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

let current: HTMLIFrameElement | undefined;
/** A control after the page, so Tab past the page's last control stays in the test page's window. */
let after: HTMLButtonElement | undefined;

/** Removes the page the last test opened. */
export function closeCspPage(): void {
  current?.remove();
  after?.remove();
  current = after = undefined;
}

/**
 * Opens `url` filling the test page's window, waits for its story (if it shows one), for every
 * `selca-` element in it to be defined and for every widget to settle.
 */
export async function openCspPage(url: string): Promise<CspPage> {
  closeCspPage();
  await setViewport({ width: 1024, height: 768 });
  // Starts listening to the console, and forgets what an earlier page wrote there.
  await executeServerCommand('selca-csp-console');
  const frame = document.createElement('iframe');
  frame.title = 'A page under the strict Content-Security-Policy';
  Object.assign(frame.style, {
    position: 'fixed',
    inset: '0',
    width: '100%',
    height: '100%',
    border: '0',
    zIndex: '1',
    background: 'white',
  });
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  frame.src = url;
  after = document.createElement('button');
  after.textContent = 'After the page';
  document.body.append(frame, after);
  current = frame;
  await loaded;
  const win = frame.contentWindow!;
  const doc = frame.contentDocument!;
  await win.selcaStory;
  const tags = new Set([...doc.querySelectorAll('*')].map((element) => element.localName).filter((name) => name.startsWith('selca-')));
  await Promise.all([...tags].map((tag) => win.customElements.whenDefined(tag)));
  await settle(doc.documentElement);
  return {
    frame,
    window: win,
    document: doc,
    async violations() {
      // A violation event is queued as a task: one turn of the page's event loop delivers it.
      await new Promise((done) => win.setTimeout(done, 0));
      const logged = await executeServerCommand<string[], undefined>('selca-csp-console');
      return [...(win.selcaViolations ?? []).map(describeViolation), ...logged];
    },
  };
}

/** Every widget of `tag` in the page, in document order. */
export const widgets = <E extends Element>(page: CspPage, tag: string): E[] => [...page.document.querySelectorAll(tag)] as E[];

/** The one widget of `tag` in the page. */
export function widget<E extends Element>(page: CspPage, tag: string): E {
  const found = widgets<E>(page, tag);
  expect(found, `<${tag}> in the page`).to.have.length(1);
  return found[0]!;
}

/** The element a pointer at (x, y) of the page would reach, through open shadow roots. */
function elementAt(page: CspPage, x: number, y: number): Element | null {
  let hit = page.document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/**
 * A point, in the test page's window, where a pointer reaches `element` (after scrolling it into
 * view): its middle, or the point nearest the middle that nothing covers and that is inside its
 * shape (a borough is not a rectangle).
 */
function pointAt(page: CspPage, element: Element): [number, number] {
  element.scrollIntoView({ block: 'center', inline: 'center' });
  const frame = page.frame.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  const steps = [0, 0.1, -0.1, 0.2, -0.2, 0.3, -0.3, 0.4, -0.4];
  for (const dy of steps) {
    for (const dx of steps) {
      const x = box.left + box.width * (0.5 + dx);
      const y = box.top + box.height * (0.5 + dy);
      const hit = elementAt(page, x, y);
      if (hit === element || element.contains(hit)) return [Math.round(frame.left + x), Math.round(frame.top + y)];
    }
  }
  throw new Error(`No point of <${element.localName}> is free to point at`);
}

/**
 * `pointAt`, once the page has stopped moving: a setting's change may still be arriving (a part
 * loaded on first use, a web font) and shift what the pointer is aimed at.
 */
async function steadyPointAt(page: CspPage, element: Element): Promise<[number, number]> {
  const frame = () => new Promise((done) => page.window.requestAnimationFrame(done));
  let point = pointAt(page, element);
  for (let tries = 0; tries < 30; tries += 1) {
    await frame();
    await frame();
    const again = pointAt(page, element);
    if (again[0] === point[0] && again[1] === point[1]) return point;
    point = again;
  }
  return point;
}

export const hover = async (page: CspPage, element: Element) => sendMouse({ type: 'move', position: await steadyPointAt(page, element) });
export const click = async (page: CspPage, element: Element) => sendMouse({ type: 'click', position: await steadyPointAt(page, element) });
export const press = (key: string) => sendKeys({ press: key });

const shadow = <E extends Element = HTMLElement>(host: Element, selector: string): E =>
  host.shadowRoot!.querySelector<E>(selector) ??
  (() => {
    throw new Error(`No ${selector} in <${host.localName}>`);
  })();

/** Puts keyboard focus at the start of the page, as a visitor arriving on it. */
async function focusPageStart(page: CspPage): Promise<void> {
  page.frame.focus();
  await until(() => page.document.hasFocus(), 'the page focused');
}

/** Presses Tab until `reached` holds, as a keyboard user moves through the page. */
async function tabTo(reached: () => boolean, what: string): Promise<void> {
  for (let presses = 0; presses < 60 && !reached(); presses += 1) await press('Tab');
  expect(reached(), `${what} reached with Tab`).to.equal(true);
}

/** Presses Tab from the start of the page through every control, until focus leaves the page. */
export async function tabThrough(page: CspPage): Promise<void> {
  await focusPageStart(page);
  for (let presses = 0; presses < 200 && document.activeElement !== after; presses += 1) await press('Tab');
  expect(document.activeElement, 'focus left the page after its last control').to.equal(after);
}

const focusedArea = (map: CoverageMap) => map.shadowRoot!.activeElement?.getAttribute('data-code');

/**
 * Hovers a borough (the tooltip is placed), then reaches the map with Tab, moves between boroughs
 * with arrow keys, selects one with Enter and closes its tooltip with Escape.
 */
export async function driveMap(page: CspPage, map: CoverageMap): Promise<void> {
  await hover(page, shadow(map, '[data-code="E09000011"]'));
  // The pointer may cross another borough on its way; a tooltip moves to where it stays.
  const tip = await until(() => {
    const shown = map.shadowRoot!.querySelector<HTMLElement>('.tooltip');
    return shown?.textContent?.includes('Greenwich') ? shown : undefined;
  }, "Greenwich's tooltip");
  expect(tip.style.getPropertyValue('top'), 'tooltip placed').to.match(/^-?[\d.]+px$/);
  await focusPageStart(page);
  await tabTo(() => !!focusedArea(map), 'the map');
  const first = focusedArea(map);
  // From Bexley, where Tab lands: west to Greenwich, then south to Bromley.
  await press('ArrowLeft');
  await press('ArrowDown');
  await until(() => focusedArea(map) !== first, 'focus moved by arrow keys');
  await press('Enter');
  await until(() => map.selected === focusedArea(map), 'the focused borough selected with Enter');
  await press('Escape');
}

/** The radio or button in the open toolbar whose visible text is `label`. */
function control(toolbar: A11yToolbar, label: string): HTMLElement {
  for (const element of toolbar.shadowRoot!.querySelectorAll<HTMLElement>('button, label')) {
    if (element.textContent?.trim() === label) return element;
  }
  throw new Error(`No control labelled "${label}"`);
}

const isOn = (element: HTMLElement) =>
  element.localName === 'label' ? element.querySelector('input')!.checked : element.getAttribute('aria-pressed') === 'true';

/** Chooses each of `labels` with a real click, and checks it took. */
async function choose(page: CspPage, toolbar: A11yToolbar, labels: string[]): Promise<void> {
  for (const label of labels) {
    await click(page, control(toolbar, label));
    await toolbar.updateComplete;
    await until(() => isOn(control(toolbar, label)), `"${label}" chosen`);
    await page.document.fonts.ready;
  }
}

/** Moves the pointer over the page, as a visitor using a reading guide does. */
async function moveOver(page: CspPage, element: Element): Promise<void> {
  const [x, y] = pointAt(page, element);
  await sendMouse({ type: 'move', position: [x, y - 20] });
  await sendMouse({ type: 'move', position: [x, y + 20] });
}

/**
 * Opens the toolbar and changes every setting: text size, spacing, each font, each theme, the
 * link, focus and motion toggles, the reading ruler and mask (following the pointer), and, with a
 * speech engine that can speak, read aloud.
 */
export async function driveToolbar(page: CspPage, toolbar: A11yToolbar, { readAloud }: { readAloud: boolean }): Promise<void> {
  const toggle = shadow(toolbar, 'button.toggle');
  await click(page, toggle);
  await until(() => toolbar.shadowRoot!.querySelector('#panel:not([hidden])'), 'the open panel');
  await toolbar.updateComplete;
  const size = () => shadow(toolbar, 'output').textContent;
  await click(page, control(toolbar, 'Make text larger'));
  await until(() => size() !== '100%', 'a larger text size');
  // The page changes load on first use: the page moves once they arrive.
  await until(() => page.document.documentElement.style.getPropertyValue('--selca-root-font-size'), 'the larger text on the page');
  const larger = size();
  await click(page, control(toolbar, 'Make text larger'));
  await until(() => size() !== larger, 'a larger text size again');
  await click(page, control(toolbar, 'Make text smaller'));
  await until(() => size() === larger, 'a smaller text size');
  await choose(page, toolbar, ['Wider spacing', 'Wider spacing and taller lines', 'Site spacing']);
  await choose(page, toolbar, ['Plain font (Arial)', 'OpenDyslexic', 'Atkinson Hyperlegible', 'Site font']);
  await choose(page, toolbar, [
    'Dark',
    'High contrast: yellow on black',
    'High contrast: black on white',
    'Low glare: cream background',
    'Site colours',
  ]);
  await choose(page, toolbar, ['Highlight links', 'Stronger focus outline', 'Pause animations']);
  const content = page.document.querySelector('p') ?? page.document.body;
  const part = (selector: string) => toolbar.shadowRoot!.querySelector<HTMLElement>(selector);
  await choose(page, toolbar, ['Reading ruler']);
  const ruler = await until(() => part('.ruler'), 'the ruler');
  await moveOver(page, content);
  await until(() => ruler.style.getPropertyValue('top'), 'the ruler following the pointer');
  await choose(page, toolbar, ['Reading mask']);
  const mask = await until(() => part('.mask-above'), 'the mask');
  await moveOver(page, content);
  await until(() => mask.style.getPropertyValue('height'), 'the mask following the pointer');
  await choose(page, toolbar, ['No guide']);
  if (readAloud) {
    await click(page, await until(() => part('.read-primary:not([disabled])'), 'read aloud ready'));
    await until(() => shadow(toolbar, '.read-primary').textContent?.trim() === 'Pause', 'reading aloud');
    expect((toolbar.speech as FakeEngine).calls.some((call) => call.startsWith('speak'))).to.equal(true);
    await click(page, shadow(toolbar, '.read-stop'));
  }
  await click(page, control(toolbar, 'Reset all settings'));
  await until(() => isOn(control(toolbar, 'Site colours')) && !isOn(control(toolbar, 'Highlight links')), 'every setting reset');
  await press('Escape');
  await until(() => toggle.getAttribute('aria-expanded') === 'false', 'the panel closed with Escape');
}

/** Types a search, then changes the type filter from the keyboard. */
export async function drivePartnerList(page: CspPage, list: PartnerList): Promise<void> {
  const search = shadow<HTMLInputElement>(list, 'input[type="search"]');
  await click(page, search);
  await sendKeys({ type: 'hospital' });
  await until(() => search.value === 'hospital' && list.query === 'hospital', 'the search typed');
  await press('Tab');
  const type = shadow<HTMLSelectElement>(list, 'select#type');
  await until(() => list.shadowRoot!.activeElement === type, 'the type filter focused');
  await press('ArrowDown');
  await until(() => list.type, 'a type chosen');
  await list.updateComplete;
}

/** Expands every area with "Expand all", then collapses one with the keyboard. */
export async function driveFocusAreas(page: CspPage, areas: FocusAreas): Promise<void> {
  const toggleAll = shadow(areas, 'button.toggle-all');
  await click(page, toggleAll);
  await until(() => toggleAll.textContent?.includes('Collapse all'), '"Collapse all"');
  const first = shadow(areas, 'summary');
  await click(page, first);
  await until(() => !(first.parentElement as HTMLDetailsElement).open, 'the first area collapsed');
  await press('Enter');
  await until(() => (first.parentElement as HTMLDetailsElement).open, 'the first area opened with Enter');
}
