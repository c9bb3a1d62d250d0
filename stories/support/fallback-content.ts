import { html } from 'lit';
import { selcaArea } from '../../src/data/selca/boroughs.js';
import { selcaFocusAreas } from '../../src/data/selca/focus-areas.js';
import { selcaGoals } from '../../src/data/selca/goals.js';

/*
 * The content a web team writes inside each tag, as the README shows: what visitors get before the
 * code arrives or if it never does. In the stories so that "Show code" gives a snippet to copy whole.
 */

export const toolbarFallback = (statementUrl: string) => html`<a href=${statementUrl}>Accessibility statement</a>`;

export const mapFallback = html`<p>
  The alliance covers ${new Intl.ListFormat('en-GB').format(selcaArea.boroughs.map((borough) => borough.name))}.
</p>`;

/** Not a list of partners: partners written in the tag would be the ones the widget shows. */
export const partnersFallback = html`<p>The organisations working in the alliance are on <a href="/partners">our partners page</a>.</p>`;

export const goalsFallback = html`<ul>
  ${selcaGoals.map((goal) => html`<li>${goal.title}</li>`)}
</ul>`;

export const focusAreasFallback = html`<ul>
  ${selcaFocusAreas.map((area) => html`<li>${area.title}</li>`)}
</ul>`;
