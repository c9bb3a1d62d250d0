/**
 * What the docs pages, Controls and Actions panels know of each widget, read from the Custom
 * Elements Manifest (custom-elements.json) and, for values that come from the alliance's data,
 * from that data. Nothing here is a hand-written list of attributes or events.
 */
import type { ArgTypes, InputType } from 'storybook/internal/types';
import { ORGANISATION_TYPES } from '../src/core/organisation-types.js';
import { GROUP_HEADINGS } from '../src/components/partner-list/words.js';
import { selcaArea } from '../src/data/selca/boroughs.js';
import { selcaProfile } from '../src/data/selca-profile.js';

interface Typed {
  name: string;
  description?: string;
  summary?: string;
  type?: { text: string };
  default?: string;
}

interface Member extends Typed {
  kind: 'field' | 'method';
  privacy?: 'public' | 'protected' | 'private';
  static?: boolean;
  attribute?: string;
}

interface Attribute extends Typed {
  fieldName?: string;
}

export interface WidgetDeclaration extends Typed {
  tagName?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: Typed[];
  slots?: Typed[];
  cssParts?: Typed[];
  cssProperties?: Typed[];
}

export interface Manifest {
  schemaVersion: string;
  modules: { declarations?: WidgetDeclaration[] }[];
}

const isPublic = (member: Member) =>
  (member.privacy ?? 'public') === 'public' && !member.static && !member.name.startsWith('#') && !member.name.startsWith('_');

/** The manifest with what a page can use only: public, non-static members and their attributes. */
export function publicManifest(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        const members = declaration.members?.filter(isPublic) ?? [];
        const fields = new Set(members.map((member) => member.name));
        return {
          ...declaration,
          members,
          attributes: declaration.attributes?.filter((attribute) => !attribute.fieldName || fields.has(attribute.fieldName)),
        };
      }),
    })),
  };
}

export const widgets = (manifest: Manifest): WidgetDeclaration[] =>
  manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);

const widget = (manifest: Manifest, tagName: string) => widgets(manifest).find((declaration) => declaration.tagName === tagName);

interface Choices {
  options: string[];
  labels: Record<string, string>;
}

const choices = (entries: [value: string, label: string][]): Choices => ({
  options: entries.map(([value]) => value),
  labels: Object.fromEntries(entries),
});

const ORGANISATION_TYPE_CHOICES = choices(ORGANISATION_TYPES.map((type) => [type, GROUP_HEADINGS[type]]));
const BOROUGH_CHOICES = choices(selcaArea.boroughs.map(({ code, name }) => [code, name]));
const FOCUS_AREA_CHOICES = choices(
  [...(selcaProfile.focusAreas ?? []), ...(selcaProfile.crossCuttingAreas ?? [])].map(({ id, title }) => [id, title]),
);

/** Attributes whose values the manifest types as strings but the alliance's data lists. */
const DATA_CHOICES: Record<string, Record<string, Choices>> = {
  'selca-partner-list': {
    type: ORGANISATION_TYPE_CHOICES,
    types: ORGANISATION_TYPE_CHOICES,
    borough: BOROUGH_CHOICES,
    boroughs: BOROUGH_CHOICES,
  },
  'selca-coverage-map': { selected: BOROUGH_CHOICES, highlight: BOROUGH_CHOICES },
  'selca-focus-areas': { open: FOCUS_AREA_CHOICES },
};

const tableEntry = (item: Typed, category: string) => ({
  category,
  type: { summary: item.type?.text ?? '' },
  ...(item.default === undefined ? {} : { defaultValue: { summary: item.default } }),
});

/** An attribute as a control of its kind: choices for a union of literals or data, else by type. */
function attributeArgType(tagName: string, attribute: Attribute & { fieldName: string }): InputType {
  const text = attribute.type?.text ?? 'string';
  const entry = {
    name: attribute.fieldName,
    description: `${attribute.description ?? ''}\n\nAttribute: \`${attribute.name}\``.trim(),
    table: tableEntry(attribute, 'attributes'),
  };
  const literals = [...text.matchAll(/'([^']*)'/g)].map(([, value]) => value!);
  const { options, labels } = DATA_CHOICES[tagName]?.[attribute.fieldName] ?? { options: literals, labels: undefined };
  if (text.includes('[]')) {
    return { ...entry, type: { name: 'array', value: { name: 'enum', value: options } }, options, control: { type: 'check', labels } };
  }
  if (options.length) {
    const control = labels ? { type: 'select' as const, labels } : { type: 'inline-radio' as const };
    return { ...entry, type: { name: 'enum', value: options }, options, control };
  }
  if (/\bboolean\b/.test(text)) return { ...entry, type: { name: 'boolean' }, control: { type: 'boolean' } };
  if (/\bnumber\b/.test(text)) return { ...entry, type: { name: 'number' }, control: { type: 'number' } };
  return { ...entry, type: { name: 'string' }, control: { type: 'text' } };
}

/** Shown in the table for reference; markup cannot set it. */
const referenceArgType = (item: Typed, category: string, name = item.name): InputType => ({
  name,
  description: item.description ?? '',
  type: { name: 'other', value: item.type?.text ?? '' },
  control: false,
  table: tableEntry(item, category),
});

/**
 * One entry per public attribute, under the property name the stories use, with a control of its
 * kind; then, without controls, the public properties markup cannot set, events, slots, CSS parts
 * and CSS custom properties.
 */
export function widgetArgTypes(manifest: Manifest, tagName: string): ArgTypes {
  const declaration = widget(publicManifest(manifest), tagName);
  if (!declaration) return {};
  const attributes = (declaration.attributes ?? []).filter(
    (attribute): attribute is Attribute & { fieldName: string } => !!attribute.fieldName,
  );
  const withAttribute = new Set(attributes.map((attribute) => attribute.fieldName));
  const entries: [string, InputType][] = [
    ...attributes.map((attribute): [string, InputType] => [attribute.fieldName, attributeArgType(tagName, attribute)]),
    ...(declaration.members ?? [])
      .filter((member) => member.kind === 'field' && !withAttribute.has(member.name))
      .map((member): [string, InputType] => [member.name, referenceArgType(member, 'properties')]),
    ...(declaration.events ?? []).map((event): [string, InputType] => [event.name, referenceArgType(event, 'events')]),
    ...(declaration.slots ?? []).map((slot): [string, InputType] => [
      `slot ${slot.name || 'default'}`,
      referenceArgType(slot, 'slots', slot.name || '(default)'),
    ]),
    ...(declaration.cssParts ?? []).map((part): [string, InputType] => [
      `::part(${part.name})`,
      referenceArgType(part, 'css shadow parts'),
    ]),
    ...(declaration.cssProperties ?? []).map((property): [string, InputType] => [
      property.name,
      referenceArgType(property, 'css custom properties'),
    ]),
  ];
  return Object.fromEntries(entries);
}

/** The widget's summary (its `@summary`) and then its description, for the top of its docs page. */
export const widgetDescription = (manifest: Manifest, tagName: string): string =>
  [widget(manifest, tagName)?.summary, widget(manifest, tagName)?.description].filter(Boolean).join('\n\n');

/** Every event any widget fires, for the Actions panel. */
export const widgetEvents = (manifest: Manifest): string[] => [
  ...new Set(widgets(manifest).flatMap((declaration) => (declaration.events ?? []).map((event) => event.name))),
];

/** Storybook parameters for the widgets: docs tables and descriptions, and events for the Actions panel. */
export const widgetParameters = (manifest: Manifest) => ({
  docs: {
    extractArgTypes: (tagName: string) => widgetArgTypes(manifest, tagName),
    extractComponentDescription: (tagName: string) => widgetDescription(manifest, tagName),
  },
  // Logged by the withActions decorator.
  actions: { handles: widgetEvents(manifest) },
});

/** One attribute a CMS editor may write on a widget's tag, as its docs page lists it. */
export interface EditorAttribute {
  attribute: string;
  description: string;
  /** The values it takes: its choices (by name where the data names them), or its kind. */
  values: string;
  default: string | undefined;
}

/** Every public attribute of a widget, with the choices its control offers. */
export function editorAttributes(manifest: Manifest, tagName: string): EditorAttribute[] {
  const declaration = widget(publicManifest(manifest), tagName);
  return (declaration?.attributes ?? [])
    .filter((attribute): attribute is Attribute & { fieldName: string } => !!attribute.fieldName)
    .map((attribute) => {
      const argType = attributeArgType(tagName, attribute);
      const labels = (argType.control as { labels?: Record<string, string> } | undefined)?.labels;
      const options = (argType.options ?? []) as string[];
      const kind = argType.type && typeof argType.type === 'object' ? argType.type.name : 'string';
      const choices = options.map((option) => (labels?.[option] ? `${option} (${labels[option]})` : option));
      const values = options.length
        ? `${kind === 'array' ? 'one or more of, separated by spaces: ' : ''}${choices.join(', ')}`
        : kind === 'boolean'
          ? 'present or absent'
          : kind === 'number'
            ? 'a number'
            : 'text';
      return { attribute: attribute.name, description: attribute.description ?? '', values, default: attribute.default };
    });
}
