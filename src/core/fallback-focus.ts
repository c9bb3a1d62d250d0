/**
 * A visitor may tab into a widget's fallback content while its code downloads; drawing the widget
 * hides that content, and the browser would drop focus to the top of the page. Called after the
 * first render, this moves focus to the same link in the widget, or else to its first control.
 */
export function keepFallbackFocus(host: HTMLElement): void {
  const active = (host.getRootNode() as Document | ShadowRoot).activeElement;
  const root = host.shadowRoot;
  if (!root || !active || active === host || !host.contains(active)) return;
  const href = active.getAttribute('href');
  const sameLink =
    href === null ? undefined : [...root.querySelectorAll<HTMLElement>('a[href]')].find((link) => link.getAttribute('href') === href);
  (sameLink ?? root.querySelector<HTMLElement>('a[href], button, input, select, summary, [tabindex="0"]'))?.focus();
}
