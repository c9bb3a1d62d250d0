import { nothing } from 'lit';
import type { LitElement, PropertyDeclaration } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { ElementPart, PartInfo } from 'lit/directive.js';

/**
 * Writes a story's args onto a widget as the HTML attributes a web team would paste: every arg
 * naming one of the widget's attribute properties, so each control, and each arg in a shared
 * address, reaches the widget. Unset, empty and false values leave the attribute out.
 */
class AttributesDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() belongs on an element: <selca-… ${attributes(args)}>');
  }

  render(_args: object) {
    return nothing;
  }

  override update(part: ElementPart, [args]: [object]) {
    const { element } = part;
    const properties =
      (customElements.get(element.localName) as typeof LitElement | undefined)?.elementProperties ??
      new Map<PropertyKey, PropertyDeclaration>();
    for (const [name, options] of properties) {
      if (typeof name !== 'string' || options.state || options.attribute === false || !(name in args)) continue;
      const attribute = typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
      const value = (args as Record<string, string | number | boolean | string[] | null | undefined>)[name];
      if (value === undefined || value === null || value === false || value === '') element.removeAttribute(attribute);
      else element.setAttribute(attribute, value === true ? '' : Array.isArray(value) ? value.join(' ') : String(value));
    }
    return nothing;
  }
}

export const attributes = directive(AttributesDirective);
