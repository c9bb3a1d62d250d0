import { html } from 'lit';
import { expect, fixture, sendKeys, waitUntil } from './helpers/testing.js';
import { captureConsole } from './helpers/console.js';
import { webkitSemantics } from './helpers/screen-reader.js';
import { plainEnglish, repeatedMarks, settled, shadowTexts, textsOf } from './helpers/words.js';
import '../src/selca-coverage-map.js';
import type { CoverageMap } from '../src/components/coverage-map/coverage-map.js';
import { coverageMapStyles } from '../src/components/coverage-map/coverage-map.styles.js';
import { partStyles } from '../src/components/coverage-map/coverage-map-tables.js';
import { coverageMapWords } from '../src/components/coverage-map/words.js';
import { noticeStyles } from '../src/core/notice.js';
import { clearWords, setWords } from '../src/core/words.js';
import { pseudo, pseudoWords } from '../src/core/pseudo-locale.js';
import { londonBoroughs } from '../src/data/london-boroughs.js';
import { selcaProfile } from '../src/data/selca-profile.js';

const LEWISHAM = 'E09000023';
const BEXLEY = 'E09000004';
const HAVERING = 'E09000016';
const CITY = 'E09000001';
/** Wide enough not to be framed, with the details beside the map. */
const WIDE = 'inline-size: 60rem';

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const root = (map: CoverageMap) => map.shadowRoot!;
const find = (map: CoverageMap, selector: string) => root(map).querySelector<HTMLElement>(selector)!;
const option = (map: CoverageMap, code: string) => find(map, `[data-code="${code}"]`);
const focused = (map: CoverageMap) => (root(map).activeElement as SVGPathElement | null)?.dataset.code;
const sitesIn = (code: string) =>
  selcaProfile.organisations.flatMap((org) => org.sites ?? []).filter((site) => site.borough === code).length;
const hover = async (map: CoverageMap, code: string) => {
  option(map, code).dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
  await map.updateComplete;
};
const withTables = async (map: CoverageMap) => {
  map.showTables = true;
  await waitUntil(() => root(map).querySelector('table'), 'tables shown');
  await map.updateComplete;
};

/** What an element shows: its text outside the parts said to screen readers only. */
const shown = (element: Element) => {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let seen = '';
  while (walker.nextNode())
    if (!walker.currentNode.parentElement!.closest('.visually-hidden, .visually-hidden-inline')) seen += walker.currentNode.textContent;
  return seen.replace(/\s+/g, ' ').trim();
};

async function mapIn(template: unknown, lang = 'en-GB', dir = 'ltr') {
  const wrapper = await fixture<HTMLElement>(html`<main lang=${lang} dir=${dir}>${template}</main>`);
  const map = wrapper.querySelector('selca-coverage-map')!;
  await map.updateComplete;
  return { wrapper, map };
}
/** Waits for the observer's records about `lang` or `dir`, then for the render they asked for. */
describe('<selca-coverage-map> words and languages', () => {
  afterEach(() => clearWords());

  describe('replacing words', () => {
    it('replaces its words on the whole page with one call: help, announcements, tooltip, details and tables', async () => {
      const { map } = await mapIn(html`<selca-coverage-map style=${WIDE}></selca-coverage-map>`);
      setWords({
        'selca-coverage-map': {
          help: 'Arrow keys move, Enter selects, Escape closes the tooltip then clears.',
          selected: ({ area }) => `Chosen: ${area}.`,
          tipSelect: 'Click for more',
          areaCode: 'Code {code}.',
          sitesColumn: 'Our sites',
          showOnMap: 'Find {what} on the map',
        },
      });
      await map.updateComplete;
      expect(text(find(map, '.help'))).to.equal('Arrow keys move, Enter selects, Escape closes the tooltip then clears.');
      await hover(map, LEWISHAM);
      expect(text(find(map, '.tooltip'))).to.contain('Click for more');
      option(map, LEWISHAM).focus();
      await sendKeys({ press: 'Enter' });
      await map.updateComplete;
      expect(text(find(map, '.announcement'))).to.equal('Chosen: Lewisham.');
      expect(text(find(map, '.details'))).to.contain('Code E09000023.');
      await withTables(map);
      expect(text(find(map, '#areas-caption + thead th:last-child'))).to.equal('Our sites');
      expect(text(find(map, 'tbody button'))).to.match(/^Find .+ on the map$/);
    });

    it("takes its own words property before the page's, and its details-prompt attribute before both", async () => {
      setWords({ 'selca-coverage-map': { showTables: 'Page tables', detailsPrompt: 'Page prompt' } });
      const { map } = await mapIn(
        html`<selca-coverage-map .words=${{ showTables: 'As tables', detailsPrompt: 'Element prompt' }}></selca-coverage-map>`,
      );
      expect(text(find(map, '.tables summary'))).to.equal('As tables');
      expect(text(find(map, '.details p'))).to.equal('Element prompt');
      map.setAttribute('details-prompt', 'Choose a borough to see what we do there.');
      await map.updateComplete;
      expect(text(find(map, '.details p'))).to.equal('Choose a borough to see what we do there.');
    });

    it("takes the profile's words, for the map and for every widget, and leaves out a faulty one with a warning", async () => {
      const console = captureConsole();
      try {
        const profile = {
          ...structuredClone(selcaProfile),
          words: {
            'selca-coverage-map': { mapName: 'Our boroughs: {map}', key: 7 },
            all: { outsideOption: '{area} (not ours)' },
          },
        };
        const { map } = await mapIn(html`<selca-coverage-map .profile=${profile}></selca-coverage-map>`);
        expect(find(map, 'svg').getAttribute('aria-label')).to.equal('Our boroughs: London boroughs');
        expect(option(map, CITY).getAttribute('aria-label')).to.equal('City of London (not ours)');
        expect(console.warn.join('\n')).to.contain('words.selca-coverage-map.key');
      } finally {
        console.restore();
      }
    });

    it('says a notice in the words given for it', async () => {
      const console = captureConsole();
      try {
        setWords({ 'selca-coverage-map': { invalid: 'Die Karte kann gerade nicht gezeigt werden.' } });
        const { map } = await mapIn(html`<selca-coverage-map .profile=${{ area: 'south east' }}></selca-coverage-map>`);
        expect(text(find(map, '.selca-notice'))).to.equal('Die Karte kann gerade nicht gezeigt werden.');
      } finally {
        console.restore();
      }
    });
  });

  describe('numbers and plurals', () => {
    it("counts sites in the map's language, with its plural forms", async () => {
      const forms = { one: '{number} miejsce', few: '{number} miejsca', many: '{number} miejsc', other: '{number} miejsca' };
      setWords({ 'selca-coverage-map': { tipSites: forms } }, 'pl');
      const { map } = await mapIn(html`<selca-coverage-map></selca-coverage-map>`, 'pl');
      const [one, few] = [1, 2].map((count) => selcaProfile.area.boroughs.find((area) => sitesIn(area.code) === count)!.code);
      await hover(map, one!);
      expect(text(find(map, '.tooltip'))).to.contain('1 miejsce');
      await hover(map, few!);
      // A second area's tooltip waits a moment under the pointer.
      await waitUntil(() => text(find(map, '.tooltip')).includes('2 miejsca'), 'plural form for 2');
    });

    it("writes the tables' counts in the map's language's digits", async () => {
      const { map } = await mapIn(html`<selca-coverage-map></selca-coverage-map>`, 'ar-EG');
      await withTables(map);
      const row = [...root(map).querySelectorAll('#areas-caption ~ tbody tr')].find((tr) => tr.textContent.includes(LEWISHAM))!;
      const count = text(row.querySelector('td:last-child')).split(' ')[0];
      expect(count).to.equal(new Intl.NumberFormat('ar-EG').format(sitesIn(LEWISHAM)));
      expect(count).to.match(/^[\u0660-\u0669]+$/);
    });
  });

  describe('language', () => {
    it('follows a change of language on an ancestor without a reload, marking English words only where the page is in another language', async () => {
      setWords({ 'selca-coverage-map': { help: 'Defnyddiwch y bysellau saeth.', showTables: 'Dangos y map fel tablau' } }, 'cy');
      const { wrapper, map } = await mapIn(html`<selca-coverage-map selected=${LEWISHAM}></selca-coverage-map>`);
      expect(root(map).querySelectorAll('[lang]')).to.have.length(0);

      wrapper.lang = 'cy';
      await settled(map);
      expect(text(find(map, '.help'))).to.equal('Defnyddiwch y bysellau saeth.');
      expect(find(map, '.help').hasAttribute('lang')).to.equal(false);
      expect(root(map).querySelector('.tables summary [lang]')).to.equal(null);
      // The words still in English say so, so a screen reader speaks them with an English voice; an outside area's option is inside the map's.
      expect(find(map, 'svg').getAttribute('lang')).to.equal('en');
      expect(option(map, CITY).hasAttribute('lang')).to.equal(false);
      expect(text(find(map, '.details p [lang="en"]'))).to.equal('Area code E09000023.');

      wrapper.lang = 'en';
      await settled(map);
      expect(root(map).querySelectorAll('[lang]')).to.have.length(0);
      expect(text(find(map, '.help'))).to.match(/^Use the arrow keys/);
    });

    it('marks the data in a sentence of data alone ("{provider}: {service}") with the profile\'s language, and the sentence with none', async () => {
      const { map } = await mapIn(html`<selca-coverage-map style=${WIDE} selected=${BEXLEY}></selca-coverage-map>`, 'ar', 'rtl');
      const item = [...root(map).querySelectorAll('.details li li')].find((line) =>
        text(line).startsWith("Guy's and St Thomas' NHS Foundation Trust:"),
      )!;
      const marked = [...item.querySelectorAll('[lang]')].map((element) => [
        element.getAttribute('lang'),
        element.getAttribute('dir'),
        text(element),
      ]);
      expect(marked).to.deep.equal([
        ['en-GB', 'ltr', "Guy's and St Thomas' NHS Foundation Trust"],
        ['en-GB', 'ltr', "Guy's Cancer at Queen Mary's: radiotherapy and chemotherapy, since 2017."],
      ]);
    });

    it("marks the names in its translated words with the data's language, left to right, and not again inside its English words", async () => {
      const LAMBETH = 'E09000022';
      const site = selcaProfile.organisations.flatMap((org) => org.sites ?? []).find((entry) => entry.borough === LAMBETH)!;
      const operator = selcaProfile.organisations.find((org) => org.id === site.operator)!.name;
      const marked = (element: Element) =>
        [...element.querySelectorAll('[lang]')].map((span) => [
          span.localName,
          span.getAttribute('lang'),
          span.getAttribute('dir'),
          text(span),
        ]);
      setWords(
        { 'selca-coverage-map': { selected: 'تم اختيار {area}.', siteRunBy: '{site}، تديره {operator}', runBy: 'تديره {operator}.' } },
        'ar-EG',
      );
      const { map } = await mapIn(html`<selca-coverage-map style=${WIDE}></selca-coverage-map>`, 'ar-EG', 'rtl');
      option(map, LAMBETH).focus();
      await sendKeys({ press: 'Enter' });
      await withTables(map);
      const announcement = find(map, '.announcement > span');
      expect(text(announcement)).to.equal('تم اختيار Lambeth.');
      expect(announcement.hasAttribute('lang')).to.equal(false);
      expect(marked(announcement)).to.deep.equal([['span', 'en', 'ltr', 'Lambeth']]);
      const item = find(map, '.details li');
      expect(text(item).startsWith(`${site.name}، تديره ${operator}`)).to.equal(true);
      expect(marked(item).slice(0, 2)).to.deep.equal([
        ['span', 'en-GB', 'ltr', site.name],
        ['span', 'en-GB', 'ltr', operator],
      ]);
      const runBy = find(map, '.site-detail');
      expect(text(runBy)).to.equal(`تديره ${operator}.`);
      expect(marked(runBy)).to.deep.equal([['span', 'en-GB', 'ltr', operator]]);

      // The English words are marked English as a whole: the English data in them needs nothing more.
      clearWords();
      map.selected = null;
      await map.updateComplete;
      option(map, LAMBETH).focus();
      await sendKeys({ press: 'Enter' });
      await map.updateComplete;
      expect(marked(find(map, '.announcement > span'))).to.deep.equal([
        ['span', 'en', 'ltr', 'Lambeth selected. Its details follow the map.'],
      ]);
      expect(marked(find(map, '.details li')).slice(0, 1)).to.deep.equal([['span', 'en', 'ltr', `${site.name}, run by ${operator}`]]);
      expect(marked(find(map, '.site-detail'))).to.deep.equal([['span', 'en', 'ltr', `Run by ${operator}.`]]);
    });

    it('says no language or direction again inside an element of its own that says it, on Arabic, Welsh and English pages', async () => {
      for (const [lang, dir] of [
        ['ar', 'rtl'],
        ['cy', 'ltr'],
        ['en-GB', 'ltr'],
      ]) {
        const { map } = await mapIn(html`<selca-coverage-map style=${WIDE} selected=${BEXLEY}></selca-coverage-map>`, lang, dir);
        await withTables(map);
        option(map, LEWISHAM).focus();
        await sendKeys({ press: 'Enter' });
        await hover(map, CITY);
        expect(repeatedMarks(root(map)), lang).to.deep.equal([]);
      }
    });

    it('names an outside area in the page language inside a map still named in English', async () => {
      setWords({ 'selca-coverage-map': { outsideOption: '{area}, y tu allan i’r gynghrair' } }, 'cy');
      const { map } = await mapIn(html`<selca-coverage-map></selca-coverage-map>`, 'cy');
      expect(find(map, 'svg').getAttribute('lang')).to.equal('en');
      expect(option(map, CITY).getAttribute('lang')).to.equal('cy');
      expect(option(map, LEWISHAM).hasAttribute('lang')).to.equal(false);
    });

    it('marks its announcements and a notice in English on a page in another language', async () => {
      const { map } = await mapIn(html`<selca-coverage-map></selca-coverage-map>`, 'pl');
      option(map, LEWISHAM).focus();
      await sendKeys({ press: 'Enter' });
      await map.updateComplete;
      expect(find(map, '.announcement [lang="en"]').textContent).to.equal('Lewisham selected. Its details follow the map.');
      const console = captureConsole();
      try {
        const { map: broken } = await mapIn(html`<selca-coverage-map .profile=${{ area: 'south east' }}></selca-coverage-map>`, 'pl');
        // The words are marked, not the box: it keeps the page's language and direction.
        expect(find(broken, '.selca-notice').hasAttribute('lang')).to.equal(false);
        expect(find(broken, '.selca-notice').querySelector(':scope > [lang="en"]')).not.to.equal(null);
      } finally {
        console.restore();
      }
    });
  });

  describe('a table\'s "Show on map" button', () => {
    it('says its whole word with the name, wherever the word puts it, showing the word alone and not its hidden part', async () => {
      setWords({ 'selca-coverage-map': { showOnMap: '{what} auf der Karte zeigen' } }, 'de');
      const { map } = await mapIn(html`<selca-coverage-map style=${WIDE}></selca-coverage-map>`, 'de');
      await withTables(map);
      const button = find(map, 'tbody button');
      const area = text(button.closest('tr')!.querySelector('th'));
      expect([text(button), shown(button)]).to.deep.equal([`${area} auf der Karte zeigen`, 'auf der Karte zeigen']);

      setWords({ 'selca-coverage-map': { showOnMap: 'Auf der Karte zeigen<hidden>: {what}</hidden>' } }, 'de');
      await map.updateComplete;
      expect([text(button), shown(button)]).to.deep.equal([`Auf der Karte zeigen: ${area}`, 'Auf der Karte zeigen']);
      const webkit = await webkitSemantics('selca-coverage-map', 'tbody button');
      if (webkit) expect(webkit[0]!.name).to.equal(`Auf der Karte zeigen: ${area}`);
    });

    it("keeps its marks: the button's language where the word is not the page's, the names in it marked against the word", async () => {
      // Each mark in the button, its own first: lang, dir and text.
      const marked = (button: Element) =>
        [button, ...button.querySelectorAll('[lang]')]
          .filter((element) => element.hasAttribute('lang'))
          .map((element) => [element.localName, element.getAttribute('lang'), element.getAttribute('dir'), text(element)]);
      setWords({ 'selca-coverage-map': { showOnMap: '{what} auf der Karte zeigen' } }, 'de');
      const { map } = await mapIn(html`<selca-coverage-map style=${WIDE}></selca-coverage-map>`, 'de');
      await withTables(map);
      const [areaButton] = root(map).querySelectorAll('#areas-caption ~ tbody button');
      const [siteButton] = root(map).querySelectorAll('#sites-caption ~ tbody button');
      const area = text(areaButton!.closest('tr')!.querySelector('th'));
      expect(marked(areaButton!)).to.deep.equal([['span', 'en', null, area]]);
      // The site's area and name are in the English "where" words, which say their language for them.
      const where = marked(siteButton!);
      expect(where).to.have.length(1);
      expect(where[0]!.slice(0, 3)).to.deep.equal(['span', 'en', null]);
      expect(where[0]![3]).to.match(/^.+, where .+ is,$/);
      expect(repeatedMarks(root(map))).to.deep.equal([]);

      clearWords();
      await map.updateComplete;
      expect(marked(areaButton!)).to.deep.equal([['button', 'en', null, `Show ${area} on map`]]);
      expect(repeatedMarks(root(map))).to.deep.equal([]);
    });
  });

  describe('right to left', () => {
    it('uses no physical left or right in its styles', () => {
      for (const styles of [coverageMapStyles, partStyles, noticeStyles])
        expect(styles.cssText.match(/.*\b(left|right)\b.*/g)).to.equal(null);
    });

    it('lays its words, details and tables out from the right, and follows a change of direction', async () => {
      const { wrapper, map } = await mapIn(html`<selca-coverage-map style=${WIDE} selected=${LEWISHAM}></selca-coverage-map>`, 'ar', 'rtl');
      await withTables(map);
      const box = (selector: string) => find(map, selector).getBoundingClientRect();
      // The details beside the map, on its left; the text from the right.
      expect(box('.details').right).to.be.lessThan(box('.map').left);
      expect(getComputedStyle(find(map, '.help')).direction).to.equal('rtl');
      // Its English words keep their own order, their full stop at their end.
      expect(find(map, '.help [lang="en"]').dir).to.equal('ltr');
      const caption = document.createRange();
      caption.selectNodeContents(find(map, '#areas-caption'));
      expect(caption.getBoundingClientRect().right).to.be.closeTo(box('table').right, 1);
      expect(caption.getBoundingClientRect().left).to.be.greaterThan(box('table').left + 100);
      // The selected row is marked on its start side, the right.
      expect(getComputedStyle(find(map, 'tr[aria-current="true"] > th')).boxShadow).to.match(/-4px 0px 0px/);

      wrapper.dir = 'ltr';
      await settled(map);
      expect(box('.details').left).to.be.greaterThan(box('.map').right);
      expect(getComputedStyle(find(map, 'tr[aria-current="true"] > th')).boxShadow).to.match(/ 4px 0px 0px/);
    });

    it('gives its English "Show on map" buttons and area names their own direction too, lined up from the right', async () => {
      const { map } = await mapIn(html`<selca-coverage-map style=${WIDE}></selca-coverage-map>`, 'ar', 'rtl');
      await withTables(map);
      const button = find(map, 'tbody button');
      expect([button.lang, button.dir]).to.deep.equal(['en', 'ltr']);
      const name = find(map, 'tbody th');
      expect([name.lang, name.dir]).to.deep.equal(['en', 'ltr']);
      const words = document.createRange();
      words.selectNodeContents(name);
      expect(words.getBoundingClientRect().right).to.be.closeTo(
        name.getBoundingClientRect().right - parseFloat(getComputedStyle(name).paddingInlineEnd),
        1,
      );
    });

    it('keeps the map as geography: not mirrored, its arrow keys still going west with ArrowLeft', async () => {
      const places = async (dir: string) => {
        const { map } = await mapIn(html`<selca-coverage-map style=${WIDE}></selca-coverage-map>`, dir === 'rtl' ? 'ar' : 'en', dir);
        const drawing = find(map, 'svg').getBoundingClientRect();
        const across = (code: string) => option(map, code).getBoundingClientRect().left - drawing.left;
        option(map, LEWISHAM).focus();
        const moves: (string | undefined)[] = [];
        for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowRight']) {
          await sendKeys({ press: key });
          await map.updateComplete;
          moves.push(focused(map));
        }
        return { bexleyEastOfCity: across(BEXLEY) > across(CITY), moves, havering: across(HAVERING) };
      };
      const [ltr, rtl] = [await places('ltr'), await places('rtl')];
      expect(rtl.bexleyEastOfCity).to.equal(true);
      expect(rtl.havering).to.be.closeTo(ltr.havering, 1);
      expect(rtl.moves).to.deep.equal(ltr.moves);
      expect(rtl.moves[0]).not.to.equal(LEWISHAM);
    });
  });

  describe('pseudo-locale', () => {
    const data = [
      ...textsOf(selcaProfile),
      ...textsOf(londonBoroughs.areas.map((area) => area.name)),
      londonBoroughs.name,
      londonBoroughs.attribution,
    ];
    const pseudoMap = (template: unknown) => {
      setWords({ 'selca-coverage-map': pseudoWords(coverageMapWords) });
      return mapIn(template, 'en-XA');
    };
    const leftInEnglish = (map: CoverageMap) => plainEnglish(shadowTexts(root(map)), data);

    it('leaves no plain English in what the map shows or says: help, key, tooltip, details, tables and announcements', async () => {
      // Narrow and with large text, so some areas are numbered and the key shows.
      const { map } = await pseudoMap(html`<selca-coverage-map style="inline-size: 320px; font-size: 2rem"></selca-coverage-map>`);
      await waitUntil(() => root(map).querySelector('.key'), 'the key shown');
      expect(leftInEnglish(map)).to.deep.equal([]);
      expect(text(find(map, '.help'))).to.equal(pseudo(coverageMapWords.help));
      await hover(map, LEWISHAM);
      option(map, LEWISHAM).focus();
      await sendKeys({ press: 'Enter' });
      await withTables(map);
      expect(text(find(map, '.tooltip'))).to.contain('[');
      expect(leftInEnglish(map)).to.deep.equal([]);
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      await map.updateComplete;
      expect(text(find(map, '.announcement'))).to.equal(pseudo('Selection cleared.'));
      expect(leftInEnglish(map)).to.deep.equal([]);
    });

    it('leaves no plain English in the details of an outside area, one with no sites, or at the edge of the map', async () => {
      const { map } = await pseudoMap(html`<selca-coverage-map style=${WIDE} selected=${CITY}></selca-coverage-map>`);
      await hover(map, CITY);
      expect(leftInEnglish(map)).to.deep.equal([]);
      map.selected = HAVERING;
      await map.updateComplete;
      option(map, HAVERING).focus();
      await sendKeys({ press: 'ArrowRight' });
      await map.updateComplete;
      expect(text(find(map, '.announcement'))).to.contain('[');
      expect(leftInEnglish(map)).to.deep.equal([]);
    });

    for (const [lang, dir] of [
      ['en-XA', 'ltr'],
      ['ar-EG', 'rtl'],
    ] as const) {
      it(`brings each focused button of its tables wholly into view when the longer words make a table a little too wide (${dir})`, async () => {
        setWords({ 'selca-coverage-map': pseudoWords(coverageMapWords) }, lang);
        const { map } = await mapIn(html`<selca-coverage-map style="inline-size: 304px"></selca-coverage-map>`, lang, dir);
        await withTables(map);
        for (const wrap of root(map).querySelectorAll<HTMLElement>('.table-wrap')) {
          expect(wrap.scrollWidth, 'a table wider than its scroller').to.be.greaterThan(wrap.clientWidth);
          const buttons = [...wrap.querySelectorAll('button')];
          const hidden = (button: HTMLButtonElement) => {
            const [shown, box] = [wrap.getBoundingClientRect(), button.getBoundingClientRect()];
            return Math.max(0, shown.left - box.left) + Math.max(0, box.right - shown.right);
          };
          wrap.focus();
          await sendKeys({ press: 'Tab' });
          expect(root(map).activeElement).to.equal(buttons[0]);
          const cut = [hidden(buttons[0]!)];
          for (const button of buttons.slice(1)) {
            button.focus();
            cut.push(hidden(button));
          }
          expect(Math.max(...cut), 'px of a focused button out of view').to.be.lessThan(1);
        }
      });
    }

    it('leaves no plain English in its notices', async () => {
      const console = captureConsole();
      try {
        const { map } = await pseudoMap(html`<selca-coverage-map .profile=${{ area: 'south east' }}></selca-coverage-map>`);
        expect(plainEnglish(shadowTexts(root(map)), [])).to.deep.equal([]);
        expect(text(find(map, '.selca-notice'))).to.have.length.greaterThan(10);
      } finally {
        console.restore();
      }
    });

    it('finds the English words when they are not replaced (the check can fail)', async () => {
      const { map } = await mapIn(html`<selca-coverage-map></selca-coverage-map>`);
      expect(leftInEnglish(map)).to.include.members(['Show the map as tables', coverageMapWords.detailsPrompt]);
    });
  });
});
