import { html } from 'lit';
import { executeServerCommand, expect, fixture, sendKeys, waitUntil } from './helpers/testing.js';
import { partNetwork } from './helpers/part-network.js';
import '../src/selca-coverage-map.js';
import type { CoverageMap } from '../src/components/coverage-map/coverage-map.js';

// The tables' code is downloaded once per page, so this file is one visit: first it cannot be
// downloaded, then it arrives slowly. The test server obeys the `selca-part` cookie.
const status = (map: CoverageMap) => map.shadowRoot!.querySelector('.tables [role="status"]')?.textContent?.trim() ?? '';
const summary = (map: CoverageMap) => map.shadowRoot!.querySelector<HTMLElement>('.tables summary')!;

describe('<selca-coverage-map> while its tables download (Chromium)', () => {
  before(() => executeServerCommand('selca-no-cache'));
  after(() => partNetwork(null));

  it('says in a live region that the tables could not be loaded, and how to try again', async () => {
    partNetwork('coverage-map-tables:fail');
    const map = await fixture<CoverageMap>(html`<selca-coverage-map></selca-coverage-map>`);
    summary(map).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => /could not be loaded/.test(status(map)), 'failure said', { timeout: 5000 });
    expect(status(map)).to.equal('Sorry, the tables could not be loaded. Close them and show them again to try again.');
    expect(map.shadowRoot!.querySelector('table')).to.equal(null);
  });

  it('says it is loading when shown again, then shows the tables, each able to scroll on its own', async () => {
    partNetwork('coverage-map-tables:slow');
    const map = await fixture<CoverageMap>(html`<selca-coverage-map></selca-coverage-map>`);
    summary(map).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(map) === 'Loading the tables…', 'loading said', { timeout: 1000 });
    await waitUntil(() => map.shadowRoot!.querySelector('table'), 'tables shown', { timeout: 5000 });
    const regions = [...map.shadowRoot!.querySelectorAll<HTMLElement>('.table-wrap')];
    expect(regions.map((region) => getComputedStyle(region).overflowX)).to.deep.equal(['auto', 'auto']);
  });
});
