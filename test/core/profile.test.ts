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
    it('names the path of a value of the wrong type', () => {
      const profile = copy() as unknown as Record<string, unknown>;
      profile.name = 42;
      expect(issuesOf(profile)).to.deep.equal([{ path: 'name', message: 'must be non-empty text, got 42' }]);
    });

    it('names nested paths inside lists', () => {
      const profile = copy();
      (profile.organisations[1]!.sites![0]!.location as Record<string, unknown>).lat = 'north';
      expect(formatIssues(issuesOf(profile))).to.equal(
        '- organisations[1].sites[0].location.lat: must be a number from -90 to 90, got "north"',
      );
    });

    it('rejects numbers out of range, non-booleans, unknown types and lists that are not lists', () => {
      const profile = copy() as unknown as { organisations: Record<string, unknown>[] };
      const site = (profile.organisations[0]!.sites as Record<string, Record<string, unknown>>[])[0]!;
      site.location!.lon = 200;
      site.location!.approximate = 'yes';
      profile.organisations[1]!.type = 'hospital';
      profile.organisations[2]!.boroughs = 'Lewisham';
      const paths = issuesOf(profile).map((issue) => issue.path);
      expect(paths).to.deep.equal([
        'organisations[0].sites[0].location.lon',
        'organisations[0].sites[0].location.approximate',
        'organisations[1].type',
        'organisations[2].boroughs',
      ]);
    });

    it('says so when the whole profile is not an object', () => {
      expect(issuesOf([])).to.deep.equal([{ path: 'profile', message: 'must be an object, got a list' }]);
      expect(issuesOf(null)[0]!.message).to.equal('must be an object, got null');
    });

    it('rejects blank text and shows long values shortened', () => {
      const profile = copy();
      profile.summary = '   ';
      profile.id = 'Not An Id '.repeat(10);
      const issues = issuesOf(profile);
      expect(issues[0]!.path).to.equal('id');
      expect(issues[0]!.message).to.match(
        /^must be an identifier in lower case with hyphens .*got "Not An Id Not An Id Not An Id Not An Id …"$/,
      );
      expect(issues[1]).to.deep.equal({ path: 'summary', message: 'must be non-empty text, got "   "' });
    });
  });

  describe('missing fields', () => {
    it('names each missing required field', () => {
      const profile = copy() as Partial<AllianceProfile>;
      delete profile.goals;
      delete (profile.area as Partial<AllianceProfile['area']>).name;
      expect(issuesOf(profile)).to.deep.equal([
        { path: 'area.name', message: 'is missing' },
        { path: 'goals', message: 'is missing' },
      ]);
    });

    it('requires at least one goal and one borough', () => {
      const profile = copy();
      profile.goals = [];
      profile.area.boroughs = [];
      expect(issuesOf(profile).map(({ path, message }) => `${path} ${message}`)).to.deep.equal([
        'area.boroughs must have at least 1 item',
        'goals must have at least 1 item',
      ]);
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
        expect(result.profile.organisations[0]!.name).to.equal(profile.organisations[0]!.name);
        expect(result.profile.organisations[0]).not.to.have.property('url');
        expect(result.warnings).to.deep.equal([
          {
            path: 'organisations[0].url',
            message: `must be a web address starting with https:// or http://, without a user name or password, got ${JSON.stringify(url)}; the link is left out`,
            warning: true,
          },
        ]);
      });
    }

    it('still rejects a profile with a real error beside an unsafe link, naming both', () => {
      const profile = copy();
      profile.goals[0]!.url = 'javascript:alert(1)';
      (profile.goals[1] as { title: unknown }).title = 3;
      expect(issuesOf(profile).map((issue) => issue.path)).to.deep.equal(['goals[0].url', 'goals[1].title']);
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
    it('must be unique across focus areas and cross-cutting areas', () => {
      const profile = copy();
      profile.crossCuttingAreas[0]!.id = profile.focusAreas[0]!.id;
      expect(issuesOf(profile)).to.deep.equal([
        { path: 'crossCuttingAreas[0].id', message: `repeats the id "${profile.focusAreas[0]!.id}"` },
      ]);
    });
  });

  describe('references between parts', () => {
    it('rejects boroughs, operators, providers and a host that do not exist', () => {
      const profile = copy();
      profile.organisations[0]!.boroughs = ['E09000001'];
      profile.organisations[0]!.sites![0]!.borough = 'E09000033';
      profile.organisations[0]!.sites![0]!.operator = 'nobody';
      profile.organisations[0]!.sites![0]!.services![0]!.provider = 'someone-else';
      profile.host = 'missing-host';
      expect(formatIssues(issuesOf(profile))).to.equal(
        [
          '- organisations[0].boroughs[0]: names borough "E09000001", which is not in area.boroughs',
          '- organisations[0].sites[0].borough: names borough "E09000033", which is not in area.boroughs',
          '- organisations[0].sites[0].operator: names organisation "nobody", which is not in organisations',
          '- organisations[0].sites[0].services[0].provider: names organisation "someone-else", which is not in organisations',
          '- host: names organisation "missing-host", which is not in organisations',
        ].join('\n'),
      );
    });

    it('rejects repeated ids and borough codes', () => {
      const profile = copy();
      profile.area.boroughs.push({ ...profile.area.boroughs[0]! });
      profile.organisations.push({ ...profile.organisations[4]!, sites: [] });
      profile.goals[1]!.id = profile.goals[0]!.id;
      expect(issuesOf(profile).map((issue) => issue.path)).to.deep.equal([
        'area.boroughs[6].code',
        `organisations[${profile.organisations.length - 1}].id`,
        'goals[1].id',
      ]);
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
