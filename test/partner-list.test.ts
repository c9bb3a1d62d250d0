import { html } from 'lit';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { aTimeout, expect, fixture, oneEvent, sendKeys, waitUntil } from './helpers/testing.js';
import { captureConsole } from './helpers/console.js';
import { PartnerList } from '../src/selca-partner-list.js';
import { CoverageMap } from '../src/selca-coverage-map.js';
import { ANNOUNCED_FOR, fold } from '../src/components/partner-list/partners.js';
import { TYPING_PAUSE } from '../src/components/partner-list/partner-list.js';
import { midSentence } from '../src/core/area-name.js';
import { listsSafariHides, webkitSemantics } from './helpers/screen-reader.js';
import { retimeTimers } from './helpers/timers.js';
import type { AllianceProfile, Organisation } from '../src/core/profile.js';
import { selcaProfile } from '../src/data/selca-profile.js';

const LEWISHAM = 'E09000023';
const BEXLEY = 'E09000004';
const ALL = selcaProfile.area.boroughs.map((borough) => borough.code);

const charity = (name: string, description: string, boroughs = ALL, url?: string): Organisation => ({
  id: fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, ''),
  type: 'charity',
  name,
  description,
  boroughs,
  ...(url && { url }),
});

/** The default profile and two illustrative charities, one with accents in its name. */
const withCharities: AllianceProfile = {
  ...structuredClone(selcaProfile),
  organisations: [
    ...structuredClone(selcaProfile.organisations),
    charity('Santé Cancer Support', 'Peer support groups for people living with cancer.', [LEWISHAM], 'https://sante.example.org/'),
    charity('Riverside Carers', 'Help for carers of people having treatment.', [BEXLEY]),
  ],
};

/** A profile with only these organisations (and no host, which would name a missing one). */
const only = (organisations: Organisation[]): AllianceProfile => {
  const { host: _host, ...rest } = structuredClone(selcaProfile);
  return { ...rest, organisations };
};

const root = (list: PartnerList) => list.shadowRoot!;
const names = (list: PartnerList) =>
  [...root(list).querySelectorAll('.results:not([hidden]) .partner .name')].map((node) => node.textContent.replace(/\s+/g, ' ').trim());
const groupHeadings = (list: PartnerList) =>
  [...root(list).querySelectorAll('.results:not([hidden]) .group-heading')].map((node) => node.textContent.trim());
const count = (list: PartnerList) => root(list).querySelector('#count')!.textContent.trim();
const status = (list: PartnerList) => root(list).querySelector('p[role="status"]')!;
const search = (list: PartnerList) => root(list).querySelector<HTMLInputElement>('#search')!;
const select = (list: PartnerList, id: 'type' | 'borough') => root(list).querySelector<HTMLSelectElement>(`#${id}`)!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The count as a visitor sees it: rendered text only. */
const shownCount = (list: PartnerList) => root(list).querySelector<HTMLElement>('#count')!.innerText.trim();
const focusedId = (list: PartnerList) => root(list).activeElement?.id;

async function listOf(template = html`<selca-partner-list .profile=${withCharities}></selca-partner-list>`) {
  const wrapper = await fixture(html`<main><h1>Our partners</h1>${template}</main>`);
  const list = wrapper.querySelector('selca-partner-list')!;
  await list.updateComplete;
  return list;
}

/**
 * Records, from now on, each element that takes focus in the list (its id, or its text) and each
 * thing its live region says (what it holds whenever it changes to something).
 */
function speech(list: PartnerList) {
  const focused: string[] = [];
  const announced: string[] = [];
  root(list).addEventListener('focusin', (event) => {
    const target = event.target as HTMLElement;
    focused.push(target.id || text(target).slice(0, 40));
  });
  const region = status(list);
  new MutationObserver(() => {
    const said = text(region);
    if (said) announced.push(said);
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return { focused, announced };
}

/** Tabs until focus is on the element with this id inside the list (at most 30 presses). */
async function tabTo(list: PartnerList, id: string) {
  for (let i = 0; i < 30 && focusedId(list) !== id; i++) await sendKeys({ press: 'Tab' });
  expect(focusedId(list)).to.equal(id);
}

describe('<selca-partner-list>', () => {
  describe('accessibility', () => {
    it('is accessible as a list', async () => {
      const list = await listOf();
      await expect(list.parentElement).to.be.accessible();
    });

    it('is accessible as a grid, filtered', async () => {
      const list = await listOf(
        html`<selca-partner-list layout="grid" type="local-authority" .profile=${withCharities}></selca-partner-list>`,
      );
      await expect(list.parentElement).to.be.accessible();
    });

    it('is accessible with nothing matching', async () => {
      const list = await listOf(html`<selca-partner-list query="nothing like this" .profile=${withCharities}></selca-partner-list>`);
      await expect(list.parentElement).to.be.accessible();
    });
  });

  describe('groups', () => {
    it('groups partners by type under headings, in a fixed order', async () => {
      const list = await listOf();
      expect(groupHeadings(list)).to.deep.equal([
        'Acute trusts',
        'Integrated care system',
        'Primary care',
        'Local authorities',
        'Charities and voluntary sector',
        'Other partners',
      ]);
      expect(count(list)).to.equal('Showing 14 of 14 partners');
    });

    it('shows each partner with its description, boroughs and link', async () => {
      const list = await listOf();
      const santé = [...root(list).querySelectorAll('.partner')].find((item) => item.textContent.includes('Santé'))!;
      expect(santé.querySelector('a')!.getAttribute('href')).to.equal('https://sante.example.org/');
      expect(santé.textContent).to.contain('Peer support groups for people living with cancer.');
      expect(santé.querySelector('.served')!.textContent).to.equal('Serves Lewisham');
      const kings = [...root(list).querySelectorAll('.partner')].find((item) => item.textContent.includes("King's College Hospital"))!;
      expect(kings.querySelector('.served')!.textContent).to.equal('Serves all of south east London');
    });

    it("writes an area's name in sentence case with a small letter inside the sentence, and keeps proper names", () => {
      expect(
        ['South east London', 'North east London', 'Greater Manchester', 'Kent and Medway', 'East of England', 'Thames Valley'].map(
          midSentence,
        ),
      ).to.deep.equal([
        'south east London',
        'north east London',
        'Greater Manchester',
        'Kent and Medway',
        'East of England',
        'Thames Valley',
      ]);
    });

    it('marks each group of partners as a list, which Safari would not announce drawn without bullets', async () => {
      const list = await listOf();
      expect(root(list).querySelectorAll('ul.partners')).to.have.length(6);
      expect(listsSafariHides(list)).to.deep.equal([]);
      const webkit = await webkitSemantics('selca-partner-list', 'ul');
      if (webkit) expect(webkit.map((group) => group.role)).to.deep.equal(Array(6).fill('list'));
    });

    it('puts headings at the requested level, names one below', async () => {
      const list = await listOf(html`<selca-partner-list heading-level="3" .profile=${withCharities}></selca-partner-list>`);
      expect(root(list).querySelector('.group-heading')!.getAttribute('aria-level')).to.equal('3');
      expect(root(list).querySelector('.name')!.getAttribute('aria-level')).to.equal('4');
    });
  });

  describe('heading level 6', () => {
    it('keeps group headings at 6 and names as plain text, never a seventh level', async () => {
      const wrapper = await fixture(
        html`<main>
          <h1>1</h1>
          <h2>2</h2>
          <h3>3</h3>
          <h4>4</h4>
          <h5>5</h5>
          <selca-partner-list heading-level="6" .profile=${withCharities}></selca-partner-list>
        </main>`,
      );
      const list = wrapper.querySelector('selca-partner-list')!;
      await list.updateComplete;
      expect(root(list).querySelector('.group-heading')!.getAttribute('aria-level')).to.equal('6');
      expect(root(list).querySelector('.name')!.hasAttribute('role')).to.equal(false);
      await expect(list.parentElement).to.be.accessible();
    });
  });

  describe('search', () => {
    it('ignores case and accents as the visitor types', async () => {
      const list = await listOf();
      search(list).focus();
      await sendKeys({ type: 'SANTE' });
      await list.updateComplete;
      expect(names(list)).to.deep.equal(['Santé Cancer Support (another website)']);
      expect(list.query).to.equal('SANTE');
      expect(list.getAttribute('query')).to.equal('SANTE');
    });

    it('finds words in the description and ignores apostrophes', async () => {
      const list = await listOf(html`<selca-partner-list query="guys hospital" .profile=${withCharities}></selca-partner-list>`);
      expect(names(list)).to.deep.equal(["Guy's and St Thomas' NHS Foundation Trust (another website)"]);
      list.query = 'carers treatment';
      await list.updateComplete;
      expect(names(list)).to.deep.equal(['Riverside Carers']);
    });

    it('announces the count once typing pauses, not per key', async function () {
      this.timeout(30000);
      const list = await listOf();
      const changes: string[] = [];
      new MutationObserver(() => changes.push(status(list).textContent.trim())).observe(status(list), {
        childList: true,
        characterData: true,
        subtree: true,
      });
      search(list).focus();
      // A loaded machine can take longer than the pause to send one key: the pause is lengthened while typing.
      const restore = retimeTimers(TYPING_PAUSE, 4 * TYPING_PAUSE);
      try {
        for (const key of 'council') {
          await sendKeys({ press: key });
          await aTimeout(60);
        }
      } finally {
        restore();
      }
      expect(changes).to.deep.equal([]);
      expect(count(list)).to.equal('Showing 6 of 14 partners');
      await waitUntil(() => changes.length > 0, 'the count is announced', { timeout: 4 * TYPING_PAUSE + 3000 });
      await aTimeout(800);
      expect(changes).to.deep.equal(['Showing 6 of 14 partners']);
    });

    it('announces a count again when it is the same as the last one', async () => {
      const list = await listOf();
      search(list).focus();
      await sendKeys({ type: 'council' });
      await waitUntil(() => status(list).textContent.includes('Showing 6'), 'first announcement', { timeout: 3000 });
      await sendKeys({ press: ' ' });
      await waitUntil(() => status(list).textContent.trim() === '', 'the region is emptied', { timeout: 3000 });
      await waitUntil(() => status(list).textContent.includes('Showing 6'), 'announced again', { timeout: 3000 });
    });
  });

  describe('filters', () => {
    it('filters by type and by borough from the keyboard, keeping focus on the control', async () => {
      const list = await listOf();
      await tabTo(list, 'type');
      await sendKeys({ type: 'Charities' });
      await list.updateComplete;
      expect(list.type).to.equal('charity');
      expect(list.getAttribute('type')).to.equal('charity');
      expect(names(list)).to.deep.equal(['Santé Cancer Support (another website)', 'Riverside Carers']);
      expect(focusedId(list)).to.equal('type');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Bexley' });
      await list.updateComplete;
      expect(list.borough).to.equal(BEXLEY);
      expect(names(list)).to.deep.equal(['Riverside Carers']);
      expect(focusedId(list)).to.equal('borough');
      expect(count(list)).to.equal('Showing 1 of 14 partners');
    });

    it('says so when nothing matches and clears every filter from the keyboard, focus kept', async () => {
      const list = await listOf(
        html`<selca-partner-list type="charity" borough=${LEWISHAM} query="carers" .profile=${withCharities}></selca-partner-list>`,
      );
      expect(count(list)).to.equal('No partners match your search and filters.');
      expect(root(list).querySelector('.results:not([hidden]) .partner')).to.equal(null);
      await tabTo(list, '');
      expect(root(list).activeElement!.textContent.trim()).to.equal('Clear search and filters');
      const said = speech(list);
      await sendKeys({ press: 'Enter' });
      await list.updateComplete;
      await list.updateComplete;
      expect([list.type, list.borough, list.query]).to.deep.equal([null, null, '']);
      expect(count(list)).to.equal('Showing 14 of 14 partners');
      expect(focusedId(list)).to.equal('search');
      // Focus moves once, straight to the search box, and the new count is said once, by the live region.
      await waitUntil(() => said.announced.length > 0, 'the count is announced', { timeout: 3000 });
      await aTimeout(300);
      expect(said).to.deep.equal({ focused: ['search'], announced: ['Showing 14 of 14 partners'] });
    });

    it('announces the count of a chosen filter, then empties the live region, leaving the count shown', async () => {
      const restore = retimeTimers(ANNOUNCED_FOR, 300);
      try {
        const list = await listOf();
        const said = speech(list);
        await tabTo(list, 'type');
        await sendKeys({ type: 'Charities' });
        await waitUntil(() => said.announced.length > 0, 'the count is announced', { timeout: 3000 });
        await aTimeout(1000);
        expect(said.announced).to.deep.equal(['Showing 2 of 14 partners']);
        expect(text(status(list))).to.equal('');
        expect(shownCount(list)).to.equal('Showing 2 of 14 partners');
      } finally {
        restore();
      }
    });

    it('reaches every link with Tab, in the order shown, after the filters', async () => {
      const list = await listOf();
      const links = [...root(list).querySelectorAll('a')];
      const reached: string[] = [];
      search(list).focus();
      for (let i = 0; i < links.length + 2; i++) {
        await sendKeys({ press: 'Tab' });
        const active = root(list).activeElement;
        reached.push(active instanceof HTMLAnchorElement ? active.textContent.trim() : (active?.id ?? ''));
      }
      expect(reached).to.deep.equal(['type', 'borough', ...links.map((link) => link.textContent.trim())]);
    });

    it('keeps the last results hidden while nothing matches, and brings the same ones back', async () => {
      const list = await listOf(html`<selca-partner-list query="council" .profile=${withCharities}></selca-partner-list>`);
      const first = root(list).querySelector('.partner')!;
      first.querySelector('a')!.focus();
      list.query = 'councilx';
      await list.updateComplete;
      expect(root(list).querySelector('.results')!.hasAttribute('hidden')).to.equal(true);
      expect(names(list)).to.deep.equal([]);
      expect(focusedId(list)).to.equal('count');
      list.query = 'council';
      await list.updateComplete;
      expect(root(list).querySelector('.partner')).to.equal(first);
      expect(names(list)).to.have.length(6);
    });

    it('fires selca-partner-filter with the active filters', async () => {
      const list = await listOf();
      const event = oneEvent(document, 'selca-partner-filter');
      select(list, 'borough').value = LEWISHAM;
      select(list, 'borough').dispatchEvent(new Event('change'));
      const fired = await event;
      expect(fired.detail).to.deep.equal({ type: null, borough: LEWISHAM, query: '' });
      expect(fired.composed).to.equal(true);
    });

    it('limits the list with types and boroughs, offering only those', async () => {
      const list = await listOf(
        html`<selca-partner-list types="local-authority charity" boroughs=${BEXLEY} .profile=${withCharities}></selca-partner-list>`,
      );
      expect(names(list)).to.deep.equal(['London Borough of Bexley (another website)', 'Riverside Carers']);
      expect(count(list)).to.equal('Showing 2 of 2 partners');
      expect([...select(list, 'type').options].map((option) => option.text)).to.deep.equal([
        'All types',
        'Local authorities',
        'Charities and voluntary sector',
      ]);
      expect(select(list, 'borough')).to.equal(null);
      list.types = ['charity'];
      list.boroughs = [];
      await list.updateComplete;
      expect(names(list)).to.deep.equal(['Santé Cancer Support (another website)', 'Riverside Carers']);
      expect(count(list)).to.equal('Showing 2 of 2 partners');
    });
  });

  describe('long lists', () => {
    const many = only(
      Array.from({ length: 120 }, (_, i) => charity(`Partner ${String(i).padStart(3, '0')}`, i % 2 ? 'Odd one.' : 'Even one.')),
    );

    it('shows the first 50 and adds 50 more at a time from the keyboard, focus on the first added', async () => {
      const list = await listOf(html`<selca-partner-list .profile=${many}></selca-partner-list>`);
      expect(names(list)).to.have.length(50);
      expect(count(list)).to.equal('120 of 120 partners match. Showing the first 50.');
      const more = () => root(list).querySelector<HTMLButtonElement>('.more button');
      expect(more()!.textContent.trim()).to.equal('Show 50 more partners');
      more()!.focus();
      const said = speech(list);
      await sendKeys({ press: 'Enter' });
      await list.updateComplete;
      await list.updateComplete;
      expect(names(list)).to.have.length(100);
      expect((root(list).activeElement as HTMLElement).textContent).to.contain('Partner 050');
      // Straight there: not through the count on the way, as the button's label changes.
      expect(said.focused).to.have.length(1);
      expect(said.focused[0]).to.match(/^Partner 050/);
      expect(more()!.textContent.trim()).to.equal('Show 20 more partners');
      more()!.click();
      await list.updateComplete;
      expect(names(list)).to.have.length(120);
      expect(more()).to.equal(null);
      expect(count(list)).to.equal('Showing 120 of 120 partners');
      await expect(list.parentElement).to.be.accessible();
    });

    it('starts again from the first 50 when the filters change', async () => {
      const list = await listOf(html`<selca-partner-list .profile=${many}></selca-partner-list>`);
      root(list).querySelector<HTMLButtonElement>('.more button')!.click();
      await list.updateComplete;
      search(list).focus();
      await sendKeys({ type: 'odd' });
      await list.updateComplete;
      expect(names(list)).to.have.length(50);
      expect(count(list)).to.equal('60 of 120 partners match. Showing the first 50.');
    });
  });

  describe('links', () => {
    const unsafe = [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:msgbox(1)',
      '//evil.example/',
      'https://',
      'not a url',
      'https://www.nhs.uk@evil.example/',
      'https://www.nhs.uk\u202e/kuo.elpmaxe',
    ];

    it('never links an unsafe address from the profile, and keeps the name as text', async () => {
      const console = captureConsole();
      try {
        const profile = only(unsafe.map((url, i) => charity(`Unsafe ${i}`, 'Test.', ALL, url)));
        const list = await listOf(html`<selca-partner-list .profile=${profile}></selca-partner-list>`);
        expect(root(list).querySelectorAll('a')).to.have.length(0);
        expect(names(list)).to.deep.equal(unsafe.map((_, i) => `Unsafe ${i}`));
        expect(console.warn).to.have.length(1);
        expect(console.warn[0]).to.contain('organisations[0].url').and.to.contain('organisations[8].url');
      } finally {
        console.restore();
      }
    });

    it('never links an unsafe address written in the page, with one warning', async () => {
      const console = captureConsole();
      try {
        const list = await listOf(html`<selca-partner-list>
          <ul>
            ${unsafe.map((url, i) => html`<li data-type="charity"><a href=${url}>Written ${i}</a></li>`)}
          </ul>
        </selca-partner-list>`);
        expect(root(list).querySelectorAll('a')).to.have.length(0);
        expect(names(list)).to.deep.equal(unsafe.map((_, i) => `Written ${i}`));
        expect(console.warn.filter((line) => line.includes('Written 0'))).to.have.length(1);
      } finally {
        console.restore();
      }
    });

    it('tells assistive technology when a link leaves the site', async () => {
      const profile = only([
        charity('Here', 'Same site.', ALL, `${location.origin}/partners`),
        charity('Elsewhere', 'Other site.', ALL, 'https://elsewhere.example/'),
      ]);
      const list = await listOf(html`<selca-partner-list .profile=${profile}></selca-partner-list>`);
      const [here, elsewhere] = [...root(list).querySelectorAll('a')];
      expect(here!.textContent.trim()).to.equal('Here');
      expect(elsewhere!.textContent.trim()).to.equal('Elsewhere (another website)');
      // What is seen: the name alone, taking the link's whole width; the rest takes none.
      const unseen = elsewhere!.querySelector('.visually-hidden-inline')!;
      const seen = document.createRange();
      seen.setStart(elsewhere!, 0);
      seen.setEndBefore(unseen);
      expect(seen.toString()).to.equal('Elsewhere');
      expect(unseen.getBoundingClientRect().width).to.equal(0);
      expect(elsewhere!.getBoundingClientRect().width).to.be.closeTo(seen.getBoundingClientRect().width, 0.5);
      const webkit = await webkitSemantics('selca-partner-list', 'a');
      if (webkit) expect(webkit.map((link) => link.name)).to.deep.equal(['Here', 'Elsewhere (another website)']);
    });

    it('shows logos with their alt text, or as decoration', async () => {
      const pixel = `${location.origin}/test/fixtures/logo.svg`;
      const profile = only([
        { ...charity('With alt', 'Logo says more.'), logo: { src: pixel, alt: 'With alt: cancer support' } },
        { ...charity('Decorative', 'Logo says the name.'), logo: { src: pixel, alt: '' } },
        { ...charity('No alt given', 'Logo says the name.'), logo: { src: pixel } },
      ]);
      const list = await listOf(html`<selca-partner-list .profile=${profile}></selca-partner-list>`);
      expect([...root(list).querySelectorAll('img')].map((img) => img.getAttribute('alt'))).to.deep.equal([
        'With alt: cancer support',
        '',
        '',
      ]);
      await expect(list.parentElement).to.be.accessible();
    });

    it('loads logos from a profile without telling their sites which page the visitor is on', async () => {
      const logo = `${location.origin}/__selca__/referrer/profile-${Date.now()}.svg`;
      const list = await listOf(
        html`<selca-partner-list .profile=${only([{ ...charity('Profiled', 'Has a logo.'), logo: { src: logo, alt: '' } }])}></selca-partner-list>`,
      );
      const image = root(list).querySelector('img')!;
      await waitUntil(() => image.complete, 'the logo loads', { timeout: 3000 });
      const referrers = (await (await fetch('/__selca__/referrers')).json()) as Record<string, string | null>;
      expect(Object.hasOwn(referrers, new URL(logo).pathname)).to.equal(true);
      expect(referrers[new URL(logo).pathname]).to.equal(null);
    });

    it('renders script in every text field as text, and never runs it', async () => {
      const payload = `<img src=x onerror="window.__selcaPwned=1"><script>window.__selcaPwned=1</script>`;
      const hostile = only([charity(payload, payload, [BEXLEY])]);
      hostile.area.name = payload;
      hostile.area.boroughs[0]!.name = payload;
      const list = await listOf(html`<selca-partner-list query="img" .profile=${hostile}></selca-partner-list>`);
      await aTimeout(50);
      expect((window as { __selcaPwned?: number }).__selcaPwned).to.equal(undefined);
      expect(root(list).querySelectorAll('img, script')).to.have.length(0);
      expect(names(list)).to.deep.equal([payload]);
      expect(root(list).querySelector('.served')!.textContent).to.equal(`Serves ${payload}`);
    });
  });

  describe('content written in the page', () => {
    const written = html`<selca-partner-list>
      <ul>
        <li data-type="patient-group" data-boroughs="${LEWISHAM}">
          <a href="https://voices.example.org/">Lewisham Patient Voices</a>
          <p>Patients shaping local cancer services.</p>
        </li>
        <li data-type="charity" data-boroughs="${BEXLEY} ${LEWISHAM}"><a href="https://help.example.org/">Helping Hands</a></li>
        <li data-type="something-else">Unknown Kind</li>
      </ul>
    </selca-partner-list>`;

    it('is upgraded into groups that can be filtered', async () => {
      const console = captureConsole();
      try {
        const list = await listOf(written);
        expect(groupHeadings(list)).to.deep.equal(['Charities and voluntary sector', 'Patient groups', 'Other partners']);
        expect(names(list)).to.deep.equal(['Helping Hands (another website)', 'Lewisham Patient Voices (another website)', 'Unknown Kind']);
        expect(root(list).textContent).to.contain('Patients shaping local cancer services.');
        expect(console.warn.join()).to.contain('data-type="something-else"');
        list.borough = BEXLEY;
        await list.updateComplete;
        expect(names(list)).to.deep.equal(['Helping Hands (another website)']);
      } finally {
        console.restore();
      }
    });

    it('keeps relative links to the host site, and refuses protocol-relative, spaced, disguised and credentialled ones', async () => {
      const console = captureConsole();
      try {
        const list = await listOf(html`<selca-partner-list>
          <ul>
            <li data-type="charity"><a href="/partners/here">Here</a></li>
            <li data-type="charity"><a href="//elsewhere.example/x">Protocol relative</a></li>
            <li data-type="charity"><a href="not a url">Spaced</a></li>
            <li data-type="charity"><a href=${'\u0001//elsewhere.example/x'}>Control first</a></li>
            <li data-type="charity"><a href="/\\elsewhere.example/x">Slash backslash</a></li>
            <li data-type="charity"><a href="https://www.nhs.uk@elsewhere.example/">With a user name</a></li>
            <li data-type="charity"><img src="//elsewhere.example/logo.svg" alt="" /><a href="https://ok.example/">Logo elsewhere</a></li>
          </ul>
        </selca-partner-list>`);
        const links = [...root(list).querySelectorAll('a')];
        expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([`${location.origin}/partners/here`, 'https://ok.example/']);
        expect(root(list).querySelectorAll('img')).to.have.length(0);
        expect(names(list)).to.include.members(['Protocol relative', 'Spaced', 'Control first', 'Slash backslash', 'With a user name']);
      } finally {
        console.restore();
      }
    });

    it('shows at once while another profile loads, and when it fails', async () => {
      const console = captureConsole();
      try {
        const list = await listOf(html`<selca-partner-list src="/missing-partners.json">
          <ul>
            <li data-type="charity" data-boroughs="${LEWISHAM}"><a href="https://help.example.org/">Helping Hands</a></li>
          </ul>
        </selca-partner-list>`);
        expect(names(list)).to.deep.equal(['Helping Hands (another website)']);
        await waitUntil(() => console.error.length > 0, 'the failed profile is logged', { timeout: 3000 });
        await list.updateComplete;
        expect(names(list)).to.deep.equal(['Helping Hands (another website)']);
        expect(root(list).querySelector('.selca-notice')).to.equal(null);
        expect(text(root(list).querySelector('.served'))).to.equal('Serves Lewisham');
        await expect(list.parentElement).to.be.accessible();
      } finally {
        console.restore();
      }
    });

    it('follows later changes to that content', async () => {
      const list = await listOf(written);
      list.querySelector('ul')!.insertAdjacentHTML('beforeend', '<li data-type="charity"><a href="https://new.example/">Newcomer</a></li>');
      await waitUntil(() => names(list).includes('Newcomer (another website)'), 'the new partner is shown', { timeout: 3000 });
    });

    it('stays visible and usable where script does not run', async () => {
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-same-origin');
      frame.title = 'Without script';
      frame.srcdoc = `<script type="module" src="${location.origin}/src/selca-partner-list.ts"></script>
        <selca-partner-list><ul><li data-type="charity"><a href="https://help.example.org/">Helping Hands</a><p>Support.</p></li></ul></selca-partner-list>`;
      document.body.append(frame);
      try {
        await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        const doc = frame.contentDocument!;
        const link = doc.querySelector('a')!;
        expect(doc.querySelector('selca-partner-list')!.shadowRoot).to.equal(null);
        expect(link.getBoundingClientRect().width).to.be.above(0);
        expect(link.href).to.equal('https://help.example.org/');
        expect(doc.querySelector('p')!.getBoundingClientRect().height).to.be.above(0);
      } finally {
        frame.remove();
      }
    });
  });

  describe('with a coverage map', () => {
    const SOUTHWARK = 'E09000028';
    const WESTMINSTER = 'E09000033';

    /** Lets a change run its course: the map's update, then the list's reading of it in the next task. */
    const settled = async (map: CoverageMap, list: PartnerList) => {
      await map.updateComplete;
      await aTimeout(0);
      await list.updateComplete;
    };
    async function coupled(list = html`<selca-partner-list for-map="where" .profile=${withCharities}></selca-partner-list>`) {
      const wrapper = await fixture(html`<main>
        <selca-coverage-map id="where"></selca-coverage-map>
        <selca-coverage-map id="other" context="none"></selca-coverage-map>
        ${list}
      </main>`);
      const [map, other] = [...wrapper.querySelectorAll('selca-coverage-map')] as CoverageMap[];
      const partnerList = wrapper.querySelector('selca-partner-list')!;
      await Promise.all([map!.updateComplete, other!.updateComplete, partnerList.updateComplete]);
      return { wrapper, map: map!, other: other!, list: partnerList };
    }
    const optionOf = (map: CoverageMap, code: string) => map.shadowRoot!.querySelector<SVGPathElement>(`path[data-code="${code}"]`)!;
    /** Clicks an area with the mouse where it shows, after hovering it has brought up its tooltip. */
    const clickArea = async (map: CoverageMap, code: string) => {
      const option = optionOf(map, code);
      option.scrollIntoView({ block: 'center' });
      const box = option.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      await map.updateComplete;
      const points = Array.from({ length: 100 }, (_, i): [number, number] => [
        Math.round(box.x + ((i % 10) + 0.5) * (box.width / 10)),
        Math.round(box.y + (Math.floor(i / 10) + 0.5) * (box.height / 10)),
      ]);
      const visible = points.find(([x, y]) => map.shadowRoot!.elementFromPoint(x, y) === option);
      expect(visible, `a visible point of ${code}`).not.to.equal(undefined);
      await sendMouse({ type: 'click', position: visible! });
    };
    /** Waits until the list shows the partners of this borough (or of all boroughs, for null). */
    const following = async (list: PartnerList, code: string | null) => {
      await waitUntil(() => list.borough === code, `the list follows the map to ${code}`, { timeout: 3000 });
      await list.updateComplete;
    };
    /** Records the filter events the list fires from now on. */
    const filterEvents = (list: PartnerList) => {
      const fired: (string | null)[] = [];
      list.addEventListener('selca-partner-filter', (event) => fired.push(event.detail.borough));
      return fired;
    };
    /** The element names are new per test: a custom element can be defined only once. */
    let lateTags = 0;
    const lateTag = (base: string) => `${base}-late-${++lateTags}`;

    describe('when a visitor selects on the map', () => {
      it('follows an area chosen with the keyboard and clears with Escape', async () => {
        const { wrapper, map, list } = await coupled();
        optionOf(map, LEWISHAM).focus();
        await sendKeys({ press: 'Enter' });
        await following(list, LEWISHAM);
        expect(names(list)).to.include('Santé Cancer Support (another website)').and.not.to.include('Riverside Carers');
        expect(select(list, 'borough').value).to.equal(LEWISHAM);
        await expect(wrapper).to.be.accessible();
        // The first Escape closes the tooltip keyboard focus shows; the second clears the selection.
        await sendKeys({ press: 'Escape' });
        await sendKeys({ press: 'Escape' });
        await following(list, null);
        expect(names(list)).to.include('Riverside Carers');
      });

      it('follows an area clicked with the mouse', async () => {
        const { map, list } = await coupled();
        try {
          await clickArea(map, LEWISHAM);
          await following(list, LEWISHAM);
        } finally {
          await resetMouse();
        }
        expect(map.selected).to.equal(LEWISHAM);
        expect(names(list)).to.include('Santé Cancer Support (another website)').and.not.to.include('Riverside Carers');
      });

      it('announces a filter chosen in the list once, politely', async () => {
        const { list } = await coupled();
        const said = speech(list);
        await tabTo(list, 'type');
        await sendKeys({ type: 'Charities' });
        await waitUntil(() => said.announced.length > 0, 'the count is announced', { timeout: 3000 });
        await aTimeout(300);
        expect(said.announced).to.deep.equal(['Showing 2 of 14 partners']);
        expect(status(list).getAttribute('role')).to.equal('status');
        expect(status(list).closest('[aria-live="assertive"]')).to.equal(null);
      });

      it('leaves a selection on the map to the map to announce, and shows the new count', async () => {
        const { map, list } = await coupled();
        const fired = filterEvents(list);
        const said = speech(list);
        optionOf(map, LEWISHAM).focus();
        await sendKeys({ press: 'Enter' });
        await following(list, LEWISHAM);
        expect(text(map.shadowRoot!.querySelector('.announcement'))).to.equal('Lewisham selected. Its details follow the map.');
        await aTimeout(500);
        expect(said.announced).to.deep.equal([]);
        // The first Escape closes the tooltip keyboard focus shows; the second clears the selection.
        await sendKeys({ press: 'Escape' });
        await sendKeys({ press: 'Escape' });
        await following(list, null);
        expect(text(map.shadowRoot!.querySelector('.announcement'))).to.equal('Selection cleared.');
        await aTimeout(500);
        expect(said.announced).to.deep.equal([]);
        expect(shownCount(list)).to.equal('Showing 14 of 14 partners');
        expect(fired).to.deep.equal([LEWISHAM, null]);
      });

      it('adds no history entry', async () => {
        const { map, list } = await coupled();
        list.syncUrl = '';
        await list.updateComplete;
        const entries = history.length;
        optionOf(map, LEWISHAM).focus();
        await sendKeys({ press: 'Enter' });
        await following(list, LEWISHAM);
        expect(new URLSearchParams(location.search).get('partners-borough')).to.equal(LEWISHAM);
        expect(history.length).to.equal(entries);
        history.replaceState(null, '', location.pathname);
      });

      it('ignores other maps', async () => {
        const { map, other, list } = await coupled();
        optionOf(other, LEWISHAM).focus();
        await sendKeys({ press: 'Enter' });
        await settled(other, list);
        expect(other.selected).to.equal(LEWISHAM);
        expect(map.selected).to.equal(null);
        expect(list.borough).to.equal(null);
      });

      it('names a borough outside the alliance that the map selected', async () => {
        const { map, list } = await coupled();
        optionOf(map, WESTMINSTER).focus();
        await sendKeys({ press: 'Enter' });
        await following(list, WESTMINSTER);
        expect(select(list, 'borough').selectedOptions[0]!.text).to.equal('Westminster');
        expect(shownCount(list)).to.equal('Westminster is outside the area this alliance covers; no partners listed here serve it.');
      });

      it('moves focus to the count when the result under it goes away, and says the count only there', async () => {
        const { map, list } = await coupled();
        const link = [...root(list).querySelectorAll('a')].find((a) => a.textContent.includes('Bexley'))!;
        link.focus();
        const said = speech(list);
        map.selected = LEWISHAM;
        await following(list, LEWISHAM);
        expect(focusedId(list)).to.equal('count');
        // The count is read as it takes focus; the live region does not say it again.
        await aTimeout(500);
        expect(said).to.deep.equal({ focused: ['count'], announced: [] });
      });

      it('announces a later count while focus stays on the count', async () => {
        const { map, list } = await coupled();
        [...root(list).querySelectorAll('a')].find((a) => a.textContent.includes('Bexley'))!.focus();
        map.selected = LEWISHAM;
        await following(list, LEWISHAM);
        expect(focusedId(list)).to.equal('count');
        const said = speech(list);
        map.selected = BEXLEY;
        await following(list, BEXLEY);
        await waitUntil(() => said.announced.length > 0, 'the count is announced', { timeout: 3000 });
        await aTimeout(300);
        expect(said).to.deep.equal({ focused: [], announced: [count(list)] });
        expect(focusedId(list)).to.equal('count');
      });
    });

    describe("when the page's code sets the selection", () => {
      it('follows the selected property and clears with it', async () => {
        const { map, list } = await coupled();
        const fired = filterEvents(list);
        map.selected = LEWISHAM;
        await following(list, LEWISHAM);
        expect(names(list)).to.include('Santé Cancer Support (another website)').and.not.to.include('Riverside Carers');
        expect(select(list, 'borough').value).to.equal(LEWISHAM);
        map.selected = null;
        await following(list, null);
        expect(names(list)).to.include('Riverside Carers');
        expect(fired).to.deep.equal([LEWISHAM, null]);
      });

      it('follows the selected attribute and clears when it is removed', async () => {
        const { map, list } = await coupled();
        map.setAttribute('selected', BEXLEY);
        await following(list, BEXLEY);
        expect(names(list)).to.include('Riverside Carers').and.not.to.include('Santé Cancer Support (another website)');
        map.setAttribute('selected', SOUTHWARK);
        await following(list, SOUTHWARK);
        map.removeAttribute('selected');
        await following(list, null);
        expect(count(list)).to.equal('Showing 14 of 14 partners');
      });

      it('announces the new count politely', async () => {
        const { map, list } = await coupled();
        map.selected = BEXLEY;
        await following(list, BEXLEY);
        await waitUntil(() => status(list).textContent.trim() === count(list), 'the count is announced', { timeout: 3000 });
        expect(count(list)).to.match(/^Showing \d+ of 14 partners$/);
        expect(status(list).getAttribute('role')).to.equal('status');
        expect(status(list).closest('[aria-live="assertive"]')).to.equal(null);
      });

      it('keeps what the map shows when the map refuses an unknown code', async () => {
        const console = captureConsole();
        try {
          const { map, list } = await coupled();
          map.selected = LEWISHAM;
          await following(list, LEWISHAM);
          const fired = filterEvents(list);
          map.selected = 'E09999991';
          await settled(map, list);
          map.setAttribute('selected', 'E09999992');
          await settled(map, list);
          expect(map.selected).to.equal(LEWISHAM);
          expect(list.borough).to.equal(LEWISHAM);
          expect(fired).to.deep.equal([]);
          expect(console.warn.filter((warning) => warning.includes('E09999991') || warning.includes('E09999992'))).to.have.length(2);
        } finally {
          console.restore();
        }
      });

      it('ignores the selection of another map', async () => {
        const { other, list } = await coupled();
        other.selected = LEWISHAM;
        await settled(other, list);
        expect(list.borough).to.equal(null);
      });
    });

    describe('when the map already has a selection', () => {
      it('starts from it, without announcing it', async () => {
        const fired: unknown[] = [];
        const record = (event: Event) => fired.push(event);
        document.addEventListener('selca-partner-filter', record);
        try {
          const wrapper = await fixture(html`<main>
            <selca-coverage-map id="start" selected=${LEWISHAM}></selca-coverage-map>
            <selca-partner-list for-map="start" .profile=${withCharities}></selca-partner-list>
          </main>`);
          const list = wrapper.querySelector('selca-partner-list')!;
          await following(list, LEWISHAM);
          expect(select(list, 'borough').value).to.equal(LEWISHAM);
          await aTimeout(200);
          expect(status(list).textContent.trim()).to.equal('');
          expect(fired).to.deep.equal([]);
        } finally {
          document.removeEventListener('selca-partner-filter', record);
        }
      });

      it('starts from it when the list is defined before the map', async () => {
        const tag = lateTag('selca-coverage-map');
        const wrapper = await fixture(html`<main></main>`);
        const map = document.createElement(tag);
        map.id = 'late-map';
        map.setAttribute('selected', LEWISHAM);
        const list = document.createElement('selca-partner-list');
        list.forMap = 'late-map';
        list.profile = withCharities;
        wrapper.append(map, list);
        await list.updateComplete;
        await aTimeout(0);
        expect(list.borough).to.equal(null);
        customElements.define(tag, class extends CoverageMap {});
        await following(list, LEWISHAM);
        expect(names(list)).to.include('Santé Cancer Support (another website)').and.not.to.include('Riverside Carers');
        await aTimeout(200);
        expect(status(list).textContent.trim()).to.equal('');
      });

      it('starts from it when the map is defined before the list', async () => {
        const tag = lateTag('selca-partner-list');
        const wrapper = await fixture(html`<main><selca-coverage-map id="early" selected=${BEXLEY}></selca-coverage-map></main>`);
        await (wrapper.firstElementChild as CoverageMap).updateComplete;
        const list = document.createElement(tag) as PartnerList;
        list.setAttribute('for-map', 'early');
        wrapper.append(list);
        customElements.define(tag, class extends PartnerList {});
        list.profile = withCharities;
        await following(list, BEXLEY);
        expect(names(list)).to.include('Riverside Carers').and.not.to.include('Santé Cancer Support (another website)');
      });

      it('waits for the map to refuse an unknown code, and shows every borough', async () => {
        const console = captureConsole();
        try {
          const tag = lateTag('selca-coverage-map');
          const wrapper = await fixture(
            html`<main><selca-partner-list for-map="unknown" .profile=${withCharities}></selca-partner-list></main>`,
          );
          const list = wrapper.querySelector('selca-partner-list')!;
          const fired = filterEvents(list);
          const late = document.createElement(tag) as CoverageMap;
          late.id = 'unknown';
          late.setAttribute('selected', 'E09999993');
          wrapper.prepend(late);
          await aTimeout(0);
          customElements.define(tag, class extends CoverageMap {});
          await settled(late, list);
          expect(late.hasAttribute('selected')).to.equal(false);
          expect(list.borough).to.equal(null);
          expect(fired).to.deep.equal([]);
          expect(console.warn.some((warning) => warning.includes('E09999993'))).to.equal(true);
        } finally {
          console.restore();
        }
      });

      it("keeps the list's own borough, then follows the map's next change", async () => {
        const wrapper = await fixture(html`<main>
          <selca-coverage-map id="own" selected=${LEWISHAM}></selca-coverage-map>
          <selca-partner-list for-map="own" borough=${BEXLEY} .profile=${withCharities}></selca-partner-list>
        </main>`);
        const map = wrapper.querySelector('selca-coverage-map')!;
        const list = wrapper.querySelector('selca-partner-list')!;
        await settled(map, list);
        expect(list.borough).to.equal(BEXLEY);
        map.selected = SOUTHWARK;
        await following(list, SOUTHWARK);
      });
    });

    describe('when the map comes after the list', () => {
      it('follows a map added to the page later, announcing the count', async () => {
        const wrapper = await fixture(
          html`<main><selca-partner-list for-map="added" .profile=${withCharities}></selca-partner-list></main>`,
        );
        const list = wrapper.querySelector('selca-partner-list')!;
        const map = document.createElement('selca-coverage-map');
        map.id = 'added';
        map.selected = LEWISHAM;
        wrapper.prepend(map);
        await following(list, LEWISHAM);
        await waitUntil(() => status(list).textContent.trim() === count(list), 'the count is announced', { timeout: 3000 });
        map.selected = null;
        await following(list, null);
      });

      it('follows a map given the id later, and stops following one that lost it', async () => {
        const { map, other, list } = await coupled();
        map.id = 'former';
        other.id = 'where';
        other.selected = LEWISHAM;
        await following(list, LEWISHAM);
        map.selected = BEXLEY;
        await settled(map, list);
        expect(list.borough).to.equal(LEWISHAM);
      });

      it('follows the map that for-map names now', async () => {
        const { other, list } = await coupled();
        list.forMap = 'other';
        await list.updateComplete;
        other.selected = SOUTHWARK;
        await following(list, SOUTHWARK);
      });

      it('warns the web team when for-map names something that is not a map', async () => {
        const console = captureConsole();
        try {
          const wrapper = await fixture(html`<main>
            <div id="not-a-map" selected=${LEWISHAM}></div>
            <selca-partner-list for-map="not-a-map" .profile=${withCharities}></selca-partner-list>
          </main>`);
          const list = wrapper.querySelector('selca-partner-list')!;
          await waitUntil(() => console.warn.some((warning) => warning.includes('for-map="not-a-map"')), 'a warning', { timeout: 3000 });
          expect(list.borough).to.equal(null);
          expect(count(list)).to.equal('Showing 14 of 14 partners');
        } finally {
          console.restore();
        }
      });
    });

    it('is coupled through the page only: neither component imports the other', async () => {
      const [listSource, followSource, mapSource] = await Promise.all(
        ['partner-list/partner-list.ts', 'partner-list/followed-map.ts', 'coverage-map/coverage-map.ts'].map((path) =>
          fetch(`/src/components/${path}`).then((response) => response.text()),
        ),
      );
      expect(listSource).not.to.match(/from ['"][^'"]*coverage-map/);
      expect(followSource).not.to.match(/from ['"][^'"]*coverage-map/);
      expect(mapSource).not.to.match(/from ['"][^'"]*partner-list/);
    });
  });

  describe('the page address', () => {
    const original = location.href;
    afterEach(() => history.replaceState(null, '', original));

    it('starts from filters in the address', async () => {
      history.replaceState(null, '', `?partners-type=local-authority&partners-q=bexley`);
      const list = await listOf(html`<selca-partner-list sync-url .profile=${withCharities}></selca-partner-list>`);
      expect(names(list)).to.deep.equal(['London Borough of Bexley (another website)']);
    });

    it('keeps the filters in the address, and Back returns to the previous ones', async () => {
      const list = await listOf(html`<selca-partner-list sync-url="p" .profile=${withCharities}></selca-partner-list>`);
      select(list, 'type').value = 'charity';
      select(list, 'type').dispatchEvent(new Event('change'));
      await list.updateComplete;
      expect(new URLSearchParams(location.search).get('p-type')).to.equal('charity');
      const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      history.back();
      await popped;
      await list.updateComplete;
      expect(list.type).to.equal(null);
      expect(count(list)).to.equal('Showing 14 of 14 partners');
    });

    it('shows the filter it returns to in the dropdown after Back', async () => {
      const list = await listOf(html`<selca-partner-list sync-url .profile=${withCharities}></selca-partner-list>`);
      await tabTo(list, 'type');
      await sendKeys({ type: 'Charities' });
      await list.updateComplete;
      // Past the select's type-ahead, so the next letters start a new search.
      await aTimeout(1200);
      await sendKeys({ type: 'Local' });
      await list.updateComplete;
      expect(list.type).to.equal('local-authority');
      const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      history.back();
      await popped;
      await list.updateComplete;
      expect(list.type).to.equal('charity');
      expect(select(list, 'type').selectedOptions[0]!.text).to.equal('Charities and voluntary sector');
    });

    it('adds no history entry while typing, and ignores values it does not know', async () => {
      history.replaceState(null, '', `?partners-type=bogus&partners-borough=<b>`);
      const list = await listOf(html`<selca-partner-list sync-url .profile=${withCharities}></selca-partner-list>`);
      expect([list.type, list.borough]).to.deep.equal([null, null]);
      const entries = history.length;
      search(list).focus();
      await sendKeys({ type: 'trust' });
      await list.updateComplete;
      expect(history.length).to.equal(entries);
      expect(new URLSearchParams(location.search).get('partners-q')).to.equal('trust');
    });

    it('leaves the address alone without sync-url', async () => {
      const list = await listOf();
      list.shadowRoot!.querySelector<HTMLSelectElement>('#type')!.value = 'charity';
      list.shadowRoot!.querySelector<HTMLSelectElement>('#type')!.dispatchEvent(new Event('change'));
      await list.updateComplete;
      expect(location.href).to.equal(original);
    });
  });

  describe('data', () => {
    it('shows a message when the profile cannot be used', async () => {
      const console = captureConsole();
      try {
        const list = await listOf(html`<selca-partner-list .profile=${{ broken: true }}></selca-partner-list>`);
        expect(root(list).querySelector('.selca-notice')!.textContent).to.equal(
          'Sorry, we cannot show the list of partners at the moment.',
        );
        expect(root(list).querySelector('#search')).to.equal(null);
      } finally {
        console.restore();
      }
    });
  });
});
