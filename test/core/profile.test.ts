import { expect } from '../helpers/testing.js';
import { formatIssues, profileJsonSchema, validateProfile } from '../../src/core/profile.js';
import type { AllianceProfile } from '../../src/core/profile.js';
import { selcaProfile } from '../../src/data/selca-profile.js';
import { HTTP_URL_PATTERN } from '../../src/core/urls.js';

const copy = (): AllianceProfile => structuredClone(selcaProfile);
const issuesOf = (value: unknown) => {
  const result = validateProfile(value);
  if (result.ok) throw new Error('expected the profile to be rejected');
  return result.issues;
};
/** A profile used with parts left out: the profile and the warnings about what was left out. */
const usedWithout = (value: unknown) => {
  const result = validateProfile(value);
  if (!result.ok) throw new Error(`expected the profile to be used:\n${formatIssues(result.issues)}`);
  return result;
};
const lines = (value: unknown) => formatIssues(usedWithout(value).warnings);

describe('validateProfile', () => {
  describe('the default SELCA profile', () => {
    it('is valid', () => {
      const result = validateProfile(selcaProfile);
      expect(result.ok, result.ok ? '' : formatIssues(result.issues)).to.equal(true);
    });

    it('covers the six boroughs with their GSS codes', () => {
      expect(selcaProfile.area.boroughs.map((b) => `${b.name} ${b.code}`)).to.deep.equal([
        'Bexley E09000004',
        'Bromley E09000006',
        'Greenwich E09000011',
        'Lambeth E09000022',
        'Lewisham E09000023',
        'Southwark E09000028',
      ]);
    });

    it('has five goals, two principles, six focus areas and four cross-cutting areas', () => {
      expect(selcaProfile.goals).to.have.length(5);
      expect(selcaProfile.principles).to.have.length(2);
      expect(selcaProfile.focusAreas).to.have.length(6);
      expect(selcaProfile.crossCuttingAreas).to.have.length(4);
    });

    it("records Queen Mary's, Sidcup as run by Oxleas with services from two other trusts", () => {
      const site = selcaProfile.organisations.flatMap((o) => o.sites ?? []).find((s) => s.id === 'queen-marys-hospital-sidcup');
      expect(site?.operator).to.equal('oxleas');
      expect(site?.services?.map((s) => s.provider)).to.deep.equal(['guys-and-st-thomas', 'lewisham-and-greenwich']);
    });
  });

  describe('wrong types', () => {
    it('names the path of a value of the wrong type, and leaves that section out', () => {
      const profile = copy() as unknown as Record<string, unknown>;
      profile.name = 42;
      const { profile: used, warnings } = usedWithout(profile);
      expect(warnings).to.deep.equal([
        { path: 'name', message: 'must be non-empty text, got 42; the name section is left out', warning: true },
      ]);
      expect(used).not.to.have.property('name');
      expect(used.goals).to.deep.equal(selcaProfile.goals);
    });

    it('names nested paths inside lists, and leaves out only the item at fault', () => {
      const profile = copy();
      (profile.organisations[1]!.sites![0]!.location as Record<string, unknown>).lat = 'north';
      expect(lines(profile)).to.equal(
        '- organisations[1].sites[0].location.lat: must be a number from -90 to 90, got "north"; this item is left out',
      );
      const sites = usedWithout(profile).profile.organisations![1]!.sites!.map((site) => site.id);
      expect(sites).to.deep.equal(selcaProfile.organisations[1]!.sites!.slice(1).map((site) => site.id));
    });

    it('finds numbers out of range, non-booleans, unknown types and lists that are not lists', () => {
      const profile = copy() as unknown as { organisations: Record<string, unknown>[] };
      const site = (profile.organisations[0]!.sites as Record<string, Record<string, unknown>>[])[0]!;
      site.location!.lon = 200;
      site.location!.approximate = 'yes';
      profile.organisations[1]!.type = 'hospital';
      profile.organisations[2]!.boroughs = 'Lewisham';
      const { profile: used, warnings } = usedWithout(profile);
      expect(warnings.map((issue) => issue.path)).to.deep.equal([
        'organisations[0].sites[0].location.lon',
        'organisations[0].sites[0].location.approximate',
        'organisations[1].type',
        'organisations[2].boroughs',
        // A service it provides elsewhere goes with it.
        'organisations[2].sites[0].services[1].provider',
      ]);
      expect(used.organisations![1]!.type).to.equal('other');
      expect(used.organisations!.map((org) => org.id)).not.to.include(selcaProfile.organisations[2]!.id);
    });

    it('says so when the whole profile is not an object', () => {
      expect(issuesOf([])).to.deep.equal([{ path: 'profile', message: 'must be an object, got a list' }]);
      expect(issuesOf(null)[0]!.message).to.equal('must be an object, got null');
    });

    it('finds blank text and shows long values shortened', () => {
      const profile = copy();
      profile.summary = '   ';
      profile.id = 'Not An Id '.repeat(10);
      const { warnings } = usedWithout(profile);
      expect(warnings[0]!.path).to.equal('id');
      expect(warnings[0]!.message).to.match(
        /^must be an identifier in lower case with hyphens .*got "Not An Id Not An Id Not An Id Not An Id …"; the id section is left out$/,
      );
      expect(warnings[1]).to.deep.equal({
        path: 'summary',
        message: 'must be non-empty text, got "   "; the summary section is left out',
        warning: true,
      });
    });

    it('rejects a profile without a version it reads', () => {
      const profile = copy() as unknown as Record<string, unknown>;
      profile.version = '1';
      expect(issuesOf(profile)).to.deep.equal([{ path: 'version', message: 'must be one of 1, got "1"' }]);
      delete profile.version;
      expect(issuesOf(profile)).to.deep.equal([{ path: 'version', message: 'is missing' }]);
    });
  });

  describe('missing fields', () => {
    it('names each missing required field, and leaves out its section', () => {
      const profile = copy() as Partial<AllianceProfile>;
      delete profile.goals;
      delete (profile.area as Partial<AllianceProfile['area']>).name;
      expect(lines(profile)).to.equal(
        ['- area.name: is missing; the area section is left out', '- goals: is missing; the goals section is left out'].join('\n'),
      );
    });

    it('needs at least one usable goal and one usable borough', () => {
      const profile = copy();
      profile.goals = [];
      profile.area.boroughs = [];
      expect(lines(profile)).to.equal(
        [
          '- area.boroughs: must have at least 1 usable item; the area section is left out',
          '- goals: must have at least 1 usable item; the goals section is left out',
        ].join('\n'),
      );
    });

    it('accepts optional fields left out', () => {
      const profile = copy();
      delete profile.url;
      delete profile.host;
      delete profile.sources;
      delete profile.organisations[0]!.sites;
      expect(validateProfile(profile).ok).to.equal(true);
    });
  });

  describe('unsafe addresses', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//example.org/partner',
      '/relative/path',
      'https://',
      'http//missing-colon.example',
      'ftp://example.org/',
    ]) {
      it(`leaves out ${url} with a warning and keeps the rest`, () => {
        const profile = copy();
        profile.organisations[0]!.url = url;
        const result = validateProfile(profile);
        if (!result.ok) throw new Error(formatIssues(result.issues));
        expect(result.profile.organisations![0]!.name).to.equal(profile.organisations[0]!.name);
        expect(result.profile.organisations![0]).not.to.have.property('url');
        expect(result.warnings).to.deep.equal([
          {
            path: 'organisations[0].url',
            message: `must be a web address starting with https:// or http://, without a user name or password, got ${JSON.stringify(url)}; the link is left out`,
            warning: true,
          },
        ]);
      });
    }

    it('leaves out a goal with a real error beside an unsafe link, naming both', () => {
      const profile = copy();
      profile.goals[0]!.url = 'javascript:alert(1)';
      (profile.goals[1] as { title: unknown }).title = 3;
      const { profile: used, warnings } = usedWithout(profile);
      expect(warnings.map((issue) => issue.path)).to.deep.equal(['goals[0].url', 'goals[1].title']);
      expect(used.goals!.map((goal) => goal.id)).to.deep.equal(selcaProfile.goals.filter((_, i) => i !== 1).map((goal) => goal.id));
      expect(used.goals![0]).not.to.have.property('url');
    });

    it('accepts http and https addresses', () => {
      const profile = copy();
      profile.organisations[0]!.url = 'http://example.org/a';
      profile.goals[0]!.url = 'HTTPS://EXAMPLE.ORG/b';
      const result = validateProfile(profile);
      expect(result.ok && result.warnings).to.deep.equal([]);
    });
  });

  describe('area ids', () => {
    it('must be unique across focus areas and cross-cutting areas: a repeat is left out', () => {
      const profile = copy();
      profile.crossCuttingAreas[0]!.id = profile.focusAreas[0]!.id;
      const { profile: used, warnings } = usedWithout(profile);
      expect(warnings).to.deep.equal([
        { path: 'crossCuttingAreas[0]', message: `repeats the id "${profile.focusAreas[0]!.id}"; this item is left out`, warning: true },
      ]);
      expect(used.crossCuttingAreas).to.have.length(selcaProfile.crossCuttingAreas.length - 1);
    });
  });

  describe('references between parts', () => {
    it('leaves out boroughs, sites, services and a host that refer to what does not exist', () => {
      const profile = copy();
      profile.organisations[0]!.boroughs = ['E09000001', ...profile.area.boroughs.map((b) => b.code)];
      profile.organisations[0]!.sites![0]!.borough = 'E09000033';
      profile.organisations[0]!.sites![1]!.operator = 'nobody';
      profile.organisations[1]!.sites![0]!.services![0]!.provider = 'someone-else';
      profile.host = 'missing-host';
      const { profile: used, warnings } = usedWithout(profile);
      expect(formatIssues(warnings)).to.equal(
        [
          '- organisations[0].boroughs[0]: names borough "E09000001", which is not in area.boroughs; the borough is left out',
          '- organisations[0].sites[0]: names borough "E09000033", which is not in area.boroughs; this site is left out',
          '- organisations[0].sites[1]: names organisation "nobody", which is not in organisations; this site is left out',
          '- organisations[1].sites[0].services[0].provider: names organisation "someone-else", which is not in organisations; the service is left out',
          '- host: names organisation "missing-host", which is not in organisations; it is left out',
        ].join('\n'),
      );
      expect(used.organisations![0]!.boroughs).to.deep.equal(profile.area.boroughs.map((b) => b.code));
      expect(used.organisations![0]!.sites).to.have.length(profile.organisations[0]!.sites!.length - 2);
      expect(used.organisations![1]!.sites![0]!.services).to.have.length(profile.organisations[1]!.sites![0]!.services!.length - 1);
      expect(used).not.to.have.property('host');
    });

    it('leaves out repeated ids and borough codes after the first', () => {
      const profile = copy();
      profile.area.boroughs.push({ ...profile.area.boroughs[0]! });
      profile.organisations.push({ ...profile.organisations[4]!, sites: [] });
      profile.goals[1]!.id = profile.goals[0]!.id;
      const { profile: used, warnings } = usedWithout(profile);
      expect(warnings.map((issue) => issue.path)).to.deep.equal([
        'area.boroughs[6]',
        `organisations[${profile.organisations.length - 1}]`,
        'goals[1]',
      ]);
      expect(used.area!.boroughs).to.have.length(6);
      expect(used.organisations).to.have.length(selcaProfile.organisations.length);
      expect(used.goals).to.have.length(selcaProfile.goals.length - 1);
    });
  });

  it('drops properties it does not know', () => {
    const result = validateProfile({ ...copy(), colour: 'red' });
    expect(result.ok && 'colour' in result.profile).to.equal(false);
  });
});

describe('profileJsonSchema', () => {
  it('describes the same required fields and safe addresses as the validator', () => {
    const schema = profileJsonSchema() as {
      required: string[];
      properties: Record<string, { pattern?: string; items?: { properties: Record<string, { pattern?: string }> } }>;
    };
    expect(schema.required).to.include.members(['version', 'name', 'area', 'organisations', 'goals', 'focusAreas']);
    expect(schema.required).not.to.include('url');
    expect(schema.properties.url!.pattern).to.equal(HTTP_URL_PATTERN);
    expect(schema.properties.organisations!.items!.properties.boroughs).to.deep.include({ type: 'array' });
  });
});
