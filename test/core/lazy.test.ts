import { LitElement, html } from 'lit';
import { lazyPart, whenIdle } from '../../src/core/lazy.js';
import { PartLoader } from '../../src/core/part-loader.js';
import type { LazyPart } from '../../src/core/lazy.js';
import { captureConsole } from '../helpers/console.js';
import { expect, fixture, waitUntil } from '../helpers/testing.js';

/** A part whose download the test controls: it fails `failures` times, then arrives. */
function controlledPart(failures = 0) {
  let calls = 0;
  const part = lazyPart(async () => {
    calls += 1;
    await new Promise((done) => setTimeout(done, 10));
    if (calls <= failures) throw new Error('network down');
    return { answer: 42 };
  });
  return { part, calls: () => calls };
}

class PartHost extends LitElement {
  lazy?: LazyPart<{ answer: number }>;
  readonly parts = new PartLoader(this);
  renders = 0;
  override render() {
    this.renders += 1;
    return html`<p>${this.lazy?.value ? `answer ${this.lazy.value.answer}` : this.lazy && this.parts.failed(this.lazy) ? 'failed' : 'waiting'}</p>`;
  }
}
customElements.define('test-part-host', PartHost);

describe('lazy parts', () => {
  describe('lazyPart', () => {
    it('downloads once, however often it is asked for', async () => {
      const { part, calls } = controlledPart();
      expect(part.value).to.equal(undefined);
      const [a, b] = await Promise.all([part.load(), part.load()]);
      expect(a).to.equal(b);
      expect(part.value).to.deep.equal({ answer: 42 });
      await part.load();
      expect(calls()).to.equal(1);
    });

    it('forgets a failed download, so the next use tries again', async () => {
      const { part, calls } = controlledPart(1);
      const error = await part.load().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect((error as Error).message).to.equal('network down');
      expect(part.value).to.equal(undefined);
      expect(await part.load()).to.deep.equal({ answer: 42 });
      expect(calls()).to.equal(2);
    });

    it('fetches ahead once the page is idle, without being asked again', async () => {
      const { part, calls } = controlledPart();
      part.prefetch();
      part.prefetch();
      await waitUntil(() => part.value !== undefined, 'prefetched', { timeout: 5000 });
      expect(calls()).to.equal(1);
    });
  });

  describe('whenIdle', () => {
    it('runs the task after the page has loaded', async () => {
      expect(document.readyState).to.equal('complete');
      let ran = false;
      whenIdle(() => (ran = true));
      expect(ran, 'not at once').to.equal(false);
      await waitUntil(() => ran, 'ran when idle', { timeout: 5000 });
    });
  });

  describe('PartLoader', () => {
    it('renders the widget again when the part arrives, and its updateComplete can wait for it', async () => {
      const host = await fixture<PartHost>(html`<test-part-host></test-part-host>`);
      host.lazy = controlledPart().part;
      host.parts.use(host.lazy);
      expect(host.parts.pending).to.be.instanceOf(Promise);
      await host.parts.pending;
      await host.updateComplete;
      expect(host.parts.pending).to.equal(undefined);
      expect(host.shadowRoot!.textContent).to.contain('answer 42');
    });

    it('logs a failed download for the web team and lets the widget tell the visitor', async () => {
      const console = captureConsole();
      try {
        const host = await fixture<PartHost>(html`<test-part-host></test-part-host>`);
        host.lazy = controlledPart(1).part;
        host.parts.use(host.lazy);
        await host.parts.pending;
        await host.updateComplete;
        expect(host.parts.failed(host.lazy)).to.equal(true);
        expect(host.shadowRoot!.textContent).to.contain('failed');
        expect(console.error.join('\n')).to.contain('<test-part-host>: part of the widget could not be downloaded.');
      } finally {
        console.restore();
      }
    });

    it('does not download a failed part again on its own, only when asked to retry', async () => {
      const console = captureConsole();
      try {
        const host = await fixture<PartHost>(html`<test-part-host></test-part-host>`);
        const { part, calls } = controlledPart(1);
        host.lazy = part;
        host.parts.use(part);
        await host.parts.pending;
        await host.updateComplete;
        host.parts.use(part);
        host.requestUpdate();
        await host.updateComplete;
        expect(calls(), 'a render does not retry').to.equal(1);
        host.parts.use(part, { retry: true });
        await host.parts.pending;
        await host.updateComplete;
        expect(calls()).to.equal(2);
        expect(host.parts.failed(part)).to.equal(false);
        expect(host.shadowRoot!.textContent).to.contain('answer 42');
      } finally {
        console.restore();
      }
    });
  });
});
