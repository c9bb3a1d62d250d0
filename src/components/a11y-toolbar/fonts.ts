import { log } from '../../core/log.js';
import type { Preferences } from '../../core/preferences.js';

/** Reading fonts shipped with the package (SIL Open Font License), loaded only when chosen. */
const FAMILIES: Partial<Record<Preferences['font'], [family: string, file: string]>> = {
  dyslexic: ['OpenDyslexic', 'opendyslexic'],
  hyperlegible: ['Atkinson Hyperlegible', 'atkinson-hyperlegible'],
};
const VARIANTS = [
  ['400', 'normal'],
  ['400', 'italic'],
  ['700', 'normal'],
  ['700', 'italic'],
] as const;

/** The folder beside this module that the build fills with the font files. */
const defaultFontBase = () => new URL('./fonts/', import.meta.url).href;

// Shared with the early entry, a separate bundle, so faces it added can be removed here.
const ADDED_KEY = Symbol.for('@selca/widgets.reading-fonts');
const added: Map<string, FontFace[]> = ((globalThis as Record<symbol, Map<string, FontFace[]> | undefined>)[ADDED_KEY] ??= new Map<string, FontFace[]>());

/**
 * Makes the chosen reading font available to the page, from `base` (this site's own copy), and
 * removes reading fonts no longer chosen. Uses the CSS Font Loading API, so no stylesheet text or
 * third-party request is involved; a browser without it keeps its fallback font.
 */
export function useReadingFont(font: Preferences['font'], base?: string): void {
  const fonts = globalThis.document?.fonts;
  if (!fonts || typeof FontFace === 'undefined') return;
  for (const [key, faces] of added) {
    if (key === font) continue;
    faces.forEach((face) => fonts.delete(face));
    added.delete(key);
  }
  const family = FAMILIES[font];
  if (!family || added.has(font)) return;
  const folder = base ?? defaultFontBase();
  const faces = VARIANTS.map(
    ([weight, style]) =>
      new FontFace(family[0], `url(${new URL(`${family[1]}-latin-${weight}-${style}.woff2`, folder).href}) format('woff2')`, {
        weight,
        style,
        display: 'swap',
      }),
  );
  faces.forEach((face) => fonts.add(face));
  added.set(font, faces);
  faces[0]!.load().catch((error: unknown) => log.warn(`The ${family[0]} font could not be loaded from ${folder}.`, error));
}
