import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Preferences } from '../../core/preferences.js';

/**
 * A reading ruler or mask that follows the pointer (mouse, pen, touch) and keyboard focus. It is
 * drawn with `pointer-events: none`, so it never takes a click, and Escape turns it off. Listeners
 * are attached only while a guide is on.
 */
export class ReadingGuideController implements ReactiveController {
  /** The line the guide centres on, in viewport pixels. */
  y = 0;
  private listening = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly mode: () => Preferences['readingGuide'],
    private readonly turnOff: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.y = Math.round(globalThis.innerHeight / 3);
  }

  hostUpdated(): void {
    const on = this.mode() !== 'none';
    if (on && !this.listening) this.listen(true);
    else if (!on && this.listening) this.listen(false);
  }

  hostDisconnected(): void {
    if (this.listening) this.listen(false);
  }

  private listen(on: boolean): void {
    this.listening = on;
    const listeners: [string, (event: never) => void][] = [
      ['pointermove', this.onPointer],
      ['pointerdown', this.onPointer],
      ['focusin', this.onFocus],
      ['keydown', this.onKey],
    ];
    for (const [type, listener] of listeners) {
      if (on) document.addEventListener(type, listener as EventListener, { passive: true });
      else document.removeEventListener(type, listener as EventListener);
    }
  }

  private readonly onPointer = (event: PointerEvent) => this.moveTo(event.clientY);

  private readonly onFocus = (event: FocusEvent) => {
    const target = event.composedPath()[0];
    if (target instanceof Element) {
      const box = target.getBoundingClientRect();
      this.moveTo(box.top + box.height / 2);
    }
  };

  // Escape turns the guide off; the key still reaches the page (nothing is prevented).
  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.turnOff();
  };

  private moveTo(y: number): void {
    if (Math.round(y) === this.y) return;
    this.y = Math.round(y);
    this.host.requestUpdate();
  }

  render(): TemplateResult | typeof nothing {
    const mode = this.mode();
    if (mode === 'none') return nothing;
    const half = 'calc(var(--_guide-height) / 2)';
    if (mode === 'ruler') {
      return html`<div class="guide ruler" part="reading-guide" style=${styleMap({ top: `calc(${this.y}px - ${half})` })}></div>`;
    }
    return html`<div class="guide mask" part="reading-guide">
      <div class="mask-above" style=${styleMap({ height: `max(0px, calc(${this.y}px - ${half}))` })}></div>
      <div class="mask-below" style=${styleMap({ top: `calc(${this.y}px + ${half})` })}></div>
    </div>`;
  }
}
