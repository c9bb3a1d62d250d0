import { html } from 'lit';
import { executeServerCommand, expect, fixtureSync, waitUntil } from '../helpers/testing.js';
import { partNetwork } from '../helpers/part-network.js';
import { resetPreferences, setPreferences } from '../../src/core/preferences.js';
import { themePart } from '../../src/core/preferences-controller.js';
import '../../src/selca-goals-panel.js';
import type { GoalsPanel } from '../../src/components/goals-panel/goals-panel.js';

// The themes' styles are downloaded once per page, so this file is one visit on a slow network.
describe("a widget appearing while the visitor's chosen theme downloads (Chromium)", () => {
  before(() => executeServerCommand('selca-no-cache'));
  after(() => {
    partNetwork(null);
    resetPreferences();
  });

  it('keeps its place unseen, then shows in the theme, never in the default colours', async () => {
    expect(themePart.value, 'not downloaded before the visitor chose a theme').to.equal(undefined);
    partNetwork('theme-tokens:slow');
    setPreferences({ theme: 'contrast-dark' });
    const panel = fixtureSync<GoalsPanel>(html`<selca-goals-panel></selca-goals-panel>`);
    await waitUntil(() => panel.shadowRoot?.querySelector('[role="heading"]'), 'rendered');
    const before = panel.getBoundingClientRect();
    expect(getComputedStyle(panel).visibility).to.equal('hidden');
    expect(before.height, 'its place is kept').to.be.greaterThan(100);

    await waitUntil(() => themePart.value, 'theme downloaded', { timeout: 5000 });
    await panel.updateComplete;
    expect(getComputedStyle(panel).visibility).to.equal('visible');
    expect(getComputedStyle(panel).backgroundColor).to.equal('rgb(0, 0, 0)');
    expect(panel.getBoundingClientRect().height).to.equal(before.height);
  });
});
