import { PartnerList } from './components/partner-list/partner-list.js';
import type { PartnersProfile } from './components/partner-list/partners.js';
import { defineElement } from './core/define.js';
import { selcaArea } from './data/selca/boroughs.js';
import { selcaIdentity } from './data/selca/identity.js';
import { selcaOrganisations } from './data/selca/organisations.js';

export { PartnerList };
// So a page without a bundler can replace words: `import { setWords } from '…/selca-partner-list.js'`.
export { setWords } from './core/words.js';

PartnerList.defaultProfile = { lang: selcaIdentity.lang, area: selcaArea, organisations: selcaOrganisations } satisfies PartnersProfile;

defineElement('selca-partner-list', PartnerList);

declare global {
  interface HTMLElementTagNameMap {
    'selca-partner-list': PartnerList;
  }
}
