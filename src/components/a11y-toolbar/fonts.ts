import { log } from '../../core/log.js';
import { safeHttpUrl } from '../../core/urls.js';
import type { Preferences } from '../../core/preferences.js';

type Face = [weight: '400' | '700', style: 'normal' | 'italic', packageCopy: () => URL];

/**
 * Reading fonts shipped with the package (SIL Open Font License), loaded only when chosen. The
 * package holds one copy of each file, in its CDN folder; scripts/font-files.mjs reads this list.
 * One literal `new URL(…, import.meta.url)` per file, never built from parts: that is the form
 * bundlers (Vite, Rollup, webpack, esbuild with a plugin) recognise, copy and rewrite. Each is a
 * function, so it runs only when that font is chosen and no `font-base` is given.
 */
const FAMILIES: Partial<Record<Preferences['font'], { family: string; file: string; faces: Face[] }>> = {
  dyslexic: {
    family: 'OpenDyslexic',
    file: 'opendyslexic',
    faces: [
      ['400', 'normal', () => new URL('../../cdn/fonts/opendyslexic-latin-400-normal.woff2', import.meta.url)],
      ['400', 'italic', () => new URL('../../cdn/fonts/opendyslexic-latin-400-italic.woff2', import.meta.url)],
      ['700', 'normal', () => new URL('../../cdn/fonts/opendyslexic-latin-700-normal.woff2', import.meta.url)],
      ['700', 'italic', () => new URL('../../cdn/fonts/opendyslexic-latin-700-italic.woff2', import.meta.url)],
    ],
  },
  hyperlegible: {
    family: 'Atkinson Hyperlegible',
    file: 'atkinson-hyperlegible',
    faces: [
      ['400', 'normal', () => new URL('../../cdn/fonts/atkinson-hyperlegible-latin-400-normal.woff2', import.meta.url)],
      ['400', 'italic', () => new URL('../../cdn/fonts/atkinson-hyperlegible-latin-400-italic.woff2', import.meta.url)],
      ['700', 'normal', () => new URL('../../cdn/fonts/atkinson-hyperlegible-latin-700-normal.woff2', import.meta.url)],
      ['700', 'italic', () => new URL('../../cdn/fonts/atkinson-hyperlegible-latin-700-italic.woff2', import.meta.url)],
    ],
  },
};

/** The name a font file has in the package, and so in a site's own copy of the folder. */
const fontFileName = (file: string, weight: string, style: string) => `${file}-latin-${weight}-${style}.woff2`;

/**
 * The addresses of the chosen font's files: in the folder `base` names (absolute, or relative to
 * the page), or the package's own copy. Throws when `base` breaks the library's address rule (urls.ts).
 */
export function readingFontFiles(font: Preferences['font'], base?: string): { weight: string; style: string; url: string }[] {
  const family = FAMILIES[font];
  if (!family) return [];
  // `fonts` and `fonts/` both name the folder.
  const folder = base === undefined ? undefined : safeHttpUrl(base.endsWith('/') ? base : `${base}/`, document.baseURI);
  if (base !== undefined && !folder) throw new TypeError(`"${base}" is not an https:// or http:// address or a path on this site.`);
  return family.faces.map(([weight, style, packageCopy]) => ({
    weight,
    style,
    url: (folder ? new URL(fontFileName(family.file, weight, style), folder) : packageCopy()).href,
  }));
}

// Shared with the early entry, a separate bundle, so faces it added can be removed here.
const ADDED_KEY = Symbol.for('@selca/widgets.reading-fonts@1');
const added: Map<string, FontFace[]> = ((globalThis as Record<symbol, Map<string, FontFace[]> | undefined>)[ADDED_KEY] ??= new Map<
  string,
  FontFace[]
>());

/**
 * Makes the chosen reading font available to the page, from `base` (this site's own copy) or the
 * package's, and removes reading fonts no longer chosen. Uses the CSS Font Loading API, so no
 * stylesheet text or third-party request is involved; a browser without it keeps its fallback font,
 * as does a page whose `base` is not an address (the web team is told in the console).
 */
export function useReadingFont(font: Preferences['font'], base?: string): void {
  const fonts = globalThis.document?.fonts;
  if (!fonts || typeof FontFace === 'undefined') return;
  for (const [key, faces] of added) {
    if (key === font) continue;
    faces.forEach((face) => fonts.delete(face));
    added.delete(key);
  }
  const family = FAMILIES[font]?.family;
  if (!family || added.has(font)) return;
  let files;
  try {
    files = readingFontFiles(font, base);
  } catch (error) {
    log.warn(`The ${family} font was not loaded: the font folder "${base}" is not an address.`, error);
    return;
  }
  const faces = files.map(
    ({ weight, style, url }) => new FontFace(family, `url("${url}") format('woff2')`, { weight, style, display: 'swap' }),
  );
  faces.forEach((face) => fonts.add(face));
  added.set(font, faces);
  faces[0]!.load().catch((error: unknown) => log.warn(`The ${family} font could not be loaded from ${files[0]!.url}.`, error));
}
