import { FocusAreas } from './components/focus-areas/focus-areas.js';
import type { FocusAreasProfile } from './components/focus-areas/focus-areas.js';
import { defineElement } from './core/define.js';
import { selcaCrossCuttingAreas, selcaFocusAreas } from './data/selca/focus-areas.js';
import { selcaIdentity } from './data/selca/identity.js';

export { FocusAreas };
// So a page without a bundler can replace words: `import { setWords } from '…/selca-focus-areas.js'`.
export { setWords } from './core/words.js';

FocusAreas.defaultProfile = {
  lang: selcaIdentity.lang,
  focusAreas: selcaFocusAreas,
  crossCuttingAreas: selcaCrossCuttingAreas,
} satisfies FocusAreasProfile;

defineElement('selca-focus-areas', FocusAreas);

declare global {
  interface HTMLElementTagNameMap {
    'selca-focus-areas': FocusAreas;
  }
}
