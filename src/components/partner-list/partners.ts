import type { PartnerFilterDetail } from '../../core/events.js';
import { warnOnce } from '../../core/log.js';
import type { AllianceProfile } from '../../core/profile.js';

/** The part of an alliance profile the partner list shows. */
export type PartnersProfile = Pick<AllianceProfile, 'area' | 'organisations' | 'words' | 'lang'>;
import { ORGANISATION_TYPES } from '../../core/organisation-types.js';
import type { OrganisationType } from '../../core/organisation-types.js';
import { safeHttpUrl } from '../../core/urls.js';

/** How long, in ms, an announced count stays in the live region; then only the visible count reads it. */
export const ANNOUNCED_FOR = 7000;

/** One organisation as the list shows it, from the profile or from the page's own markup. */
export interface Partner {
  type: OrganisationType;
  name: string;
  description: string;
  url?: string;
  boroughs: string[];
  logo?: { src?: string; alt?: string };
}

/** A partner ready to show: safe addresses and texts worked out once, not on every keystroke. */
export interface ShownPartner extends Partner {
  /** Name and description folded for searching. */
  words: string;
  link?: string;
  external: boolean;
  logoSrc?: string;
  /** Serves every borough of the area. */
  everywhere: boolean;
  /** The names of the boroughs served. */
  served: string[];
  /** The language of its name and description: the profile's, or none for a partner written in the page. */
  lang?: string;
}

/** Lower case without accents, so "Guys" finds "Guy's" and "sante" finds "Santé". */
export const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f'’]/g, '')
    .toLocaleLowerCase('en-GB');

/** Everything the list needs of each partner, with unsafe links left out (one warning each); `lang` is the language of their text. */
export function preparePartners(partners: readonly Partner[], profile: PartnersProfile, tag: string, lang?: string): ShownPartner[] {
  const names = new Map(profile.area.boroughs.map((entry) => [entry.code, entry.name]));
  return partners.map((partner) => {
    const link = safeUrl(partner.url, partner.name, tag);
    return {
      ...partner,
      words: fold(`${partner.name} ${partner.description}`),
      link,
      external: !!link && new URL(link).origin !== location.origin,
      logoSrc: partner.logo?.src ? safeUrl(partner.logo.src, `${partner.name} logo`, tag) : undefined,
      everywhere: profile.area.boroughs.every((entry) => partner.boroughs.includes(entry.code)),
      served: partner.boroughs.map((code) => names.get(code) ?? code),
      lang,
    };
  });
}

const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * An address written in the page: a relative path on the page's own site becomes absolute; anything
 * the address rule refuses is kept as written, so that {@link safeUrl} leaves it out with a warning.
 */
const resolve = (element: Element, raw: string | null) => (raw === null ? undefined : (safeHttpUrl(raw, element.baseURI) ?? raw));

/**
 * Reads partners a web team wrote as plain HTML inside the element, the markup that shows as it is
 * without script: one `<li>` per organisation with `data-type` and `data-boroughs` (GSS codes), its
 * name as an `<a href>` (or as text), an optional `<p>` description and an optional `<img>` logo.
 */
export function partnersFromMarkup(host: Element, tag: string): Partner[] {
  return [...host.querySelectorAll('li')].flatMap((item) => {
    const link = item.querySelector('a');
    const paragraph = item.querySelector('p');
    const bare = item.cloneNode(true) as HTMLElement;
    bare.querySelectorAll('p, img').forEach((node) => node.remove());
    const name = textOf(link) || textOf(bare);
    if (!name) return [];
    const given = item.dataset.type ?? '';
    const type = (ORGANISATION_TYPES as readonly string[]).includes(given) ? (given as OrganisationType) : 'other';
    if (given !== type)
      warnOnce(
        `<${tag}>: data-type="${given}" on "${name}" is not one of ${ORGANISATION_TYPES.join(', ')}; it is listed under other partners.`,
      );
    const href = link ? resolve(link, link.getAttribute('href')) : undefined;
    const image = item.querySelector('img');
    return [
      {
        type,
        name,
        description: textOf(paragraph),
        url: href,
        boroughs: (item.dataset.boroughs ?? '').split(/[\s,]+/).filter(Boolean),
        logo: image ? { src: resolve(image, image.getAttribute('src')), alt: image.getAttribute('alt') ?? undefined } : undefined,
      },
    ];
  });
}

/** The address to link to, or undefined (with one warning) when the address rule refuses it. */
export function safeUrl(url: string | undefined, what: string, tag: string): string | undefined {
  if (url === undefined) return undefined;
  const safe = safeHttpUrl(url);
  if (safe) return safe;
  warnOnce(
    `<${tag}>: the link of "${what}" is not a web address starting with https:// or http:// without a user name (${JSON.stringify(url.slice(0, 60))}); its name is shown without a link.`,
  );
  return undefined;
}

/** The partners matching every filter; each word of the query must appear in the name or description. */
export function filterPartners<T extends ShownPartner>(partners: readonly T[], filter: PartnerFilterDetail): T[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  return partners.filter(
    (partner) =>
      (!filter.type || partner.type === filter.type) &&
      (!filter.borough || partner.boroughs.includes(filter.borough)) &&
      words.every((word) => partner.words.includes(word)),
  );
}

/** Partners in groups by type, in the order of {@link ORGANISATION_TYPES}; empty groups left out. */
export function groupPartners<T extends Partner>(partners: readonly T[]): [OrganisationType, T[]][] {
  return ORGANISATION_TYPES.map((type): [OrganisationType, T[]] => [type, partners.filter((partner) => partner.type === type)]).filter(
    ([, members]) => members.length > 0,
  );
}
