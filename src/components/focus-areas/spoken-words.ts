import type { SpokenWords } from '../../core/words.js';
import type { focusAreasWords } from './words.js';

/**
 * The focus areas' names and announcements, which screen readers say in the page's voice whatever
 * their `lang`: the notices, the button that opens or closes every area, and an area's link.
 */
export const focusAreasSpoken: SpokenWords<typeof focusAreasWords> = ['loading', 'failed', 'invalid', 'expandAll', 'collapseAll', 'more'];
