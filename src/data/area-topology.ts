import type { AreaMap, AreaShape } from './area-map.js';

const MOVES = ['up', 'right', 'down', 'left'] as const;

/**
 * An area map as `scripts/geometry/build-geometry.mjs` stores it in a module: each boundary two
 * areas share is written once (as TopoJSON does), which makes the London boroughs a third smaller
 * than a path per area. `expandAreaMap` turns it into the `AreaMap` the coverage map draws.
 */
export interface CompactAreaMap extends Omit<AreaMap, 'areas'> {
  /** Boundaries in whole map units: `x y`, then the step to each next point. */
  arcs: string[];
  areas: (Pick<AreaShape, 'code' | 'name' | 'label'> & {
    /** Each ring as the arcs it follows; `~i` follows arc `i` backwards. */
    rings: number[][];
    /** Index of the area each arrow key leads to (up, right, down, left), or null at the edge. */
    moves: (number | null)[];
  })[];
}

/** The points of each arc, from its `x y dx dy …` text. */
function arcPoints(arc: string): [number, number][] {
  const numbers = (arc.match(/-?\d+/g) ?? []).map(Number);
  const points: [number, number][] = [];
  for (let i = 0, x = 0, y = 0; i + 1 < numbers.length; i += 2) {
    x += numbers[i]!;
    y += numbers[i + 1]!;
    points.push([x, y]);
  }
  return points;
}

/**
 * SVG path data for rings of points in whole units: repeated points dropped, rings with fewer
 * than three points left out, each ring as `M x y l dx dy … z`. The generator writes paths the same way.
 */
export function ringsPath(rings: readonly (readonly [number, number])[][]): string {
  let d = '';
  for (const ring of rings) {
    const points = ring.filter((point, i) => i === 0 || point[0] !== ring[i - 1]![0] || point[1] !== ring[i - 1]![1]);
    if (points.length < 3) continue;
    d += `M${points[0]![0]} ${points[0]![1]}l${points
      .slice(1)
      .map(([x, y], i) => `${x - points[i]![0]} ${y - points[i]![1]}`)
      .join(' ')}z`;
  }
  return d.replace(/ -/g, '-');
}

export function expandAreaMap({ arcs, areas, ...map }: CompactAreaMap): AreaMap {
  const points = arcs.map(arcPoints);
  const ring = (indexes: number[]) =>
    indexes.flatMap((index, n) => {
      const arc = index < 0 ? [...points[~index]!].reverse() : points[index]!;
      return n ? arc.slice(1) : arc;
    });
  return {
    ...map,
    areas: areas.map(({ code, name, rings, label, moves }) => ({
      code,
      name,
      path: ringsPath(rings.map(ring)),
      label,
      moves: Object.fromEntries(MOVES.map((key, i) => [key, moves[i] == null ? null : areas[moves[i]]!.code])) as AreaShape['moves'],
    })),
  };
}
