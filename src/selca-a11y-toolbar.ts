import { A11yToolbar } from './components/a11y-toolbar/a11y-toolbar.js';
import { defineElement } from './core/define.js';

export { A11yToolbar };
// So a page without a bundler can replace words: `import { setWords } from '…/selca-a11y-toolbar.js'`.
export { setWords } from './core/words.js';

defineElement('selca-a11y-toolbar', A11yToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'selca-a11y-toolbar': A11yToolbar;
  }
}
