import { html } from 'lit';
import { expect, fixture, waitUntil } from '../helpers/testing.js';
import { captureConsole } from '../helpers/console.js';
import { PROFILE_MESSAGES } from '../../src/core/profile-source.js';
import { PROFILE_TIMEOUT_SECONDS, ProfileError, loadProfile, resolveProfileUrl } from '../../src/core/profile-loader.js';
import type { AllianceProfile } from '../../src/core/profile.js';
import { selcaProfile } from '../../src/data/selca-profile.js';
import type { ThemeSample } from '../../stories/support/theme-sample.js';
import '../../stories/support/theme-sample.js';

// The sample widget names nothing in particular, so its notices keep the general words.
const [FAILED, INVALID] = [PROFILE_MESSAGES.failed('this information'), PROFILE_MESSAGES.invalid('this information')];

const otherAlliance: AllianceProfile = {
  ...structuredClone(selcaProfile),
  id: 'another-alliance',
  name: 'Another Cancer Alliance',
  shortName: 'ACA',
};

let nextUrl = 0;
const uniqueUrl = () => `/profiles/test-${Date.now()}-${(nextUrl += 1)}.json`;

/** Answers fetches from a table of URL endings; counts calls per URL. */
function fakeFetch(routes: Record<string, () => Response | Promise<Response>>) {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- only ever put back on window
  const original = window.fetch;
  const calls: string[] = [];
  window.fetch = async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    calls.push(url);
    const route = Object.keys(routes).find((ending) => url.endsWith(ending));
    if (!route) throw new TypeError('Failed to fetch');
    return routes[route]!();
  };
  return { calls, restore: () => (window.fetch = original) };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const notice = (el: HTMLElement) => el.shadowRoot!.querySelector('.selca-notice')?.textContent?.trim() ?? '';
const heading = (el: HTMLElement) => el.shadowRoot!.querySelector('h2')!.textContent;

describe('loadProfile', () => {
  let console: ReturnType<typeof captureConsole>;
  beforeEach(() => (console = captureConsole()));
  afterEach(() => console.restore());

  it('fetches each URL once per page, however many widgets ask', async () => {
    const url = uniqueUrl();
    const fetcher = fakeFetch({ [url]: () => json(otherAlliance) });
    try {
      const results = await Promise.all([loadProfile(url), loadProfile(url), loadProfile(`${url}#again`)]);
      expect(results.map((p) => p.id)).to.deep.equal(['another-alliance', 'another-alliance', 'another-alliance']);
      expect(fetcher.calls).to.have.length(1);
    } finally {
      fetcher.restore();
    }
  });

  it('forgets a failed request so a later one can try again', async () => {
    const url = uniqueUrl();
    let attempt = 0;
    const fetcher = fakeFetch({
      [url]: () => {
        attempt += 1;
        return attempt === 1 ? new Response('busy', { status: 503, statusText: 'Service Unavailable' }) : json(otherAlliance);
      },
    });
    try {
      const first = await loadProfile(url).catch((error: ProfileError) => error);
      expect((first as ProfileError).reason).to.equal('http');
      expect((first as ProfileError).detail).to.contain('answered 503');
      expect((await loadProfile(url)).name).to.equal('Another Cancer Alliance');
    } finally {
      fetcher.restore();
    }
  });

  for (const [name, src] of [
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:application/json,{}'],
    ['an address that is not one', 'http://exa mple.org:99999/'],
  ]) {
    it(`refuses ${name} addresses without fetching`, async () => {
      const fetcher = fakeFetch({});
      try {
        const error = await loadProfile(src!).catch((e: ProfileError) => e);
        expect(error).to.be.instanceOf(ProfileError);
        expect((error as ProfileError).reason).to.equal('unsafe-url');
        expect(fetcher.calls).to.deep.equal([]);
      } finally {
        fetcher.restore();
      }
    });
  }

  it('reports a network failure, a body that is not JSON, and an invalid profile, each by name', async () => {
    const broken = uniqueUrl();
    const invalid = uniqueUrl();
    const unreachable = uniqueUrl();
    const fetcher = fakeFetch({
      [broken]: () => new Response('<html>not json</html>'),
      [invalid]: () => json({ ...otherAlliance, version: 2 }),
    });
    try {
      const reasons = await Promise.all(
        [unreachable, broken, invalid].map((url) =>
          loadProfile(url).catch((e: ProfileError) => `${e.reason}: ${e.detail.split('\n')[1] ?? ''}`),
        ),
      );
      expect(reasons).to.deep.equal(['network: ', 'not-json: ', 'invalid: - version: must be one of 1, got 2']);
    } finally {
      fetcher.restore();
    }
  });

  it('resolves relative addresses against the page', () => {
    expect(resolveProfileUrl('profiles/a.json#top')).to.equal(new URL('profiles/a.json', document.baseURI).href);
  });
});

describe('loadProfile, from a server that misbehaves', () => {
  let console: ReturnType<typeof captureConsole>;
  beforeEach(() => (console = captureConsole()));
  afterEach(() => console.restore());
  const unique = () => `n=${Date.now()}-${(nextUrl += 1)}`;
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (error: ProfileError) => error,
    );

  it('waits 10 seconds by default', () => {
    expect(PROFILE_TIMEOUT_SECONDS).to.equal(10);
  });

  it('stops waiting for a server that never answers, after the time it was given', async () => {
    const started = performance.now();
    const error = await failure(loadProfile(`/__selca__/profile/never?${unique()}`, { timeout: 0.5 }));
    expect(error?.reason).to.equal('timeout');
    expect(error?.detail).to.contain('did not arrive within 0.5 s');
    expect(performance.now() - started).to.be.below(5000);
  });

  it('stops a body that trickles without end', async () => {
    const error = await failure(loadProfile(`/__selca__/profile/trickle?${unique()}`, { timeout: 0.6 }));
    expect(error?.reason).to.equal('timeout');
  });

  it('stops reading a body that never ends, once it is too large to be a profile', async () => {
    const error = await failure(loadProfile(`/__selca__/profile/endless?${unique()}`, { timeout: 30 }));
    expect(error?.reason).to.equal('too-large');
    expect(error?.detail).to.contain('larger than 2 MB');
  });

  it('waits for a slow server within the time it was given', async () => {
    const profile = await loadProfile(`/__selca__/profile/slow?ms=700&${unique()}`, { timeout: 5 });
    expect(profile.name).to.equal('A slowly served alliance');
  });

  it('forgets a request that timed out, so a later one for the same address can succeed', async () => {
    const url = `/__selca__/profile/slow?ms=600&${unique()}`;
    expect((await failure(loadProfile(url, { timeout: 0.2 })))?.reason).to.equal('timeout');
    expect((await loadProfile(url, { timeout: 5 })).name).to.equal('A slowly served alliance');
  });

  for (const timeout of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
    it(`uses the default limit when given ${timeout}`, async () => {
      const profile = await loadProfile(`/__selca__/profile/slow?ms=300&${unique()}`, { timeout });
      expect(profile.name).to.equal('A slowly served alliance');
    });
  }

  describe('through widgets', () => {
    it('tells the visitor, and every widget sharing the address, when the server never answers', async () => {
      const url = `/__selca__/profile/never?${unique()}`;
      const root = await fixture(html`<div>
        <selca-story-theme-sample src=${url} src-timeout="0.5"></selca-story-theme-sample>
        <selca-story-theme-sample src=${url}></selca-story-theme-sample>
      </div>`);
      const widgets = [...root.querySelectorAll<ThemeSample>('selca-story-theme-sample')];
      expect(widgets.map(notice)).to.deep.equal([PROFILE_MESSAGES.loading, PROFILE_MESSAGES.loading]);
      await waitUntil(() => widgets.every((el) => notice(el) === FAILED), 'both widgets say so', { timeout: 4000 });
      expect(console.error.join('\n')).to.contain('did not arrive within 0.5 s');
    });

    it('shows a profile that arrives slowly, saying it is loading meanwhile', async () => {
      const el = await fixture<ThemeSample>(
        html`<selca-story-theme-sample src=${`/__selca__/profile/slow?ms=600&${unique()}`}></selca-story-theme-sample>`,
      );
      expect(notice(el)).to.equal(PROFILE_MESSAGES.loading);
      await waitUntil(() => heading(el) === 'A slowly served alliance', 'the profile arrives', { timeout: 4000 });
      expect(notice(el)).to.equal('');
    });
  });
});

describe('ProfileController (through a widget)', () => {
  let console: ReturnType<typeof captureConsole>;
  beforeEach(() => (console = captureConsole()));
  afterEach(() => console.restore());

  describe('with nothing given', () => {
    it('uses the built-in SELCA profile', async () => {
      const el = await fixture<ThemeSample>(html`<selca-story-theme-sample></selca-story-theme-sample>`);
      expect(heading(el)).to.equal('South East London Cancer Alliance');
      expect(notice(el)).to.equal('');
    });
  });

  describe('with a profile property', () => {
    it('uses a valid profile', async () => {
      const el = await fixture<ThemeSample>(html`<selca-story-theme-sample .profile=${otherAlliance}></selca-story-theme-sample>`);
      expect(heading(el)).to.equal('Another Cancer Alliance');
    });

    it('keeps what it had, tells the visitor and logs the paths when given an invalid one', async () => {
      const el = await fixture<ThemeSample>(html`<selca-story-theme-sample .profile=${otherAlliance}></selca-story-theme-sample>`);
      el.profile = { ...otherAlliance, name: 'Not shown', version: 'one' };
      await el.updateComplete;
      expect(heading(el)).to.equal('Another Cancer Alliance');
      expect(notice(el)).to.equal(INVALID);
      expect(console.error.join('\n')).to.contain('version: must be one of 1, got "one"');
    });

    it('uses a profile with an unsafe link, leaving the link out with one warning', async () => {
      const el = await fixture<ThemeSample>(
        html`<selca-story-theme-sample
          .profile=${{ ...otherAlliance, name: 'Linked Alliance', organisations: [{ ...otherAlliance.organisations[0], url: 'javascript:alert(1)' }] }}
        ></selca-story-theme-sample>`,
      );
      expect(heading(el)).to.equal('Linked Alliance');
      expect(notice(el)).to.equal('');
      expect(console.warn).to.have.length(1);
      expect(console.warn[0]).to.contain('organisations[0].url: must be a web address starting with https:// or http://');
    });

    it('recovers when a valid profile follows an invalid one', async () => {
      const el = await fixture<ThemeSample>(html`<selca-story-theme-sample .profile=${{ broken: true }}></selca-story-theme-sample>`);
      expect(notice(el)).to.equal(INVALID);
      el.profile = otherAlliance;
      await el.updateComplete;
      expect(notice(el)).to.equal('');
      expect(heading(el)).to.equal('Another Cancer Alliance');
    });

    it('takes precedence over src', async () => {
      const fetcher = fakeFetch({});
      try {
        const el = await fixture<ThemeSample>(
          html`<selca-story-theme-sample src="/never.json" .profile=${otherAlliance}></selca-story-theme-sample>`,
        );
        expect(heading(el)).to.equal('Another Cancer Alliance');
        expect(fetcher.calls).to.deep.equal([]);
      } finally {
        fetcher.restore();
      }
    });
  });

  describe('with a src address', () => {
    it('says it is loading, then shows the fetched profile', async () => {
      const url = uniqueUrl();
      let answer!: (response: Response) => void;
      const fetcher = fakeFetch({ [url]: () => new Promise<Response>((resolve) => (answer = resolve)) });
      try {
        const el = await fixture<ThemeSample>(html`<selca-story-theme-sample src=${url}></selca-story-theme-sample>`);
        expect(notice(el)).to.equal(PROFILE_MESSAGES.loading);
        answer(json(otherAlliance));
        await waitUntil(() => heading(el) === 'Another Cancer Alliance');
        expect(notice(el)).to.equal('');
      } finally {
        fetcher.restore();
      }
    });

    it('keeps the profile it had when a new address fails', async () => {
      const good = uniqueUrl();
      const fetcher = fakeFetch({ [good]: () => json(otherAlliance) });
      try {
        const el = await fixture<ThemeSample>(html`<selca-story-theme-sample src=${good}></selca-story-theme-sample>`);
        await waitUntil(() => heading(el) === 'Another Cancer Alliance');
        el.src = uniqueUrl();
        await waitUntil(() => notice(el) === FAILED);
        expect(heading(el)).to.equal('Another Cancer Alliance');
        expect(console.error.join('\n')).to.contain('the profile at src could not be used');
      } finally {
        fetcher.restore();
      }
    });

    it('says the information is not available when the fetched profile is invalid', async () => {
      const url = uniqueUrl();
      const fetcher = fakeFetch({ [url]: () => json({ version: 2 }) });
      try {
        const el = await fixture<ThemeSample>(html`<selca-story-theme-sample src=${url}></selca-story-theme-sample>`);
        await waitUntil(() => notice(el) === INVALID);
        expect(console.error.join('\n')).to.contain('- version: must be one of 1, got 2');
      } finally {
        fetcher.restore();
      }
    });

    it('ignores an answer that arrives after the address changed', async () => {
      const slow = uniqueUrl();
      const fast = uniqueUrl();
      let answerSlow!: (response: Response) => void;
      const fetcher = fakeFetch({
        [slow]: () => new Promise<Response>((resolve) => (answerSlow = resolve)),
        [fast]: () => json(otherAlliance),
      });
      try {
        const el = await fixture<ThemeSample>(html`<selca-story-theme-sample src=${slow}></selca-story-theme-sample>`);
        el.src = fast;
        await waitUntil(() => heading(el) === 'Another Cancer Alliance');
        answerSlow(json(selcaProfile));
        await new Promise((done) => setTimeout(done, 50));
        expect(heading(el)).to.equal('Another Cancer Alliance');
      } finally {
        fetcher.restore();
      }
    });

    it('refuses a javascript: address and says so', async () => {
      const el = await fixture<ThemeSample>(html`<selca-story-theme-sample src="javascript:alert(1)"></selca-story-theme-sample>`);
      await waitUntil(() => notice(el) === FAILED);
      expect(console.error.join('\n')).to.contain(
        'is not loaded: only https:// or http:// addresses without a user name, or paths on this site, are.',
      );
    });

    it('goes back to the built-in profile when src is removed', async () => {
      const el = await fixture<ThemeSample>(html`<selca-story-theme-sample src="javascript:void 0"></selca-story-theme-sample>`);
      await waitUntil(() => notice(el) === FAILED);
      el.removeAttribute('src');
      await el.updateComplete;
      expect(heading(el)).to.equal('South East London Cancer Alliance');
      expect(notice(el)).to.equal('');
    });
  });
});
