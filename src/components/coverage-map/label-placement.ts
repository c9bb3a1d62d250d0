import type { Frame } from './area-model.js';

/** A label measured where the geometry puts it: centre and size in map units. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a label ends up: moved by `dx`/`dy`, or hidden because every spot overlaps another. */
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
 * Places labels so that no two overlap, in the order given (most important first): each tries its
 * own point, then one line above, one line below, half its width to the left, to the right, then
 * diagonally (above before below), kept inside the part of the map drawn; a label with no free
 * spot is hidden (the area's name is still its option's name, its tooltip and its table row).
 * A grid of buckets keeps this close to linear for maps of thousands of areas.
 */
export function placeLabels(boxes: readonly LabelBox[], frame: Frame): LabelPlacement[] {
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
  return boxes.map((box) => {
    const halfWidth = box.width / 2;
    const halfHeight = box.height / 2;
    const spots = [
      [0, 0],
      [0, -box.height],
      [0, box.height],
      [-halfWidth, 0],
      [halfWidth, 0],
      [-halfWidth, -box.height],
      [halfWidth, -box.height],
      [-halfWidth, box.height],
      [halfWidth, box.height],
    ] as const;
    for (const [dx, dy] of spots) {
      const x = Math.min(Math.max(box.x + dx, left + halfWidth), Math.max(left + halfWidth, right - halfWidth));
      const y = Math.min(Math.max(box.y + dy, top + halfHeight), Math.max(top + halfHeight, bottom - halfHeight));
      const rect = { left: x - halfWidth, right: x + halfWidth, top: y - halfHeight, bottom: y + halfHeight };
      const keys = cells(rect);
      if (keys.some((key) => grid.get(key)?.some((other) => overlaps(rect, other)))) continue;
      for (const key of keys) {
        const bucket = grid.get(key);
        if (bucket) bucket.push(rect);
        else grid.set(key, [rect]);
      }
      return { dx: x - box.x, dy: y - box.y, visible: true };
    }
    return { dx: 0, dy: 0, visible: false };
  });
}
