import { expect } from './helpers/testing.js';
import { londonBoroughs, londonBoroughsBorders, londonBoroughsFacing, londonBoroughsTopology } from '../src/data/london-boroughs.js';
import { projectPoint } from '../src/data/area-map.js';
import { expandAreaMap, ringsPath } from '../src/data/area-topology.js';
import type { CompactAreaMap } from '../src/data/area-topology.js';
import type { AreaShape } from '../src/data/area-map.js';
import { selcaProfile } from '../src/data/selca-profile.js';

// The shipped borough geometry the coverage map will draw (issue 4), checked in a real browser's
// SVG engine: codes, shapes, label points, borders, arrow moves and the sites' positions.
const SVG = 'http://www.w3.org/2000/svg';
const svg = document.createElementNS(SVG, 'svg');
svg.setAttribute('viewBox', `0 0 ${londonBoroughs.width} ${londonBoroughs.height}`);
document.body.append(svg);

const paths = new Map(
  londonBoroughs.areas.map((area) => {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', area.path);
    svg.append(path);
    return [area.code, path] as const;
  }),
);
const byName = new Map(londonBoroughs.areas.map((area) => [area.name, area]));
const point = (x: number, y: number) => {
  const p = svg.createSVGPoint();
  p.x = x;
  p.y = y;
  return p;
};

describe('London borough geometry', () => {
  it('has the 33 boroughs with their GSS codes, E09000001 to E09000033', () => {
    const codes = londonBoroughs.areas.map((area) => area.code).sort();
    expect(codes).to.deep.equal(Array.from({ length: 33 }, (_, i) => `E090000${String(i + 1).padStart(2, '0')}`));
    expect(byName.get('Lewisham')?.code).to.equal('E09000023');
    expect(byName.get('City of London')?.code).to.equal('E09000001');
  });

  it('gives the six SELCA boroughs the codes the default profile uses', () => {
    for (const borough of selcaProfile.area.boroughs) expect(byName.get(borough.name)?.code, borough.name).to.equal(borough.code);
  });

  it('draws every borough as a closed shape with its label point inside it', () => {
    for (const area of londonBoroughs.areas) {
      const path = paths.get(area.code)!;
      expect(path.getTotalLength(), area.name).to.be.greaterThan(50);
      expect(path.isPointInFill(point(...area.label)), `${area.name} label`).to.equal(true);
    }
  });

  it('records borders both ways, never an area bordering itself', () => {
    const codes = new Map(londonBoroughs.areas.map((area) => [area.code, area]));
    const bordering = (code: string) => londonBoroughsBorders[code] ?? [];
    expect(Object.keys(londonBoroughsBorders)).to.have.members([...codes.keys()]);
    for (const area of londonBoroughs.areas) {
      expect(bordering(area.code)).not.to.include(area.code);
      for (const other of bordering(area.code)) expect(bordering(other), `${area.name} / ${other}`).to.include(area.code);
    }
    const names = (name: string) =>
      bordering(byName.get(name)!.code)
        .map((code) => codes.get(code)!.name)
        .sort();
    expect(names('Bexley')).to.deep.equal(['Bromley', 'Greenwich']);
    expect(names('Lewisham')).to.include.members(['Bromley', 'Greenwich', 'Southwark']);
  });

  // Which areas border which, read from the stored map itself: two areas border when both follow one arc.
  const arcBorders = (() => {
    const followers = new Map<number, Set<string>>();
    for (const area of londonBoroughsTopology.areas) {
      for (const arc of area.rings.flat()) {
        const key = arc < 0 ? ~arc : arc;
        if (!followers.has(key)) followers.set(key, new Set());
        followers.get(key)!.add(area.code);
      }
    }
    const borders = new Map(londonBoroughsTopology.areas.map((area) => [area.code, new Set<string>()]));
    for (const codes of followers.values()) for (const a of codes) for (const b of codes) if (a !== b) borders.get(a)!.add(b);
    return borders;
  })();

  it('records as bordering exactly the areas that share a boundary in the stored map', () => {
    for (const area of londonBoroughs.areas) {
      expect([...arcBorders.get(area.code)!].sort(), area.name).to.deep.equal([...londonBoroughsBorders[area.code]!].sort());
    }
  });

  // The boundaries stop at the river banks: boroughs facing each other across the Thames (whose
  // legal boundaries meet mid-river) share no arc, so the stored map says which face which.
  const facing = (code: string) => new Set(londonBoroughsFacing[code] ?? []);
  const neighbours = (code: string) => new Set([...arcBorders.get(code)!, ...facing(code)]);

  it('records as facing across the river only areas whose banks run within 15 units of each other, with no area between', () => {
    const samples = new Map(
      [...paths].map(([code, path]) => {
        const length = path.getTotalLength();
        return [code, Array.from({ length: Math.ceil(length) }, (_, i) => path.getPointAtLength(i))] as const;
      }),
    );
    const inSomeArea = (x: number, y: number) => [...paths.values()].some((path) => path.isPointInFill(point(x, y)));
    const facingLength = (from: string, to: string) =>
      samples.get(from)!.filter((p) => {
        const nearest = samples
          .get(to)!
          .reduce((best, q) => (Math.hypot(p.x - q.x, p.y - q.y) < Math.hypot(p.x - best.x, p.y - best.y) ? q : best));
        return Math.hypot(p.x - nearest.x, p.y - nearest.y) <= 15 && !inSomeArea((p.x + nearest.x) / 2, (p.y + nearest.y) / 2);
      }).length;
    const nameOf = new Map(londonBoroughs.areas.map((area) => [area.code, area.name]));
    for (const area of londonBoroughs.areas) {
      for (const other of facing(area.code)) {
        const pair = `${area.name} / ${nameOf.get(other)}`;
        expect(facing(other).has(area.code), `${pair} both ways`).to.equal(true);
        expect(arcBorders.get(area.code)!.has(other), `${pair} do not also border`).to.equal(false);
        expect(facingLength(area.code, other), `${pair}: a stretch of bank`).to.be.at.least(30);
      }
    }
    const names = (name: string) => [...facing(byName.get(name)!.code)].map((code) => nameOf.get(code)).sort();
    expect(names('Tower Hamlets')).to.deep.equal(['Greenwich', 'Lewisham', 'Southwark']);
    expect(names('Lambeth')).to.deep.equal(['Westminster']);
    expect(names('Bexley')).to.deep.equal(['Barking and Dagenham', 'Havering']);
    // Close at a corner, or with another borough between: not facing.
    expect(names('Southwark')).not.to.include.members(['Greenwich', 'Camden']);
    expect(names('Merton')).to.deep.equal([]);
  });

  it('never passes over a neighbouring area (bordering, or facing across the river) within 90° of an arrow key for one that is not', () => {
    const codes = new Map(londonBoroughs.areas.map((area) => [area.code, area]));
    const vectors = { up: [0, -1], right: [1, 0], down: [0, 1], left: [-1, 0] } as const;
    const angle = (from: AreaShape, to: AreaShape, [dx, dy]: readonly [number, number]) => {
      const [vx, vy] = [to.label[0] - from.label[0], to.label[1] - from.label[1]];
      return Math.atan2(Math.abs(vx * dy - vy * dx), vx * dx + vy * dy) * (180 / Math.PI);
    };
    for (const area of londonBoroughs.areas) {
      const near = [...neighbours(area.code)].map((code) => codes.get(code)!);
      for (const [key, vector] of Object.entries(vectors)) {
        const target = area.moves[key as keyof typeof vectors];
        if (target === null || neighbours(area.code).has(target)) continue;
        const passedOver = near.filter((other) => angle(area, other, vector) < 90).map((other) => other.name);
        expect(passedOver, `${area.name} ${key} → ${codes.get(target)!.name}`).to.deep.equal([]);
      }
    }
    const move = (from: string, key: keyof typeof vectors) => codes.get(byName.get(from)!.moves[key]!)?.name;
    expect(move('Bromley', 'right'), 'Bromley → Bexley, not across the Thames').to.equal('Bexley');
    expect(move('Tower Hamlets', 'down'), 'Tower Hamlets ↓ across the river, not west to the City').to.equal('Lewisham');
    expect(move('Lambeth', 'up'), 'Lambeth ↑ across the river, not east to Southwark').to.equal('Westminster');
    // A neighbour squarely that way beats a nearer one at the edge of the cone.
    expect(move('Westminster', 'down'), 'Westminster ↓ across the river, not west to Kensington and Chelsea').to.equal('Wandsworth');
    expect(move('Lewisham', 'up'), 'Lewisham ↑ across the river, not north-west to Southwark').to.equal('Tower Hamlets');
    expect(move('Southwark', 'right'), 'Southwark → by land to Lewisham, not across the river').to.equal('Lewisham');
  });

  it('leads each arrow key to an area that lies in that direction, or nowhere at the edge', () => {
    const codes = new Map(londonBoroughs.areas.map((area) => [area.code, area]));
    const vectors = { up: [0, -1], right: [1, 0], down: [0, 1], left: [-1, 0] } as const;
    for (const area of londonBoroughs.areas) {
      for (const [key, [dx, dy]] of Object.entries(vectors)) {
        const target = area.moves[key as keyof typeof vectors];
        if (target === null) continue;
        const [tx, ty] = codes.get(target)!.label;
        const along = (tx - area.label[0]) * dx + (ty - area.label[1]) * dy;
        const sideways = Math.abs((tx - area.label[0]) * dy - (ty - area.label[1]) * dx);
        expect(target, `${area.name} ${key}`).not.to.equal(area.code);
        // Within 60°, or short of 90° for a neighbour that would otherwise be passed over.
        const limit = neighbours(area.code).has(target) ? 89.9 : 60;
        const off = Math.atan2(sideways, along) * (180 / Math.PI);
        expect(off, `${area.name} ${key} → ${codes.get(target)!.name}`).to.be.at.most(limit);
        // A key well off its direction never just repeats another key that leads there more squarely.
        if (off > 60) {
          const alsoThere = Object.entries(vectors).filter(
            ([other]) => other !== key && area.moves[other as keyof typeof vectors] === target,
          );
          expect(
            alsoThere.map(([other]) => other),
            `${area.name} ${key} repeats another key`,
          ).to.deep.equal([]);
        }
      }
    }
    expect(byName.get('Lambeth')!.moves.right).to.equal(byName.get('Southwark')!.code);
    expect(byName.get('Greenwich')!.moves.right).to.equal(byName.get('Bexley')!.code);
    expect(byName.get('Lewisham')!.moves.down).to.equal(byName.get('Bromley')!.code);
  });

  it('leads every arrow key where this table says (neighbouring areas first, never wrapping)', () => {
    // [area, up, right, down, left]; null: nothing further that way.
    const expected: [string, ...(string | null)[]][] = [
      ['Barking and Dagenham', 'Redbridge', 'Havering', 'Bexley', 'Newham'],
      ['Barnet', null, 'Haringey', 'Camden', 'Harrow'],
      ['Bexley', 'Barking and Dagenham', 'Havering', 'Bromley', 'Greenwich'],
      ['Brent', 'Barnet', 'Camden', 'Ealing', 'Harrow'],
      ['Bromley', 'Greenwich', 'Bexley', null, 'Croydon'],
      ['Camden', 'Barnet', 'Islington', 'Westminster', 'Brent'],
      ['City of London', 'Islington', 'Tower Hamlets', 'Southwark', 'Westminster'],
      ['Croydon', 'Lambeth', 'Bromley', null, 'Sutton'],
      ['Ealing', 'Harrow', 'Hammersmith and Fulham', 'Hounslow', 'Hillingdon'],
      ['Enfield', null, 'Waltham Forest', 'Haringey', 'Barnet'],
      ['Greenwich', 'Newham', 'Bexley', 'Bromley', 'Lewisham'],
      ['Hackney', 'Waltham Forest', 'Newham', 'Tower Hamlets', 'Islington'],
      ['Hammersmith and Fulham', 'Kensington and Chelsea', 'Wandsworth', 'Wandsworth', 'Hounslow'],
      ['Haringey', 'Enfield', 'Waltham Forest', 'Islington', 'Barnet'],
      ['Harrow', null, 'Barnet', 'Ealing', 'Hillingdon'],
      ['Havering', null, null, 'Bexley', 'Barking and Dagenham'],
      ['Hillingdon', null, 'Harrow', 'Hounslow', null],
      ['Hounslow', 'Ealing', 'Hammersmith and Fulham', 'Richmond upon Thames', null],
      ['Islington', 'Haringey', 'Hackney', 'City of London', 'Camden'],
      ['Kensington and Chelsea', 'Westminster', 'Westminster', 'Hammersmith and Fulham', 'Brent'],
      ['Kingston upon Thames', 'Richmond upon Thames', 'Merton', null, null],
      ['Lambeth', 'Westminster', 'Southwark', 'Croydon', 'Wandsworth'],
      ['Lewisham', 'Tower Hamlets', 'Greenwich', 'Bromley', 'Southwark'],
      ['Merton', 'Wandsworth', 'Lambeth', 'Sutton', 'Kingston upon Thames'],
      ['Newham', 'Waltham Forest', 'Barking and Dagenham', 'Greenwich', 'Tower Hamlets'],
      ['Redbridge', null, 'Havering', 'Barking and Dagenham', 'Waltham Forest'],
      ['Richmond upon Thames', 'Hounslow', 'Wandsworth', 'Kingston upon Thames', 'Hounslow'],
      ['Southwark', 'City of London', 'Lewisham', 'Lewisham', 'Lambeth'],
      ['Sutton', 'Merton', 'Croydon', null, 'Kingston upon Thames'],
      ['Tower Hamlets', 'Hackney', 'Newham', 'Lewisham', 'City of London'],
      ['Waltham Forest', 'Enfield', 'Redbridge', 'Hackney', 'Haringey'],
      ['Wandsworth', 'Westminster', 'Lambeth', 'Merton', 'Richmond upon Thames'],
      ['Westminster', 'Camden', 'City of London', 'Wandsworth', 'Brent'],
    ];
    const nameOf = new Map(londonBoroughs.areas.map((area) => [area.code, area.name]));
    const actual = londonBoroughs.areas.map((area) => [
      area.name,
      ...(['up', 'right', 'down', 'left'] as const).map((key) => (area.moves[key] ? nameOf.get(area.moves[key]) : null)),
    ]);
    expect(actual).to.deep.equal(expected);
  });

  it('places every site with a location inside the borough the profile puts it in', () => {
    const sites = selcaProfile.organisations.flatMap((org) => org.sites ?? []).filter((site) => site.location);
    expect(sites.length).to.be.greaterThan(5);
    for (const site of sites) {
      const [x, y] = projectPoint(londonBoroughs, site.location!.lat, site.location!.lon);
      const inside = londonBoroughs.areas.filter((area) => paths.get(area.code)!.isPointInFill(point(x, y))).map((a) => a.code);
      expect(inside, site.name).to.deep.equal([site.borough]);
    }
  });

  it('carries its source and licence for the small print', () => {
    expect(londonBoroughs.attribution).to.contain('Open Government Licence v3.0');
    expect(londonBoroughs.attribution).to.contain('Ordnance Survey');
  });
});

describe('compact area maps (each shared boundary stored once)', () => {
  // Two squares side by side: arc 0 is the boundary they share, run downwards; the left square
  // follows it forwards, the right one backwards (~0).
  const compact: CompactAreaMap = {
    name: 'Two squares',
    attribution: 'test',
    width: 20,
    height: 10,
    projection: { west: 0, north: 0, kx: 1, scale: 1 },
    arcs: ['10 0 0 10', '10 10-10 0 0-10 10 0', '10 0 10 0 0 10-10 0'],
    areas: [
      { code: 'L', name: 'Left', rings: [[0, 1]], label: [5, 5], moves: [null, 1, null, null] },
      { code: 'R', name: 'Right', rings: [[~0, 2]], label: [15, 5], moves: [null, null, null, 0] },
    ],
  };

  it('draws each area round its own rings, a shared boundary the same way for both', () => {
    const map = expandAreaMap(compact);
    expect(map.areas.map((area) => area.path)).to.deep.equal(['M10 0l0 10-10 0 0-10 10 0z', 'M10 10l0-10 10 0 0 10-10 0z']);
  });

  it('names the area each arrow key leads to, or null at the edge', () => {
    const map = expandAreaMap(compact);
    expect(map.areas.map((area) => area.moves)).to.deep.equal([
      { up: null, right: 'R', down: null, left: null },
      { up: null, right: null, down: null, left: 'L' },
    ]);
  });

  it('drops repeated points and rings too small to draw', () => {
    expect(
      ringsPath([
        [
          [0, 0],
          [0, 0],
          [4, 0],
          [4, 4],
          [0, 0],
        ],
        [
          [1, 1],
          [2, 2],
        ],
      ]),
    ).to.equal('M0 0l4 0 0 4-4-4z');
  });
});
