/**
 * The data a coverage map draws: pre-projected SVG paths, label points and arrow-key moves per
 * area, made at build time by `scripts/geometry/build-geometry.mjs` from any GeoJSON or TopoJSON
 * with names and codes. Nothing geographic is computed at runtime except placing sites.
 */
export interface AreaShape {
  /** ONS GSS code (or the source's own code). */
  code: string;
  name: string;
  /** SVG path data in map units. */
  path: string;
  /** Where the label sits, inside the area; arrow-key directions are measured from here. */
  label: [x: number, y: number];
  /** The area each arrow key leads to, or null at the edge. */
  moves: Record<'up' | 'right' | 'down' | 'left', string | null>;
}

export interface AreaMap {
  /** What the areas are, for the map's accessible name ("London boroughs"). */
  name: string;
  /** Source and licence, shown on the map in small print. */
  attribution: string;
  /** The language of the name, the attribution and the areas' names (BCP 47, such as "en"), for marking them where the widget's differs. */
  lang?: string;
  width: number;
  height: number;
  /** Equirectangular projection the paths were drawn with, for placing sites. */
  projection: { west: number; north: number; kx: number; scale: number };
  areas: AreaShape[];
}

/** A map with nothing to draw, until areas are given. */
export const EMPTY_AREA_MAP: AreaMap = {
  name: '',
  attribution: '',
  width: 1,
  height: 1,
  projection: { west: 0, north: 0, kx: 1, scale: 1 },
  areas: [],
};

/** Map units of a latitude and longitude, through the projection the paths were drawn with. */
export function projectPoint(map: AreaMap, lat: number, lon: number): [x: number, y: number] {
  const { west, north, kx, scale } = map.projection;
  return [(lon - west) * kx * scale, (north - lat) * scale];
}
