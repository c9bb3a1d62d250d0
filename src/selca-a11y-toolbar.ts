import { A11yToolbar } from './components/a11y-toolbar/a11y-toolbar.js';
import { defineElement } from './core/define.js';

export { A11yToolbar };

defineElement('selca-a11y-toolbar', A11yToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'selca-a11y-toolbar': A11yToolbar;
  }
}
