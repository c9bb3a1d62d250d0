// The success criteria of WCAG 2.2 at levels A and AA (https://www.w3.org/TR/WCAG22/), in the
// standard's order. 4.1.1 Parsing is obsolete in 2.2 and removed, so it is left out here.
export const WCAG_VERSION = '2.2';
export const LEFT_OUT = [{ number: '4.1.1', title: 'Parsing', why: 'obsolete and removed in WCAG 2.2' }];

const list = (level, entries) => entries.map(([number, title]) => ({ number, title, level }));

export const CRITERIA = [
  ...list('A', [['1.1.1', 'Non-text Content']]),
  ...list('A', [
    ['1.2.1', 'Audio-only and Video-only (Prerecorded)'],
    ['1.2.2', 'Captions (Prerecorded)'],
    ['1.2.3', 'Audio Description or Media Alternative (Prerecorded)'],
  ]),
  ...list('AA', [
    ['1.2.4', 'Captions (Live)'],
    ['1.2.5', 'Audio Description (Prerecorded)'],
  ]),
  ...list('A', [
    ['1.3.1', 'Info and Relationships'],
    ['1.3.2', 'Meaningful Sequence'],
    ['1.3.3', 'Sensory Characteristics'],
  ]),
  ...list('AA', [
    ['1.3.4', 'Orientation'],
    ['1.3.5', 'Identify Input Purpose'],
  ]),
  ...list('A', [
    ['1.4.1', 'Use of Color'],
    ['1.4.2', 'Audio Control'],
  ]),
  ...list('AA', [
    ['1.4.3', 'Contrast (Minimum)'],
    ['1.4.4', 'Resize Text'],
    ['1.4.5', 'Images of Text'],
    ['1.4.10', 'Reflow'],
    ['1.4.11', 'Non-text Contrast'],
    ['1.4.12', 'Text Spacing'],
    ['1.4.13', 'Content on Hover or Focus'],
  ]),
  ...list('A', [
    ['2.1.1', 'Keyboard'],
    ['2.1.2', 'No Keyboard Trap'],
    ['2.1.4', 'Character Key Shortcuts'],
    ['2.2.1', 'Timing Adjustable'],
    ['2.2.2', 'Pause, Stop, Hide'],
    ['2.3.1', 'Three Flashes or Below Threshold'],
    ['2.4.1', 'Bypass Blocks'],
    ['2.4.2', 'Page Titled'],
    ['2.4.3', 'Focus Order'],
    ['2.4.4', 'Link Purpose (In Context)'],
  ]),
  ...list('AA', [
    ['2.4.5', 'Multiple Ways'],
    ['2.4.6', 'Headings and Labels'],
    ['2.4.7', 'Focus Visible'],
    ['2.4.11', 'Focus Not Obscured (Minimum)'],
  ]),
  ...list('A', [
    ['2.5.1', 'Pointer Gestures'],
    ['2.5.2', 'Pointer Cancellation'],
    ['2.5.3', 'Label in Name'],
    ['2.5.4', 'Motion Actuation'],
  ]),
  ...list('AA', [
    ['2.5.7', 'Dragging Movements'],
    ['2.5.8', 'Target Size (Minimum)'],
  ]),
  ...list('A', [['3.1.1', 'Language of Page']]),
  ...list('AA', [['3.1.2', 'Language of Parts']]),
  ...list('A', [
    ['3.2.1', 'On Focus'],
    ['3.2.2', 'On Input'],
  ]),
  ...list('AA', [
    ['3.2.3', 'Consistent Navigation'],
    ['3.2.4', 'Consistent Identification'],
  ]),
  ...list('A', [
    ['3.2.6', 'Consistent Help'],
    ['3.3.1', 'Error Identification'],
    ['3.3.2', 'Labels or Instructions'],
  ]),
  ...list('AA', [
    ['3.3.3', 'Error Suggestion'],
    ['3.3.4', 'Error Prevention (Legal, Financial, Data)'],
  ]),
  ...list('A', [['3.3.7', 'Redundant Entry']]),
  ...list('AA', [['3.3.8', 'Accessible Authentication (Minimum)']]),
  ...list('A', [['4.1.2', 'Name, Role, Value']]),
  ...list('AA', [['4.1.3', 'Status Messages']]),
];
