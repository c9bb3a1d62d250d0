import { html } from 'lit';
import { expect, fixture, waitUntil } from './helpers/testing.js';
import { captureConsole } from './helpers/console.js';
import { webkitSemantics } from './helpers/screen-reader.js';
import { plainEnglish, repeatedMarks, settled, shadowTexts, textsOf } from './helpers/words.js';
import '../src/selca-partner-list.js';
import type { PartnerList } from '../src/components/partner-list/partner-list.js';
import { partnerListStyles } from '../src/components/partner-list/partner-list.styles.js';
import { partnerListWords } from '../src/components/partner-list/words.js';
import { noticeStyles } from '../src/core/notice.js';
import { clearWords, setWords } from '../src/core/words.js';
import { pseudo, pseudoWords } from '../src/core/pseudo-locale.js';
import type { AllianceProfile, Organisation } from '../src/core/profile.js';
import { selcaProfile } from '../src/data/selca-profile.js';

const LEWISHAM = 'E09000023';
const BEXLEY = 'E09000004';

const charity = (index: number, boroughs = [LEWISHAM], url?: string): Organisation => ({
  id: `charity-${index}`,
  type: 'charity',
  name: `Charity ${index}`,
  description: 'Support for people living with cancer.',
  boroughs,
  ...(url && { url }),
});

/** The built-in partners and `count` charities, the first with its own site and serving two boroughs. */
const profileWith = (count: number, changes: Record<string, unknown> = {}): AllianceProfile => {
  const profile: AllianceProfile = structuredClone(selcaProfile);
  profile.organisations.push(
    ...Array.from({ length: count }, (_, i) =>
      charity(i, i ? [LEWISHAM] : [BEXLEY, LEWISHAM], i ? undefined : 'https://charity.example.org/'),
    ),
  );
  return Object.assign(profile, changes);
};
/** A profile with only these charities. */
const only = (count: number): AllianceProfile => {
  const { host: _host, ...rest } = structuredClone(selcaProfile);
  return { ...rest, organisations: Array.from({ length: count }, (_, i) => charity(i)) };
};

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const root = (list: PartnerList) => list.shadowRoot!;
const count = (list: PartnerList) => text(root(list).getElementById('count'));
const searchLabel = (list: PartnerList) => root(list).querySelector('label[for="search"]')!;
const groupHeadings = (list: PartnerList) => [...root(list).querySelectorAll('.group-heading')].map(text);
const status = (list: PartnerList) => root(list).querySelector('p[role="status"]')!;
/** Chooses a type in the filter as a visitor does, so the count is announced. */
const choose = (list: PartnerList, type: string) => {
  const select = root(list).querySelector<HTMLSelectElement>('#type')!;
  select.value = type;
  select.dispatchEvent(new Event('change'));
};

/** What an element shows: its text outside the parts said to screen readers only, each of which takes no room. */
const shown = (element: Element) => {
  for (const unseen of element.querySelectorAll('.visually-hidden-inline')) expect(unseen.getBoundingClientRect().width).to.equal(0);
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let seen = '';
  while (walker.nextNode())
    if (!walker.currentNode.parentElement!.closest('.visually-hidden-inline')) seen += walker.currentNode.textContent;
  return seen.trim();
};
/** The link of the first charity, which leaves the site. */
const externalLink = (list: PartnerList) => root(list).querySelector<HTMLAnchorElement>('a[href="https://charity.example.org/"]')!;

async function listIn(template: unknown, lang = 'en-GB', dir = 'ltr') {
  const wrapper = await fixture<HTMLElement>(html`<main lang=${lang} dir=${dir}>${template}</main>`);
  const list = wrapper.querySelector('selca-partner-list')!;
  await list.updateComplete;
  return { wrapper, list };
}
/** Waits for the observer's records about `lang` or `dir`, then for the render they asked for. */
describe('<selca-partner-list> words and languages', () => {
  afterEach(() => clearWords());

  describe('replacing words', () => {
    it('replaces its words on the whole page with one call, the announced count too', async () => {
      const { list } = await listIn(html`<selca-partner-list .profile=${profileWith(2)}></selca-partner-list>`);
      setWords({
        'selca-partner-list': {
          searchLabel: 'Find a partner',
          charity: 'Charities',
          count: ({ shown, total }) => `${shown} shown, ${total} in all`,
        },
      });
      await list.updateComplete;
      expect(text(searchLabel(list))).to.equal('Find a partner');
      expect(groupHeadings(list)).to.include('Charities');
      expect(count(list)).to.equal(`${selcaProfile.organisations.length + 2} shown, ${selcaProfile.organisations.length + 2} in all`);
      expect(text(root(list).querySelector('#type option[value="charity"]'))).to.equal('Charities');
      choose(list, 'charity');
      await waitUntil(() => text(status(list)) !== '', 'the count is announced', { timeout: 3000 });
      expect(text(status(list))).to.equal(`2 shown, ${selcaProfile.organisations.length + 2} in all`);
    });

    it("takes its own words property before the page's, and its search-label attribute before both", async () => {
      setWords({ 'selca-partner-list': { clear: 'Page clear', searchLabel: 'Page label' } });
      const { list } = await listIn(
        html`<selca-partner-list query="nothing at all" .profile=${profileWith(0)} .words=${{ clear: 'Start again', searchLabel: 'Element label' }}></selca-partner-list>`,
      );
      expect(text(root(list).querySelector('.clear'))).to.equal('Start again');
      expect(text(searchLabel(list))).to.equal('Element label');
      list.setAttribute('search-label', 'Attribute label');
      await list.updateComplete;
      expect(text(searchLabel(list))).to.equal('Attribute label');
    });

    it("takes the profile's words, for the list and for every widget, and leaves out a faulty one with a warning", async () => {
      const console = captureConsole();
      try {
        const profile = profileWith(2, {
          words: {
            'selca-partner-list': { serves: 'Works in {boroughs}', none: 7 },
            all: { typeLabel: 'Kind of organisation' },
          },
        });
        const { list } = await listIn(html`<selca-partner-list .profile=${profile}></selca-partner-list>`);
        expect(text(root(list).querySelector('label[for="type"]'))).to.equal('Kind of organisation');
        const served = [...root(list).querySelectorAll('.served')].map(text);
        expect(served).to.include('Works in Bexley and Lewisham');
        expect(console.warn.join('\n')).to.contain('words.selca-partner-list.none');
      } finally {
        console.restore();
      }
    });

    it('says a notice in the words given for it', async () => {
      const console = captureConsole();
      try {
        setWords({ 'selca-partner-list': { invalid: 'Die Partner können gerade nicht gezeigt werden.' } });
        const { list } = await listIn(html`<selca-partner-list .profile=${{ organisations: 'five' }}></selca-partner-list>`);
        expect(text(root(list).querySelector('.selca-notice'))).to.equal('Die Partner können gerade nicht gezeigt werden.');
      } finally {
        console.restore();
      }
    });
  });

  describe('numbers, lists and plurals', () => {
    it("writes counts and lists of boroughs as the sentence they go into does: English in the English words, the page's language in its own", async () => {
      const { list: arabic } = await listIn(html`<selca-partner-list .profile=${only(1200)}></selca-partner-list>`, 'ar-EG');
      expect(count(arabic)).to.equal('1,200 of 1,200 partners match. Showing the first 50.');
      setWords({ 'selca-partner-list': { countFirst: '{matching} von {total} passen. Die ersten {shown}.' } }, 'de');
      const { list } = await listIn(html`<selca-partner-list .profile=${only(1200)}></selca-partner-list>`, 'de');
      expect(count(list)).to.equal('1.200 von 1.200 passen. Die ersten 50.');
      const { list: english } = await listIn(html`<selca-partner-list .profile=${profileWith(1)}></selca-partner-list>`, 'de');
      // A sentence still in English lists in English; one in the page's language, as that language does.
      expect([...root(english).querySelectorAll('.served')].map(text)).to.include('Serves Bexley and Lewisham');
      setWords({ 'selca-partner-list': { serves: 'Arbeitet in {boroughs}' } }, 'de');
      const { list: german } = await listIn(html`<selca-partner-list .profile=${profileWith(1)}></selca-partner-list>`, 'de');
      expect([...root(german).querySelectorAll('.served')].map(text)).to.include('Arbeitet in Bexley und Lewisham');
    });

    it('chooses plural forms by the number, in the English words and in replacements by language', async () => {
      const { list } = await listIn(html`<selca-partner-list .profile=${only(1)}></selca-partner-list>`);
      expect(count(list)).to.equal('Showing 1 of 1 partner');
      const { list: more } = await listIn(html`<selca-partner-list .profile=${only(51)}></selca-partner-list>`);
      expect(text(root(more).querySelector('.more button'))).to.equal('Show 1 more partner');

      setWords(
        {
          'selca-partner-list': {
            count: {
              one: '{shown} z {total} partnera',
              few: '{shown} z {total} partnerów (few)',
              many: '{shown} z {total} partnerów (many)',
              other: '{shown} z {total}',
            },
          },
        },
        'pl',
      );
      const { list: two } = await listIn(html`<selca-partner-list .profile=${only(2)}></selca-partner-list>`, 'pl');
      expect(count(two)).to.equal('2 z 2 partnerów (few)');
      const { list: five } = await listIn(html`<selca-partner-list .profile=${only(5)}></selca-partner-list>`, 'pl');
      expect(count(five)).to.equal('5 z 5 partnerów (many)');
    });
  });

  describe('language', () => {
    it('follows a change of language on an ancestor without a reload, marking English words only where the page is in another language', async () => {
      setWords({ 'selca-partner-list': { searchLabel: 'Chwilio', count: 'Yn dangos {shown} o {total}' } }, 'cy');
      const { wrapper, list } = await listIn(html`<selca-partner-list .profile=${profileWith(2)}></selca-partner-list>`);
      expect(root(list).querySelectorAll('[lang]')).to.have.length(0);

      wrapper.lang = 'cy';
      await settled(list);
      expect(text(searchLabel(list))).to.equal('Chwilio');
      expect(searchLabel(list).hasAttribute('lang')).to.equal(false);
      expect(count(list)).to.match(/^Yn dangos \d+ o \d+$/);
      expect(root(list).querySelector('#count [lang]')).to.equal(null);
      // The words still in English say so, so a screen reader speaks them with an English voice.
      expect(root(list).querySelector('label[for="type"]')!.getAttribute('lang')).to.equal('en');
      expect(root(list).querySelector('#filters-label')!.getAttribute('lang')).to.equal('en');
      expect(root(list).querySelector('.group-heading')!.getAttribute('lang')).to.equal('en');
      expect(root(list).querySelector('#type option[value="charity"]')!.getAttribute('lang')).to.equal('en');
      expect(text(root(list).querySelector('.served [lang="en"]'))).to.match(/^Serves /);
      expect(text(root(list).querySelector('a > [lang="en"] .visually-hidden-inline'))).to.equal('(another website)');

      wrapper.lang = 'fr';
      await settled(list);
      expect(text(searchLabel(list))).to.equal('Search by name or description');
      expect(searchLabel(list).getAttribute('lang')).to.equal('en');
      expect(text(root(list).querySelector('#count [lang="en"]'))).to.match(/^Showing \d+ of \d+ partners$/);

      wrapper.lang = 'en-GB';
      await settled(list);
      expect(root(list).querySelectorAll('[lang]')).to.have.length(0);
    });

    it("gives an en-GB profile's Arabic words, their language said, no lang or dir on an Arabic page, with Egyptian Arabic digits, and its names their en-GB", async () => {
      const profile = profileWith(2, {
        words: { lang: 'ar', 'selca-partner-list': { searchLabel: 'ابحث بالاسم أو الوصف', count: 'عرض {shown} من {total}' } },
      });
      const { list } = await listIn(html`<selca-partner-list .profile=${profile}></selca-partner-list>`, 'ar-EG', 'rtl');
      expect(text(searchLabel(list))).to.equal('ابحث بالاسم أو الوصف');
      expect([searchLabel(list).getAttribute('lang'), searchLabel(list).getAttribute('dir')]).to.deep.equal([null, null]);
      const total = new Intl.NumberFormat('ar-EG').format(profile.organisations.length);
      expect(total).to.match(/^[٠-٩]+$/);
      expect(count(list)).to.equal(`عرض ${total} من ${total}`);
      expect(root(list).querySelector('#count [lang]')).to.equal(null);
      const name = root(list).querySelector('.partner .name > [lang]')!;
      expect([name.getAttribute('lang'), name.getAttribute('dir')]).to.deep.equal(['en-GB', 'ltr']);
      // A linked name sits in its link's English word, which says its language and direction for both.
      const link = root(list).querySelector('.partner .name a > [lang]')!;
      expect([link.getAttribute('lang'), link.getAttribute('dir'), link.querySelector('[lang]')]).to.deep.equal(['en', 'ltr', null]);
    });

    it("marks the boroughs and area in its translated words with the profile's language, left to right, and not again inside its English words", async () => {
      const profile = {
        ...only(0),
        organisations: [
          charity(0, [BEXLEY, LEWISHAM]),
          charity(
            1,
            selcaProfile.area.boroughs.map((entry) => entry.code),
          ),
        ],
      };
      const served = (list: PartnerList) => [...root(list).querySelectorAll('.served')];
      const marked = (element: Element) =>
        [...element.querySelectorAll('[lang]')].map((span) => [span.getAttribute('lang'), span.getAttribute('dir'), text(span)]);
      setWords({ 'selca-partner-list': { servesAll: 'يخدم كل {area}', serves: 'يخدم {boroughs}' } }, 'ar-EG');
      const { list } = await listIn(html`<selca-partner-list .profile=${profile}></selca-partner-list>`, 'ar-EG', 'rtl');
      const [some, all] = served(list) as [Element, Element];
      expect(text(some).startsWith('يخدم Bexley')).to.equal(true);
      expect(marked(some)).to.deep.equal([
        ['en-GB', 'ltr', 'Bexley'],
        ['en-GB', 'ltr', 'Lewisham'],
      ]);
      expect(text(all)).to.equal('يخدم كل south east London');
      expect(marked(all)).to.deep.equal([['en-GB', 'ltr', 'south east London']]);

      // The English words are marked English as a whole: the English data in them needs nothing more.
      clearWords();
      await list.updateComplete;
      expect(served(list).map(marked)).to.deep.equal([
        [['en', 'ltr', 'Serves Bexley and Lewisham']],
        [['en', 'ltr', 'Serves all of south east London']],
      ]);
    });

    it('says no language or direction again inside an element of its own that says it, on Arabic, Welsh and English pages', async () => {
      for (const [lang, dir] of [
        ['ar', 'rtl'],
        ['cy', 'ltr'],
        ['en-GB', 'ltr'],
      ]) {
        const { list } = await listIn(
          html`<selca-partner-list .profile=${profileWith(2)} borough=${LEWISHAM}></selca-partner-list>`,
          lang,
          dir,
        );
        expect(repeatedMarks(root(list)), lang).to.deep.equal([]);
      }
    });

    it('marks an announced count and a notice in English on a page in another language', async () => {
      const { list } = await listIn(html`<selca-partner-list .profile=${profileWith(2)}></selca-partner-list>`, 'pl');
      choose(list, 'charity');
      await waitUntil(() => text(status(list)) !== '', 'the count is announced', { timeout: 3000 });
      expect(status(list).querySelector('[lang="en"]')!.textContent).to.match(/^Showing 2 of \d+ partners$/);

      const console = captureConsole();
      try {
        const { list: broken } = await listIn(html`<selca-partner-list .profile=${{ organisations: 'five' }}></selca-partner-list>`, 'pl');
        // The words are marked, not the box: it keeps the page's language and direction.
        expect(root(broken).querySelector('.selca-notice')!.hasAttribute('lang')).to.equal(false);
        expect(root(broken).querySelector('.selca-notice')!.querySelector(':scope > [lang="en"]')).not.to.equal(null);
      } finally {
        console.restore();
      }
    });
  });

  describe('a link to another website', () => {
    it('names the link with its whole word, showing the name alone: in English, in Welsh, and in a word that puts its note first', async () => {
      const { wrapper, list } = await listIn(html`<selca-partner-list .profile=${profileWith(1)}></selca-partner-list>`);
      expect([text(externalLink(list)), shown(externalLink(list))]).to.deep.equal(['Charity 0 (another website)', 'Charity 0']);

      setWords({ 'selca-partner-list': { externalLink: '{name}<hidden> (gwefan arall)</hidden>' } }, 'cy');
      wrapper.lang = 'cy';
      await settled(list);
      expect([text(externalLink(list)), shown(externalLink(list))]).to.deep.equal(['Charity 0 (gwefan arall)', 'Charity 0']);

      setWords({ 'selca-partner-list': { externalLink: '<hidden>Gwefan arall: </hidden>{name}' } }, 'cy');
      await list.updateComplete;
      expect([text(externalLink(list)), shown(externalLink(list))]).to.deep.equal(['Gwefan arall: Charity 0', 'Charity 0']);
      const webkit = await webkitSemantics('selca-partner-list', 'a[href="https://charity.example.org/"]');
      if (webkit) expect(webkit.map((link) => link.name)).to.deep.equal(['Gwefan arall: Charity 0']);
    });

    it('draws its focus and underline round the name alone, with text spacing, in a narrow column and with the note first', async () => {
      // The link's boxes, line by line, against those of the text it shows: equal when the hidden part takes no room.
      const boxes = (rects: DOMRectList) => [...rects].filter((box) => box.width).map((box) => [box.left, box.right].map(Math.round));
      const shownBoxes = (link: Element) => {
        const range = document.createRange();
        const name = [...link.querySelectorAll('*'), link]
          .flatMap((element) => [...element.childNodes])
          .find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.startsWith('Charity'))!;
        range.selectNodeContents(name);
        return boxes(range.getClientRects());
      };
      const { wrapper, list } = await listIn(
        html`<selca-partner-list data-selca-spacing="wide" .profile=${profileWith(1)}></selca-partner-list>`,
      );
      wrapper.style.maxInlineSize = '6em';
      externalLink(list).focus();
      expect(boxes(externalLink(list).getClientRects())).to.deep.equal(shownBoxes(externalLink(list)));

      setWords({ 'selca-partner-list': { externalLink: '<hidden>Gwefan arall: </hidden>{name}' } }, 'cy');
      wrapper.lang = 'cy';
      await settled(list);
      expect(boxes(externalLink(list).getClientRects())).to.deep.equal(shownBoxes(externalLink(list)));
    });

    it("marks the partner's name against the link's word: its language once in a Welsh word, and not again inside the English one", async () => {
      // Each mark inside the link: lang, dir and text.
      const marked = (link: Element) =>
        [...link.querySelectorAll('[lang]')].map((element) => [element.getAttribute('lang'), element.getAttribute('dir'), text(element)]);
      setWords({ 'selca-partner-list': { externalLink: '<hidden>Gwefan arall: </hidden>{name}' } }, 'cy');
      const { list } = await listIn(html`<selca-partner-list .profile=${profileWith(1)}></selca-partner-list>`, 'cy');
      expect(marked(externalLink(list))).to.deep.equal([['en-GB', null, 'Charity 0']]);
      expect(repeatedMarks(root(list))).to.deep.equal([]);

      clearWords();
      await list.updateComplete;
      expect(marked(externalLink(list))).to.deep.equal([['en', null, 'Charity 0 (another website)']]);
      expect(repeatedMarks(root(list))).to.deep.equal([]);
    });
  });

  describe('right to left', () => {
    it('uses no physical left or right in its styles', () => {
      for (const styles of [partnerListStyles, noticeStyles]) expect(styles.cssText).not.to.match(/\b(left|right)\b/);
    });

    it('gives its English labels, headings and choices their own direction on a right-to-left page, lined up from the right', async () => {
      const { list } = await listIn(html`<selca-partner-list .profile=${profileWith(2)}></selca-partner-list>`, 'ar', 'rtl');
      const marked = ['label[for="search"]', '.group-heading', '#type option'].map((selector) =>
        root(list).querySelector<HTMLElement>(selector)!,
      );
      expect(marked.map((element) => [element.lang, element.dir])).to.deep.equal([
        ['en', 'ltr'],
        ['en', 'ltr'],
        ['en', 'ltr'],
      ]);
      const heading = marked[1]!;
      const words = document.createRange();
      words.selectNodeContents(heading);
      expect(words.getBoundingClientRect().right).to.be.closeTo(heading.getBoundingClientRect().right, 1);
    });

    it('lays out from the right in a right-to-left page, and follows a change of direction', async () => {
      const { wrapper, list } = await listIn(
        html`<selca-partner-list layout="grid" .profile=${profileWith(2)} style="inline-size: 60rem"></selca-partner-list>`,
        'ar',
        'rtl',
      );
      const box = (selector: string) => root(list).querySelector(selector)!.getBoundingClientRect();
      const filters = box('.filters');
      expect(box('.search').right).to.be.closeTo(filters.right, 1);
      expect(box('#type').right).to.be.lessThan(box('.search').left);
      expect(box('.partner').right).to.be.closeTo(box('.partners').right, 1);
      expect(box('.partner:nth-child(2)').right).to.be.lessThan(box('.partner').left);

      wrapper.dir = 'ltr';
      await settled(list);
      expect(box('.search').left).to.be.closeTo(box('.filters').left, 1);
      expect(box('.partner').left).to.be.closeTo(box('.partners').left, 1);
    });
  });

  describe('pseudo-locale', () => {
    const profile = profileWith(60);
    const data = textsOf(profile);

    it('leaves no plain English in what the list shows or says, in each state', async () => {
      setWords({ 'selca-partner-list': pseudoWords(partnerListWords) });
      for (const [state, template] of [
        ['grid, more than one page', html`<selca-partner-list layout="grid" .profile=${profile}></selca-partner-list>`],
        ['nothing matches', html`<selca-partner-list query="orthodontics" .profile=${profile}></selca-partner-list>`],
        ['a borough outside the area', html`<selca-partner-list borough="E09000033" .profile=${profile}></selca-partner-list>`],
      ] as const) {
        const { list } = await listIn(template, 'en-XA');
        expect(plainEnglish(shadowTexts(root(list)), data), state).to.deep.equal([]);
      }
    });

    it('leaves no plain English in an announced count', async () => {
      setWords({ 'selca-partner-list': pseudoWords(partnerListWords) });
      const { list } = await listIn(html`<selca-partner-list .profile=${profile}></selca-partner-list>`, 'en-XA');
      choose(list, 'acute-trust');
      await waitUntil(() => text(status(list)) !== '', 'the count is announced', { timeout: 3000 });
      expect(text(status(list))).to.match(/^\[Śĥóŵíñĝ \d+ óƒ \d+/);
      expect(plainEnglish([text(status(list))], data)).to.deep.equal([]);
      expect(text(searchLabel(list))).to.equal(pseudo('Search by name or description'));
    });

    it('leaves no plain English in its notices', async () => {
      const console = captureConsole();
      try {
        setWords({ 'selca-partner-list': pseudoWords(partnerListWords) });
        const { list } = await listIn(html`<selca-partner-list .profile=${{ organisations: 'five' }}></selca-partner-list>`, 'en-XA');
        expect(plainEnglish(shadowTexts(root(list)), [])).to.deep.equal([]);
        expect(text(root(list).querySelector('.selca-notice'))).to.have.length.greaterThan(10);
      } finally {
        console.restore();
      }
    });

    it('finds the English words when they are not replaced (the check can fail)', async () => {
      const { list } = await listIn(html`<selca-partner-list .profile=${profile}></selca-partner-list>`);
      expect(plainEnglish(shadowTexts(root(list)), data)).to.include.members([
        'Search by name or description',
        'Acute trusts',
        'Show 22 more partners',
      ]);
    });
  });
});
