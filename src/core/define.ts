import { log, warnOnce } from './log.js';
import { VERSION } from './version.js';

const VERSION_KEY = Symbol.for('@selca/widgets.version');

type Versioned = CustomElementConstructor & { [VERSION_KEY]?: string };

/**
 * Registers a custom element without ever throwing. A trust page may load the library twice
 * (a CMS block and a template): the same version is left alone, another version gets one warning.
 * Returns true when this call registered the tag. `registry` is the page's own unless given
 * (`null` stands for a browser without custom elements).
 */
export function defineElement(
  tag: string,
  element: CustomElementConstructor,
  registry: CustomElementRegistry | null | undefined = globalThis.customElements,
): boolean {
  try {
    if (!registry) {
      log.error(`<${tag}> cannot start: this browser has no custom elements support. Its fallback content stays in place.`);
      return false;
    }
    const existing: Versioned | undefined = registry.get(tag);
    if (existing) {
      const theirs = existing[VERSION_KEY];
      // One notice for a whole other version of the library, however many widgets it registered.
      if (existing !== element && theirs !== VERSION) {
        warnOnce(
          theirs
            ? `@selca/widgets ${theirs} registered its widgets on this page first; version ${VERSION}, also loaded here, is not used for them. Load the library once per page.`
            : `<${tag}> is already registered by another script; @selca/widgets ${VERSION} is not used for it.`,
        );
      }
      return false;
    }
    Object.defineProperty(element, VERSION_KEY, { value: VERSION });
    registry.define(tag, element);
    return true;
  } catch (error) {
    log.error(`<${tag}> could not be registered.`, error);
    return false;
  }
}
