import type { Frame } from './area-model.js';

/** A label measured where the geometry puts it: centre and size in map units. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Whether a label centred on this point is on its own area. */
  onArea(x: number, y: number): boolean;
  /** The number shown in its place where the label has no free spot: centre and size, as for the label. */
  marker?: { x: number; y: number; width: number; height: number };
}

/** Where a label ends up: moved by `dx`/`dy`, as its number (`marker`), or hidden because no spot on its area is free. */
export interface LabelPlacement {
  dx: number;
  dy: number;
  visible: boolean;
  marker: boolean;
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const spotCache = new WeakMap<object, number[][][]>();

/**
 * The spots round a label's point, in the order tried: a grid of quarter widths across and half lines
 * up and down, nearest first, up before down. Numbers placed first, west to east, go as far west as
 * they can, leaving room for the next.
 */
function spotsFor(size: { width: number; height: number }, westFirst: boolean): number[][] {
  const cached = spotCache.get(size) ?? [];
  spotCache.set(size, cached);
  const kind = Number(westFirst);
  if (cached[kind]) return cached[kind];
  const spots: number[][] = [];
  for (let i = -16; i <= 16; i++) for (let j = -12; j <= 12; j++) spots.push([(i * size.width) / 16, (j * size.height) / 4]);
  spots.sort(([a, b], [c, d]) => (westFirst && a! - c!) || Math.hypot(a!, b!) - Math.hypot(c!, d!));
  return (cached[kind] = spots);
}

/**
 * Places labels so that no two overlap, the first given first: each tries its own point, then the
 * nearest of a grid of spots (quarter widths across, half lines up and down, up before down), kept
 * inside the part of the map drawn and with its centre on its own area; a label with no free spot
 * tries its number the same way, and is hidden if that has none either (the area's name is still
 * its option's name, its tooltip and its table row). The first label always shows, on its own
 * point if no spot on its area is inside the map.
 * A grid of buckets keeps this close to linear for maps of thousands of areas.
 */
function placeInOrder(
  boxes: readonly LabelBox[],
  order: readonly number[],
  frame: Frame,
  numberOnly: ReadonlySet<number>,
): LabelPlacement[] {
  const [left, top, right, bottom] = [frame.x, frame.y, frame.x + frame.width, frame.y + frame.height];
  const cell = Math.max(1, ...boxes.map((box) => Math.max(box.width, box.height)));
  const grid = new Map<string, Rect[]>();
  const cells = (rect: Rect) => {
    const keys: string[] = [];
    for (let i = Math.floor(rect.left / cell); i <= Math.floor(rect.right / cell); i++) {
      for (let j = Math.floor(rect.top / cell); j <= Math.floor(rect.bottom / cell); j++) keys.push(`${i},${j}`);
    }
    return keys;
  };
  const placements: LabelPlacement[] = [];
  for (const index of order) {
    const box = boxes[index]!;
    placements[index] = { dx: 0, dy: 0, visible: false, marker: false };
    // The label, else its number; the first label, placed first, shows on its own point if it must.
    const tries = numberOnly.has(index) ? [[box.marker]] : [[box], [box.marker], [!index && !order[0] && box, true]];
    for (const [size, forced] of tries as [LabelBox['marker'] | false, boolean?][]) {
      if (!size) continue;
      const halfWidth = size.width / 2;
      const halfHeight = size.height / 2;
      const at = ([dx, dy]: number[]) => {
        const x = Math.min(Math.max(size.x + dx!, left + halfWidth), Math.max(left + halfWidth, right - halfWidth));
        const y = Math.min(Math.max(size.y + dy!, top + halfHeight), Math.max(top + halfHeight, bottom - halfHeight));
        return { x, y, rect: { left: x - halfWidth, right: x + halfWidth, top: y - halfHeight, bottom: y + halfHeight } };
      };
      const spots = spotsFor(size, numberOnly.has(index));
      const free = forced
        ? [0, 0]
        : spots.find((spot) => {
            const { x, y, rect } = at(spot);
            return !cells(rect).some((key) => grid.get(key)?.some((other) => overlaps(rect, other))) && box.onArea(x, y);
          });
      if (!free) continue;
      const { x, y, rect } = at(free);
      for (const key of cells(rect)) {
        const bucket = grid.get(key);
        if (bucket) bucket.push(rect);
        else grid.set(key, [rect]);
      }
      placements[index] = { dx: x - size.x, dy: y - size.y, visible: true, marker: size !== box };
      break;
    }
  }
  return placements;
}

/**
 * Places labels as above, in the order given (most important first), then again, each time with the
 * labels left hidden placed first as their numbers, then those shown as numbers (which may fit now),
 * keeping the placing that hides fewest, then shows the first label as itself, then numbers fewest:
 * numbers then take the room they need before labels that can move, and the first label gives way
 * to them, moving or shown as its own number, rather than leave another area with neither.
 */
export function placeLabels(given: readonly LabelBox[], frame: Frame): LabelPlacement[] {
  // Each placing tries the same spots again, and whether a point is on an area is slow to find out.
  const boxes = given.map((box) => {
    const seen = new Map<string, boolean>();
    const onArea = (x: number, y: number) => {
      const key = `${x},${y}`;
      if (!seen.has(key)) seen.set(key, box.onArea(x, y));
      return seen.get(key)!;
    };
    return { ...box, onArea };
  });
  let order = boxes.map((_, index) => index);
  let best: LabelPlacement[] = [];
  const numberOnly = new Set<number>();
  // Weights: a hidden label outweighs the first one numbered and every other number together, and
  // the first one numbered outweighs every other number.
  const numbers = boxes.length;
  const cost = (placements: LabelPlacement[]) =>
    placements.reduce(
      (sum, place, index) => sum + (!place.visible ? (index ? 2 * numbers + 2 : Infinity) : place.marker ? (index ? 1 : numbers + 1) : 0),
      0,
    );
  for (let attempt = 0; attempt < 6; attempt++) {
    const placements = placeInOrder(boxes, order, frame, numberOnly);
    if (!attempt || cost(placements) < cost(best)) best = placements;
    const hidden = order.filter((index) => !placements[index]!.visible);
    const numbered = order.filter((index) => placements[index]!.marker);
    for (const index of hidden) numberOnly.add(index);
    // Numbers first, west to east: each then moves away from the last rather than onto the next.
    const next = [...new Set([...[...numberOnly].sort((a, b) => boxes[a]!.x - boxes[b]!.x), ...numbered, ...order])];
    // Nothing hidden and nothing to place differently: placing again would change nothing.
    if (!hidden.length && (!numbered.length || next.join() === order.join())) break;
    order = next;
  }
  return best;
}
