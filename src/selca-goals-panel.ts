import { GoalsPanel } from './components/goals-panel/goals-panel.js';
import type { GoalsProfile } from './components/goals-panel/goals-panel.js';
import { defineElement } from './core/define.js';
import { selcaGoals, selcaPrinciples } from './data/selca/goals.js';
import { selcaIdentity } from './data/selca/identity.js';

export { GoalsPanel };
// So a page without a bundler can replace words: `import { setWords } from '…/selca-goals-panel.js'`.
export { setWords } from './core/words.js';

GoalsPanel.defaultProfile = { lang: selcaIdentity.lang, goals: selcaGoals, principles: selcaPrinciples } satisfies GoalsProfile;

defineElement('selca-goals-panel', GoalsPanel);

declare global {
  interface HTMLElementTagNameMap {
    'selca-goals-panel': GoalsPanel;
  }
}
