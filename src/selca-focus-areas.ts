import { FocusAreas } from './components/focus-areas/focus-areas.js';
import { defineElement } from './core/define.js';

export { FocusAreas };

defineElement('selca-focus-areas', FocusAreas);

declare global {
  interface HTMLElementTagNameMap {
    'selca-focus-areas': FocusAreas;
  }
}
