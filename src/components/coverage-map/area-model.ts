import type { AreaMap, AreaShape } from '../../data/area-map.js';

/** A rectangle in map units. */
export interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The rings of a path as the generator writes it (`M x y l dx dy … z`), in whole map units. */
function pathRings(path: string): [number, number][][] {
  return path
    .split('M')
    .filter(Boolean)
    .map((ring) => {
      const numbers = (ring.match(/-?\d+/g) ?? []).map(Number);
      const points: [number, number][] = [[numbers[0]!, numbers[1]!]];
      for (let i = 2; i + 1 < numbers.length; i += 2) {
        const [x, y] = points[points.length - 1]!;
        points.push([x + numbers[i]!, y + numbers[i + 1]!]);
      }
      return points;
    });
}

/** The box round the areas' paths. */
function boxOf(areas: readonly AreaShape[]): Frame {
  const points = areas.flatMap((area) => pathRings(area.path).flat());
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [x, y] = [Math.min(...xs), Math.min(...ys)];
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

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

  #outline?: string;
  #bounds?: Frame;
  #offeredIn?: Frame;
  #offered: readonly AreaShape[] = [];

  /**
   * The boundary of the highlighted areas taken together: every edge of theirs that no other
   * highlighted area shares (neighbours share identical edges, made from one boundary).
   */
  get outline(): string {
    if (this.#outline === undefined) {
      const rings = this.areas.filter((area) => this.highlighted.has(area.code)).map((area) => pathRings(area.path));
      const key = ([x1, y1]: [number, number], [x2, y2]: [number, number]) => `${x1} ${y1} ${x2} ${y2}`;
      const edges = new Map<string, number>();
      for (const ring of rings.flat()) {
        ring.forEach((point, i) => {
          const next = ring[(i + 1) % ring.length]!;
          for (const edge of [key(point, next), key(next, point)]) edges.set(edge, (edges.get(edge) ?? 0) + 1);
        });
      }
      let d = '';
      for (const ring of rings.flat()) {
        let drawing = false;
        ring.forEach((point, i) => {
          const next = ring[(i + 1) % ring.length]!;
          const outer = edges.get(key(point, next)) === 1;
          if (outer) d += `${drawing ? '' : `M${point[0]} ${point[1]}`}L${next[0]} ${next[1]}`;
          drawing = outer;
        });
      }
      this.#outline = d;
    }
    return this.#outline;
  }

  /** The box round the highlighted areas (all areas when none is highlighted). */
  get highlightBounds(): Frame {
    if (!this.#bounds) {
      const chosen = this.areas.filter((area) => this.highlighted.has(area.code));
      this.#bounds = boxOf(chosen.length ? chosen : this.areas);
    }
    return this.#bounds;
  }

  /**
   * The areas offered as options, in name order: with a frame, only those whose box is at least
   * half inside it, so that no key leads to an area cropped out of sight (WCAG 2.4.11).
   */
  offered(frame: Frame | null): readonly AreaShape[] {
    if (!frame) return this.areas;
    if (frame !== this.#offeredIn) {
      this.#offeredIn = frame;
      const overlap = (start: number, size: number, from: number, room: number) =>
        Math.max(0, Math.min(start + size, from + room) - Math.max(start, from));
      this.#offered = this.areas.filter((area) => {
        const { x, y, width, height } = boxOf([area]);
        return 2 * overlap(x, width, frame.x, frame.width) * overlap(y, height, frame.y, frame.height) >= width * height;
      });
    }
    return this.#offered;
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
