import type { WordsFor } from '../../core/words.js';
import type { toolbarPanelWords } from './panel-words.js';

/**
 * The toolbar's English words, each replaceable (`setWords`, the element's `words` property or its
 * older name `labels`, and `button-label` for the button). The button's own are here, always
 * loaded; the panel's are in `panel-words.ts`, which arrives with the panel.
 */
export const toolbarButtonWords = {
  /** The button's words (also the `button-label` attribute). */
  toggle: 'Accessibility tools',
  panelLoading: 'Loading the accessibility tools…',
  panelUnavailable: 'Sorry, the accessibility tools could not be loaded. Please check your connection and try again.',
};

/** Every word of the toolbar, the button's and the panel's. */
export type ToolbarWords = typeof toolbarButtonWords & typeof toolbarPanelWords;
/** Replacements for some of the toolbar's words. */
export type ToolbarWordsGiven = WordsFor<ToolbarWords>;

declare module '../../core/words.js' {
  interface WidgetWords {
    'selca-a11y-toolbar': typeof toolbarButtonWords & typeof toolbarPanelWords;
  }
}
