// Pure functions that turn area boundaries into the coverage map's data: projection, SVG paths,
// label points, and the neighbour tables behind arrow-key navigation. No Node or DOM APIs, so the
// same code runs in the build script and in browser tests.

/**
 * Decodes a TopoJSON object into features of polygons (each a list of rings of points), keeping for
 * each ring the arcs it follows (`arcRings`, `~i` for arc `i` backwards) beside the `arcs`.
 * `mapArc` may transform each shared boundary once (project and simplify it), so neighbours keep
 * identical edges.
 */
export function topologyFeatures(topology, objectName, mapArc = (arc) => arc) {
  const { scale = [1, 1], translate = [0, 0] } = topology.transform ?? {};
  const arcs = topology.arcs
    .map((arc) => {
      let x = 0;
      let y = 0;
      return arc.map(([dx, dy]) => {
        x += dx;
        y += dy;
        return topology.transform ? [x * scale[0] + translate[0], y * scale[1] + translate[1]] : [dx, dy];
      });
    })
    .map(mapArc);
  const ring = (indexes) => {
    const points = [];
    for (const index of indexes) {
      const arc = index < 0 ? [...arcs[~index]].reverse() : arcs[index];
      points.push(...(points.length ? arc.slice(1) : arc));
    }
    return points;
  };
  const object = topology.objects[objectName ?? Object.keys(topology.objects)[0]];
  const features = object.geometries.map((geometry) => {
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
    return {
      id: geometry.id,
      properties: geometry.properties ?? {},
      polygons: polygons.map((polygon) => polygon.map(ring)),
      arcRings: polygons.flat(),
    };
  });
  return Object.assign(features, { arcs });
}

/** Features without shared arcs (GeoJSON): each ring becomes an arc of its own. */
export function separateArcs(features) {
  const arcs = [];
  const withArcs = features.map((feature) => ({
    ...feature,
    arcRings: feature.polygons.flat().map((ring) => [arcs.push(ring) - 1]),
  }));
  return Object.assign(withArcs, { arcs });
}

/**
 * The arcs the areas use, in whole map units as `x y dx dy …` (repeated points dropped), and each
 * area's rings as indexes into them: how `src/data/area-topology.ts` reads a compact area map.
 */
export function compactArcs(arcs, areas) {
  const used = new Map();
  const rings = areas.map((area) =>
    area.arcRings.map((ring) =>
      ring.map((index) => {
        const arc = index < 0 ? ~index : index;
        if (!used.has(arc)) used.set(arc, used.size);
        return index < 0 ? ~used.get(arc) : used.get(arc);
      }),
    ),
  );
  const text = [...used.keys()].map((arc) => {
    let previous;
    const steps = [];
    for (const [x, y] of arcs[arc]) {
      const point = [Math.round(x), Math.round(y)];
      if (previous && point[0] === previous[0] && point[1] === previous[1]) continue;
      steps.push(previous ? `${point[0] - previous[0]} ${point[1] - previous[1]}` : `${point[0]} ${point[1]}`);
      previous = point;
    }
    return steps.join(' ').replace(/ -/g, '-');
  });
  return { arcs: text, rings };
}

/** Reads GeoJSON features (Polygon and MultiPolygon) into the same shape. */
export function geoJsonFeatures(collection) {
  return collection.features.map((feature) => ({
    id: feature.id,
    properties: feature.properties ?? {},
    polygons:
      feature.geometry.type === 'Polygon'
        ? [feature.geometry.coordinates]
        : feature.geometry.type === 'MultiPolygon'
          ? feature.geometry.coordinates
          : [],
  }));
}

/**
 * An equirectangular projection centred on the area, with longitude scaled by cos(latitude):
 * at city or region scale it is indistinguishable from the national grid, and it takes a few
 * lines to apply at runtime.
 */
export function fitProjection(features, width) {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const feature of features) {
    for (const polygon of feature.polygons) {
      for (const [lon, lat] of polygon[0]) {
        west = Math.min(west, lon);
        east = Math.max(east, lon);
        south = Math.min(south, lat);
        north = Math.max(north, lat);
      }
    }
  }
  const kx = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = width / ((east - west) * kx);
  const round = (value) => Math.round(value * 1e6) / 1e6;
  return {
    west: round(west),
    north: round(north),
    kx: round(kx),
    scale: round(scale),
    width,
    height: Math.ceil((north - south) * scale),
  };
}

/** Projects [lon, lat] to map units; the component does the same for site markers. */
export function project(projection, [lon, lat]) {
  return [(lon - projection.west) * projection.kx * projection.scale, (projection.north - lat) * projection.scale];
}

/** Douglas–Peucker simplification of a line of points, keeping its two ends. */
export function simplifyLine(points, tolerance) {
  if (points.length <= 2 || tolerance <= 0) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i += 1) {
      const d = segmentDistance(points[i], points[first], points[last]);
      if (d > distance) [farthest, distance] = [i, d];
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

const ringArea = (ring) => {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return Math.abs(sum / 2);
};

const insideRing = ([x, y], ring) => {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};

const segmentDistance = ([x, y], [ax, ay], [bx, by]) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = dx || dy ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy))) : 0;
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
};

/** Whether a projected point lies inside projected polygons (holes respected). */
export function insidePolygons(point, polygons) {
  return polygons.some((polygon) => insideRing(point, polygon[0]) && !polygon.slice(1).some((hole) => insideRing(point, hole)));
}

/**
 * The point inside the largest polygon farthest from its edges (a grid search, refined): where
 * a label sits comfortably, and where arrow-key directions are measured from.
 */
export function labelPoint(polygons) {
  const usable = polygons.filter((candidate) => candidate[0]?.length >= 3);
  if (!usable.length) throw new Error('labelPoint: an area has no polygon with three or more points');
  const polygon = usable.reduce((best, candidate) => (ringArea(candidate[0]) > ringArea(best[0]) ? candidate : best));
  const outer = polygon[0];
  const distance = (point) => {
    if (!insidePolygons(point, [polygon])) return -Infinity;
    let min = Infinity;
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) min = Math.min(min, segmentDistance(point, ring[j], ring[i]));
    }
    return min;
  };
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of outer) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  let best = [(minX + maxX) / 2, (minY + maxY) / 2];
  let bestDistance = distance(best);
  let step = Math.max(maxX - minX, maxY - minY) / 24;
  // An area simplified to a line or a point has no inside to search.
  if (!(step > 0)) return [Math.round(best[0]), Math.round(best[1])];
  let [cx, cy, span] = [(minX + maxX) / 2, (minY + maxY) / 2, Math.max(maxX - minX, maxY - minY) / 2];
  for (let round = 0; round < 6; round += 1) {
    for (let x = cx - span; x <= cx + span; x += step) {
      for (let y = cy - span; y <= cy + span; y += step) {
        const d = distance([x, y]);
        if (d > bestDistance) [best, bestDistance] = [[x, y], d];
      }
    }
    [cx, cy, span, step] = [best[0], best[1], step * 2, step / 4];
  }
  return [Math.round(best[0]), Math.round(best[1])];
}

/**
 * Areas that share a stretch of boundary: an arc both follow (TopoJSON splits arcs where areas
 * meet, so a shared boundary is an arc of both). Areas without shared arcs (GeoJSON) fall back to
 * two boundary points in common after rounding.
 */
export function borderingAreas(areas) {
  const byArc = new Map();
  areas.forEach((area, index) => {
    for (const ring of area.arcRings ?? []) {
      for (const arc of ring) {
        const key = arc < 0 ? ~arc : arc;
        if (!byArc.has(key)) byArc.set(key, new Set());
        byArc.get(key).add(index);
      }
    }
  });
  const shared = areas.map(() => new Map());
  const count = (indexes) => {
    for (const a of indexes) {
      for (const b of indexes) if (a !== b) shared[a].set(b, (shared[a].get(b) ?? 0) + 1);
    }
  };
  for (const indexes of byArc.values()) count(indexes);
  if ([...byArc.values()].every((indexes) => indexes.size < 2)) {
    const owners = new Map();
    areas.forEach((area, index) => {
      for (const polygon of area.projected) {
        for (const ring of polygon) {
          for (const [x, y] of ring) {
            const key = `${Math.round(x * 10)},${Math.round(y * 10)}`;
            if (!owners.has(key)) owners.set(key, new Set());
            owners.get(key).add(index);
          }
        }
      }
    });
    for (const indexes of owners.values()) count(indexes);
    for (const counts of shared) for (const [other, n] of counts) if (n < 2) counts.delete(other);
  }
  return shared.map((counts) => [...counts.keys()].sort((a, b) => a - b));
}

/** Points along every ring of an area's polygons, about one map unit apart. */
const boundarySamples = (polygons) => {
  const samples = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      ring.forEach((a, i) => {
        const b = ring[(i + 1) % ring.length];
        const steps = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1])));
        for (let k = 0; k < steps; k += 1) samples.push([a[0] + ((b[0] - a[0]) * k) / steps, a[1] + ((b[1] - a[1]) * k) / steps]);
      });
    }
  }
  return samples;
};

/**
 * Areas that face each other across water the boundaries leave out, such as a river the areas'
 * legal boundaries meet in the middle of: not bordering, but with at least twice `gap` map units
 * of boundary each within `gap` units of the other, and no area in between. Without these, a key
 * pressed towards the river would skip the area across it for one further along the bank.
 */
export function facingAreas(areas, bordering, gap) {
  const samples = areas.map((area) => boundarySamples(area.projected));
  const extent = (points) =>
    points.reduce(
      ([x0, y0, x1, y1], [x, y]) => [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)],
      [Infinity, Infinity, -Infinity, -Infinity],
    );
  const boxes = samples.map(extent);
  // Each area's outer extent: a point is tested only against the areas whose extent holds it (thousands of counties, not one borough).
  const outlines = areas.map((area) => extent(area.projected.flatMap((polygon) => polygon[0])));
  const within = ([x, y], [x0, y0, x1, y1]) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
  const near = (a, b) =>
    boxes[a][0] - gap <= boxes[b][2] &&
    boxes[b][0] - gap <= boxes[a][2] &&
    boxes[a][1] - gap <= boxes[b][3] &&
    boxes[b][1] - gap <= boxes[a][3];
  /** How much of `a`'s boundary lies within `gap` of `b`'s, across ground that is no area's. */
  const facingLength = (a, b) =>
    samples[a].filter((p) => {
      let nearest = null;
      let best = gap * gap;
      for (const q of samples[b]) {
        const d = (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2;
        if (d <= best) [nearest, best] = [q, d];
      }
      if (!nearest) return false;
      const middle = [(p[0] + nearest[0]) / 2, (p[1] + nearest[1]) / 2];
      return !areas.some((area, index) => within(middle, outlines[index]) && insidePolygons(middle, area.projected));
    }).length;
  const facing = areas.map(() => []);
  for (let a = 0; a < areas.length; a += 1) {
    for (let b = a + 1; b < areas.length; b += 1) {
      if (bordering[a].includes(b) || !near(a, b)) continue;
      // A stretch of bank, not the corner where two areas' banks meet at a bridge.
      if (Math.min(facingLength(a, b), facingLength(b, a)) >= 2 * gap) {
        facing[a].push(b);
        facing[b].push(a);
      }
    }
  }
  return facing.map((list) => list.sort((x, y) => x - y));
}

export const DIRECTIONS = { up: [0, -1], right: [1, 0], down: [0, 1], left: [-1, 0] };

/**
 * Where each arrow key leads from each area: a neighbour (bordering, or facing across water)
 * within ±45° of the direction, else within ±60°, else any area within ±45° and then ±60°, the
 * first by distance along the direction plus five times the distance sideways (a facing one's
 * counted 30% further); but never an area that is not a
 * neighbour while a neighbour lies within 90° of the direction. Never wraps: null at the edge, and where the only way is a neighbour more than 60°
 * off that another key reaches within 60°.
 */
export function arrowMoves(labels, bordering, facing = labels.map(() => [])) {
  return labels.map((from, index) => {
    const moves = {};
    for (const [direction, [dx, dy]] of Object.entries(DIRECTIONS)) {
      const candidates = labels
        .map((to, other) => {
          const vx = to[0] - from[0];
          const vy = to[1] - from[1];
          const along = vx * dx + vy * dy;
          const sideways = Math.abs(vx * dy - vy * dx);
          const angle = (Math.atan2(sideways, along) * 180) / Math.PI;
          const kind = bordering[index].includes(other) ? 'borders' : facing[index].includes(other) ? 'faces' : 'other';
          // Squarely that way counts for more than near; a river to cross makes an area a little further.
          return { other, along, angle, score: (along + 5 * sideways) * (kind === 'faces' ? 1.3 : 1), kind };
        })
        .filter((c) => c.other !== index && c.along > 0);
      const pick = (cone, ...kinds) =>
        candidates.filter((c) => c.angle <= cone && (!kinds.length || kinds.includes(c.kind))).sort((a, b) => a.score - b.score)[0];
      const beyond = pick(45) ?? pick(60);
      // A neighbour that way is never passed over for one further off.
      const choice = pick(45, 'borders', 'faces') ?? pick(60, 'borders', 'faces') ?? (beyond && (pick(90, 'borders', 'faces') ?? beyond));
      moves[direction] = choice ? { other: choice.other, angle: choice.angle } : null;
    }
    // A key far off its direction that leads where another key leads more squarely only repeats
    // that key: it goes nowhere instead, as at the edge of the map.
    for (const [direction, move] of Object.entries(moves)) {
      const squarer = (other) => other && other !== move && other.other === move.other && other.angle <= 60;
      if (move && move.angle > 60 && Object.values(moves).some(squarer)) moves[direction] = null;
    }
    return Object.fromEntries(Object.entries(moves).map(([direction, move]) => [direction, move ? move.other : null]));
  });
}
