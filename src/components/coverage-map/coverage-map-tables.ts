import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { inLanguage, textLanguage } from '../../core/profile-text.js';
import type { WordsController } from '../../core/words.js';
import type { AreaShape } from '../../data/area-map.js';
import type { MapProfile } from './coverage-map.js';
import type { coverageMapWords } from './words.js';

/**
 * The map as two tables, areas and sites, each row one control away from the map: loaded when the
 * visitor first opens them (or once the page is idle).
 */
export interface TablesView {
  profile: MapProfile;
  /** Every area the map offers, in name order. */
  areas: readonly AreaShape[];
  /** Whether the area is one of the alliance's. */
  inAlliance(code: string): boolean;
  /** The offered area with this code, if any. */
  areaOf(code: string): AreaShape | undefined;
  /** The name of any area on the map, drawn or not. */
  areaName(code: string): string;
  /** The language of the areas' names. */
  areaLang: string | undefined;
  selected: string | null;
  showOnMap(area: AreaShape): void;
  /** The map's words. */
  words: WordsController<typeof coverageMapWords>;
}

/**
 * A table's wrapper is a region and a Tab stop, so a keyboard can scroll it, only while the table is
 * wider than it: otherwise the stop would do nothing and a screen reader would say the caption twice.
 * Each table is watched, as it resizes with its wrapper and its text.
 */
const sideways =
  typeof ResizeObserver === 'undefined'
    ? undefined
    : new ResizeObserver((entries) => {
        for (const { target } of entries) {
          const wrap = target.parentElement!;
          if (wrap.scrollWidth > wrap.clientWidth) {
            wrap.tabIndex = 0;
            wrap.setAttribute('role', 'region');
            wrap.setAttribute('aria-labelledby', (target as HTMLTableElement).caption!.id);
          } else {
            for (const name of ['tabindex', 'role', 'aria-labelledby']) wrap.removeAttribute(name);
          }
        }
      });
const watchWidth = (table?: Element) => table && sideways?.observe(table);

export function renderTables(view: TablesView): TemplateResult {
  const { profile, areas, selected, words, areaLang } = view;
  const areaMarks = textLanguage(words, areaLang);
  const siteMarks = textLanguage(words, profile.lang);
  const showOnMap = words.marks('showOnMap');
  const organisations = new Map(profile.organisations.map((org) => [org.id, org]));
  const nameOf = (id: string) => organisations.get(id)?.name ?? id;
  const sites = profile.organisations.flatMap((org) => org.sites ?? []);
  // The button says the word's language and direction, so its text is marked against the word itself: not again.
  const showButton = (area: AreaShape | undefined, what: string | TemplateResult) =>
    area
      ? html`<button type="button" class="selca-button" lang=${ifDefined(showOnMap.lang)} dir=${ifDefined(showOnMap.dir)} @click=${() => view.showOnMap(area)}>
          ${words.markIn('showOnMap', 'showOnMap', { what: html`<span class="visually-hidden">${what}</span>` })}
        </button>`
      : nothing;
  const heading = (key: 'areaColumn' | 'codeColumn' | 'sitesColumn' | 'siteColumn' | 'runByColumn') =>
    html`<th scope="col">${words.mark(key)}</th>`;
  return html`<div class="table-wrap" role="region" aria-labelledby="areas-caption" tabindex="0" @focusin=${revealFocused}>
      <table ${ref(watchWidth)}>
        <caption id="areas-caption">${words.mark('areasCaption')}</caption>
        <thead>
          <tr>
            ${heading('areaColumn')} ${heading('codeColumn')} ${heading('sitesColumn')}
          </tr>
        </thead>
        <tbody>
          ${areas.map(
            (area) => html`<tr aria-current=${area.code === selected ? 'true' : 'false'}>
              <th scope="row" lang=${ifDefined(areaMarks.lang)} dir=${ifDefined(areaMarks.dir)}>${area.name}</th>
              <td>${area.code}</td>
              <td>
                ${view.inAlliance(area.code) ? words.number(sites.filter((site) => site.borough === area.code).length) : words.mark('outside')}
                ${showButton(area, words.dataIn('showOnMap', areaLang, area.name))}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <div class="table-wrap" role="region" aria-labelledby="sites-caption" tabindex="0" @focusin=${revealFocused}>
      <table ${ref(watchWidth)}>
        <caption id="sites-caption">${words.mark('sitesCaption')}</caption>
        <thead>
          <tr>
            ${heading('siteColumn')} ${heading('runByColumn')} ${heading('areaColumn')}
          </tr>
        </thead>
        <tbody>
          ${sites.map(
            (site) => html`<tr aria-current=${site.borough === selected ? 'true' : 'false'}>
              <th scope="row" lang=${ifDefined(siteMarks.lang)} dir=${ifDefined(siteMarks.dir)}>${site.name}</th>
              <td>
                <span class="site-detail">${words.mark('runBy', { operator: words.dataIn('runBy', profile.lang, nameOf(site.operator)) })}</span>
                ${(site.services ?? []).map(
                  // The trust that runs the site is named once, just before.
                  (service) =>
                    html`<span class="site-detail"
                      >${
                        service.provider === site.operator
                          ? inLanguage(words, profile.lang, service.description)
                          : words.mark('service', {
                              provider: words.dataIn('service', profile.lang, nameOf(service.provider)),
                              service: words.dataIn('service', profile.lang, service.description),
                            })
                      }</span
                    >`,
                )}
              </td>
              <td>
                ${inLanguage(words, areaLang, view.areaName(site.borough))}
                ${showButton(
                  view.areaOf(site.borough),
                  words.markIn('showOnMap', 'siteArea', {
                    area: words.dataIn('siteArea', areaLang, view.areaName(site.borough), 'showOnMap'),
                    site: words.dataIn('siteArea', profile.lang, site.name, 'showOnMap'),
                  }),
                )}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

// Browsers scroll a focused control into view only when none of it shows: one a table's scroller
// cuts a little off (longer words than English) would stay cut off.
const revealFocused = (event: FocusEvent) => {
  if (event.target !== event.currentTarget) (event.target as Element).scrollIntoView({ block: 'nearest', inline: 'nearest' });
};

export const partStyles = css`
  /* A table wider than a narrow screen scrolls on its own, not the page; it can then be scrolled by keyboard. */
  .table-wrap {
    margin-block: 1rem;
    overflow-x: auto;
    /* Contains the buttons' visually hidden words, which would otherwise widen the page when the table scrolls. */
    position: relative;
  }

  /* A word breaks only where it cannot fit its column by itself: a table too wide for its words scrolls instead. */
  table {
    inline-size: 100%;
    border-collapse: collapse;
    overflow-wrap: break-word;
  }

  caption {
    font-weight: 700;
    text-align: start;
    padding-block-end: 0.5rem;
  }

  th,
  td {
    padding: 0.5rem 0.25rem;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  tr[aria-current='true'] > * {
    background-color: var(--_surface);
    font-weight: 700;
  }

  tr[aria-current='true'] > th {
    box-shadow: inset 4px 0 0 var(--_brand);
  }

  :host(:dir(rtl)) tr[aria-current='true'] > th {
    box-shadow: inset -4px 0 0 var(--_brand);
  }

  /* The shared button with less room at its sides, so that the table fits a 320px screen. */
  td .selca-button {
    display: block;
    margin-block-start: 0.25rem;
    padding-inline: 0.5em;
  }

  .site-detail {
    display: block;
  }
`;
