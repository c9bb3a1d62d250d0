import { CoverageMap } from './components/coverage-map/coverage-map.js';
import { defineElement } from './core/define.js';

export { CoverageMap };

defineElement('selca-coverage-map', CoverageMap);

declare global {
  interface HTMLElementTagNameMap {
    'selca-coverage-map': CoverageMap;
  }
}
