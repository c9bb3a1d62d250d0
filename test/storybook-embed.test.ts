import { collectStories, deepElements, resetModes, settle, storyFrame } from './helpers/stories.js';
import { executeServerCommand, expect, fixture, waitUntil } from './helpers/testing.js';
import { STORAGE_KEY } from '../src/components/a11y-toolbar/preference-store.js';
import { PROFILE_FILE, completeSnippet, profileFile } from '../stories/support/embed-snippet.js';

const widgetsIn = (root: Element) => [...root.querySelectorAll('*')].filter((element) => element.localName.startsWith('selca-'));

const SKIPPED_TEXT = new Set(['style', 'script', 'template']);

/** What a visitor is shown in a widget: its words, in order, through every shadow root. */
function shownText(widget: Element): string {
  const words: string[] = [];
  const walk = (root: Node) => {
    for (const node of Array.from(root.childNodes)) {
      if (node.nodeType === Node.TEXT_NODE) words.push(node.textContent ?? '');
      else if (node.nodeType === Node.ELEMENT_NODE && !SKIPPED_TEXT.has((node as Element).localName)) {
        const element = node as Element;
        if (element.shadowRoot) walk(element.shadowRoot);
        walk(element);
      }
    }
  };
  if (widget.shadowRoot) walk(widget.shadowRoot);
  return words.join(' ').replace(/\s+/g, ' ').trim();
}

const STATE_ATTRIBUTES = ['aria-expanded', 'aria-pressed', 'aria-selected', 'aria-current', 'aria-checked', 'hidden'];

/** What is chosen, open or pressed inside a widget, and what its form fields hold. */
function shownState(widget: Element): string[] {
  return [...deepElements(widget)].flatMap((element) => [
    ...STATE_ATTRIBUTES.filter((name) => element.hasAttribute(name)).map(
      (name) => `<${element.localName}> ${name}="${element.getAttribute(name)}"`,
    ),
    ...(element.localName === 'input' || element.localName === 'select'
      ? [`<${element.localName}> value="${(element as HTMLInputElement).value}"`]
      : []),
  ]);
}

/** The attributes a page gives a widget; not those the widget sets on itself (its theme, the space it keeps). */
const attributesOf = (widget: Element): Record<string, string> =>
  Object.fromEntries(
    [...widget.attributes]
      .filter(({ name }) => !name.startsWith('data-selca-') && name !== 'style')
      .map(({ name, value }): [string, string] => [name, value])
      .sort(([a], [b]) => a.localeCompare(b)),
  );

/** The snippet pasted into a blank page the test runner serves, with the profile file beside it; its widgets once drawn. */
async function pastePage(snippet: string, files: Record<string, string>): Promise<Element[]> {
  const address = await executeServerCommand<string, { body: string; files: Record<string, string> }>('selca-paste-page', {
    body: snippet,
    files,
  });
  const frame = document.createElement('iframe');
  frame.title = 'A pasted snippet';
  // As wide as the page the story is drawn in, so that a widget fitting itself to its width (a
  // narrow map frames the alliance) shows the same in both.
  // Neither page gains or loses a scrollbar's width: the test page always has one, the frame none.
  Object.assign(frame.style, { inlineSize: `${document.documentElement.clientWidth}px`, blockSize: '768px', border: '0' });
  frame.setAttribute('scrolling', 'no');
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  frame.src = address!;
  document.body.append(frame);
  after(() => frame.remove());
  await loaded;
  const page = frame.contentDocument!;
  const widgets = widgetsIn(page.body);
  await waitUntil(() => widgets.every((widget) => (widget.shadowRoot?.childElementCount ?? 0) > 0), 'every pasted widget drawn', {
    timeout: 10000,
  });
  await settle(page.body, 5000);
  return widgets;
}

describe('a complete snippet', () => {
  it('holds the loading lines once, however often Storybook transforms it', () => {
    for (const story of collectStories()) {
      const snippet = story.shownSource();
      if (snippet === undefined) continue;
      expect(completeSnippet(snippet, story.args), `${story.title} / ${story.name}`).to.equal(snippet);
      expect(snippet.split('<script type="importmap">').length, `${story.title} / ${story.name}: import maps`).to.equal(2);
    }
  });
});

// A designer sets a story's options, copies the docs page's complete snippet, and a web team pastes
// it into a page of its own. What the story shows before any interaction (its play step) is what
// the pasted page must show.
describe("a story's complete snippet, pasted into a blank page", () => {
  // A story's settings (the toolbar's theme) are a visitor's, shared by every page of the site, so
  // each story starts as a first visit: nothing stored by an earlier story or test file.
  before(() => (document.documentElement.style.overflowY = 'scroll'));
  after(() => document.documentElement.style.removeProperty('overflow-y'));
  beforeEach(async () => {
    localStorage.removeItem(STORAGE_KEY);
    await resetModes(false);
  });
  afterEach(() => resetModes(false));

  for (const story of collectStories()) {
    const snippet = story.shownSource();
    if (snippet === undefined) continue;

    it(`${story.title} / ${story.name}: the same widgets, attributes, words and state as the story`, async () => {
      const profile = profileFile(story.args);
      const pasted = await pastePage(snippet, profile ? { [PROFILE_FILE]: profile } : {});
      const preview = widgetsIn(await fixture<HTMLElement>(storyFrame(story)));
      await settle(preview[0]!.parentElement!);
      expect(pasted.map((widget) => widget.localName)).to.deep.equal(preview.map((widget) => widget.localName));
      for (const [index, widget] of preview.entries()) {
        const copy = pasted[index]!;
        const expected: Record<string, string> = { ...attributesOf(widget), ...(profile ? { src: PROFILE_FILE } : {}) };
        expect(attributesOf(copy), `${widget.localName}: attributes`).to.deep.equal(expected);
        expect(shownText(copy), `${widget.localName}: words shown`).to.equal(shownText(widget));
        expect(shownState(copy), `${widget.localName}: state`).to.deep.equal(shownState(widget));
      }
    });
  }
});
