import { html } from 'lit';
import { executeServerCommand, expect, fixture, sendKeys, waitUntil } from './helpers/testing.js';
import { partNetwork } from './helpers/part-network.js';
import { accessibilityTree, all } from './helpers/a11y-tree.js';
import { plainEnglish, shadowTexts } from './helpers/words.js';
import { toolbarButtonWords } from '../src/components/a11y-toolbar/words.js';
import { clearWords, setWords } from '../src/core/words.js';
import { pseudo, pseudoWords } from '../src/core/pseudo-locale.js';
import '../src/selca-a11y-toolbar.js';
import type { A11yToolbar } from '../src/components/a11y-toolbar/a11y-toolbar.js';

// The panel's code is downloaded once per page, so this file is one visit: the panel first cannot
// be downloaded, then arrives slowly. The test server obeys the `selca-part` cookie.
const requests = async () => ((await (await fetch('/__selca__/part-requests')).json()) as Record<string, number>)['toolbar-panel'] ?? 0;
const shadow = (toolbar: A11yToolbar) => toolbar.shadowRoot!;
const deepActive = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

describe('<selca-a11y-toolbar> while its panel downloads (Chromium)', () => {
  before(() => executeServerCommand('selca-no-cache'));
  after(() => partNetwork(null));

  it('says plainly when the panel cannot be loaded, and does not retry by itself', async () => {
    partNetwork('toolbar-panel:fail');
    const page = await fixture<HTMLElement>(html`<div><selca-a11y-toolbar></selca-a11y-toolbar><p><a href="#next">Next</a></p></div>`);
    const toolbar = page.querySelector('selca-a11y-toolbar')!;
    await toolbar.updateComplete;
    shadow(toolbar).querySelector<HTMLButtonElement>('.toggle')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(toolbar).querySelector('[role="alert"]'), 'failure message', { timeout: 5000 });
    const after = await requests();
    await toolbar.updateComplete;
    const tree = await accessibilityTree();
    const [alert] = all(tree, (node) => node.role === 'alert');
    expect(
      all(alert!, (node) => /could not be loaded/.test(node.name)),
      'the alert says why',
    ).to.not.deep.equal([]);
    expect(deepActive()?.classList.contains('toggle'), 'focus stays on the button').to.equal(true);
    await new Promise((done) => setTimeout(done, 600));
    expect(await requests(), 'no retry loop while the message shows').to.equal(after);
  });

  it('says that the panel cannot be loaded in its own words (pseudo-locale)', async () => {
    setWords({ 'selca-a11y-toolbar': pseudoWords(toolbarButtonWords) });
    try {
      const toolbar = await fixture<A11yToolbar>(html`<selca-a11y-toolbar open lang="en-XA"></selca-a11y-toolbar>`);
      expect(shadow(toolbar).querySelector('[role="alert"]')!.textContent.trim()).to.equal(pseudo(toolbarButtonWords.panelUnavailable));
      expect(plainEnglish(shadowTexts(shadow(toolbar)), [])).to.deep.equal([]);
    } finally {
      clearWords();
    }
  });

  it('tries again when the visitor opens it again, says it is loading, and leaves focus where the visitor went meanwhile', async () => {
    partNetwork('toolbar-panel:slow');
    const page = await fixture<HTMLElement>(html`<div><selca-a11y-toolbar></selca-a11y-toolbar><p><a href="#next">Next</a></p></div>`);
    const toolbar = page.querySelector('selca-a11y-toolbar')!;
    await toolbar.updateComplete;
    shadow(toolbar).querySelector<HTMLButtonElement>('.toggle')!.focus();
    await sendKeys({ press: 'Enter' });
    // Not updateComplete: it waits for the panel itself.
    await waitUntil(() => shadow(toolbar).querySelector('.panel-place:not([hidden])'), 'the panel place shows', { timeout: 1000 });
    expect(shadow(toolbar).querySelector('.panel-place')!.textContent.trim()).to.equal('Loading the accessibility tools…');
    expect(shadow(toolbar).querySelector('[role="status"]')!.textContent.trim()).to.equal('Loading the accessibility tools…');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.textContent).to.equal('Next');
    await waitUntil(() => shadow(toolbar).querySelector('.heading'), 'the panel arrives', { timeout: 5000 });
    await toolbar.updateComplete;
    expect(deepActive()?.textContent, 'not pulled back to the panel').to.equal('Next');
    expect(shadow(toolbar).querySelector('[role="alert"]')).to.equal(null);
  });
});
