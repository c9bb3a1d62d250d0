import { html } from 'lit';
import type { LitElement } from 'lit';
import { expect, fixture, waitUntil } from '../helpers/testing.js';
import { captureConsole } from '../helpers/console.js';
import { PROFILE_MESSAGES } from '../../src/core/profile-source.js';
import type { ProfileElement } from '../../src/core/profile-element.js';
import { MAX_BIDI_CONTROLS, MAX_ITEMS, MAX_TEXT_LENGTH, isolateBidi } from '../../src/core/schema.js';
import { formatIssues, validateProfile } from '../../src/core/profile.js';
import type { AllianceProfile } from '../../src/core/profile.js';
import { selcaProfile } from '../../src/data/selca-profile.js';
import '../../src/selca-coverage-map.js';
import '../../src/selca-partner-list.js';
import '../../src/selca-goals-panel.js';
import '../../src/selca-focus-areas.js';

type Editable = Record<string, unknown> & AllianceProfile;
const copy = () => structuredClone(selcaProfile) as Editable;
const WIDGETS = ['selca-coverage-map', 'selca-partner-list', 'selca-goals-panel', 'selca-focus-areas'] as const;
type Widget = (typeof WIDGETS)[number];

const text = (el: Element) => el.shadowRoot!.textContent.replace(/\s+/g, ' ');
const notice = (el: Element) => el.shadowRoot!.querySelector('.selca-notice')?.textContent?.trim() ?? '';

/** Every widget on one page, each given the same profile; what each shows and what the console said. */
async function everyWidget(profile: unknown) {
  const console = captureConsole();
  try {
    const root = await fixture(html`<div>
      <selca-coverage-map .profile=${profile}></selca-coverage-map>
      <selca-partner-list .profile=${profile}></selca-partner-list>
      <selca-goals-panel .profile=${profile}></selca-goals-panel>
      <selca-focus-areas .profile=${profile}></selca-focus-areas>
    </div>`);
    const widgets = Object.fromEntries(WIDGETS.map((tag) => [tag, root.querySelector(tag)!])) as unknown as Record<Widget, LitElement>;
    await Promise.all(Object.values(widgets).map((el) => el.updateComplete));
    return { widgets, warnings: console.warn, errors: console.error };
  } finally {
    console.restore();
  }
}

const subject = (tag: Widget) => (customElements.get(tag) as unknown as typeof ProfileElement).subject;

/** Which widgets tell the visitor that what they show is not available. */
const unavailable = (widgets: Record<Widget, HTMLElement>) =>
  WIDGETS.filter((tag) => notice(widgets[tag]) === PROFILE_MESSAGES.invalid(subject(tag)));

describe('a profile address that fails, with every widget on the page', () => {
  it('each widget names what it cannot show, and the console says why once for the address', async () => {
    const url = `/__selca__/profile/never?n=${Date.now()}`;
    const console = captureConsole();
    try {
      const root = await fixture(html`<div>
        <selca-coverage-map src=${url} src-timeout="0.5"></selca-coverage-map>
        <selca-partner-list src=${url}></selca-partner-list>
        <selca-goals-panel src=${url}></selca-goals-panel>
        <selca-focus-areas src=${url}></selca-focus-areas>
      </div>`);
      const widgets = WIDGETS.map((tag) => root.querySelector(tag)!);
      await waitUntil(() => widgets.every((el) => notice(el) !== PROFILE_MESSAGES.loading), 'every widget has heard', { timeout: 5000 });
      expect(widgets.map(notice)).to.deep.equal([
        'Sorry, the map could not be loaded. Please try again later.',
        'Sorry, the list of partners could not be loaded. Please try again later.',
        'Sorry, the goals could not be loaded. Please try again later.',
        'Sorry, the focus areas could not be loaded. Please try again later.',
      ]);
      const why = console.error.filter((line) => line.includes('did not arrive within 0.5 s'));
      expect(why).to.have.length(1);
      expect(why[0]).to.include(new URL(url, document.baseURI).href);
      expect(console.error.filter((line) => line.includes('the profile at src could not be used'))).to.have.length(WIDGETS.length);
    } finally {
      console.restore();
    }
  });
});

describe('a fault in one part of a profile, with every widget on the page', () => {
  it('an unknown organisation type lists it under other partners, and every widget shows', async () => {
    const profile = copy();
    profile.organisations[1]!.type = 'hospital-trust' as never;
    const { widgets, warnings, errors } = await everyWidget(profile);
    expect(unavailable(widgets)).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    const groups = [...widgets['selca-partner-list'].shadowRoot!.querySelectorAll('.group')].map((group) =>
      group.textContent.replace(/\s+/g, ' '),
    );
    expect(groups.find((group) => group.includes('Other partners'))).to.include(profile.organisations[1]!.name);
    expect(warnings.join('\n')).to.include(
      '- organisations[1].type: is "hospital-trust", not one of "acute-trust", "integrated-care-system", "primary-care", "local-authority", "charity", "patient-group", "other"; "other" is used',
    );
  });

  it('a broken organisation is left out of the partner list alone', async () => {
    const profile = copy();
    const broken = profile.organisations[2]!;
    (broken as Record<string, unknown>).name = 42;
    const { widgets, warnings } = await everyWidget(profile);
    expect(unavailable(widgets)).to.deep.equal([]);
    expect(text(widgets['selca-partner-list'])).to.include(profile.organisations[0]!.name);
    expect(warnings.join('\n')).to.include('- organisations[2].name: must be non-empty text, got 42; this item is left out');
  });

  it('organisations that are not a list leave only the partner list with nothing to show', async () => {
    const profile = copy();
    (profile as Record<string, unknown>).organisations = 'see our website';
    const { widgets, warnings, errors } = await everyWidget(profile);
    expect(unavailable(widgets)).to.deep.equal(['selca-partner-list']);
    expect(widgets['selca-coverage-map'].shadowRoot!.querySelectorAll('path').length).to.be.greaterThan(6);
    expect(warnings.join('\n')).to.include('- organisations: must be a list, got "see our website"; the organisations section is left out');
    expect(errors.join('\n')).to.include('<selca-partner-list>: the profile has no usable organisations, which this widget shows.');
  });

  it('a broken goal is left out and the other goals show', async () => {
    const profile = copy();
    delete (profile.goals[0] as Partial<AllianceProfile['goals'][number]>).title;
    const { widgets, warnings } = await everyWidget(profile);
    expect(unavailable(widgets)).to.deep.equal([]);
    const panel = text(widgets['selca-goals-panel']);
    for (const goal of profile.goals.slice(1)) expect(panel).to.include(goal.title);
    expect(warnings.join('\n')).to.include('- goals[0].title: is missing; this item is left out');
  });

  it('goals with nothing usable leave only the goals panel with nothing to show', async () => {
    const profile = copy();
    profile.goals = profile.goals.map((goal) => ({ ...goal, id: 'Not An Id' }));
    const { widgets } = await everyWidget(profile);
    expect(unavailable(widgets)).to.deep.equal(['selca-goals-panel']);
  });

  it('principles that are not a list leave the goals without them', async () => {
    const profile = copy();
    (profile as Record<string, unknown>).principles = {};
    const { widgets } = await everyWidget(profile);
    expect(unavailable(widgets)).to.deep.equal([]);
    expect(text(widgets['selca-goals-panel'])).to.include(profile.goals[0]!.title);
    expect(text(widgets['selca-goals-panel'])).not.to.include(selcaProfile.principles[0]!.title);
  });

  it('a broken focus area is left out and the others show', async () => {
    const profile = copy();
    (profile.focusAreas as unknown[])[1] = 42;
    const { widgets } = await everyWidget(profile);
    expect(unavailable(widgets)).to.deep.equal([]);
    const areas = text(widgets['selca-focus-areas']);
    expect(areas).to.include(profile.focusAreas[0]!.title).and.to.include(profile.focusAreas[2]!.title);
  });

  it('cross-cutting areas that are broken leave the focus areas without them', async () => {
    const profile = copy();
    (profile as Record<string, unknown>).crossCuttingAreas = null;
    const { widgets } = await everyWidget(profile);
    expect(unavailable(widgets)).to.deep.equal([]);
    expect(text(widgets['selca-focus-areas'])).not.to.include(selcaProfile.crossCuttingAreas[0]!.title);
  });

  it('a borough with a bad code is left out, with what refers to it, and the rest shows', async () => {
    const profile = copy();
    const lost = profile.area.boroughs[0]!;
    const was = lost.code;
    lost.code = 'Lewisham';
    const { widgets, warnings } = await everyWidget(profile);
    expect(unavailable(widgets)).to.deep.equal([]);
    const logged = warnings.join('\n');
    expect(logged).to.include(
      '- area.boroughs[0].code: must be an ONS GSS code such as "E09000023", got "Lewisham"; this item is left out',
    );
    expect(logged).to.include(`names borough "${was}", which is not in area.boroughs; the borough is left out`);
  });

  it('an area that is not usable leaves the map and the partner list with nothing to show', async () => {
    const profile = copy();
    (profile as Record<string, unknown>).area = { name: 'South east London', boroughs: [] };
    const { widgets } = await everyWidget(profile);
    expect(unavailable(widgets)).to.deep.equal(['selca-coverage-map', 'selca-partner-list']);
  });

  it('a broken alliance name or summary leaves every widget showing', async () => {
    const profile = copy();
    delete (profile as Partial<AllianceProfile>).name;
    (profile as Record<string, unknown>).summary = ['a', 'list'];
    const { widgets, warnings } = await everyWidget(profile);
    expect(unavailable(widgets)).to.deep.equal([]);
    expect(warnings.join('\n')).to.include('- name: is missing; the name section is left out');
  });

  it('a profile of a version this library does not read leaves every widget with nothing to show', async () => {
    const profile = copy();
    (profile as Record<string, unknown>).version = 2;
    const { widgets, errors } = await everyWidget(profile);
    expect(unavailable(widgets)).to.deep.equal([...WIDGETS]);
    expect(errors.join('\n')).to.include('- version: must be one of 1, got 2');
  });
});

describe('a profile too large to be real', () => {
  it('uses the first organisations of a list far too long, with one warning', () => {
    const profile = copy();
    const template = profile.organisations[0]!;
    profile.organisations = Array.from({ length: 100_000 }, (_, i) => ({ ...template, id: `partner-${i}`, sites: undefined }));
    const result = validateProfile(profile);
    if (!result.ok) throw new Error(formatIssues(result.issues));
    expect(result.profile.organisations).to.have.length(MAX_ITEMS);
    expect(result.warnings.filter((issue) => issue.path === 'organisations').map((issue) => issue.message)).to.deep.equal([
      `has 100000 items; only the first ${MAX_ITEMS} are used`,
    ]);
  });

  it('leaves out an item whose text is far too long, and says so', () => {
    const profile = copy();
    profile.organisations[0]!.description = 'x'.repeat(100_000);
    const result = validateProfile(profile);
    if (!result.ok) throw new Error(formatIssues(result.issues));
    expect(result.profile.organisations!.map((org) => org.id)).not.to.include(selcaProfile.organisations[0]!.id);
    expect(formatIssues(result.warnings)).to.include(
      `- organisations[0].description: must be at most ${MAX_TEXT_LENGTH} characters, got 100000; this item is left out`,
    );
  });
});

describe('bidi controls in profile text', () => {
  const [RLO, PDF, RLI, LRE, FSI, PDI] = ['\u202e', '\u202c', '\u2067', '\u202a', '\u2068', '\u2069'];

  it('leave text without them as it is', () => {
    expect(isolateBidi('Lewisham and Greenwich')).to.equal('Lewisham and Greenwich');
  });

  it('are closed and the text isolated, so they cannot reach what follows', () => {
    expect(isolateBidi(`evil${RLO}txt`)).to.equal(`${FSI}evil${RLO}txt${PDF}${PDI}`);
    expect(isolateBidi(`${RLI}x${LRE}y${PDI}z${RLO}`)).to.equal(`${FSI}${RLI}x${LRE}y${PDF}${PDI}z${RLO}${PDF}${PDI}`);
  });

  it('more than any text needs leave the item out, and say so', () => {
    const profile = copy();
    profile.organisations[0]!.name = `${RLO}x`.repeat(MAX_BIDI_CONTROLS + 1);
    const result = validateProfile(profile);
    if (!result.ok) throw new Error(formatIssues(result.issues));
    expect(result.profile.organisations!.map((org) => org.id)).not.to.include(selcaProfile.organisations[0]!.id);
    expect(formatIssues(result.warnings)).to.include(
      `- organisations[0].name: must hold at most ${MAX_BIDI_CONTROLS} bidi control characters`,
    );
  });

  it('lose the ends that close nothing', () => {
    expect(isolateBidi(`a${PDF}b${PDI}c`)).to.equal(`${FSI}abc${PDI}`);
    expect(isolateBidi(`${RLI}a${PDF}b`)).to.equal(`${FSI}${RLI}ab${PDI}${PDI}`);
  });

  it('in a borough name, do not reverse the names after it on screen', async () => {
    const profile = copy();
    const [first, second] = profile.area.boroughs;
    first!.name = `${RLO}Bexley`;
    profile.organisations = [{ ...profile.organisations[0]!, boroughs: [first!.code, second!.code], sites: undefined }];
    const { widgets } = await everyWidget(profile);
    const served = widgets['selca-partner-list'].shadowRoot!.querySelector('.served')!;
    const node = [...served.childNodes].find((child) => child.textContent!.includes(second!.name))!;
    const text = node.textContent!;
    const at = (offset: number) => {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range.getBoundingClientRect().left;
    };
    const start = text.indexOf(second!.name);
    // Left to right as written: its first letter left of its last.
    expect(at(start)).to.be.below(at(start + second!.name.length - 1));
  });
});
