import type { Frame } from './area-model.js';

/** A label measured where the geometry puts it: centre and size in map units. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Whether a label centred on this point is on its own area. */
  onArea(x: number, y: number): boolean;
}

/** Where a label ends up: moved by `dx`/`dy`, or hidden because no spot on its area is free. */
export interface LabelPlacement {
  dx: number;
  dy: number;
  visible: boolean;
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Places labels so that no two overlap, the first given first: each tries its own point, then the
 * nearest of a grid of spots (quarter widths across, half lines up and down, up before down), kept
 * inside the part of the map drawn and with its centre on its own area; a label with no free spot
 * is hidden (the area's name is still its option's name, its tooltip and its table row). The first
 * label always shows, on its own point if no spot on its area is inside the map.
 * A grid of buckets keeps this close to linear for maps of thousands of areas.
 */
function placeInOrder(boxes: readonly LabelBox[], order: readonly number[], frame: Frame): LabelPlacement[] {
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
    const halfWidth = box.width / 2;
    const halfHeight = box.height / 2;
    const at = ([dx, dy]: number[]) => {
      const x = Math.min(Math.max(box.x + dx!, left + halfWidth), Math.max(left + halfWidth, right - halfWidth));
      const y = Math.min(Math.max(box.y + dy!, top + halfHeight), Math.max(top + halfHeight, bottom - halfHeight));
      return { x, y, rect: { left: x - halfWidth, right: x + halfWidth, top: y - halfHeight, bottom: y + halfHeight } };
    };
    const spots: number[][] = [];
    for (let i = -4; i <= 4; i++) for (let j = -6; j <= 6; j++) spots.push([(i * halfWidth) / 2, (j * box.height) / 2]);
    spots.sort(([a, b], [c, d]) => Math.hypot(a!, b!) - Math.hypot(c!, d!));
    const free = spots.find((spot) => {
      const { x, y, rect } = at(spot);
      return !cells(rect).some((key) => grid.get(key)?.some((other) => overlaps(rect, other))) && box.onArea(x, y);
    });
    placements[index] = { dx: 0, dy: 0, visible: false };
    if (!free && index !== order[0]) continue;
    const { x, y, rect } = at(free ?? [0, 0]);
    for (const key of cells(rect)) {
      const bucket = grid.get(key);
      if (bucket) bucket.push(rect);
      else grid.set(key, [rect]);
    }
    placements[index] = { dx: x - box.x, dy: y - box.y, visible: true };
  }
  return placements;
}

/**
 * Places labels as above, in the order given (most important first), then again with any label
 * left hidden placed straight after the first, up to twice, keeping the placing that hides fewest:
 * a label whose area has few spots can then take one before a label with more to choose from.
 */
export function placeLabels(boxes: readonly LabelBox[], frame: Frame): LabelPlacement[] {
  let order = boxes.map((_, index) => index);
  let best: LabelPlacement[] = [];
  const hidden = (placements: LabelPlacement[]) => order.filter((index) => !placements[index]!.visible);
  for (let attempt = 0; attempt < 3; attempt++) {
    const placements = placeInOrder(boxes, order, frame);
    if (!attempt || hidden(placements).length < hidden(best).length) best = placements;
    if (!hidden(placements).length) break;
    order = [...new Set([order[0]!, ...hidden(placements), ...order])];
  }
  return best;
}
