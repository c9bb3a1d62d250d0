import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { LitElement } from 'lit';
import { collectStories, settle } from './helpers/stories.js';
import { expect, fixture } from './helpers/testing.js';
import { PROFILE_FILE, profileFile } from '../stories/support/embed-snippet.js';

// Every story in every mode (axe and overflow) is in test/story-matrix/, a file per mode.
describe('stories', () => {
  it('are found in stories/*.stories.ts', () => {
    expect(collectStories().length).to.be.greaterThan(0);
  });
});

/** What no pasted page should carry: Lit's binding syntax, or a value that was never set. */
function notPlain(source: string): string[] {
  const template = document.createElement('template');
  template.innerHTML = source;
  const problems: string[] = [];
  const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (node instanceof Text) {
      if (node.data.includes('${')) problems.push(`text "${node.data.trim()}"`);
      continue;
    }
    for (const { name, value } of (node as Element).attributes) {
      if (['.', '@', '?'].includes(name[0]!) || ['undefined', 'null', '[object Object]'].includes(value) || value.includes('${')) {
        problems.push(`<${(node as Element).localName} ${name}="${value}">`);
      }
    }
  }
  return problems;
}

/** The widgets' inputs, as a page's HTML can set them and as the story set them. */
const inputs = (widget: LitElement) => {
  const properties = (widget.constructor as typeof LitElement).elementProperties;
  return Object.fromEntries(
    [...properties]
      .filter(([, options]) => !options.state)
      .map(([name]) => [name, (widget as unknown as Record<PropertyKey, unknown>)[name]]),
  );
};

const widgetsIn = (root: Element) =>
  [...root.querySelectorAll<LitElement>('*')].filter((element) => element.localName.startsWith('selca-'));

// A designer copies "Show code" from a docs page into a plain HTML page that loads the autoloader.
describe("a story's shown source", () => {
  for (const story of collectStories()) {
    const source = story.shownSource();
    if (source === undefined) continue;

    describe(`${story.title} / ${story.name}`, () => {
      it('is plain HTML, with no binding syntax and no unset values', () => {
        expect(notPlain(source)).to.deep.equal([]);
      });

      it('writes content inside each widget for visitors the code never reaches, as the README asks', () => {
        const template = document.createElement('template');
        template.innerHTML = source;
        const bare = widgetsIn(template.content as unknown as Element)
          .filter((widget) => !widget.textContent?.trim())
          .map((widget) => widget.localName);
        expect(bare).to.deep.equal([]);
      });

      it('pasted into a page, gives every widget the inputs the story gave it', async () => {
        const pasted = await fixture(html`<div>${unsafeHTML(source)}</div>`);
        const rendered = await fixture(html`<div>${story.render()}</div>`);
        await Promise.all([settle(pasted), settle(rendered)]);
        const [fromSnippet, fromStory] = [widgetsIn(pasted), widgetsIn(rendered)];
        expect(fromSnippet.map((widget) => widget.localName)).to.deep.equal(fromStory.map((widget) => widget.localName));
        expect(fromStory.length).to.be.greaterThan(0);
        // A profile object the story passes is the snippet's JSON file.
        const fromFile = profileFile(story.args) ? { profile: undefined, src: PROFILE_FILE } : {};
        for (const [index, widget] of fromStory.entries()) {
          expect(inputs(fromSnippet[index]!), widget.localName).to.deep.equal({ ...inputs(widget), ...fromFile });
        }
      });
    });
  }
});
