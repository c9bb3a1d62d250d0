import type { SpokenWords } from '../../core/words.js';
import type { goalsPanelWords } from './words.js';

/**
 * The panel's names and announcements, which screen readers say in the page's voice whatever
 * their `lang`: the notices, the principles' group name, and the links.
 */
export const goalsPanelSpoken: SpokenWords<typeof goalsPanelWords> = [
  'loading',
  'failed',
  'invalid',
  'principlesLabel',
  'goalLink',
  'principleLink',
];
