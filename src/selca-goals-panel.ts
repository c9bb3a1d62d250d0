import { GoalsPanel } from './components/goals-panel/goals-panel.js';
import { defineElement } from './core/define.js';

export { GoalsPanel };

defineElement('selca-goals-panel', GoalsPanel);

declare global {
  interface HTMLElementTagNameMap {
    'selca-goals-panel': GoalsPanel;
  }
}
