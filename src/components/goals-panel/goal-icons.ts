import { svg } from 'lit';
import type { SVGTemplateResult } from 'lit';

/**
 * Decorative icons for goal cards, used in turn: a shield, a heartbeat, a speech bubble, a balance
 * and a rising sun. Strokes only, in the text colour, so they follow every theme and forced colours.
 */
export const GOAL_ICONS: SVGTemplateResult[] = [
  svg`<path d="M12 3 5 6v5c0 4.5 3 8.3 7 10 4-1.7 7-5.5 7-10V6z"/>`,
  svg`<path d="M3 12h4l2-5 4 10 2-5h6"/>`,
  svg`<path d="M4 5h16v10H9l-5 4z"/>`,
  svg`<path d="M12 4v16M5 20h14M4 9h16M6 9l-2 5h4zM18 9l-2 5h4z"/>`,
  svg`<path d="M3 18h18M7 18a5 5 0 0 1 10 0M12 6v3M5 11l2 1.5M19 11l-2 1.5"/>`,
];
