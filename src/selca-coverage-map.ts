import { CoverageMap } from './components/coverage-map/coverage-map.js';
import type { MapProfile } from './components/coverage-map/coverage-map.js';
import { defineElement } from './core/define.js';
import { londonBoroughs } from './data/london-boroughs.js';
import { selcaIdentity } from './data/selca/identity.js';
import { selcaArea } from './data/selca/boroughs.js';
import { selcaOrganisationsWithSites } from './data/selca/sites.js';

export { CoverageMap };
// So a page without a bundler can replace words: `import { setWords } from '…/selca-coverage-map.js'`.
export { setWords } from './core/words.js';

CoverageMap.defaultProfile = {
  lang: selcaIdentity.lang,
  shortName: selcaIdentity.shortName,
  area: selcaArea,
  organisations: selcaOrganisationsWithSites,
} satisfies MapProfile;
CoverageMap.defaultGeometry = londonBoroughs;

defineElement('selca-coverage-map', CoverageMap);

declare global {
  interface HTMLElementTagNameMap {
    'selca-coverage-map': CoverageMap;
  }
}
