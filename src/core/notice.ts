import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

/**
 * The status region every widget keeps at its top: empty while all is well, a short message while
 * data loads or after it failed. It is always in the page, so screen readers announce the change
 * politely without losing their place. A message in another language than the page's comes marked
 * (`WordsController.mark`), so the box keeps the widget's direction and only the words take theirs.
 */
export function renderNotice(kind: 'loading' | 'error' | 'ready', message: TemplateResult | string): TemplateResult {
  return html`<div class="selca-status" role="status">
    ${message ? html`<p class="selca-notice" data-kind=${kind} part="notice">${message}</p>` : nothing}
  </div>`;
}

export const noticeStyles = css`
  .selca-notice {
    margin: 0 0 var(--_paragraph-spacing);
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_border);
    background-color: var(--_surface);
    color: var(--_text);
  }

  .selca-notice[data-kind='error'] {
    border-inline-start-color: var(--_error);
  }
`;
