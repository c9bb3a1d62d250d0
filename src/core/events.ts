/**
 * Every event the widgets fire: its name and the type of its `detail`, declared once in the
 * browser's global event maps so `addEventListener` gives typed events, and fired through `fire`.
 * The `@fires` tags on each widget name these detail types, so the Custom Elements Manifest and
 * the framework and editor types generated from it carry them too.
 */
import type { Preferences } from './preferences.js';

/** The area selected on `<selca-coverage-map>` (GSS code and name), or `null` when cleared. */
export type AreaSelectDetail = { code: string; name: string } | null;

/** The filters of `<selca-partner-list>`; `null` or `''` means "all". */
export interface PartnerFilterDetail {
  /** Organisation type, for example `acute-trust`. */
  type: string | null;
  /** GSS code of a borough. */
  borough: string | null;
  /** The words searched for. */
  query: string;
}

/** One area of `<selca-focus-areas>` that opened or closed. */
export interface FocusAreasToggleDetail {
  id: string;
  open: boolean;
}

/** Whether the panel of `<selca-a11y-toolbar>` is now open. */
export interface ToolbarToggleDetail {
  open: boolean;
}

/** The preferences in force after a change. */
export type PreferencesChangeDetail = Readonly<Preferences>;

declare global {
  // Every widget event bubbles and is composed, so it also reaches the document.
  interface HTMLElementEventMap {
    'selca-area-select': CustomEvent<AreaSelectDetail>;
    'selca-partner-filter': CustomEvent<PartnerFilterDetail>;
    'selca-focus-areas-toggle': CustomEvent<FocusAreasToggleDetail>;
    'selca-toolbar-toggle': CustomEvent<ToolbarToggleDetail>;
  }
  interface DocumentEventMap extends Pick<HTMLElementEventMap, WidgetEventName> {
    'selca-preferences-change': CustomEvent<PreferencesChangeDetail>;
  }
}

/** Names of the events widgets fire on themselves. */
export type WidgetEventName = Extract<keyof HTMLElementEventMap, `selca-${string}`>;
/** Names of every `selca-` event, including those fired on the document. */
export type SelcaEventName = Extract<keyof DocumentEventMap, `selca-${string}`>;
/** The `detail` of the event `name`. */
export type SelcaEventDetail<Name extends SelcaEventName> = DocumentEventMap[Name] extends CustomEvent<infer Detail> ? Detail : never;

/** Fires a `selca-` event on `target`: bubbling, and composed so it leaves shadow roots. */
export function fire<Name extends SelcaEventName>(target: EventTarget, name: Name, detail: SelcaEventDetail<Name>): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
