#!/usr/bin/env node
/**
 * Turns area boundaries (GeoJSON or TopoJSON, with a name and a code per area) into the coverage
 * map's data module. With no arguments it rebuilds the default London boroughs from the
 * vega-datasets package.
 *
 *   node scripts/geometry/build-geometry.mjs --input areas.json --name NAME_PROPERTY \
 *     (--code CODE_PROPERTY | --codes names-to-codes.json) --out src/data/my-areas.ts \
 *     --export myAreas --title "Cheshire and Merseyside places" --attribution "Source …" --lang en
 *
 * Options: --object (TopoJSON object, default the first), --width (map units, default 1000),
 * --tolerance (simplification in map units, default 1.2), --water-gap (the widest river or
 * estuary, in map units, across which areas count as neighbours for the arrow keys; default 15,
 * about 900 m on the London map; 0 for none), --lang (the language of the title, attribution and
 * names, BCP 47; the map marks them with it on a page in another language).
 * `--name id` and `--code id` read the feature's own id. `--json` writes the same map object as
 * plain JSON to --out instead of a TypeScript module (--export is still required, and ignored).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { transform } from 'esbuild';
import {
  arrowMoves,
  borderingAreas,
  compactArcs,
  facingAreas,
  fitProjection,
  geoJsonFeatures,
  labelPoint,
  project,
  separateArcs,
  simplifyLine,
  topologyFeatures,
} from './areas.mjs';

const require = createRequire(import.meta.url);
const here = new URL('.', import.meta.url);

const LONDON = {
  // The package exports only its index (in build/); the data files sit beside that folder.
  input: join(dirname(require.resolve('vega-datasets')), '..', 'data', 'londonBoroughs.json'),
  name: 'id',
  codes: new URL('london-gss-codes.json', here).pathname,
  out: new URL('../../src/data/london-boroughs.ts', here).pathname,
  export: 'londonBoroughs',
  title: 'London boroughs',
  lang: 'en',
  attribution:
    'Boundaries: contains National Statistics data © Crown copyright and database right 2015; contains Ordnance Survey data © Crown copyright and database right 2015. Open Government Licence v3.0.',
  source: 'vega-datasets, data/londonBoroughs.json (London Datastore statistical GIS boundary files)',
};

const { values } = parseArgs({
  options: {
    input: { type: 'string' },
    object: { type: 'string' },
    name: { type: 'string' },
    code: { type: 'string' },
    codes: { type: 'string' },
    out: { type: 'string' },
    export: { type: 'string' },
    title: { type: 'string' },
    attribution: { type: 'string' },
    lang: { type: 'string' },
    width: { type: 'string', default: '1000' },
    tolerance: { type: 'string', default: '1.2' },
    'water-gap': { type: 'string', default: '15' },
    json: { type: 'boolean', default: false },
  },
});
const options = values.input
  ? { source: values.input, ...values }
  : { ...LONDON, width: values.width, tolerance: values.tolerance, 'water-gap': values['water-gap'], out: values.out ?? LONDON.out };
for (const required of ['name', 'out', 'export', 'title', 'attribution']) {
  if (!options[required]) throw new Error(`build-geometry: --${required} is required with --input`);
}
if (!options.code && !options.codes) throw new Error('build-geometry: give --code PROPERTY or --codes names-to-codes.json');

const read = (feature, key) => (key === 'id' ? feature.id : feature.properties[key]);
const data = JSON.parse(readFileSync(options.input, 'utf8'));
const tolerance = Number(options.tolerance);
const raw = data.type === 'Topology' ? topologyFeatures(data, options.object) : geoJsonFeatures(data);
const codeTable = options.codes ? JSON.parse(readFileSync(options.codes, 'utf8')) : null;

const projection = fitProjection(raw, Number(options.width));
const toMap = (points) =>
  simplifyLine(
    points.map((point) => project(projection, point)),
    tolerance,
  );
// TopoJSON: project and simplify each shared boundary once, so neighbours keep the same edge.
const features =
  data.type === 'Topology'
    ? topologyFeatures(data, options.object, toMap)
    : separateArcs(raw.map((feature) => ({ ...feature, polygons: feature.polygons.map((polygon) => polygon.map(toMap)) })));
const areas = features
  .filter((feature) => {
    const drawable = feature.polygons.some((polygon) => polygon[0]?.length >= 3);
    if (!drawable) console.warn(`build-geometry: skipped ${read(feature, options.name) ?? 'an area'}: no boundary left to draw`);
    return drawable;
  })
  .map((feature) => {
    const name = String(read(feature, options.name) ?? '').trim();
    const code = String(codeTable ? (codeTable[name] ?? '') : (read(feature, options.code) ?? '')).trim();
    if (!name || !code) throw new Error(`build-geometry: an area has no ${name ? `code (${name})` : 'name'}`);
    return { code, name, projected: feature.polygons, arcRings: feature.arcRings };
  })
  .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));

const labels = areas.map((area) => labelPoint(area.projected));
const bordering = borderingAreas(areas);
const facing = facingAreas(areas, bordering, Number(options['water-gap']));
const moves = arrowMoves(labels, bordering, facing);

const compact = compactArcs(features.arcs, areas);
const map = {
  name: options.title,
  attribution: options.attribution,
  ...(options.lang && { lang: options.lang }),
  width: projection.width,
  height: projection.height,
  projection: { west: projection.west, north: projection.north, kx: projection.kx, scale: projection.scale },
  arcs: compact.arcs,
  areas: areas.map((area, index) => ({
    code: area.code,
    name: area.name,
    rings: compact.rings[index],
    label: labels[index],
    moves: ['up', 'right', 'down', 'left'].map((key) => moves[index][key]),
  })),
};

/** The runtime's own reader of compact maps (TypeScript, so through esbuild), for the JSON output. */
async function expandAreaMap(compactMap) {
  const source = readFileSync(new URL('../../src/data/area-topology.ts', here), 'utf8');
  const { code } = await transform(source, { loader: 'ts', format: 'esm' });
  const runtime = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return runtime.expandAreaMap(compactMap);
}

// Which areas share a boundary, and which face each other across water: what the arrow-key moves
// were worked out from. Kept beside the map for tests and tools; the map itself never reads them,
// so bundlers leave them out.
const codesOf = (lists) => Object.fromEntries(areas.map((area, index) => [area.code, lists[index].map((other) => areas[other].code)]));
const borders = codesOf(bordering);

const module = values.json
  ? `${JSON.stringify(await expandAreaMap(map))}\n`
  : `// Generated by scripts/geometry/build-geometry.mjs from ${options.source}.
// Do not edit by hand: run \`npm run geometry\` (or the script with your own boundaries) instead.
// ${options.attribution}
import type { AreaMap } from './area-map.js';
import { expandAreaMap } from './area-topology.js';
import type { CompactAreaMap } from './area-topology.js';

/** The areas as stored, each shared boundary once: the arcs two areas both follow are their border. */
export const ${options.export}Topology: CompactAreaMap = ${JSON.stringify(map, null, 2)};

export const ${options.export}: AreaMap = expandAreaMap(${options.export}Topology);

/** Codes of the areas sharing a boundary with each area. */
export const ${options.export}Borders: Record<string, string[]> = ${JSON.stringify(borders, null, 2)};

/** Codes of the areas facing each area across water the boundaries leave out (a river), within ${options['water-gap']} map units. */
export const ${options.export}Facing: Record<string, string[]> = ${JSON.stringify(codesOf(facing), null, 2)};
`;
writeFileSync(options.out, module);
console.log(
  `build-geometry: ${areas.length} areas, ${projection.width}×${projection.height} units, ${module.length} bytes → ${options.out}`,
);
