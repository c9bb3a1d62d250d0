import { expect, fixture, html } from './helpers/testing.js';
import { captureConsole } from './helpers/console.js';
import { READ_ALOUD_HIGHLIGHT, ReadAloud } from '../src/components/a11y-toolbar/read-aloud.js';
import type { ReadAloudOptions, SpeechEngine } from '../src/components/a11y-toolbar/read-aloud.js';
import { AMERICAN, BRITISH, FakeEngine, FakeUtterance, voice } from '../stories/support/fake-speech.js';

const readers: ReadAloud[] = [];
function reader(engine: SpeechEngine | null = new FakeEngine(), options: ReadAloudOptions = {}): ReadAloud {
  const made = new ReadAloud({ engine, createUtterance: (text) => new FakeUtterance(text), ...options });
  readers.push(made);
  return made;
}

function highlighted(): string[] | null {
  const highlight = CSS.highlights.get(READ_ALOUD_HIGHLIGHT);
  return highlight ? [...highlight].map((range) => (range as Range).toString()) : null;
}

function select(node: Node, start: number, end: number): void {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Replaces a property (a global by default) for one test; returns the undo. */
function replaceGlobal(name: string, value: unknown, target: object = globalThis): () => void {
  const saved = Object.getOwnPropertyDescriptor(target, name);
  Object.defineProperty(target, name, { value, configurable: true, writable: true });
  return () => {
    if (saved) Object.defineProperty(target, name, saved);
    else delete (target as Record<string, unknown>)[name];
  };
}

const article = () =>
  fixture(html`<div>
    <p>Outside main.</p>
    <main>
      <h1>Screening saves lives</h1>
      <p>Bowel screening is free. Kits come by post!
        Do it at home?</p>
      <ul><li>First item</li></ul>
    </main>
  </div>`);
const ARTICLE = ['Screening saves lives', 'Bowel screening is free.', 'Kits come by post!', 'Do it at home?', 'First item'];

describe('read aloud', () => {
  afterEach(() => {
    for (const made of readers.splice(0)) made.dispose();
    document.getSelection()?.removeAllRanges();
    CSS.highlights?.delete(READ_ALOUD_HIGHLIGHT);
  });

  describe('reading', () => {
    it('does nothing until asked', async () => {
      await article();
      const engine = new FakeEngine();
      const made = reader(engine);
      expect(made.state).to.equal('idle');
      expect(await made.ready()).to.equal('idle');
      expect(engine.calls).to.deep.equal([]);
      expect(made.sentence).to.equal(null);
      expect(made.sentenceIndex).to.equal(-1);
    });

    it('speaks the main content one sentence at a time, cancelling before every speak', async () => {
      await article();
      const engine = new FakeEngine();
      const made = reader(engine);
      await made.start();
      expect(made.state).to.equal('playing');
      expect(made.sentenceCount).to.equal(5);
      expect(made.sentenceIndex).to.equal(0);
      expect(made.sentence).to.equal('Screening saves lives');
      expect(engine.spoken.length).to.equal(1);
      engine.end();
      expect(made.sentenceIndex).to.equal(1);
      expect(made.sentence).to.equal('Bowel screening is free.');
      engine.endAll();
      expect(engine.texts).to.deep.equal(ARTICLE);
      expect(engine.calls).to.deep.equal(ARTICLE.flatMap((text) => ['cancel', `speak ${text}`]));
      expect(engine.overlaps).to.equal(0);
      expect(made.state).to.equal('idle');
      expect(made.sentenceIndex).to.equal(-1);
      expect(made.sentenceCount).to.equal(0);
      expect(made.error).to.equal(null);
    });

    it('gives each utterance the chosen voice, its language and the rate', async () => {
      await article();
      const engine = new FakeEngine([voice('Remote', 'en-GB', false), BRITISH]);
      await reader(engine, { rate: 0.75 }).start();
      const [utterance] = engine.spoken;
      expect(utterance?.voice).to.equal(BRITISH);
      expect(utterance?.lang).to.equal('en-GB');
      expect(utterance?.rate).to.equal(0.75);
    });

    it('fires change as it goes', async () => {
      await article();
      const engine = new FakeEngine();
      const made = reader(engine);
      const seen: string[] = [];
      made.addEventListener('change', () => seen.push(`${made.state} ${made.sentenceIndex}`));
      await made.start();
      engine.end();
      made.pause();
      made.resume();
      made.stop();
      expect(seen).to.deep.equal(['playing 0', 'playing 1', 'paused 1', 'playing 1', 'idle -1']);
    });

    it('reads [role=main] when there is no main element', async () => {
      await fixture(html`<div><p>Not this.</p><div role="main"><p>This one.</p></div></div>`);
      const engine = new FakeEngine();
      await reader(engine).start();
      engine.endAll();
      expect(engine.texts).to.deep.equal(['This one.']);
    });

    it('reads the body when there is no main content', async () => {
      await fixture(html`<section><p>Only the body.</p></section>`);
      const engine = new FakeEngine();
      await reader(engine).start();
      engine.endAll();
      expect(engine.texts).to.deep.equal(['Only the body.']);
    });

    it('keeps inline elements in the sentence and breaks at blocks and line breaks', async () => {
      await fixture(html`<main>
        <p>Call <a href="#top">NHS <strong>111</strong></a> today.</p>
        <div>Before<p>Inside</p>After</div>
        <p>Line one<br />Line two</p>
      </main>`);
      const engine = new FakeEngine();
      await reader(engine).start();
      engine.endAll();
      expect(engine.texts).to.deep.equal(['Call NHS 111 today.', 'Before', 'Inside', 'After', 'Line one', 'Line two']);
    });

    it('drops sentences without words', async () => {
      await fixture(html`<main><p>Home</p><p> | </p><p>About</p></main>`);
      const engine = new FakeEngine();
      const made = reader(engine);
      await made.start();
      engine.endAll();
      expect(engine.texts).to.deep.equal(['Home', 'About']);
    });

    it('stays idle when there is nothing to read', async () => {
      await fixture(html`<main><p>   </p></main>`);
      const empty = new FakeEngine();
      const idle = reader(empty);
      let changes = 0;
      idle.addEventListener('change', () => (changes += 1));
      await idle.start();
      expect(empty.calls).to.deep.equal([]);
      expect(idle.state).to.equal('idle');
      expect(idle.sentenceCount).to.equal(0);
      expect(changes).to.equal(1);
    });

    it('splits with a regular expression when Intl.Segmenter is missing', async () => {
      await fixture(html`<main><p>One. “Two!” Three? Dr. Who Four</p></main>`);
      const engine = new FakeEngine();
      const restore = replaceGlobal('Segmenter', undefined, Intl);
      try {
        await reader(engine).start();
      } finally {
        restore();
      }
      engine.endAll();
      expect(engine.texts).to.deep.equal(['One.', '“Two!”', 'Three?', 'Dr.', 'Who Four']);
    });

    it('start() while reading starts again from the first sentence', async () => {
      await article();
      const engine = new FakeEngine();
      const made = reader(engine);
      await made.start();
      engine.end();
      const abandoned = engine.pending!;
      await made.start();
      expect(made.sentenceIndex).to.equal(0);
      abandoned.dispatchEvent(new Event('end'));
      expect(made.sentenceIndex).to.equal(0);
      expect(engine.texts).to.deep.equal([ARTICLE[0], ARTICLE[1], ARTICLE[0]]);
      expect(engine.overlaps).to.equal(0);
    });

    it('copes with an engine that ends an utterance inside speak()', async () => {
      await article();
      const engine = new FakeEngine();
      const speak = engine.speak.bind(engine);
      engine.speak = (utterance) => {
        speak(utterance);
        engine.end();
      };
      const made = reader(engine);
      await made.start();
      expect(engine.texts).to.deep.equal(ARTICLE);
      expect(made.state).to.equal('idle');
      expect(made.sentence).to.equal(null);
    });
  });

  describe('pause, resume, stop and rate', () => {
    it('pause cancels and remembers the sentence; resume speaks it again', async () => {
      await article();
      const engine = new FakeEngine();
      const made = reader(engine);
      await made.start();
      engine.end();
      const paused = engine.pending!;
      made.pause();
      expect(made.state).to.equal('paused');
      expect(engine.calls.at(-1)).to.equal('cancel');
      expect(engine.pending).to.equal(null);
      expect(made.sentenceIndex).to.equal(1);
      expect(made.sentence).to.equal('Bowel screening is free.');
      expect(made.error).to.equal(null);
      paused.dispatchEvent(new Event('end'));
      expect(made.sentenceIndex).to.equal(1);
      made.pause();
      expect(engine.calls.filter((call) => call === 'cancel').length).to.equal(3);

      made.resume();
      expect(made.state).to.equal('playing');
      expect(engine.calls.slice(-2)).to.deep.equal(['cancel', 'speak Bowel screening is free.']);
      made.resume();
      expect(engine.spoken.length).to.equal(3);
      engine.endAll();
      expect(engine.texts).to.deep.equal([ARTICLE[0], ARTICLE[1], ...ARTICLE.slice(1)]);
    });

    it('stop cancels, forgets the reading and does nothing when idle', async () => {
      await article();
      const engine = new FakeEngine();
      const made = reader(engine);
      made.stop();
      expect(engine.calls).to.deep.equal([]);
      await made.start();
      made.stop();
      expect(engine.calls).to.deep.equal(['cancel', 'speak Screening saves lives', 'cancel']);
      expect(made.state).to.equal('idle');
      expect(made.sentenceIndex).to.equal(-1);
      expect(made.sentenceCount).to.equal(0);
      expect(made.sentence).to.equal(null);

      await made.start();
      made.pause();
      made.stop();
      expect(made.state).to.equal('idle');
      made.resume();
      expect(engine.spoken.length).to.equal(2);
    });

    it('applies a new rate to the next sentence, within 0.5 to 2', async () => {
      await article();
      const engine = new FakeEngine();
      const made = reader(engine);
      await made.start();
      let changes = 0;
      made.addEventListener('change', () => (changes += 1));
      made.rate = 1.5;
      expect(changes).to.equal(1);
      made.rate = 1.5;
      expect(changes).to.equal(1);
      expect(engine.spoken[0]?.rate).to.equal(1);
      engine.end();
      expect(engine.spoken[1]?.rate).to.equal(1.5);
      made.rate = 5;
      expect(made.rate).to.equal(2);
      made.rate = 0.1;
      expect(made.rate).to.equal(0.5);
      const console = captureConsole();
      try {
        made.rate = Number.NaN;
      } finally {
        console.restore();
      }
      expect(made.rate).to.equal(0.5);
      expect(console.warn).to.deep.equal(['[@selca/widgets] Read aloud: rate NaN is not a number; kept 0.5.']);
      engine.end();
      expect(engine.spoken[2]?.rate).to.equal(0.5);
    });
  });

  describe('voices', () => {
    it('prefers an on-device en-GB voice over en-US', () => {
      expect(reader(new FakeEngine([AMERICAN, BRITISH])).voice).to.equal(BRITISH);
      const underscored = voice('Android', 'en_GB');
      expect(reader(new FakeEngine([AMERICAN, underscored])).voice).to.equal(underscored);
    });

    it('then any English voice, then any on-device voice', () => {
      const french = voice('Thomas', 'fr-FR');
      const australian = voice('Karen', 'en-AU');
      expect(reader(new FakeEngine([french, australian])).voice).to.equal(australian);
      expect(reader(new FakeEngine([french])).voice).to.equal(french);
    });

    it('never uses a remote voice', async () => {
      await article();
      const engine = new FakeEngine([voice('Google UK', 'en-GB', false), AMERICAN]);
      expect(reader(engine).voice).to.equal(AMERICAN);

      const remoteOnly = new FakeEngine([voice('Google UK', 'en-GB', false), voice('Cloud', 'en-US', false)]);
      const made = reader(remoteOnly);
      expect(made.state).to.equal('unavailable');
      expect(made.unavailableReason).to.equal('no-local-voice');
      expect(made.voice).to.equal(null);
      await made.start();
      expect(remoteOnly.calls).to.deep.equal([]);
    });

    it('waits for voices that arrive late through voiceschanged', async () => {
      await article();
      const engine = new FakeEngine([]);
      const made = reader(engine, { voiceTimeout: 5000 });
      expect(made.state).to.equal('unavailable');
      expect(made.unavailableReason).to.equal('loading');
      const started = made.start();
      engine.announce([]);
      expect(made.unavailableReason).to.equal('loading');
      engine.announce([BRITISH]);
      expect(await made.ready()).to.equal('idle');
      expect(made.unavailableReason).to.equal(null);
      await started;
      expect(engine.texts).to.deep.equal([ARTICLE[0]]);
    });

    it('gives up after the timeout when no voices arrive, and recovers if they come later', async () => {
      const engine = new FakeEngine([]);
      const made = reader(engine, { voiceTimeout: 20 });
      expect(await made.ready()).to.equal('unavailable');
      expect(made.unavailableReason).to.equal('no-voice');
      const calls = engine.getVoicesCalls;
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(engine.getVoicesCalls).to.equal(calls);
      engine.announce([BRITISH]);
      expect(made.state).to.equal('idle');
    });

    it('waits 1500 ms by default', async () => {
      const made = reader(new FakeEngine([]));
      const started = performance.now();
      expect(await made.ready()).to.equal('unavailable');
      const waited = performance.now() - started;
      expect(waited).to.be.within(1400, 4000);
    });

    it('does not start when the voices never arrive', async () => {
      await article();
      const engine = new FakeEngine([]);
      const made = reader(engine, { voiceTimeout: 10 });
      await made.start();
      expect(made.state).to.equal('unavailable');
      expect(engine.calls).to.deep.equal([]);
    });

    it('takes voices that appear without voiceschanged when the timeout ends', async () => {
      const engine = new FakeEngine([]);
      const made = reader(engine, { voiceTimeout: 20 });
      engine.voices = [BRITISH];
      expect(await made.ready()).to.equal('idle');
      expect(made.voice).to.equal(BRITISH);
    });

    it('stops when the on-device voices go away', async () => {
      await article();
      const engine = new FakeEngine();
      const made = reader(engine);
      await made.start();
      engine.announce([voice('Cloud', 'en-GB', false)]);
      expect(engine.calls.at(-1)).to.equal('cancel');
      expect(made.state).to.equal('unavailable');
      expect(made.unavailableReason).to.equal('no-local-voice');
      engine.announce([]);
      expect(made.unavailableReason).to.equal('no-voice');
    });

    it('is unavailable without a speech engine', async () => {
      await article();
      const made = reader(null);
      expect(made.state).to.equal('unavailable');
      expect(made.unavailableReason).to.equal('no-engine');
      expect(await made.ready()).to.equal('unavailable');
      await made.start();
      made.pause();
      made.resume();
      made.stop();
      expect(made.state).to.equal('unavailable');
    });

    it('uses globalThis.speechSynthesis by default', () => {
      const engine = new FakeEngine();
      let restore = replaceGlobal('speechSynthesis', engine);
      try {
        const made = new ReadAloud();
        readers.push(made);
        expect(made.voice).to.equal(BRITISH);
        expect(engine.getVoicesCalls).to.equal(1);
      } finally {
        restore();
      }
      restore = replaceGlobal('speechSynthesis', undefined);
      try {
        const made = new ReadAloud();
        readers.push(made);
        expect(made.unavailableReason).to.equal('no-engine');
      } finally {
        restore();
      }
    });
  });

  describe('what is read', () => {
    it('reads the selection instead of the main content', async () => {
      const page = await fixture(html`<div>
        <aside><p>Aside text. Chosen sentence.</p></aside>
        <main><p>Main text.</p><p id="b">Second one. Third one. Fourth one.</p></main>
      </div>`);
      const engine = new FakeEngine();
      const made = reader(engine);
      const paragraph = page.querySelector('#b')!.firstChild!;
      select(paragraph, 7, 17);
      await made.start();
      engine.endAll();
      expect(engine.texts).to.deep.equal(['one.', 'Third']);

      const aside = page.querySelector('aside p')!.firstChild!;
      select(aside, 12, 28);
      await made.start();
      engine.endAll();
      expect(engine.texts.slice(2)).to.deep.equal(['Chosen sentence.']);
    });

    it('reads a selection across several elements', async () => {
      const page = await fixture(html`<main><p>Main text.</p><p>Second one.</p><p>Third one.</p><p>Fourth.</p></main>`);
      const engine = new FakeEngine();
      const range = document.createRange();
      const paragraphs = page.querySelectorAll('p');
      range.setStart(paragraphs[1]!.firstChild!, 7);
      range.setEnd(paragraphs[3]!.firstChild!, 0);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      await reader(engine).start();
      engine.endAll();
      expect(engine.texts).to.deep.equal(['one.', 'Third one.']);
    });

    it('reads the main content when the selection is collapsed or only in skipped content', async () => {
      const page = await fixture(html`<div>
        <div id="toolbar"><button>Toolbar button text</button></div>
        <main><p>Main text.</p></main>
      </div>`);
      const toolbar = page.querySelector('#toolbar')!;
      const engine = new FakeEngine();
      const made = reader(engine, { exclude: toolbar });
      select(page.querySelector('main p')!.firstChild!, 2, 2);
      await made.start();
      select(toolbar.querySelector('button')!.firstChild!, 0, 7);
      await made.start();
      expect(engine.texts).to.deep.equal(['Main text.', 'Main text.']);
    });

    it('skips hidden content and the excluded element', async () => {
      const page = await fixture(html`<main>
        <p>Visible one.</p>
        <p hidden>Hidden attribute.</p>
        <p aria-hidden="true">Aria hidden.</p>
        <p id="capitals">Aria hidden in capitals.</p>
        <p aria-hidden="false">Aria not hidden.</p>
        <p style="display: none">Display none.</p>
        <div class="hidden-by-class"><span>Hidden by a class.</span></div>
        <style>
          .hidden-by-class { display: none; }
        </style>
        <script type="text/plain">Script text.</script>
        <template><p>Template text.</p></template>
        <noscript>Noscript text.</noscript>
        <svg aria-label="chart"><style>text { fill: red; }</style><text>Chart label</text></svg>
        <nav id="toolbar"><p>Toolbar text.</p></nav>
        <p>Visible <span hidden>secret </span>two.</p>
      </main>`);
      page.querySelector('#capitals')!.setAttribute('aria-hidden', ' TRUE ');
      const engine = new FakeEngine();
      await reader(engine, { exclude: page.querySelector('#toolbar') }).start();
      engine.endAll();
      expect(engine.texts).to.deep.equal(['Visible one.', 'Aria not hidden.', 'Chart label', 'Visible two.']);
    });

    describe('only what is on screen', () => {
      const onScreenOnly = () =>
        fixture(html`<main>
          <p>Shown first.</p>
          <details><summary>More about kits</summary><p>Inside a closed details.</p>Loose text in it.</details>
          <details open><summary>Opened</summary><p>Inside an open details.</p></details>
          <label>Borough <select><option>Bexley</option><option>Bromley</option></select></label>
          <datalist id="boroughs"><option value="Lambeth">Lambeth</option></datalist>
          <div inert><p>Inert text.</p></div>
          <p style="visibility: hidden">Invisible text.</p>
          <div style="content-visibility: hidden"><p>Content not drawn.</p></div>
          <p>Shown last.</p>
        </main>`);
      const SHOWN = ['Shown first.', 'More about kits', 'Opened', 'Inside an open details.', 'Borough', 'Shown last.'];

      it('skips closed details, the options of lists, inert and invisible content', async () => {
        await onScreenOnly();
        const engine = new FakeEngine();
        await reader(engine).start();
        engine.endAll();
        expect(engine.texts).to.deep.equal(SHOWN);
      });

      it('skips the same where the browser has no checkVisibility', async () => {
        await onScreenOnly();
        const engine = new FakeEngine();
        const restore = replaceGlobal('checkVisibility', undefined, Element.prototype);
        try {
          await reader(engine).start();
        } finally {
          restore();
        }
        engine.endAll();
        expect(engine.texts).to.deep.equal(SHOWN);
      });
    });

    it('reads the text of widgets inside the main content, in page order', async () => {
      const page = await fixture(html`<main>
        <p>Before the widget.</p>
        <div id="widget"></div>
        <p>After the widget.</p>
      </main>`);
      const shadow = page.querySelector('#widget')!.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<h2>Inside the widget</h2><p hidden>Hidden inside.</p><p>Slotted: <slot></slot></p>';
      page.querySelector('#widget')!.innerHTML = '<span>light text.</span>';
      const engine = new FakeEngine();
      await reader(engine).start();
      expect(highlighted()).to.deep.equal(['Before the widget.']);
      engine.endAll();
      expect(engine.texts).to.deep.equal(['Before the widget.', 'Inside the widget', 'Slotted: light text.', 'After the widget.']);
    });

    it('reads nothing when the main content itself is hidden', async () => {
      await fixture(html`<div aria-hidden="true"><main><p>Main text.</p></main></div>`);
      const engine = new FakeEngine();
      const made = reader(engine);
      await made.start();
      expect(engine.calls).to.deep.equal([]);
      expect(made.state).to.equal('idle');
    });
  });

  describe('scrolling', () => {
    /** Records how each scrollIntoView was asked for, and scrolls. */
    function recordScrolls(): { behaviours: string[]; restore: () => void } {
      const original = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollIntoView')!.value as (
        this: Element,
        options?: ScrollIntoViewOptions,
      ) => void;
      const behaviours: string[] = [];
      const restore = replaceGlobal(
        'scrollIntoView',
        function (this: Element, options?: ScrollIntoViewOptions) {
          behaviours.push(String(options?.behavior));
          original.call(this, options);
        },
        Element.prototype,
      );
      return { behaviours, restore };
    }
    const farPage = () =>
      fixture(html`<main><p>Near the top.</p><div style="block-size: 3000px"></div><p id="far">Far down the page.</p></main>`);
    afterEach(() => {
      document.documentElement.removeAttribute('data-selca-motion');
      window.scrollTo(0, 0);
    });

    it('brings the sentence being read into view, at once when animations are paused', async () => {
      const page = await farPage();
      document.documentElement.setAttribute('data-selca-motion', 'reduce');
      const scrolls = recordScrolls();
      const engine = new FakeEngine();
      try {
        await reader(engine).start();
        expect(scrolls.behaviours, 'the first sentence is in view already').to.deep.equal([]);
        engine.end();
      } finally {
        scrolls.restore();
      }
      expect(scrolls.behaviours).to.deep.equal(['instant']);
      const far = page.querySelector('#far')!.getBoundingClientRect();
      expect(far.top >= 0 && far.bottom <= window.innerHeight, `sentence at ${far.top}…${far.bottom}`).to.equal(true);
    });

    it('scrolls smoothly otherwise', async () => {
      await farPage();
      const scrolls = recordScrolls();
      const engine = new FakeEngine();
      try {
        await reader(engine).start();
        engine.end();
      } finally {
        scrolls.restore();
      }
      expect(scrolls.behaviours).to.deep.equal([matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth']);
    });
  });

  describe('languages', () => {
    const WELSH = voice('Gwyneth', 'cy-GB');
    const FRENCH = voice('Thomas', 'fr-FR');

    it("speaks each sentence with a voice of its nearest lang, else the page's", async () => {
      await fixture(html`<main lang="cy">
        <p>Croeso. Diolch.</p>
        <p lang="fr-FR">Bonjour. <span lang="en">Merci.</span></p>
        <p lang="en">Hello.</p>
        <p lang="de">Guten Tag.</p>
      </main>`);
      const engine = new FakeEngine([BRITISH, FRENCH, WELSH]);
      await reader(engine).start();
      engine.endAll();
      expect(engine.spoken.map((utterance) => [utterance.text, utterance.voice?.name, utterance.lang])).to.deep.equal([
        ['Croeso.', 'Gwyneth', 'cy-GB'],
        ['Diolch.', 'Gwyneth', 'cy-GB'],
        ['Bonjour.', 'Thomas', 'fr-FR'],
        ['Merci.', 'Thomas', 'fr-FR'],
        ['Hello.', 'Daniel', 'en-GB'],
        ['Guten Tag.', 'Daniel', 'en-GB'],
      ]);
    });

    it("takes the page's language for its voice", async () => {
      const lang = document.documentElement.lang;
      document.documentElement.lang = 'fr';
      try {
        await fixture(html`<main><p>Bonjour.</p></main>`);
        const engine = new FakeEngine([BRITISH, FRENCH]);
        const made = reader(engine);
        expect(made.voice).to.equal(FRENCH);
        await made.start();
        expect(engine.spoken[0]?.voice).to.equal(FRENCH);
      } finally {
        document.documentElement.lang = lang;
      }
    });

    it('splits sentences by the rules of their language, and copes with a lang that is not one', async () => {
      await fixture(html`<main lang="cy"><p>Un. Dau.</p><p lang="ja">一つ。二つ。</p><p lang="not a language!">Three. Four.</p></main>`);
      const Segmenter = Intl.Segmenter;
      const locales: unknown[] = [];
      const restore = replaceGlobal(
        'Segmenter',
        class extends Segmenter {
          constructor(locale?: string, options?: Intl.SegmenterOptions) {
            locales.push(locale);
            super(locale, options);
          }
        },
        Intl,
      );
      const engine = new FakeEngine();
      try {
        await reader(engine).start();
      } finally {
        restore();
      }
      engine.endAll();
      expect(engine.texts).to.deep.equal(['Un.', 'Dau.', '一つ。', '二つ。', 'Three.', 'Four.']);
      expect(locales).to.include.members(['cy', 'ja']);
    });
  });

  describe('highlight', () => {
    it('marks the sentence being read and clears it on stop', async function () {
      if (typeof CSS === 'undefined' || !CSS.highlights) this.skip();
      await fixture(html`<main><p>Call <a href="#top">NHS 111</a> today. Then wait.</p></main>`);
      const engine = new FakeEngine();
      const made = reader(engine);
      expect(highlighted()).to.equal(null);
      await made.start();
      expect(highlighted()).to.deep.equal(['Call NHS 111 today.']);
      expect(highlighted()).to.deep.equal([made.sentence]);
      engine.end();
      expect(highlighted()).to.deep.equal(['Then wait.']);
      made.pause();
      expect(highlighted()).to.deep.equal(['Then wait.']);
      made.stop();
      expect(highlighted()).to.equal(null);
    });

    it('clears it when the reading ends', async function () {
      if (typeof CSS === 'undefined' || !CSS.highlights) this.skip();
      await article();
      const engine = new FakeEngine();
      await reader(engine).start();
      expect(highlighted()).to.deep.equal([ARTICLE[0]]);
      engine.endAll();
      expect(highlighted()).to.equal(null);
    });

    for (const missing of ['Highlight', 'CSS.highlights']) {
      it(`reads without a highlight where ${missing} is missing`, async () => {
        await article();
        const engine = new FakeEngine();
        const made = reader(engine);
        const registry = CSS.highlights;
        const restore = missing === 'Highlight' ? replaceGlobal('Highlight', undefined) : replaceGlobal('highlights', undefined, CSS);
        try {
          await made.start();
          expect(made.sentence).to.equal(ARTICLE[0]);
          made.stop();
        } finally {
          restore();
        }
        expect(registry?.has(READ_ALOUD_HIGHLIGHT) ?? false).to.equal(false);
        expect(made.state).to.equal('idle');
      });
    }
  });

  describe('engine faults', () => {
    it('stops and reports an engine error mid-way', async () => {
      await article();
      const engine = new FakeEngine();
      const made = reader(engine);
      await made.start();
      engine.end();
      const console = captureConsole();
      try {
        engine.fail('synthesis-failed');
      } finally {
        console.restore();
      }
      expect(console.error).to.deep.equal(['[@selca/widgets] Read aloud stopped: the speech engine reported "synthesis-failed".']);
      expect(made.state).to.equal('idle');
      expect(made.error).to.equal('synthesis-failed');
      expect(made.sentenceIndex).to.equal(-1);
      expect(engine.texts).to.deep.equal([ARTICLE[0], ARTICLE[1]]);
      if (typeof CSS !== 'undefined' && CSS.highlights) expect(highlighted()).to.equal(null);

      await made.start();
      expect(made.error).to.equal(null);
    });

    it('stops when something else interrupts the current sentence, or the error has no code', async () => {
      await article();
      const engine = new FakeEngine();
      const made = reader(engine);
      const console = captureConsole();
      try {
        await made.start();
        engine.fail('interrupted');
        expect(made.error).to.equal('interrupted');
        await made.start();
        engine.fail();
        expect(made.error).to.equal('unknown');
      } finally {
        console.restore();
      }
      expect(made.state).to.equal('idle');
      expect(console.error.length).to.equal(2);
    });

    it('never throws when the engine does', async () => {
      await article();
      const engine = new FakeEngine();
      engine.cancel = () => {
        throw new Error('cancel broke');
      };
      engine.speak = () => {
        throw new Error('speak broke');
      };
      const made = reader(engine);
      const console = captureConsole();
      try {
        await made.start();
      } finally {
        console.restore();
      }
      expect(made.state).to.equal('idle');
      expect(made.error).to.equal('speak-failed');
      expect(console.warn).to.include('[@selca/widgets] Read aloud: the speech engine could not cancel. Error: cancel broke');
      expect(console.error).to.deep.equal(['[@selca/widgets] Read aloud: the speech engine could not speak. Error: speak broke']);
    });

    it('copes with an engine that cannot list voices or take listeners', async () => {
      const engine = new FakeEngine();
      engine.getVoices = () => {
        throw new Error('no list');
      };
      engine.addEventListener = () => {
        throw new Error('no events');
      };
      engine.removeEventListener = () => {
        throw new Error('no events');
      };
      const console = captureConsole();
      let made: ReadAloud;
      try {
        made = reader(engine, { voiceTimeout: 10 });
        expect(await made.ready()).to.equal('unavailable');
        made.dispose();
      } finally {
        console.restore();
      }
      expect(made.unavailableReason).to.equal('disposed');
      expect(console.warn).to.deep.equal([
        '[@selca/widgets] Read aloud: could not listen for voiceschanged. Error: no events',
        '[@selca/widgets] Read aloud: the speech engine could not list its voices. Error: no list',
        '[@selca/widgets] Read aloud: the speech engine could not list its voices. Error: no list',
        '[@selca/widgets] Read aloud: could not stop listening for voiceschanged. Error: no events',
      ]);
    });

    it('does not speak when the platform utterance refuses the voice', async function () {
      if (typeof SpeechSynthesisUtterance !== 'function') this.skip();
      await article();
      const engine = new FakeEngine();
      const made = new ReadAloud({ engine });
      readers.push(made);
      const console = captureConsole();
      try {
        await made.start();
      } finally {
        console.restore();
      }
      expect(engine.spoken).to.deep.equal([]);
      expect(made.error).to.equal('speak-failed');
      expect(console.error.length).to.equal(1);
    });
  });

  describe('default utterance', () => {
    it('is a SpeechSynthesisUtterance of the sentence', async function () {
      if (typeof SpeechSynthesisUtterance !== 'function') this.skip();
      await article();
      // The platform only accepts its own voice objects; this subclass takes the fake one.
      class Recording extends SpeechSynthesisUtterance {
        constructor(text?: string) {
          super(text);
          Object.defineProperty(this, 'voice', { value: null, writable: true });
        }
      }
      const engine = new FakeEngine();
      const restore = replaceGlobal('SpeechSynthesisUtterance', Recording);
      try {
        const made = new ReadAloud({ engine, rate: 1.25 });
        readers.push(made);
        await made.start();
      } finally {
        restore();
      }
      const [utterance] = engine.spoken;
      expect(utterance).to.be.instanceOf(SpeechSynthesisUtterance);
      expect(utterance?.text).to.equal(ARTICLE[0]);
      expect(utterance?.voice).to.equal(BRITISH);
      expect(utterance?.lang).to.equal('en-GB');
      expect(utterance?.rate).to.equal(1.25);
    });
  });

  describe('lifecycle', () => {
    it('dispose cancels, stops listening and stays unavailable', async () => {
      await article();
      const engine = new FakeEngine();
      const made = reader(engine);
      await made.start();
      made.dispose();
      expect(engine.calls.at(-1)).to.equal('cancel');
      expect(made.state).to.equal('unavailable');
      expect(made.unavailableReason).to.equal('disposed');
      expect(made.voice).to.equal(null);
      engine.announce([BRITISH]);
      expect(made.state).to.equal('unavailable');
      made.dispose();
      await made.start();
      expect(engine.spoken.length).to.equal(1);
    });

    it('dispose settles a pending ready() and ignores late voiceschanged', async () => {
      const engine = new FakeEngine([]);
      engine.removeEventListener = () => {};
      const made = reader(engine);
      const ready = made.ready();
      made.dispose();
      expect(await ready).to.equal('unavailable');
      engine.announce([BRITISH]);
      expect(made.unavailableReason).to.equal('disposed');
    });

    it('makes no network request', async () => {
      await article();
      const before = performance.getEntriesByType('resource').length;
      let fetches = 0;
      const realFetch = window.fetch.bind(window);
      const restore = replaceGlobal('fetch', (...args: Parameters<typeof fetch>) => {
        fetches += 1;
        return realFetch(...args);
      });
      try {
        const engine = new FakeEngine([]);
        const made = reader(engine, { voiceTimeout: 10 });
        engine.announce([BRITISH]);
        await made.start();
        engine.endAll();
        expect(engine.texts).to.deep.equal(ARTICLE);
        await new Promise((resolve) => setTimeout(resolve, 50));
      } finally {
        restore();
      }
      expect(fetches).to.equal(0);
      expect(performance.getEntriesByType('resource').length).to.equal(before);
    });
  });
});
