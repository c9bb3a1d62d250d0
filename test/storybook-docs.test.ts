import type { LitElement } from 'lit';
import allStories, { indexed } from 'virtual:selca/all-stories';
import { ORGANISATION_TYPES } from '../src/core/organisation-types.js';
import { GROUP_HEADINGS } from '../src/components/partner-list/words.js';
import { selcaArea } from '../src/data/selca/boroughs.js';
import { widgetArgTypes, widgetParameters, widgets } from '../.storybook/widget-docs.js';
import type { Manifest } from '../.storybook/widget-docs.js';
import { argsFromAddress } from './helpers/storybook-address.js';
import { collectStories, settle, storyFrame } from './helpers/stories.js';
import { expect, fixture } from './helpers/testing.js';

type ArgType = {
  name?: string;
  table?: { category?: string };
  control?: false | { type: string; labels?: Record<string, string> };
  options?: string[];
  type?: { name: string };
};

const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
const argTypesOf = (tagName: string) => widgetArgTypes(manifest, tagName) as Record<string, ArgType>;

const isInternal = (member: { name: string; privacy?: string; static?: boolean }) =>
  (member.privacy ?? 'public') !== 'public' || !!member.static || /^[#_]/.test(member.name);

describe('stories files', () => {
  for (const [file, module] of allStories) {
    it(`${file} exports only stories, each of which Storybook lists`, () => {
      const exported = Object.keys(module).filter((name) => name !== 'default' && name !== '__namedExportsOrder');
      // A type export is gone at run time, yet Storybook's indexer lists it: a sidebar entry with no story.
      expect([...indexed[file]!].sort(), 'listed by Storybook').to.deep.equal(exported.sort());
      const notStories = exported.filter((name) => {
        const value = module[name];
        return typeof value !== 'function' && (typeof value !== 'object' || value === null);
      });
      expect(notStories, 'exports that are not stories').to.deep.equal([]);
    });
  }
});

describe("a widget's docs table", () => {
  for (const widget of widgets(manifest)) {
    const tagName = widget.tagName!;
    describe(tagName, () => {
      it('lists no internal member', () => {
        const argTypes = argTypesOf(tagName);
        const internal = (widget.members ?? []).filter(isInternal).map((member) => member.name.replace(/^[#_]/, ''));
        const publicNames = new Set((widget.members ?? []).filter((member) => !isInternal(member)).map((member) => member.name));
        // Members are listed as attributes or properties; a CSS part may share a private method's name.
        const members = Object.entries(argTypes).filter(([, argType]) => ['attributes', 'properties'].includes(argType.table!.category!));
        const shown = new Set(members.flatMap(([key, argType]) => [key, argType.name]));
        expect(internal.filter((name) => !publicNames.has(name) && shown.has(name))).to.deep.equal([]);
      });

      it('gives every public attribute one control of its kind, under its property name', () => {
        const argTypes = argTypesOf(tagName);
        for (const attribute of widget.attributes ?? []) {
          const argType = argTypes[attribute.fieldName!];
          const text = attribute.type!.text;
          const control = argType?.control;
          expect(control, attribute.name).to.be.an('object');
          const kind = (control as { type: string }).type;
          if (text.includes('[]')) expect(kind, attribute.name).to.equal('check');
          else if (/'/.test(text) || argType!.options) expect(kind, attribute.name).to.be.oneOf(['select', 'radio', 'inline-radio']);
          else if (text.includes('boolean')) expect(kind, attribute.name).to.equal('boolean');
          else if (text.includes('number')) expect(kind, attribute.name).to.equal('number');
          else expect(kind, attribute.name).to.equal('text');
          // The kinds Storybook can read back from an address; any other type drops the arg on reload.
          expect(argType!.type!.name, attribute.name).to.be.oneOf(['string', 'number', 'boolean', 'enum', 'array']);
        }
        const attributeCount = (widget.attributes ?? []).length;
        const withControls = Object.values(argTypes).filter((argType) => argType.control);
        expect(withControls.length, 'one control per attribute').to.equal(attributeCount);
      });

      it('shows events, slots, CSS parts and custom properties without a control', () => {
        const argTypes = argTypesOf(tagName);
        const reference = [
          ...(widget.events ?? []).map((event) => event.name),
          ...(widget.cssParts ?? []).map((part) => part.name),
          ...(widget.cssProperties ?? []).map((property) => property.name),
        ];
        const shown = Object.values(argTypes)
          .filter((argType) => argType.control === false)
          .map((argType) => argType.name);
        expect(shown).to.include.members(reference);
      });
    });
  }

  it("offers the partner list's organisation types and boroughs as choices named as the list names them", () => {
    const { type, borough } = argTypesOf('selca-partner-list');
    expect(type!.options).to.deep.equal([...ORGANISATION_TYPES]);
    expect(type!.control).to.deep.include({ labels: GROUP_HEADINGS });
    expect(borough!.options).to.deep.equal(selcaArea.boroughs.map(({ code }) => code));
    expect((borough!.control as { labels: Record<string, string> }).labels).to.deep.equal(
      Object.fromEntries(selcaArea.boroughs.map(({ code, name }) => [code, name])),
    );
  });
});

describe("a widget's docs page", () => {
  for (const widget of widgets(manifest)) {
    it(`${widget.tagName} shows its summary, then its description`, () => {
      const shown = widgetParameters(manifest).docs.extractComponentDescription(widget.tagName!);
      expect(widget.summary).to.be.a('string').and.not.equal('');
      expect(shown.startsWith(widget.summary!)).to.equal(true);
      if (widget.description) expect(shown.endsWith(widget.description)).to.equal(true);
    });
  }
});

describe('the Actions panel', () => {
  it('logs every event a widget fires', () => {
    const events = widgets(manifest).flatMap((widget) => (widget.events ?? []).map((event) => event.name));
    expect(events.length).to.be.greaterThan(0);
    expect(widgetParameters(manifest).actions.handles).to.include.members(events);
  });
});

const stories = collectStories();
const storyNamed = (title: string, name: string) => stories.find((story) => story.title === title && story.name === name)!;
const asStoredStory = (story: (typeof stories)[number]) => ({
  id: `${story.title}--${story.exportName}`,
  initialArgs: story.args,
  argTypes: { ...(story.component ? widgetArgTypes(manifest, story.component) : {}), ...story.argTypes },
});

// A designer shares the address the Controls panel wrote; whoever opens it sees the same widget.
describe('a shared address with args', () => {
  const cases: [title: string, name: string, argsParam: string, tagName: string, expected: Record<string, unknown>][] = [
    [
      'Widgets/Partner list',
      'List',
      'layout:grid;type:charity;borough:E09000023',
      'selca-partner-list',
      { layout: 'grid', type: 'charity', borough: 'E09000023' },
    ],
    ['Widgets/Partner list', 'With The Map', 'layout:list', 'selca-partner-list', { layout: 'list', forMap: 'partners-map' }],
    [
      'Widgets/Borough coverage map',
      'Nothing Selected',
      'context:none;selected:E09000023',
      'selca-coverage-map',
      { context: 'none', selected: 'E09000023' },
    ],
    [
      'Widgets/Borough coverage map',
      'Tables Shown',
      'showTables:!false;context:none',
      'selca-coverage-map',
      { showTables: false, context: 'none' },
    ],
    ['Widgets/Focus areas', 'Collapsed', 'open[0]:rapid-diagnostic-centres', 'selca-focus-areas', { open: ['rapid-diagnostic-centres'] }],
    ['Widgets/Goals panel', 'Cards', 'layout:rows;headingLevel:3', 'selca-goals-panel', { layout: 'rows', headingLevel: 3 }],
    ['Widgets/Accessibility tools toolbar', 'Closed', 'open:!true;headingLevel:3', 'selca-a11y-toolbar', { open: true, headingLevel: 3 }],
  ];
  for (const [title, name, argsParam, tagName, expected] of cases) {
    it(`args=${argsParam} on ${title} / ${name} shows that state`, async () => {
      const story = storyNamed(title, name);
      const args = argsFromAddress(argsParam, asStoredStory(story));
      const frame = await fixture<HTMLElement>(storyFrame({ ...story, render: () => story.render(args) }));
      await settle(frame);
      const widget = frame.querySelector<LitElement>(tagName)!;
      const state = Object.fromEntries(Object.keys(expected).map((key) => [key, (widget as unknown as Record<string, unknown>)[key]]));
      expect(state).to.deep.equal(expected);
    });
  }

  it('keeps every value a control can give, in every story', () => {
    const dropped: string[] = [];
    const samples: Record<string, [unknown, string]> = { boolean: [true, '!true'], number: [4, '4'] };
    for (const story of stories.filter((story) => story.component)) {
      const controlled = Object.entries(argTypesOf(story.component!))
        .filter(([, argType]) => argType.control)
        .map(([key, argType]) => {
          const list = argType.type!.name === 'array';
          const [value, written] = argType.options?.length
            ? [argType.options[0], argType.options[0]]
            : (samples[argType.type!.name] ?? ['sample', 'sample']);
          return { key, list, value, param: `${key}${list ? '[0]' : ''}:${written}` };
        });
      // One address per story: WebKit allows a page only so many address changes.
      const args = argsFromAddress(controlled.map(({ param }) => param).join(';'), asStoredStory(story));
      for (const { key, list, value, param } of controlled) {
        const kept = list ? (args[key] as unknown[] | undefined)?.[0] : args[key];
        if (kept !== value) dropped.push(`${story.title} / ${story.name}: ${param}`);
      }
    }
    expect(dropped).to.deep.equal([]);
  });
});
