import { EditorAttributes, WidgetGuidance, createElement, createRoot, flushSync, pages } from 'virtual:selca/docs-pages';
import type { ReactElement } from 'react';
import { GUIDANCE } from '../.storybook/guidance.js';
import { expect, fixture, html } from './helpers/testing.js';

/** Draws a docs page's content in a landmark, as Storybook's docs page holds it. */
async function drawn(content: ReactElement): Promise<HTMLElement> {
  const main = await fixture<HTMLElement>(html`<main></main>`);
  const root = createRoot(main);
  flushSync(() => root.render(content));
  after(() => root.unmount());
  return main;
}

// Storybook's own blocks (title, controls, story canvases) are Storybook's; these are the words and
// tables this project writes into the docs pages designers read.
describe('the docs pages designers read', () => {
  it('are found in stories/docs/', () => {
    expect(pages.map(([file]) => file)).to.include.members(['introduction.mdx', 'getting-started-designers.mdx']);
  });

  for (const [file, Page] of pages) {
    it(`${file} passes axe, under one h1`, async () => {
      const main = await drawn(createElement(Page));
      expect(main.querySelectorAll('h1').length).to.equal(1);
      await expect(main).to.be.accessible();
    });
  }

  for (const tagName of Object.keys(GUIDANCE)) {
    it(`${tagName}'s page: when to use it, when not, and its attributes, pass axe`, async () => {
      const main = await drawn(
        createElement(
          'div',
          null,
          createElement('h1', null, tagName),
          createElement(WidgetGuidance, { tagName }),
          createElement(EditorAttributes, { tagName }),
        ),
      );
      expect(main.querySelectorAll('h2').length).to.equal(3);
      expect(main.querySelectorAll('tbody tr').length).to.be.greaterThan(0);
      await expect(main).to.be.accessible();
    });
  }
});
