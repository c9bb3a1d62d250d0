import type { panelLabels } from './panel-labels.js';

/**
 * Every word the toolbar shows can be replaced through its `labels` property, for example to
 * translate it or match a trust's tone. The button's own words are here, always loaded; the
 * panel's are in `panel-labels.ts`, which arrives with the panel.
 */
export const buttonLabels = {
  toggle: 'Accessibility tools',
  panelLoading: 'Loading the accessibility tools…',
  panelUnavailable: 'Sorry, the accessibility tools could not be loaded. Please check your connection and try again.',
};

export type ToolbarLabels = typeof buttonLabels & typeof panelLabels;
