import { array, boolean, droppable, errorCount, link, number, object, oneOf, optional, string } from './schema.js';
import type { Infer, Issue } from './schema.js';
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
  services: optional(array(service)),
  location: optional(location),
  url: link(),
});

const organisation = object({
  id,
  type: oneOf(ORGANISATION_TYPES),
  name: text(),
  description: text('One line saying what the organisation does in the alliance.'),
  url: link(),
  boroughs: array(gssCode, { description: 'GSS codes of the boroughs it serves.' }),
  logo: optional(
    object(
      {
        src: link('Address of the logo image.'),
        alt: optional(string({ empty: true, description: 'What the logo says; empty or left out when the name beside it says the same.' })),
      },
      'A logo shown beside the name.',
    ),
  ),
  sites: optional(array(site)),
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

export const profileSchema = object(
  {
    $schema: optional(text()),
    version: oneOf([1], 'Version of this profile format.'),
    id,
    name: text('Full name of the alliance.'),
    shortName: text('Short name or acronym.'),
    summary: text(),
    url: link(),
    host: optional(id),
    area: object({ name: text(), boroughs: array(borough, { minItems: 1 }) }),
    organisations: array(organisation),
    goals: array(goal, { minItems: 1 }),
    principles: array(topic),
    focusAreas: array(topic),
    crossCuttingAreas: array(topic),
    governance: object({
      summary: text(),
      board: optional(object({ name: text(), meets: text(), members: array(text()) })),
    }),
    sources: optional(array(source)),
  },
  'An alliance profile for @selca/widgets.',
);

export type AllianceProfile = Infer<typeof profileSchema>;
export type Organisation = AllianceProfile['organisations'][number];
export type Site = NonNullable<Organisation['sites']>[number];
export type Borough = AllianceProfile['area']['boroughs'][number];
export type Topic = AllianceProfile['principles'][number];
export type Goal = AllianceProfile['goals'][number];
export type Measure = NonNullable<Goal['measure']>;

/** A usable profile comes with the warnings about parts left out (unsafe links). */
export type ProfileResult = { ok: true; profile: AllianceProfile; warnings: Issue[] } | { ok: false; issues: Issue[] };

/** Checks that every id a profile refers to exists, and that ids are unique. */
function checkReferences(profile: AllianceProfile, issues: Issue[]): void {
  const boroughCodes = new Set(profile.area.boroughs.map((b) => b.code));
  const organisationIds = new Set<string>();
  const unique = (seen: Set<string>, value: string, path: string) => {
    if (seen.has(value)) issues.push({ path, message: `repeats the id "${value}"` });
    seen.add(value);
  };
  const knownBorough = (code: string, path: string) => {
    if (!boroughCodes.has(code)) issues.push({ path, message: `names borough "${code}", which is not in area.boroughs` });
  };

  const codesSeen = new Set<string>();
  profile.area.boroughs.forEach((b, i) => unique(codesSeen, b.code, `area.boroughs[${i}].code`));
  profile.organisations.forEach((org, i) => unique(organisationIds, org.id, `organisations[${i}].id`));

  const siteIds = new Set<string>();
  profile.organisations.forEach((org, i) => {
    org.boroughs.forEach((code, j) => knownBorough(code, `organisations[${i}].boroughs[${j}]`));
    org.sites?.forEach((s, j) => {
      const at = `organisations[${i}].sites[${j}]`;
      unique(siteIds, s.id, `${at}.id`);
      knownBorough(s.borough, `${at}.borough`);
      if (!organisationIds.has(s.operator)) {
        issues.push({ path: `${at}.operator`, message: `names organisation "${s.operator}", which is not in organisations` });
      }
      s.services?.forEach((svc, k) => {
        if (!organisationIds.has(svc.provider)) {
          issues.push({
            path: `${at}.services[${k}].provider`,
            message: `names organisation "${svc.provider}", which is not in organisations`,
          });
        }
      });
    });
  });
  if (profile.host && !organisationIds.has(profile.host)) {
    issues.push({ path: 'host', message: `names organisation "${profile.host}", which is not in organisations` });
  }
  // Focus areas and cross-cutting areas share one set of ids: a page opens an area by its id.
  const areaIds = new Set<string>();
  for (const key of ['goals', 'principles', 'focusAreas', 'crossCuttingAreas'] as const) {
    const seen = key === 'focusAreas' || key === 'crossCuttingAreas' ? areaIds : new Set<string>();
    profile[key].forEach((entry, i) => unique(seen, entry.id, `${key}[${i}].id`));
  }
}

/**
 * Validates an alliance profile. The result holds either a clean copy (unknown properties
 * dropped) or every issue found, each naming its path.
 */
export function validateProfile(value: unknown): ProfileResult {
  const issues: Issue[] = [];
  const profile = profileSchema.check(value, '', issues);
  if (profile) checkReferences(profile, issues);
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
