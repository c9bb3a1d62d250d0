import { html } from 'lit';
import { expect, fixture } from '../helpers/testing.js';
import { fire } from '../../src/core/events.js';

describe('fire', () => {
  describe('from inside a shadow root', () => {
    it('reaches the host and the document with its detail: it bubbles and is composed', async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
      const atHost: unknown[] = [];
      const atDocument: unknown[] = [];
      const recordAtDocument = (event: DocumentEventMap['selca-focus-areas-toggle']) => atDocument.push(event.detail);
      host.addEventListener('selca-focus-areas-toggle', (event) => atHost.push(event.detail));
      document.addEventListener('selca-focus-areas-toggle', recordAtDocument);
      try {
        fire(inner, 'selca-focus-areas-toggle', { id: 'early-diagnosis', open: true });
      } finally {
        document.removeEventListener('selca-focus-areas-toggle', recordAtDocument);
      }
      expect(atHost).to.deep.equal([{ id: 'early-diagnosis', open: true }]);
      expect(atDocument).to.deep.equal([{ id: 'early-diagnosis', open: true }]);
    });
  });

  describe('the event', () => {
    it('is a CustomEvent that bubbles, is composed and cannot be cancelled', async () => {
      const target = await fixture<HTMLElement>(html`<div></div>`);
      let fired: Event | undefined;
      target.addEventListener('selca-area-select', (event) => (fired = event));
      fire(target, 'selca-area-select', null);
      expect(fired).to.be.instanceOf(CustomEvent);
      expect([fired!.bubbles, fired!.composed, fired!.cancelable]).to.deep.equal([true, true, false]);
      expect((fired as CustomEvent).detail).to.equal(null);
    });
  });
});
