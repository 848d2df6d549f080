// Writes the web page's base map (data/web/countries.json) from Natural Earth's
// country outlines as packaged by the npm `world-atlas` (public domain data).
//
// Approach: start from the 1:50m outlines, which keep coastlines recognizable at
// the regional zoom a story usually needs (a river delta, a strait), drop the
// vertices whose triangle area is below --min-area square degrees (Visvalingam,
// via `topojson-simplify`), then snap to a --grid-degree lattice and
// delta-encode the arcs as TopoJSON does. Both knobs trade detail for bytes; the defaults keep the
// file under the page's 150 KB budget. Each country keeps only its ISO 3166-1
// alpha-2 code (from `world-countries`), the code the gazetteer's places carry.
//
// Usage: node build_outlines.mjs NODE_MODULES_DIR [--min-area A] [--grid G] > countries.json
import fs from 'fs';
import path from 'path';
import {createRequire} from 'module';

const [modules, ...flags] = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = flags.indexOf(name);
  return i >= 0 ? Number(flags[i + 1]) : fallback;
};
const minArea = flag('--min-area', 0.015);
const grid = flag('--grid', 0.05);
const minIsland = flag('--min-island', 0.2);

const require = createRequire(path.resolve(modules) + '/');
const simplify = require('topojson-simplify');
const countries = require('world-countries');
const topology = JSON.parse(fs.readFileSync(path.join(modules, 'world-atlas/countries-50m.json')));

// world-atlas names countries by ISO numeric code; a few disputed areas have none.
const alpha2ByNumeric = new Map(countries.map(c => [c.ccn3, c.cca2]));
const alpha2ByName = {Kosovo: 'XK', 'N. Cyprus': 'CY', Somaliland: 'SO'};

// A vertex's weight is its triangle's area in square degrees at the equator's
// scale (lon/lat area times cos(latitude)): close to the true area, so detail is
// spread evenly over the globe, in a unit --min-area can be reasoned about.
const triangleArea = t => simplify.planarTriangleArea(t) *
    Math.cos((t[0][1] + t[1][1] + t[2][1]) / 3 * Math.PI / 180);
const simplified = simplify.simplify(simplify.presimplify(topology, triangleArea), minArea);

// Snaps each arc to the lattice and delta-encodes it; consecutive duplicates
// that snapping creates are dropped (an arc keeps at least its two ends).
const encode = arc => {
  const out = [];
  let px = 0, py = 0;
  for (const [lon, lat] of arc) {
    const x = Math.round((lon + 180) / grid), y = Math.round((lat + 90) / grid);
    if (out.length && x === px && y === py) continue;
    out.push([x - px, y - py]);
    px = x; py = y;
  }
  if (out.length === 1) out.push([0, 0]);
  return out;
};

// Islands smaller than --min-island square degrees are dots at any zoom the page
// uses, yet hold many vertices; a country keeps its largest polygon. Areas are
// taken with longitudes kept continuous across the antimeridian and a ring round
// a pole (Antarctica) closed along it, as map.js draws them.
const ringArea = ring => {
  const points = ring.flatMap(i => (i < 0 ? [...simplified.arcs[~i]].reverse() : simplified.arcs[i]))
                     .map(p => [...p]);
  let shift = 0;
  for (let k = 1; k < points.length; ++k) {
    const step = points[k][0] - (points[k - 1][0] - shift);
    if (step > 180) shift -= 360; else if (step < -180) shift += 360;
    points[k][0] += shift;
  }
  if (shift) points.push([points[points.length - 1][0], -90], [points[0][0], -90]);
  let twice = 0;
  for (let k = 1; k < points.length; ++k) {
    twice += points[k - 1][0] * points[k][1] - points[k][0] * points[k - 1][1];
  }
  return Math.abs(twice) / 2;
};
const dropIslands = g => {
  if (g.type !== 'MultiPolygon') return g;
  // The largest ring, not the first: world-atlas gives Antarctica a ring along
  // the pole as its exterior and the coast as its "hole".
  const areas = g.arcs.map(polygon => Math.max(...polygon.map(ringArea)));
  const largest = Math.max(...areas);
  const kept = g.arcs.filter((_, i) => areas[i] >= minIsland || areas[i] === largest);
  return {...g, arcs: kept};
};

const geometries = simplified.objects.countries.geometries
  .filter(g => g.type)  // a country simplified away entirely has no type left
  .map(dropIslands)
  .map(g => ({type: g.type, arcs: g.arcs,
              id: alpha2ByNumeric.get(g.id) || alpha2ByName[g.properties.name] || ''}));

// Renumbers the arcs the kept polygons still use (~i marks a reversed arc).
const used = new Map();
const renumber = i => {
  const arc = i < 0 ? ~i : i;
  if (!used.has(arc)) used.set(arc, used.size);
  return i < 0 ? ~used.get(arc) : used.get(arc);
};
for (const g of geometries) {
  const polygons = g.type === 'Polygon' ? [g.arcs] : g.arcs;
  for (const polygon of polygons) polygon.forEach((ring, r) => { polygon[r] = ring.map(renumber); });
}

process.stdout.write(JSON.stringify({
  type: 'Topology',
  source: 'Natural Earth 1:50m admin-0 via npm world-atlas@2.0.2, built by data/web/build_outlines.mjs',
  transform: {scale: [grid, grid], translate: [-180, -90]},
  objects: {countries: {type: 'GeometryCollection', geometries}},
  arcs: [...used.keys()].map(arc => encode(simplified.arcs[arc])),
}) + '\n');
