import { html, LitElement, nothing } from 'lit';
import { expect, fixture } from '../helpers/testing.js';
import { settled } from '../helpers/words.js';
import { clearWords, setWords, WordsController } from '../../src/core/words.js';
import type { ProfileWords, WordsFor } from '../../src/core/words.js';
import { pseudo, pseudoWords } from '../../src/core/pseudo-locale.js';
import { formatIssues, profileJsonSchema, validateProfile } from '../../src/core/profile.js';
import { selcaProfile } from '../../src/data/selca-profile.js';

const probeWords = {
  greeting: 'Hello',
  count: ({ count }: { count: number }) => `${count} partners`,
  showing: ({ shown, total }: { shown: number; total: number }) => `Showing ${shown} of ${total}`,
  loading: 'Loading…',
  pair: ({ provider, service }: { provider: string; service: string }) => `${provider}: ${service}`,
  serves: ({ places }: { places: string }) => `Serves ${places}`,
  hint: ({ button }: { button: string }) => `Press the ${button} button.`,
  more: ({ topic }: { topic: string }) => `More<hidden> about ${topic}</hidden>`,
};

declare module '../../src/core/words.js' {
  interface WidgetWords {
    'words-probe': typeof probeWords;
  }
}

/** The smallest widget using the words: what it renders says which word it was given. */
class WordsProbe extends LitElement {
  static override properties = { words: { attribute: false }, profile: { attribute: false } };
  declare words: WordsFor<typeof probeWords> | undefined;
  declare profile: ProfileWords | undefined;
  readonly t = new WordsController(
    this,
    'words-probe',
    probeWords,
    () => [this.words],
    () => this.profile,
  );
  count = 1;

  override render() {
    return html`<p id="greeting" lang=${this.t.langOf('greeting') ?? nothing}>${this.t.text('greeting')}</p>
      <p id="count">${this.t.mark('count', { count: this.count })}</p>`;
  }
}
customElements.define('words-probe', WordsProbe);

/** A host whose shadow root holds a probe, as a trust's own component might. */
class ShadowHost extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<div><words-probe></words-probe></div>';
  }
}
customElements.define('words-shadow-host', ShadowHost);

const shown = async (probe: WordsProbe, id = 'greeting') => {
  await probe.updateComplete;
  return probe.shadowRoot!.getElementById(id)!.textContent.trim();
};
/** Waits for the mutation observer's records, then for the render they asked for. */
describe('words (core)', () => {
  afterEach(() => clearWords());

  describe('replacing words', () => {
    it('replaces a word on the whole page, in widgets already there and those added later, until cleared', async () => {
      const probe = await fixture<WordsProbe>(html`<words-probe></words-probe>`);
      expect(await shown(probe)).to.equal('Hello');
      setWords({ 'words-probe': { greeting: 'Good morning' } });
      expect(await shown(probe)).to.equal('Good morning');
      const later = await fixture<WordsProbe>(html`<words-probe></words-probe>`);
      expect(await shown(later)).to.equal('Good morning');
      clearWords();
      expect(await shown(probe)).to.equal('Hello');
    });

    it('uses words for every widget under "all", and a widget\'s own words before them', async () => {
      const probe = await fixture<WordsProbe>(html`<words-probe></words-probe>`);
      setWords({ all: { greeting: 'Hi all' } });
      expect(await shown(probe)).to.equal('Hi all');
      setWords({ 'words-probe': { greeting: 'Hi probe' } });
      expect(await shown(probe)).to.equal('Hi probe');
    });

    it("takes an element's own words before the page's", async () => {
      setWords({ 'words-probe': { greeting: 'Page hello' } });
      const probe = await fixture<WordsProbe>(html`<words-probe .words=${{ greeting: 'Element hello' }}></words-probe>`);
      expect(await shown(probe)).to.equal('Element hello');
      probe.words = undefined;
      expect(await shown(probe)).to.equal('Page hello');
    });

    it('reads a parsed JSON document: text with {placeholders} and plural forms', async () => {
      setWords(
        JSON.parse(
          '{"words-probe": {"greeting": "Bonjour", "count": {"one": "{count} partenaire", "other": "{count} partenaires"}}}',
        ) as never,
      );
      const probe = await fixture<WordsProbe>(html`<words-probe lang="fr"></words-probe>`);
      expect(await shown(probe)).to.equal('Bonjour');
      expect(await shown(probe, 'count')).to.equal('1 partenaire');
      probe.count = 1204;
      probe.requestUpdate();
      // French writes thousands with a narrow no-break space.
      expect(await shown(probe, 'count')).to.equal('1\u202f204 partenaires');
    });

    it("chooses plural forms by the widget's language's rules (Welsh has a form for two)", async () => {
      setWords({ 'words-probe': { count: { one: '{count} partner', two: '{count} bartner', other: '{count} partner arall' } } }, 'cy');
      const probe = await fixture<WordsProbe>(html`<words-probe lang="cy"></words-probe>`);
      probe.count = 2;
      probe.requestUpdate();
      expect(await shown(probe, 'count')).to.equal('2 bartner');
      probe.count = 7;
      probe.requestUpdate();
      expect(await shown(probe, 'count')).to.equal('7 partner arall');
    });

    it('ignores a replacement that is not text, a function or plural forms', async () => {
      setWords({ 'words-probe': { greeting: 42, count: { one: 'no other' } } } as never);
      const probe = await fixture<WordsProbe>(html`<words-probe></words-probe>`);
      expect(await shown(probe)).to.equal('Hello');
      expect(await shown(probe, 'count')).to.equal('1 partners');
    });
  });

  describe('language and direction', () => {
    it('uses words given for the language of the nearest ancestor, and follows it when it changes, without a reload', async () => {
      setWords({ 'words-probe': { greeting: 'Shwmae' } }, 'cy');
      const wrapper = await fixture<HTMLElement>(html`<section lang="en"><div><words-probe></words-probe></div></section>`);
      const probe = wrapper.querySelector<WordsProbe>('words-probe')!;
      expect(await shown(probe)).to.equal('Hello');
      wrapper.lang = 'cy-GB';
      await settled(probe);
      expect(probe.t.lang).to.equal('cy-GB');
      expect(await shown(probe)).to.equal('Shwmae');
      wrapper.removeAttribute('lang');
      await settled(probe);
      expect(await shown(probe)).to.equal('Hello');
    });

    it("follows lang and dir on an ancestor outside the shadow root it is in, and its own over the ancestor's", async () => {
      const outer = await fixture<HTMLElement>(html`<div lang="en" dir="ltr"><words-shadow-host></words-shadow-host></div>`);
      const probe = outer.querySelector('words-shadow-host')!.shadowRoot!.querySelector<WordsProbe>('words-probe')!;
      await probe.updateComplete;
      expect([probe.t.lang, probe.t.dir]).to.deep.equal(['en', 'ltr']);
      outer.setAttribute('lang', 'ar');
      outer.setAttribute('dir', 'rtl');
      await settled(probe);
      expect([probe.t.lang, probe.t.dir]).to.deep.equal(['ar', 'rtl']);
      probe.setAttribute('lang', 'de');
      await settled(probe);
      expect(probe.t.lang).to.equal('de');
      expect(probe.t.number(1204.5)).to.equal('1.204,5');
    });

    it('takes its direction from the page\'s CSS too: direction: rtl without a dir attribute, and dir="auto" on right-to-left text, following a change', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="ar" style="direction: rtl"><words-probe></words-probe></div>`);
      const probe = wrapper.querySelector<WordsProbe>('words-probe')!;
      await probe.updateComplete;
      expect(probe.t.dir).to.equal('rtl');
      wrapper.style.direction = 'ltr';
      await settled(probe);
      expect(probe.t.dir).to.equal('ltr');
      const auto = await fixture<HTMLElement>(html`<div lang="ar" dir="auto">مرحبا <words-probe></words-probe></div>`);
      const inAuto = auto.querySelector<WordsProbe>('words-probe')!;
      await inAuto.updateComplete;
      expect(inAuto.t.dir).to.equal('rtl');
    });

    it('keeps following its ancestors after another widget leaves the page', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="en"><words-probe id="a"></words-probe><words-probe id="b"></words-probe></div>`,
      );
      const [first, second] = [...wrapper.querySelectorAll<WordsProbe>('words-probe')];
      first!.remove();
      await settled(second!);
      wrapper.lang = 'fr';
      await settled(second!);
      expect(second!.t.lang).to.equal('fr');
      expect(first!.t.lang).to.equal('en');
    });

    it('formats in British English when no language is said, or the one said is not a language tag', async () => {
      const probe = await fixture<WordsProbe>(html`<words-probe lang="not a language!"></words-probe>`);
      expect(probe.t.number(1204.5)).to.equal('1,204.5');
      probe.removeAttribute('lang');
      await settled(probe);
      expect(probe.t.number(0.6, { style: 'percent' })).to.equal('60%');
    });

    it('marks English words with lang="en" on a page in another language, and only those', async () => {
      setWords({ 'words-probe': { count: ({ count }) => `${count} partenaire` } }, 'fr');
      const wrapper = await fixture<HTMLElement>(html`<div lang="fr"><words-probe></words-probe></div>`);
      const probe = wrapper.querySelector<WordsProbe>('words-probe')!;
      await probe.updateComplete;
      const root = probe.shadowRoot!;
      expect(root.getElementById('greeting')!.getAttribute('lang')).to.equal('en');
      expect(root.querySelector('#count [lang]')).to.equal(null);
      wrapper.lang = 'en-GB';
      await settled(probe);
      expect(root.getElementById('greeting')!.hasAttribute('lang')).to.equal(false);
      expect(probe.t.langOf('greeting')).to.equal(undefined);
    });

    it('keeps English words in their own order on a right-to-left page (dir="ltr", isolated), and only there', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl"><words-probe></words-probe></div>`);
      const probe = wrapper.querySelector<WordsProbe>('words-probe')!;
      await probe.updateComplete;
      const english = probe.shadowRoot!.querySelector<HTMLElement>('#count [lang="en"]')!;
      expect(english.textContent).to.equal('1 partners');
      expect(getComputedStyle(english).direction).to.equal('ltr');
      expect(getComputedStyle(english).unicodeBidi).to.equal('isolate');
      wrapper.dir = 'ltr';
      await settled(probe);
      expect(probe.shadowRoot!.querySelector('#count [lang="en"]')!.hasAttribute('dir')).to.equal(false);
    });
  });

  describe('the language of each word', () => {
    const places = ['Bexley', 'Bromley', 'Greenwich'];

    it("writes the numbers and lists in a word as that word's language does: English in an English word on a page in Arabic, the page's in a replacement", async () => {
      const probe = await fixture<WordsProbe>(html`<words-probe lang="ar-EG" dir="rtl"></words-probe>`);
      expect(probe.t.number(1204, undefined, 'showing')).to.equal('1,204');
      expect(probe.t.text('serves', { places })).to.equal('Serves Bexley, Bromley and Greenwich');
      expect(probe.t.number(4)).to.equal('٤');
      setWords({ 'words-probe': { showing: 'عرض {shown} من {total}', serves: 'Dient {places}' } }, 'ar');
      await probe.updateComplete;
      expect(probe.t.number(4, undefined, 'showing')).to.equal('٤');
      expect(probe.t.text('showing', { shown: 4, total: 12 })).to.equal('عرض ٤ من ١٢');
      probe.setAttribute('lang', 'de');
      await settled(probe);
      setWords({ 'words-probe': { serves: 'Dient {places}' } }, 'de');
      expect(probe.t.text('serves', { places })).to.equal('Dient Bexley, Bromley und Greenwich');
    });

    it('gives no language to an English word whose only letters are in its values ("{provider}: {service}")', async () => {
      const probe = await fixture<WordsProbe>(html`<words-probe lang="fr"></words-probe>`);
      expect(probe.t.langOf('pair')).to.equal(undefined);
      expect(probe.t.mark('pair', { provider: 'Hôpital', service: 'Dépistage' })).to.equal('Hôpital: Dépistage');
      expect(probe.t.langOf('serves')).to.equal('en');
    });

    it("marks a word inside another on its own: the page's word for a button inside an English sentence", async () => {
      setWords({ 'words-probe': { greeting: 'Offer hygyrchedd' } }, 'cy');
      const probe = await fixture<WordsProbe>(html`<words-probe lang="cy"></words-probe>`);
      const host = await fixture<HTMLElement>(html`<p>${probe.t.mark('hint', { button: probe.t.markIn('hint', 'greeting') })}</p>`);
      const sentence = host.querySelector(':scope > [lang]')!;
      expect([sentence.getAttribute('lang'), sentence.textContent]).to.deep.equal(['en', 'Press the Offer hygyrchedd button.']);
      const button = sentence.querySelector('[lang]')!;
      expect([button.getAttribute('lang'), button.textContent]).to.deep.equal(['cy', 'Offer hygyrchedd']);
      expect(probe.t.markIn('hint', 'loading')).to.equal('Loading…');
    });

    it("gives lang and dir together where a word's direction differs from the widget's, and neither where the word is in its language", async () => {
      setWords({ 'words-probe': { loading: 'جار التحميل' } }, 'ar');
      const probe = await fixture<WordsProbe>(html`<words-probe lang="ar" dir="rtl"></words-probe>`);
      expect(probe.t.marks('greeting')).to.deep.equal({ lang: 'en', dir: 'ltr' });
      expect(probe.t.marks('loading')).to.deep.equal({});
      probe.setAttribute('lang', 'fr');
      probe.setAttribute('dir', 'ltr');
      await settled(probe);
      expect(probe.t.marks('greeting')).to.deep.equal({ lang: 'en', dir: undefined });
    });

    it("takes a profile's words to be in the profile's language: its English on a Welsh page is marked en-GB", async () => {
      const probe = await fixture<WordsProbe>(
        html`<words-probe lang="cy" .profile=${{ lang: 'en-GB', words: { 'words-probe': { greeting: 'Good day' }, all: { loading: 'Loading' } } }}></words-probe>`,
      );
      expect(await shown(probe)).to.equal('Good day');
      expect(probe.shadowRoot!.getElementById('greeting')!.getAttribute('lang')).to.equal('en-GB');
      expect(probe.t.langOf('loading')).to.equal('en-GB');
      probe.profile = { lang: 'cy', words: { 'words-probe': { greeting: 'Dydd da' } } };
      expect(await shown(probe)).to.equal('Dydd da');
      expect(probe.shadowRoot!.getElementById('greeting')!.hasAttribute('lang')).to.equal(false);
    });
    it("uses a profile's words held by language where the widget's language is theirs, unmarked, following a change of the page's language without a reload", async () => {
      const profile: ProfileWords = {
        lang: 'en-GB',
        words: [
          { lang: 'cy', 'words-probe': { greeting: 'Dydd da' } },
          { lang: 'ar', 'words-probe': { greeting: 'مرحبا', count: '{count} شريك' } },
          { 'words-probe': { greeting: 'Good day' } },
        ],
      };
      const wrapper = await fixture<HTMLElement>(html`<section lang="cy"><words-probe .profile=${profile}></words-probe></section>`);
      const probe = wrapper.querySelector<WordsProbe>('words-probe')!;
      probe.count = 12;
      expect(await shown(probe)).to.equal('Dydd da');
      expect(probe.t.langOf('greeting')).to.equal(undefined);
      wrapper.lang = 'ar-EG';
      await settled(probe);
      expect(await shown(probe)).to.equal('مرحبا');
      expect(probe.t.marks('greeting')).to.deep.equal({});
      expect(await shown(probe, 'count')).to.equal(`${new Intl.NumberFormat('ar-EG').format(12)} شريك`);
      wrapper.lang = 'fr';
      await settled(probe);
      // Words that say no language are the profile's, used in every language.
      expect(await shown(probe)).to.equal('Good day');
      expect(probe.t.langOf('greeting')).to.equal('en-GB');
    });
  });

  describe('a part said but not shown (<hidden>)', () => {
    afterEach(() => clearWords());

    it('shows the rest, and puts the hidden part in the flow of the text, its values keeping their marks', async () => {
      const probe = await fixture<WordsProbe>(html`<words-probe lang="fr"></words-probe>`);
      const host = await fixture<HTMLElement>(
        html`<a href="#">${probe.t.mark('more', { topic: html`<span lang="cy">Sgrinio</span>` })}</a>`,
      );
      const word = host.querySelector(':scope > [lang]')!;
      expect([word.getAttribute('lang'), word.textContent]).to.deep.equal(['en', 'More about Sgrinio']);
      const hidden = word.querySelector('.visually-hidden-inline')!;
      expect(hidden.textContent).to.equal(' about Sgrinio');
      expect(hidden.querySelector('[lang="cy"]')!.textContent).to.equal('Sgrinio');
      expect(getComputedStyle(hidden).position).to.equal('static');
      expect(probe.t.text('more', { topic: 'Sgrinio' })).to.equal('More about Sgrinio');
    });

    it('takes a replacement a JSON document holds, with its own hidden part, and keeps the marks in the pseudo-locale', async () => {
      setWords({ 'words-probe': { more: 'Rhagor<hidden> am {topic}</hidden>' } }, 'cy');
      const probe = await fixture<WordsProbe>(html`<words-probe lang="cy"></words-probe>`);
      const host = await fixture<HTMLElement>(html`<a href="#">${probe.t.mark('more', { topic: 'Sgrinio' })}</a>`);
      expect(host.textContent).to.equal('Rhagor am Sgrinio');
      expect(host.querySelector('.visually-hidden-inline')!.textContent).to.equal(' am Sgrinio');
      expect(probe.t.text('more', { topic: 'Sgrinio' })).to.equal('Rhagor am Sgrinio');
      expect(pseudoWords(probeWords).more).to.match(/^\[[^a-z]*<hidden>[^a-z]*\{topic\}<\/hidden>[^a-z]*\]$/i);
    });
  });

  describe("a profile's words", () => {
    const check = (words: unknown) => validateProfile({ ...structuredClone(selcaProfile), words });

    it('keeps text and plural forms by widget and key, and leaves out a faulty entry with a warning naming it', () => {
      const result = check({
        'selca-goals-panel': { principlesLabel: 'Our principles', figure: { one: '{number} person', other: '{number} people' }, source: 3 },
        all: { loading: { one: 'no other form' } },
      });
      if (!result.ok) throw new Error('the profile should be usable');
      expect(result.profile.words).to.deep.equal({
        'selca-goals-panel': { principlesLabel: 'Our principles', figure: { one: '{number} person', other: '{number} people' } },
        all: {},
      });
      expect(result.warnings.map((warning) => warning.path)).to.include.members([
        'words.selca-goals-panel.source',
        'words.all.loading.other',
      ]);
    });

    it('keeps a key named "__proto__" an ordinary key, changing no prototype', () => {
      const result = check(JSON.parse('{"__proto__": {"polluted": "yes"}, "selca-goals-panel": {"__proto__": "x"}}'));
      if (!result.ok) throw new Error('the profile should be usable');
      const words = result.profile.words!;
      expect(Object.getPrototypeOf(words)).to.equal(Object.prototype);
      expect(Object.keys(words)).to.include('__proto__');
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });

    it('keeps the language words say, or a list of words each in its own, and leaves out a bad one with a warning naming it, keeping the words', () => {
      const one = check({ lang: 'ar', 'selca-partner-list': { searchLabel: 'ابحث' } });
      if (!one.ok) throw new Error('the profile should be usable');
      expect(one.profile.words).to.deep.equal({ lang: 'ar', 'selca-partner-list': { searchLabel: 'ابحث' } });
      const listed = check([{ lang: 'cy', all: { loading: 'Yn llwytho' } }, { lang: 'Welsh!', all: { loading: 'Llwytho' } }, { lang: 7 }]);
      if (!listed.ok) throw new Error('the profile should be usable');
      expect(listed.profile.words).to.deep.equal([{ lang: 'cy', all: { loading: 'Yn llwytho' } }, { all: { loading: 'Llwytho' } }, {}]);
      expect(formatIssues(listed.warnings)).to.equal(
        [
          '- words[1].lang: must be a language tag (BCP 47) such as "en-GB" or "cy", got "Welsh!"; the language is left out',
          '- words[2].lang: must be non-empty text, got 7; the language is left out',
        ].join('\n'),
      );
    });

    it('describes the words in the JSON Schema: one set or a list of sets, each with its language', () => {
      type Node = { anyOf?: Node[]; items?: Node; properties?: Record<string, Node>; additionalProperties?: unknown; pattern?: string };
      const words = (profileJsonSchema() as { properties: Record<string, Node> }).properties.words!;
      const [set, list] = words.anyOf!;
      expect(set!.additionalProperties).to.have.property('additionalProperties');
      expect(set!.properties!.lang!.pattern).to.be.a('string');
      expect(list!.items).to.deep.equal(set);
    });
  });

  describe('pseudo-locale', () => {
    it('accents every letter, makes the text 40% longer and brackets it', () => {
      const text = pseudo('Under every goal');
      expect(text.startsWith('[') && text.endsWith(']')).to.equal(true);
      expect(text).not.to.match(/[a-z]/i);
      expect(text.length - 2).to.be.at.least(Math.ceil('Under every goal'.length * 1.4));
    });

    it('turns a whole catalogue into text a JSON document can hold, keeping where each value goes', async () => {
      const words = pseudoWords(probeWords);
      expect(JSON.parse(JSON.stringify(words))).to.deep.equal(words);
      expect(words.showing).to.match(/^\[[^a-z]*\{shown\}[^a-z]*\{total\}[^a-z]*\]$/i);
      const probe = await fixture<WordsProbe>(html`<words-probe .words=${words}></words-probe>`);
      expect(await shown(probe)).to.equal(pseudo('Hello'));
      probe.count = 1204;
      probe.requestUpdate();
      expect(await shown(probe, 'count')).to.match(/^\[1,204 [^a-z]+\]$/i);
      expect(pseudo('Showing Bexley', ['Bexley'])).to.contain('Bexley');
    });
  });
});
