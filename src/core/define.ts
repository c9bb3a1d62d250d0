import { log, warnOnce } from './log.js';
import { VERSION } from './version.js';

const VERSION_KEY = Symbol.for('@selca/widgets.version');

type Versioned = CustomElementConstructor & { [VERSION_KEY]?: string };

/**
 * Registers a custom element without ever throwing. A trust page may load the library twice
 * (a CMS block and a template): the same version is left alone, another version gets one warning.
 * Returns true when this call registered the tag.
 */
export function defineElement(tag: string, element: CustomElementConstructor): boolean {
  try {
    const registry = globalThis.customElements;
    if (!registry) {
      log.error(`<${tag}> cannot start: this browser has no custom elements support. Its fallback content stays in place.`);
      return false;
    }
    const existing: Versioned | undefined = registry.get(tag);
    if (existing) {
      const theirs = existing[VERSION_KEY];
      if (existing !== element && theirs !== VERSION) {
        warnOnce(
          `<${tag}> is already registered by ${theirs ? `@selca/widgets ${theirs}` : 'another script'}; ` +
            `version ${VERSION} loaded on this page is not used for it. Load the library once per page.`,
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
