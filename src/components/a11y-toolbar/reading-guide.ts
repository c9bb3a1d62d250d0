import { css, html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Preferences } from '../../core/preferences.js';

// One guide per page, however many toolbars: the first one connected draws it.
const connected: ReadingGuideController[] = [];

/** Where Alt with an arrow key is the control's own (a select opens, a text field moves its caret). */
const OWN_ALT_ARROWS = 'select, input, textarea, [contenteditable]:not([contenteditable="false"])';

/**
 * A reading ruler or mask that follows the pointer (mouse, pen, touch), keyboard focus and the text
 * caret; Alt with the up or down arrow moves it a line at a time. It is drawn with
 * `pointer-events: none`, so it never takes a click; it takes no key the page cancels, and Escape
 * is left to the page (the toolbar turns the guide off on Escape inside itself). Listeners are
 * attached only while a guide is on. It is shown as a manual popover, in the top layer, so a page
 * that puts the toolbar inside a transformed container still gets a guide across the viewport.
 */
export class ReadingGuideController implements ReactiveController {
  /** The line the guide centres on, in viewport pixels. */
  y = 0;
  #listening = false;
  #lastFocused: Element | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly mode: () => Preferences['readingGuide'],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.y = Math.round(globalThis.innerHeight / 3);
    connected.push(this);
  }

  hostUpdated(): void {
    const on = connected[0] === this && this.mode() !== 'none';
    if (on && !this.#listening) this.#listen(true);
    else if (!on && this.#listening) this.#listen(false);
    // In the top layer, an ancestor with a transform or filter cannot confine the guide to itself.
    const guide = (this.host as unknown as { renderRoot?: ParentNode }).renderRoot?.querySelector<HTMLElement>('.guide');
    if (guide) this.#place();
    try {
      if (guide?.showPopover && !guide.matches(':popover-open')) guide.showPopover();
    } catch {
      // Without the Popover API the guide stays fixed to the viewport, as before.
    }
  }

  hostDisconnected(): void {
    if (this.#listening) this.#listen(false);
    connected.splice(connected.indexOf(this), 1);
  }

  #listen(on: boolean): void {
    this.#listening = on;
    const listeners: [string, (event: never) => void][] = [
      ['pointermove', this.#onPointer],
      ['pointerdown', this.#onPointer],
      ['focusin', this.#onFocus],
      ['keydown', this.#onKey],
      // Focus moving inside one shadow root sends no focusin to the document: a key that moved it is seen here.
      ['keyup', this.#onKeyUp],
      // Caret browsing and text selection by keyboard.
      ['selectionchange', this.#onSelection],
    ];
    for (const [type, listener] of listeners) {
      // Alt and an arrow move the guide instead of scrolling the page, so that one listener may cancel.
      if (on) document.addEventListener(type, listener as EventListener, { passive: type !== 'keydown' });
      else document.removeEventListener(type, listener as EventListener);
    }
  }

  readonly #onPointer = (event: PointerEvent) => this.#moveTo(event.clientY);

  readonly #onFocus = (event: FocusEvent) => {
    const target = event.composedPath()[0];
    if (target instanceof Element) {
      this.#lastFocused = target;
      this.#moveToElement(target);
    }
  };

  // Only when focus moved: a key that did not move it (Alt and an arrow) leaves the guide where it went.
  readonly #onKeyUp = () => {
    let focused = document.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    if (focused === this.#lastFocused) return;
    this.#lastFocused = focused;
    if (!focused || focused === document.body) return;
    this.#moveToElement(focused);
  };

  readonly #onKey = (event: KeyboardEvent) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const target = event.composedPath()[0];
    if (target instanceof Element && target.closest(OWN_ALT_ARROWS)) return;
    // A line of the page's text, which grows with the visitor's text size.
    const line = 1.5 * parseFloat(getComputedStyle(document.documentElement).fontSize);
    event.preventDefault();
    this.#moveTo(Math.min(globalThis.innerHeight, Math.max(0, this.y + (event.key === 'ArrowDown' ? line : -line))));
  };

  readonly #onSelection = () => {
    const selection = document.getSelection();
    if (!selection?.rangeCount || !selection.isCollapsed) return;
    const caret = selection.getRangeAt(0).getClientRects()[0];
    if (caret?.height) this.#moveTo(caret.top + caret.height / 2);
  };

  /** Centres the guide on the part of an element inside the viewport: the middle of one taller than the screen is off it. */
  #moveToElement(element: Element): void {
    const { top, bottom } = element.getBoundingClientRect();
    const clamp = (y: number) => Math.min(Math.max(y, 0), globalThis.innerHeight);
    this.#moveTo((clamp(top) + clamp(bottom)) / 2);
  }

  /** Moves the drawn guide directly, without rendering the toolbar again on every pointer move. */
  #moveTo(y: number): void {
    if (Math.round(y) === this.y) return;
    this.y = Math.round(y);
    this.#place();
  }

  /** Positions the drawn guide through the CSSOM, which a strict CSP allows (a `style` attribute it does not). */
  #place(): void {
    const root = (this.host as unknown as { renderRoot?: ParentNode }).renderRoot;
    const half = 'calc(var(--_guide-height) / 2)';
    const positions: [selector: string, property: string, value: string][] = [
      ['.ruler', 'top', `calc(${this.y}px - ${half})`],
      ['.mask-above', 'height', `max(0px, calc(${this.y}px - ${half}))`],
      ['.mask-below', 'top', `calc(${this.y}px + ${half})`],
    ];
    for (const [selector, property, value] of positions) {
      root?.querySelector<HTMLElement>(selector)?.style.setProperty(property, value);
    }
  }

  render(): TemplateResult | typeof nothing {
    const mode = this.mode();
    if (mode === 'none' || connected[0] !== this) return nothing;
    if (mode === 'ruler') return html`<div class="guide ruler" part="reading-guide" .popover=${'manual'}></div>`;
    return html`<div class="guide mask" part="reading-guide" .popover=${'manual'}>
      <div class="mask-above"></div>
      <div class="mask-below"></div>
    </div>`;
  }
}

export const partStyles = css`
  /* Undoes the browser's popover box (centred, bordered, sized to content) for the guide. */
  .guide {
    --_guide-height: 3em;
    position: fixed;
    inset-inline: 0;
    z-index: 2147483646;
    inline-size: auto;
    max-inline-size: none;
    margin: 0;
    padding: 0;
    border-inline: 0;
    overflow: visible;
    color: inherit;
    pointer-events: none;
  }

  .guide::backdrop {
    pointer-events: none;
  }

  .ruler {
    bottom: auto;
    block-size: var(--_guide-height);
    border-block: 3px solid #212b32;
    background-color: rgb(255 235 59 / 0.25);
  }

  .mask {
    inset-block: 0;
    block-size: auto;
    max-block-size: none;
    border: 0;
    background: transparent;
  }

  .mask-above,
  .mask-below {
    position: absolute;
    inset-inline: 0;
    background-color: rgb(0 0 0 / 0.6);
  }

  .mask-above {
    top: 0;
  }

  .mask-below {
    bottom: 0;
  }

  @media (forced-colors: active) {
    .ruler {
      border-color: Highlight;
      background-color: transparent;
    }
    .mask-above,
    .mask-below {
      background-color: Canvas;
      opacity: 0.8;
    }
  }
`;
