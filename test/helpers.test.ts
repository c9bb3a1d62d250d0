import { html } from 'lit';
import { expect, fixture } from './helpers/testing.js';
import { describeViolations, runAxe } from './helpers/a11y.js';
import { findOverflow } from './helpers/stories.js';

// The checks every story goes through must themselves catch what they claim to.
describe('test helpers', () => {
  describe('to.be.accessible()', () => {
    it('fails on an image without alternative text, naming the rule, the node and the fix', async () => {
      const el = await fixture(html`<main></main>`);
      // Built with the DOM so the template linter does not stop the deliberate mistake.
      const image = document.createElement('img');
      image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      el.append(image);
      let message = '';
      try {
        await expect(el).to.be.accessible();
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).to.contain('image-alt (critical): Images must have alternative text');
      expect(message).to.contain('<img src="data:image/gif');
      expect(message).to.match(/fix: Fix any of the following:.*alt attribute/);
    });

    it('reaches inside shadow roots', async () => {
      const el = await fixture(html`<main><div></div></main>`);
      el.firstElementChild!.attachShadow({ mode: 'open' }).innerHTML = '<button></button>';
      const { violations } = await runAxe(el);
      expect(violations.map((v) => v.id)).to.deep.equal(['button-name']);
      expect(describeViolations(violations)).to.contain('button-name (critical)');
    });

    it('includes best-practice rules', async () => {
      const el = await fixture(html`<main><h2>Title</h2><h4>Skipped a level</h4></main>`);
      const { violations } = await runAxe(el);
      expect(violations.map((v) => v.id)).to.deep.equal(['heading-order']);
    });

    it('passes clean content', async () => {
      const el = await fixture(html`<main><h2>Title</h2><p>Text</p></main>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('findOverflow', () => {
    it('reports text clipped by a box too small for it', async () => {
      const el = await fixture(
        html`<div><p style="width: 5em; overflow: hidden; white-space: nowrap">A sentence far too long for the box</p></div>`,
      );
      expect(findOverflow(el)).to.have.length(1);
      expect(findOverflow(el)[0]).to.match(/^<p> "A sentence far too long for the box" clips its content: \d+px wide in \d+px$/);
    });

    it('reports a region that scrolls sideways', async () => {
      const el = await fixture(html`<div style="width: 10em; overflow-x: auto"><div style="width: 40em">Wide</div></div>`);
      expect(findOverflow(el)[0]).to.match(/scrolls sideways/);
    });

    it('lets a data table scroll sideways in a named, focusable region, and nothing else', async () => {
      const wide = html`<table>
        <tr>
          <th>A heading far too wide</th>
          <td style="white-space: nowrap">for a box twelve ems across, whatever the font</td>
        </tr>
      </table>`;
      const region = await fixture(html`<div style="width: 12em">
        <p id="caption">Sites</p>
        <div role="region" tabindex="0" aria-labelledby="caption" style="overflow-x: auto">${wide}</div>
      </div>`);
      expect(findOverflow(region)).to.deep.equal([]);
      const unnamed = await fixture(html`<div style="width: 12em"><div style="overflow-x: auto">${wide}</div></div>`);
      expect(findOverflow(unnamed)[0]).to.match(/scrolls sideways/);
    });

    it('reports a page wider than the window', async () => {
      const el = await fixture(html`<div style="width: 300vw">Too wide</div>`);
      expect(findOverflow(el)[0]).to.match(/^the page scrolls sideways/);
    });

    it('reports clipping inside a shadow root', async () => {
      const el = await fixture(html`<div></div>`);
      el.attachShadow({ mode: 'open' }).innerHTML = '<p style="height: 1em; overflow: hidden">One<br>Two<br>Three</p>';
      expect(findOverflow(el)[0]).to.match(/clips its content: \d+px tall/);
    });

    it('reports a box inside a widget that its content overflows sideways, clipped or not', async () => {
      const el = await fixture(html`<div></div>`);
      el.attachShadow({ mode: 'open' }).innerHTML = '<p style="width: 5em">Communications&nbsp;and&nbsp;more</p>';
      expect(findOverflow(el)).to.have.length(1);
      expect(findOverflow(el)[0]).to.match(/^<p> "Communications and more" overflows sideways: \d+px wide in \d+px$/);
    });

    it('leaves alone overflow on the page around widgets, and text boxes, which scroll what is typed', async () => {
      const el = await fixture(html`<div>
        <p style="width: 5em">Communications&nbsp;and&nbsp;more</p>
        <input style="width: 5em" value="A search far longer than its box" />
      </div>`);
      expect(findOverflow(el)).to.deep.equal([]);
    });

    it('ignores visually hidden text and content that fits', async () => {
      const el = await fixture(html`<div>
        <span style="position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%)">Hidden label</span>
        <p style="overflow: hidden">Fits</p>
      </div>`);
      expect(findOverflow(el)).to.deep.equal([]);
    });
  });
});
