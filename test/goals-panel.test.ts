import { html } from 'lit';
import { expect, fixture } from './helpers/testing.js';
import { resetPreferences, setPreferences, THEMES } from '../src/core/preferences.js';
import { captureConsole } from './helpers/console.js';
import { listsSafariHides, webkitSemantics } from './helpers/screen-reader.js';
import '../src/selca-goals-panel.js';
import type { GoalsPanel } from '../src/components/goals-panel/goals-panel.js';
import type { AllianceProfile, Measure } from '../src/core/profile.js';
import { selcaProfile } from '../src/data/selca-profile.js';

const measure = (changes: Partial<Record<keyof Measure, unknown>> = {}) => ({
  label: 'Cancers found at an early stage',
  value: 60,
  target: 75,
  unit: '%',
  period: '2024/25',
  source: { title: 'Illustrative source', url: 'https://example.org/data' },
  ...changes,
});

/** The default profile with measures on the first two goals: figures invented for the tests. */
const withMeasures = (
  first: unknown = measure(),
  second: unknown = measure({ label: 'People treated within 62 days', value: 70, target: 85 }),
) => {
  const profile: AllianceProfile = structuredClone(selcaProfile);
  Object.assign(profile.goals[0]!, { measure: first });
  Object.assign(profile.goals[1]!, { measure: second });
  profile.goals[2]!.url = 'https://example.org/experience';
  return profile;
};

const root = (panel: GoalsPanel) => panel.shadowRoot!;
const goals = (panel: GoalsPanel) => [...root(panel).querySelectorAll<HTMLLIElement>('.goals > .goal')];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function panelOf(template = html`<selca-goals-panel></selca-goals-panel>`) {
  const wrapper = await fixture(html`<main><h1>Our goals</h1>${template}</main>`);
  const panel = wrapper.querySelector('selca-goals-panel')!;
  await panel.updateComplete;
  return panel;
}

describe('<selca-goals-panel>', () => {
  describe('accessibility', () => {
    for (const layout of ['cards', 'list', 'rows']) {
      it(`is accessible as ${layout}`, async () => {
        const panel = await panelOf(html`<selca-goals-panel layout=${layout}></selca-goals-panel>`);
        await expect(panel.parentElement).to.be.accessible();
      });

      it(`is accessible as ${layout} with measures`, async () => {
        const panel = await panelOf(html`<selca-goals-panel layout=${layout} .profile=${withMeasures()}></selca-goals-panel>`);
        await expect(panel.parentElement).to.be.accessible();
      });
    }
  });

  describe('goals', () => {
    it('shows the five goals in order, each a heading with its sentence and a hidden icon', async () => {
      const panel = await panelOf(html`<selca-goals-panel heading-level="3"></selca-goals-panel>`);
      expect(goals(panel).map((goal) => text(goal.querySelector('.title')))).to.deep.equal(selcaProfile.goals.map((goal) => goal.title));
      for (const [index, goal] of goals(panel).entries()) {
        expect(goal.querySelector('.title')!.getAttribute('role')).to.equal('heading');
        expect(goal.querySelector('.title')!.getAttribute('aria-level')).to.equal('3');
        expect(text(goal.querySelector('p'))).to.equal(selcaProfile.goals[index]!.summary);
        const icon = goal.querySelector('svg.icon')!;
        expect([icon.getAttribute('aria-hidden'), icon.getAttribute('focusable')]).to.deep.equal(['true', 'false']);
      }
    });

    it('shows the principles beneath the goals, not as a sixth goal', async () => {
      const panel = await panelOf();
      expect(goals(panel)).to.have.length(5);
      const principles = root(panel).querySelector('.principles')!;
      expect(principles.getAttribute('role')).to.equal('group');
      expect(text(root(panel).getElementById(principles.getAttribute('aria-labelledby')!))).to.equal('Under every goal');
      expect(principles.querySelector('[role="heading"]')).to.equal(null);
      expect([...principles.querySelectorAll('li strong')].map(text)).to.deep.equal(selcaProfile.principles.map((p) => p.title));
      expect(principles.compareDocumentPosition(root(panel).querySelector('.goals')!) & Node.DOCUMENT_POSITION_PRECEDING).to.not.equal(0);
    });

    it('marks the goals and the principles as lists, which Safari would not announce drawn without bullets', async () => {
      const panel = await panelOf();
      expect(root(panel).querySelectorAll('ul')).to.have.length(2);
      expect(listsSafariHides(panel)).to.deep.equal([]);
      const webkit = await webkitSemantics('selca-goals-panel', 'ul');
      if (webkit) expect(webkit.map((list) => list.role)).to.deep.equal(['list', 'list']);
    });

    it('links a goal with a name that says which goal', async () => {
      const panel = await panelOf(html`<selca-goals-panel .profile=${withMeasures()}></selca-goals-panel>`);
      const link = goals(panel)[2]!.querySelector('a.more')!;
      expect(link.getAttribute('href')).to.equal('https://example.org/experience');
      expect(text(link)).to.equal(`How we do this: ${selcaProfile.goals[2]!.title}`);
      expect(goals(panel)[3]!.querySelector('a')).to.equal(null);
    });

    it("shows only the first words of a goal's link and a principle's link, their goal and principle said by screen readers alone, with wide spacing too", async () => {
      const profile = withMeasures();
      profile.principles[0]!.url = 'https://example.org/principle';
      const panel = await panelOf(html`<selca-goals-panel .profile=${profile}></selca-goals-panel>`);
      const links = [goals(panel)[2]!.querySelector('a.more')!, root(panel).querySelector('.principles a')!];
      const names = [`How we do this: ${profile.goals[2]!.title}`, `More about ${profile.principles[0]!.title}`];
      expect(links.map(text)).to.deep.equal(names);
      try {
        // Wide spacing's letter and word spacing are lengths the hidden part inherits.
        for (const spacing of ['default', 'wide'] as const) {
          setPreferences({ spacing });
          await panel.updateComplete;
          for (const [index, link] of links.entries()) {
            // What is seen: the visible words alone, taking the link's whole width; the rest takes none.
            const unseen = link.querySelector('.visually-hidden-inline')!;
            const seen = document.createRange();
            seen.setStart(link, 0);
            seen.setEndBefore(unseen);
            expect(seen.toString().trim()).to.equal(['How we do this', 'More'][index]);
            expect(unseen.getBoundingClientRect().width, spacing).to.equal(0);
            expect(link.getBoundingClientRect().width, spacing).to.be.closeTo(seen.getBoundingClientRect().width, 0.5);
          }
        }
      } finally {
        resetPreferences();
      }
      const webkit = await webkitSemantics('selca-goals-panel', 'a.more, .principles a');
      if (webkit) expect(webkit.map((link) => link.name)).to.deep.equal(names);
    });
  });

  describe('measures', () => {
    it('shows none when the profile has none', async () => {
      const panel = await panelOf();
      expect(root(panel).querySelectorAll('.measure, svg.chart')).to.have.length(0);
    });

    it('writes out the figure, target, period and source beside a chart hidden from assistive technology', async () => {
      const panel = await panelOf(html`<selca-goals-panel .profile=${withMeasures()}></selca-goals-panel>`);
      const measured = goals(panel)[0]!.querySelector('.measure')!;
      expect(text(measured.querySelector('.sentence'))).to.equal(
        'Cancers found at an early stage: 60% in 2024/25, against a target of 75%. Source: Illustrative source',
      );
      expect(measured.querySelector('.sentence a')!.getAttribute('href')).to.equal('https://example.org/data');
      const chart = measured.querySelector('svg.chart')!;
      expect(chart.getAttribute('aria-hidden')).to.equal('true');
      expect(Number(chart.querySelector('.bar')!.getAttribute('width'))).to.equal(120);
      expect(Number(chart.querySelector('.target')!.getAttribute('x')) + 2).to.equal(150);
      expect(text(goals(panel)[1]!.querySelector('.sentence'))).to.contain(
        'People treated within 62 days: 70% in 2024/25, against a target of 85%.',
      );
    });

    it('draws figures other than percentages against their own scale', async () => {
      const people = measure({
        label: 'People seen at rapid diagnostic centres',
        value: 3000,
        target: 4000,
        unit: 'people',
        max: 5000,
        period: '2025',
      });
      const panel = await panelOf(html`<selca-goals-panel .profile=${withMeasures(people)}></selca-goals-panel>`);
      const measured = goals(panel)[0]!.querySelector('.measure')!;
      expect(text(measured.querySelector('.sentence'))).to.contain('3,000 people in 2025, against a target of 4,000 people.');
      expect(Number(measured.querySelector('.bar')!.getAttribute('width'))).to.equal(120);
    });
  });

  describe('chart colours', () => {
    afterEach(() => resetPreferences());

    /** WCAG contrast ratio of two computed colours ("rgb(r, g, b)"). */
    const contrast = (a: string, b: string) => {
      const luminance = (colour: string) => {
        const [r, g, b] = colour
          .match(/[\d.]+/g)!
          .slice(0, 3)
          .map((part) => {
            const c = Number(part) / 255;
            return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (light! + 0.05) / (dark! + 0.05);
    };

    for (const theme of THEMES) {
      it(`keeps bar, scale and target 3:1 apart in the ${theme} theme (WCAG 1.4.11)`, async () => {
        setPreferences({ theme });
        const panel = await panelOf(html`<selca-goals-panel .profile=${withMeasures()}></selca-goals-panel>`);
        const style = (selector: string) => getComputedStyle(root(panel).querySelector(selector)!);
        const [track, bar, target] = ['.track', '.bar', '.target'].map(style);
        const card = getComputedStyle(goals(panel)[0]!).backgroundColor;
        expect(contrast(bar!.fill, track!.fill), 'bar against the empty scale').to.be.at.least(3);
        expect(contrast(bar!.fill, card), 'bar against the card').to.be.at.least(3);
        expect(contrast(track!.stroke, card), 'the scale outline against the card').to.be.at.least(3);
        // The target is light with dark edges: its fill stands out on the bar, its edges on the empty scale.
        expect(contrast(target!.fill, bar!.fill), 'target against the bar').to.be.at.least(3);
        expect(contrast(target!.stroke, track!.fill), 'target edge against the empty scale').to.be.at.least(3);
      });
    }
  });

  describe('bad input', () => {
    const cases: [string, unknown, string][] = [
      [
        'a figure above its scale',
        measure({ value: 130 }),
        'goals[0].measure: has a figure above the top of its scale (100); the measure is left out',
      ],
      [
        'a target above its scale',
        measure({ target: 120 }),
        'goals[0].measure: has a target above the top of its scale (100); the measure is left out',
      ],
      [
        'a scale with nothing on it',
        measure({ value: 0, target: 0, unit: 'events' }),
        'goals[0].measure: has a scale with nothing on it (its top is 0); the measure is left out',
      ],
      ['a scale whose top is 0', measure({ max: 0, value: 0, target: 0 }), 'goals[0].measure: has a scale with nothing on it'],
      [
        'a figure that is not finite',
        measure({ value: Infinity }),
        'goals[0].measure.value: must be a number from 0 to 1000000000000, got Infinity',
      ],
      [
        'a unit that is a sentence',
        measure({ unit: '% (target met!)' }),
        'goals[0].measure.unit: must be "%" or a short word such as "people"',
      ],
      ['a missing target', measure({ target: undefined }), 'goals[0].measure.target: is missing; the measure is left out'],
      [
        'a negative figure',
        measure({ value: -5 }),
        'goals[0].measure.value: must be a number from 0 to 1000000000000, got -5; the measure is left out',
      ],
      [
        'a figure that is not a number',
        measure({ value: 'about sixty' }),
        'goals[0].measure.value: must be a number from 0 to 1000000000000, got "about sixty"; the measure is left out',
      ],
      [
        'an unsafe source link',
        measure({ source: { title: 'Data', url: 'javascript:alert(1)' } }),
        'goals[0].measure.source.url: must be a web address',
      ],
    ];
    for (const [what, bad, message] of cases) {
      it(`shows the goal without the broken part, and tells the web team, for ${what}`, async () => {
        const console = captureConsole();
        try {
          const panel = await panelOf(html`<selca-goals-panel .profile=${withMeasures(bad)}></selca-goals-panel>`);
          expect(console.warn).to.have.length(1);
          expect(console.warn[0]).to.contain(message);
          expect(text(goals(panel)[0]!.querySelector('.title'))).to.equal(selcaProfile.goals[0]!.title);
          expect(goals(panel)[1]!.querySelector('.measure')).not.to.equal(null);
          expect(root(panel).querySelector('.selca-notice')).to.equal(null);
          if (what === 'an unsafe source link') {
            expect(text(goals(panel)[0]!.querySelector('.sentence'))).to.contain('Source: Data');
            expect(goals(panel)[0]!.querySelector('.sentence a')).to.equal(null);
          } else {
            expect(goals(panel)[0]!.querySelector('.measure')).to.equal(null);
          }
          await expect(panel.parentElement).to.be.accessible();
        } finally {
          console.restore();
        }
      });
    }

    it('leaves out an unsafe goal link and keeps the goal', async () => {
      const console = captureConsole();
      try {
        const profile = withMeasures();
        profile.goals[2]!.url = 'javascript:alert(1)';
        const panel = await panelOf(html`<selca-goals-panel .profile=${profile}></selca-goals-panel>`);
        expect(goals(panel)[2]!.querySelector('a')).to.equal(null);
        expect(console.warn[0]).to.contain('goals[2].url');
      } finally {
        console.restore();
      }
    });

    it('shows a message, not an exception, when the profile cannot be used at all', async () => {
      const console = captureConsole();
      try {
        const panel = await panelOf(html`<selca-goals-panel .profile=${{ goals: 'five' }}></selca-goals-panel>`);
        expect(text(root(panel).querySelector('.selca-notice'))).to.equal('Sorry, we cannot show the goals at the moment.');
        expect(goals(panel)).to.have.length(0);
      } finally {
        console.restore();
      }
    });
  });
});
