import { expect } from '../helpers/testing.js';
import { HTTP_URL_PATTERN, isHttpUrl, safeHttpUrl } from '../../src/core/urls.js';
import { profileJsonSchema, validateProfile } from '../../src/core/profile.js';
import { selcaProfile } from '../../src/data/selca-profile.js';

const page = 'https://www.example-trust.nhs.uk/cancer/partners.html';

/** Addresses the rule must refuse, wherever they come from (a profile or the page's own markup). */
const hostile: [string, string][] = [
  ['javascript:alert(1)', 'script scheme'],
  ['JAVASCRIPT:alert(1)', 'script scheme in capitals'],
  ['jav\tascript:alert(1)', 'script scheme split by a tab'],
  ['java\nscript:alert(1)', 'script scheme split by a newline'],
  [' javascript:alert(1)', 'script scheme after a space'],
  ['\u0001javascript:alert(1)', 'script scheme after a control character'],
  ['javascript&colon;alert(1)', 'script scheme as an HTML entity'],
  ['vbscript:msgbox(1)', 'VBScript'],
  ['data:text/html,<script>alert(1)</script>', 'data address'],
  ['data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=', 'data image'],
  ['blob:https://www.example-trust.nhs.uk/0b8c7c3e', 'blob address'],
  ['file:///etc/passwd', 'local file'],
  ['ftp://files.example.org/a', 'another scheme'],
  ['mailto:someone@example.org', 'mail address'],
  ['tel:+442071234567', 'telephone number'],
  ['//evil.example/', 'protocol-relative'],
  ['\u0001//evil.example/', 'protocol-relative after a control character'],
  ['\u0000//evil.example/', 'protocol-relative after a null character'],
  ['\t//evil.example/', 'protocol-relative after a tab'],
  ['\\\\evil.example/', 'backslashes read as slashes'],
  ['/\\evil.example/', 'slash and backslash read as protocol-relative'],
  ['\\/evil.example/', 'backslash and slash read as protocol-relative'],
  ['https:\\\\evil.example/', 'backslashes after the scheme'],
  ['https:evil.example', 'scheme without slashes'],
  ['https:/evil.example', 'scheme with one slash'],
  ['https:///evil.example', 'scheme with three slashes'],
  ['https://', 'no host'],
  ['http://', 'no host, http'],
  ['https://www.nhs.uk@evil.example/', 'a trusted name as a user name'],
  ['https://user:password@www.nhs.uk/', 'user name and password'],
  ['https://:@evil.example/', 'empty user name and password'],
  ['https://www.nhs.uk%40evil.example@evil.example/', 'encoded @ in the user name'],
  ['https://www.nhs.uk\u202e/kuo.elpmaxe', 'right-to-left override'],
  ['https://www.nhs.uk\u200b.evil.example/', 'zero-width space in the host'],
  ['https://www.nhs.uk/\u2066path', 'bidi isolate in the path'],
  ['https://www.nhs\u00ad.uk/', 'soft hyphen in the host'],
  ['https://www.nhs.uk/a b', 'space in the path'],
  ['https://www.nhs.uk/a\u0007b', 'bell character in the path'],
  ['https://www.nhs.uk/\u0085', 'next-line control in the path'],
  ['https://www.nhs.uk/a\ufeffb', 'byte order mark in the path'],
  ['https://www.nhs.uk\\@evil.example/', 'backslash before @'],
  ['https://[::1', 'unclosed IPv6 address'],
  ['https://exa mple.org/', 'space in the host'],
  ['', 'empty'],
  ['   ', 'only spaces'],
  ['#', 'only a fragment, in a profile'],
  ['partners.html', 'a relative path, in a profile'],
];

/** Addresses the rule accepts, with what it resolves them to. */
const safe: [string, string][] = [
  ['https://www.nhs.uk/', 'https://www.nhs.uk/'],
  ['HTTPS://WWW.NHS.UK/Conditions', 'https://www.nhs.uk/Conditions'],
  ['Http://example.org', 'http://example.org/'],
  ['  https://www.guysandstthomas.nhs.uk/  ', 'https://www.guysandstthomas.nhs.uk/'],
  ['https://www.kch.nhs.uk/patients?a=1&b=2#top', 'https://www.kch.nhs.uk/patients?a=1&b=2#top'],
  ['https://example.org:8443/path', 'https://example.org:8443/path'],
  ['https://[2001:db8::1]/', 'https://[2001:db8::1]/'],
  ['https://example.org/a@b', 'https://example.org/a@b'],
  ['https://example.org/?next=https://other.example/', 'https://example.org/?next=https://other.example/'],
  ['https://example.org/café', 'https://example.org/caf%C3%A9'],
];

/** Paths written in the page, resolved against it; they must stay on the page's own site. */
const pagePaths: [string, string | undefined][] = [
  ['/cancer/support', 'https://www.example-trust.nhs.uk/cancer/support'],
  ['team.html', 'https://www.example-trust.nhs.uk/cancer/team.html'],
  ['../about/', 'https://www.example-trust.nhs.uk/about/'],
  ['?borough=E09000023', 'https://www.example-trust.nhs.uk/cancer/partners.html?borough=E09000023'],
  ['/%2F%2Fevil.example/', 'https://www.example-trust.nhs.uk/%2F%2Fevil.example/'],
  ['//evil.example/', undefined],
  ['/\\evil.example/', undefined],
  ['\u0001//evil.example/', undefined],
  ['javascript:alert(1)', undefined],
  ['https:evil.example', undefined],
  ['mailto:someone@example.org', undefined],
];

describe('the address rule (safeHttpUrl)', () => {
  describe('refuses hostile addresses in a profile', () => {
    for (const [value, what] of hostile) {
      it(`refuses ${what}: ${JSON.stringify(value)}`, () => {
        expect(safeHttpUrl(value)).to.equal(undefined);
        expect(isHttpUrl(value)).to.equal(false);
      });
    }
    it('tests at least 40 hostile forms', () => {
      expect(hostile.length).to.be.at.least(40);
    });
  });

  describe('refuses hostile addresses written in the page', () => {
    for (const [value, what] of hostile.filter(([, what]) => !/in a profile|HTML entity/.test(what))) {
      it(`refuses ${what}: ${JSON.stringify(value)}`, () => {
        expect(safeHttpUrl(value, page)).to.equal(undefined);
      });
    }
  });

  describe('accepts web addresses, resolved', () => {
    for (const [value, resolved] of safe) {
      it(`accepts ${JSON.stringify(value)}`, () => {
        expect(safeHttpUrl(value)).to.equal(resolved);
        expect(safeHttpUrl(value, page)).to.equal(resolved);
      });
    }
  });

  describe('resolves paths written in the page on its own site only', () => {
    for (const [value, resolved] of pagePaths) {
      it(`${JSON.stringify(value)} → ${resolved ?? 'refused'}`, () => {
        expect(safeHttpUrl(value, page)).to.equal(resolved);
      });
    }
  });

  describe('with values that are not text', () => {
    for (const [what, value] of [
      ['undefined', undefined],
      ['null', null],
      ['a number', 42],
      ['an object', {}],
      ['an array of an address', ['https://www.nhs.uk/']],
      ['a URL object', new URL('https://www.nhs.uk/')],
    ] as const) {
      it(`refuses ${what} without throwing`, () => {
        expect(safeHttpUrl(value)).to.equal(undefined);
      });
    }
  });
});

describe('the profile JSON Schema', () => {
  const patternOf = (entry: string | undefined) => (JSON.parse(`{${entry ?? '"pattern":"$^"'}}`) as { pattern: string }).pattern;
  const schemaPatterns = JSON.stringify(profileJsonSchema()).match(/"pattern":"(\^\[Hh\][^"]*)"/g) ?? [];

  it('uses the runtime address pattern for every link', () => {
    expect(schemaPatterns.length).to.be.at.least(2);
    for (const entry of schemaPatterns) expect(patternOf(entry)).to.equal(HTTP_URL_PATTERN);
  });

  it('ships that pattern in the built schema', async () => {
    const built = await (await fetch('/dist/alliance-profile.schema.json')).text();
    expect(built).to.include(JSON.stringify(HTTP_URL_PATTERN));
    expect(built).not.to.include('"^https?://"');
  });

  describe('agrees with the runtime rule, whatever the letter case', () => {
    const pattern = new RegExp(patternOf(schemaPatterns[0]));
    for (const [value, resolved] of safe) {
      it(`matches ${JSON.stringify(value.trim())}`, () => {
        expect(resolved).to.be.a('string');
        expect(pattern.test(value.trim())).to.equal(true);
      });
    }
    for (const [value, what] of hostile.filter(([, what]) => /user name|script|scheme|host|slash|override|space|control/.test(what))) {
      it(`does not match ${what}`, () => {
        expect(pattern.test(value.trim())).to.equal(false);
      });
    }
  });
});

describe('profile links', () => {
  it('leave out a link with a user name, with a warning, and keep the organisation', () => {
    const [first] = selcaProfile.organisations;
    const result = validateProfile({
      ...selcaProfile,
      organisations: [{ ...first, url: 'https://www.nhs.uk@evil.example/' }, ...selcaProfile.organisations.slice(1)],
    });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.profile.organisations![0]!.name).to.equal(first!.name);
    expect(result.profile.organisations![0]!.url).to.equal(undefined);
    expect(result.warnings.map((issue) => issue.message).join('\n')).to.match(/without a user name or password/);
  });
});
