import { array, boolean, droppable, errorCount, link, number, object, oneOf, optional, record, string, textOr } from './schema.js';
import type { Infer, Issue, Schema } from './schema.js';
import type { ProfileWordSet } from './words.js';
import { ORGANISATION_TYPES } from './organisation-types.js';
import { scaleMax } from './measure-scale.js';

export { ORGANISATION_TYPES, scaleMax };
export type { OrganisationType } from './organisation-types.js';

const text = (description?: string) => string(description ? { description } : {});
const id = string({
  pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  patternName: 'an identifier in lower case with hyphens (for example "kings-college-hospital")',
});
const gssCode = string({
  pattern: /^[EWSN]\d{8}$/,
  patternName: 'an ONS GSS code such as "E09000023"',
  description: 'ONS Government Statistical Service code of the area.',
});

const borough = object({ code: gssCode, name: text() });

/** A list in which a faulty item is left out, with warnings, and the rest are used. */
const list = <T>(item: Schema<T>, options: { minItems?: number; description?: string } = {}) => array(item, { ...options, leaveOut: true });

const location = object(
  {
    lat: number({ min: -90, max: 90, description: 'Latitude, WGS84.' }),
    lon: number({ min: -180, max: 180, description: 'Longitude, WGS84.' }),
    approximate: optional(boolean()),
  },
  'Where the site is; leave out when it is not known, and no marker is drawn.',
);

const service = object({
  provider: id,
  description: text('What this organisation provides at the site, in plain words.'),
});

const site = object({
  id,
  name: text(),
  address: optional(text()),
  borough: gssCode,
  operator: id,
  services: optional(list(service)),
  location: optional(location),
  url: link(),
});

const organisation = object({
  id,
  // An unknown type is listed under other partners, as a partner written in the page is.
  type: oneOf(ORGANISATION_TYPES, undefined, 'other'),
  name: text(),
  description: text('One line saying what the organisation does in the alliance.'),
  url: link(),
  boroughs: list(gssCode, { description: 'GSS codes of the boroughs it serves.' }),
  logo: optional(
    object(
      {
        src: link('Address of the logo image.'),
        alt: optional(string({ empty: true, description: 'What the logo says; empty or left out when the name beside it says the same.' })),
      },
      'A logo shown beside the name.',
    ),
  ),
  sites: optional(list(site)),
});

const topic = object({
  id,
  title: text(),
  summary: text(),
  url: link(),
});

const source = object({ title: text(), url: link() });

const figure = (description: string) => number({ min: 0, max: 1e12, description });

const measure = droppable(
  object(
    {
      label: text('What is measured, for example "Cancers found at an early stage".'),
      value: figure('The latest figure.'),
      target: figure('The figure aimed for.'),
      unit: optional(
        string({
          pattern: /^(%|[A-Za-z][A-Za-z ]{0,19})$/,
          patternName: '"%" or a short word such as "people"',
          description: 'Written after each number: "%" or a short word such as "people".',
        }),
      ),
      max: optional(figure('Top of the chart\'s scale; by default 100 for "%", else the larger of figure and target.')),
      period: text('The period the figure covers, for example "2024/25".'),
      source: source,
    },
    'A figure, its target, the period and the source, shown as text and as a small chart.',
  ),
  'the measure',
  (m) => {
    const top = scaleMax(m);
    if (!(top > 0)) return 'has a scale with nothing on it (its top is 0)';
    if (m.value > top) return `has a figure above the top of its scale (${top})`;
    return m.target > top ? `has a target above the top of its scale (${top})` : undefined;
  },
);

const goal = object({
  id,
  title: text(),
  summary: text(),
  url: link(),
  measure,
});

const pluralForm = optional(text());
/** A word as a profile replaces it (see `setWords`): text with `{name}` for its values, or its plural forms. */
const word = textOr(
  object(
    { zero: pluralForm, one: pluralForm, two: pluralForm, few: pluralForm, many: pluralForm, other: text() },
    'Plural forms, chosen by the number {count} in the language of the page.',
  ),
);

const language = (description: string) =>
  droppable(
    string({
      pattern: /^[a-zA-Z]{2,3}(?:-[a-zA-Z\d]{1,8})*$/,
      patternName: 'a language tag (BCP 47) such as "en-GB" or "cy"',
      description,
    }),
    'the language',
  );

const wordsLang = language(
  "Language of these words (BCP 47); they are then used where the widget's is that one. Left out: the profile's, used in every language.",
);
const wordsByTag = record(
  record(word, 'Words of that widget, by key, replacing its English ones.'),
  'Words replacing the widgets\' own, by widget tag name ("selca-goals-panel"), or "all" for every widget.',
);
/** A set of words by widget tag, with `lang` saying their language where it is not the profile's. */
const wordSet: Schema<ProfileWordSet> = {
  json: { ...wordsByTag.json, properties: { lang: wordsLang.json } },
  check(value, path, issues) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return wordsByTag.check(value, path, issues);
    const { lang, ...byTag } = value as Record<string, unknown>;
    const checked = wordsByTag.check(byTag, path, issues);
    const language = lang === undefined ? undefined : wordsLang.check(lang, `${path}.lang`, issues);
    return checked && (language ? { lang: language, ...checked } : checked);
  },
};
const wordSets = array(wordSet, { leaveOut: true, description: 'Sets of words, each in its own language.' });

export const profileSchema = object(
  {
    $schema: optional(text()),
    version: oneOf([1], 'Version of this profile format.'),
    id,
    lang: language(
      'Language of the profile\'s text and of its words that say none (BCP 47, for example "en-GB"). Widgets in another language mark the text with it.',
    ),
    name: text('Full name of the alliance.'),
    shortName: text('Short name or acronym.'),
    summary: text(),
    url: link(),
    host: optional(id),
    area: object({ name: text(), boroughs: list(borough, { minItems: 1 }) }),
    organisations: list(organisation),
    goals: list(goal, { minItems: 1 }),
    principles: list(topic),
    focusAreas: list(topic),
    crossCuttingAreas: list(topic),
    governance: object({
      summary: text(),
      board: optional(object({ name: text(), meets: text(), members: list(text()) })),
    }),
    sources: optional(list(source)),
    words: optional<ProfileWordSet | ProfileWordSet[]>({
      json: { anyOf: [wordSet.json, wordSets.json] },
      check: (value, path, issues) => (Array.isArray(value) ? wordSets : wordSet).check(value, path, issues),
    }),
  },
  'An alliance profile for @selca/widgets.',
  // A fault in one section leaves the others usable: each widget shows the sections it uses.
  { keep: ['version'] },
);

export type AllianceProfile = Infer<typeof profileSchema>;
export type Organisation = AllianceProfile['organisations'][number];
export type Site = NonNullable<Organisation['sites']>[number];
export type Borough = AllianceProfile['area']['boroughs'][number];
export type Topic = AllianceProfile['principles'][number];
export type Goal = AllianceProfile['goals'][number];
export type Measure = NonNullable<Goal['measure']>;

/**
 * A profile as a page gave it, after checking: `version` and every section that fits. A section
 * with a fault is absent, and a faulty item is left out of its list; the warnings say which.
 */
export type UsableProfile = Pick<AllianceProfile, 'version'> & Partial<AllianceProfile>;

/** A usable profile comes with the warnings about parts left out. */
export type ProfileResult = { ok: true; profile: UsableProfile; warnings: Issue[] } | { ok: false; issues: Issue[] };

/**
 * Leaves out what refers to something that is not there, and repeated ids (after the first): a
 * borough an organisation serves, a site (its borough or operator), a service (its provider), the
 * host. Each with a warning; the rest of the profile is used.
 */
function resolveReferences(profile: UsableProfile, issues: Issue[]): void {
  const warn = (path: string, message: string) => issues.push({ path, message, warning: true });
  const firstOfEach = <T>(entries: T[], idOf: (entry: T) => string, path: string, seen = new Set<string>()) =>
    entries.filter((entry, i) => {
      const value = idOf(entry);
      if (seen.has(value)) warn(`${path}[${i}]`, `repeats the id "${value}"; this item is left out`);
      return !seen.has(value) && !!seen.add(value);
    });

  if (profile.area) profile.area.boroughs = firstOfEach(profile.area.boroughs, (b) => b.code, 'area.boroughs');
  const boroughCodes = profile.area && new Set(profile.area.boroughs.map((b) => b.code));
  if (profile.organisations) {
    const organisations = firstOfEach(profile.organisations, (org) => org.id, 'organisations');
    const organisationIds = new Set(organisations.map((org) => org.id));
    const siteIds = new Set<string>();
    const missing = (kind: string, value: string, where: string) => `names ${kind} "${value}", which is not in ${where}`;
    profile.organisations = organisations.map((org) => {
      const i = profile.organisations!.indexOf(org);
      const boroughs = org.boroughs.filter((code, j) => {
        const known = !boroughCodes || boroughCodes.has(code);
        if (!known) warn(`organisations[${i}].boroughs[${j}]`, `${missing('borough', code, 'area.boroughs')}; the borough is left out`);
        return known;
      });
      const sites = org.sites?.flatMap((site, j) => {
        const at = `organisations[${i}].sites[${j}]`;
        const fault = siteIds.has(site.id)
          ? `repeats the id "${site.id}"`
          : boroughCodes && !boroughCodes.has(site.borough)
            ? missing('borough', site.borough, 'area.boroughs')
            : !organisationIds.has(site.operator)
              ? missing('organisation', site.operator, 'organisations')
              : undefined;
        if (fault) {
          warn(at, `${fault}; this site is left out`);
          return [];
        }
        siteIds.add(site.id);
        const services = site.services?.filter((service, k) => {
          const known = organisationIds.has(service.provider);
          if (!known)
            warn(`${at}.services[${k}].provider`, `${missing('organisation', service.provider, 'organisations')}; the service is left out`);
          return known;
        });
        return [services ? { ...site, services } : site];
      });
      return { ...org, boroughs, ...(sites && { sites }) };
    });
    if (profile.host && !organisationIds.has(profile.host)) {
      warn('host', `${missing('organisation', profile.host, 'organisations')}; it is left out`);
      delete profile.host;
    }
  }
  // Focus areas and cross-cutting areas share one set of ids: a page opens an area by its id.
  const areaIds = new Set<string>();
  for (const key of ['goals', 'principles', 'focusAreas', 'crossCuttingAreas'] as const) {
    const entries = profile[key];
    if (entries)
      profile[key] = firstOfEach<Topic>(
        entries,
        (entry) => entry.id,
        key,
        key === 'focusAreas' || key === 'crossCuttingAreas' ? areaIds : undefined,
      );
  }
}

/**
 * Validates an alliance profile. The result holds a clean copy (unknown properties dropped, faulty
 * sections and items left out, with warnings naming each path), or, when the value is not a profile
 * of a version this library reads, every issue found.
 */
export function validateProfile(value: unknown): ProfileResult {
  const issues: Issue[] = [];
  const profile = profileSchema.check(value, '', issues) as UsableProfile | undefined;
  if (profile) resolveReferences(profile, issues);
  if (!profile || errorCount(issues)) {
    return { ok: false, issues: issues.map((issue) => ({ ...issue, path: issue.path || 'profile' })) };
  }
  return { ok: true, profile, warnings: issues };
}

/** Issues as lines for a console message: `- organisations[2].url: must be …`. */
export function formatIssues(issues: readonly Issue[]): string {
  return issues.map((issue) => `- ${issue.path}: ${issue.message}`).join('\n');
}

/** The JSON Schema of a profile, for web teams editing profiles in their editor. */
export function profileJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Alliance profile',
    ...profileSchema.json,
  };
}
