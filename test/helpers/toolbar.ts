import { html } from 'lit';
import { fixture } from './testing.js';
import '../../src/selca-a11y-toolbar.js';
import type { A11yToolbar } from '../../src/components/a11y-toolbar/a11y-toolbar.js';
import { STORAGE_KEY, preferenceStore } from '../../src/components/a11y-toolbar/preference-store.js';
import type { ThemeProbe } from './theme-probe.js';
import './theme-probe.js';

export interface ToolbarPage {
  root: HTMLElement;
  toolbar: A11yToolbar;
  paragraph: HTMLElement;
  link: HTMLAnchorElement;
  moving: HTMLElement;
  /** Another widget on the page, following the preferences channel. */
  widget: ThemeProbe;
}

/** A small host page: the toolbar, some content, and another widget. */
export async function toolbarPage(template = html`<selca-a11y-toolbar></selca-a11y-toolbar>`): Promise<ToolbarPage> {
  const root = await fixture<HTMLElement>(html`<div>
    ${template}
    <article>
      <h2>Finding cancer earlier</h2>
      <p class="paragraph">Ask your GP about a referral, or <a href="#clinics">read about the clinics</a>.</p>
      <div class="moving" style="transition: opacity 2s; animation: 3s linear infinite both pulse">Moving</div>
      <test-theme-probe></test-theme-probe>
    </article>
  </div>`);
  const toolbar = root.querySelector('selca-a11y-toolbar')!;
  await toolbar.updateComplete;
  return {
    root,
    toolbar,
    paragraph: root.querySelector('.paragraph')!,
    link: root.querySelector('.paragraph a')!,
    moving: root.querySelector('.moving')!,
    widget: root.querySelector('test-theme-probe')!,
  };
}

/** Inside the toolbar's shadow root. */
export const inToolbar = <E extends Element = HTMLElement>(toolbar: A11yToolbar, selector: string): E =>
  toolbar.shadowRoot!.querySelector<E>(selector)!;

/** The radio or button whose visible text is `label`. */
export function control(toolbar: A11yToolbar, label: string): HTMLInputElement | HTMLButtonElement {
  for (const element of toolbar.shadowRoot!.querySelectorAll<HTMLButtonElement | HTMLLabelElement>('button, label')) {
    if (element.textContent?.trim() === label) {
      return element instanceof HTMLLabelElement ? element.querySelector('input')! : element;
    }
  }
  throw new Error(`No control labelled "${label}"`);
}

/** Forgets every choice and stored value, so the next test starts from an untouched page. */
export function resetToolbarState(): void {
  preferenceStore().reset();
  localStorage.removeItem(STORAGE_KEY);
}
