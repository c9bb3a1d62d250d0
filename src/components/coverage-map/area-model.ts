import type { AreaMap, AreaShape } from '../../data/area-map.js';

/**
 * The areas a map draws, worked out once for each set of inputs rather than on every look-up: a
 * map of 3,197 areas is asked for one by code on each key press, label and table row.
 */
export class AreaModel {
  /** The alliance's areas (GSS codes). */
  readonly highlighted: ReadonlySet<string>;
  /** The areas drawn as options, in name order. */
  readonly areas: readonly AreaShape[];
  readonly #byCode: Map<string, AreaShape>;

  constructor(
    readonly geometry: AreaMap,
    highlighted: readonly string[],
    readonly context: 'all' | 'none',
  ) {
    this.highlighted = new Set(highlighted);
    this.areas = context === 'none' ? geometry.areas.filter((area) => this.highlighted.has(area.code)) : geometry.areas;
    this.#byCode = new Map(this.areas.map((area) => [area.code, area]));
  }

  /** The drawn area with this code. */
  area(code: string | null): AreaShape | undefined {
    return code ? this.#byCode.get(code) : undefined;
  }

  /** Whether this model was made from these inputs. */
  matches(geometry: AreaMap, highlighted: readonly string[], context: 'all' | 'none'): boolean {
    return (
      geometry === this.geometry &&
      context === this.context &&
      highlighted.length === this.highlighted.size &&
      highlighted.every((code) => this.highlighted.has(code))
    );
  }
}
