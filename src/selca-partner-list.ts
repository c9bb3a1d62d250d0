import { PartnerList } from './components/partner-list/partner-list.js';
import { defineElement } from './core/define.js';

export { PartnerList };

defineElement('selca-partner-list', PartnerList);

declare global {
  interface HTMLElementTagNameMap {
    'selca-partner-list': PartnerList;
  }
}
