// The map: country outlines from the embedded Natural Earth topology
// (data/web/countries.json), zoomed to the story's places; one bubble per place
// whose area is proportional to its mentions; labels at a fixed pixel size that
// never overlap one another.
//
// Projection: equirectangular with longitudes squeezed by cos(latitude of the
// view's centre). Stories need regional views, where this is close to
// conformal, and it keeps projecting a point to two multiplications. The view
// fits the places' bounding box plus MAP_PAD on each side, but never spans less
// than MIN_SPAN_DEG: a story about one port still shows its coast and neighbours.
//
// Labels are placed greedily, most-mentioned place first, at the first of eight
// spots around the bubble that stays inside the map and clear of labels already
// placed (first also clear of other bubbles, then at least of labels). A label
// that finds no spot is hidden and shows on hover, with the tooltip.

const MAP_HEIGHT = 380;
// 12° across shows a delta story's ports with their region (Bucharest, Odesa,
// Crimea); 8° showed little more than the delta's three countries.
const MIN_SPAN_DEG = 12;
const MAP_PAD = 0.2;
const MAX_BUBBLE_PX = 18;
// Bubbles of places with a single mention would shrink below a pointer's reach
// when another place has hundreds, so radii have a floor; above it area stays
// proportional to mentions.
const MIN_BUBBLE_PX = 3;
const LABEL_BOX_PX = 15;  // a 12px label's rendered height, ascent plus descent
const LABEL_GAP_PX = 3;

// world-atlas stitches rings across the antimeridian (Chukotka, Fiji), which a
// flat map would draw as a band round the world. Keeps longitudes continuous
// instead (179 then 181, not -179), and closes a ring that goes round a pole
// (Antarctica) along the pole; drawCountries draws copies shifted by 360°.
function unwrapRing(ring) {
  const out = [ring[0]];
  let shift = 0;
  for (let i = 1; i < ring.length; ++i) {
    const step = ring[i][0] - ring[i - 1][0];
    if (step > 180) shift -= 360; else if (step < -180) shift += 360;
    out.push([ring[i][0] + shift, ring[i][1]]);
  }
  if (shift) {
    const pole = ring.reduce((s, p) => s + p[1], 0) < 0 ? -90 : 90;
    out.push([out[out.length - 1][0], pole], [out[0][0], pole]);
  }
  return out;
}

let worldOutlines = null;
// Decodes the embedded TopoJSON once: delta-encoded, quantized arcs become
// [lon, lat] rings; a negative arc index ~i means arc i reversed.
function worldCountries() {
  if (worldOutlines) return worldOutlines;
  let topology;
  try {
    topology = JSON.parse(document.getElementById('world-outlines').textContent);
  } catch (err) {  // a page built without the outlines still shows the places
    return worldOutlines = [];
  }
  const [sx, sy] = topology.transform.scale, [tx, ty] = topology.transform.translate;
  const arcs = topology.arcs.map(arc => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => [(x += dx) * sx + tx, (y += dy) * sy + ty]);
  });
  const ring = indices => unwrapRing(indices.flatMap((i, k) => {
    const points = i < 0 ? [...arcs[~i]].reverse() : arcs[i];
    return k ? points.slice(1) : points;  // consecutive arcs share an end point
  }));
  return worldOutlines = topology.objects.countries.geometries.map(g => {
    const polygons = (g.type === 'Polygon' ? [g.arcs] : g.arcs).map(p => p.map(ring));
    const points = polygons.flat(2);
    const lons = points.map(p => p[0]), lats = points.map(p => p[1]);
    return {id: g.id, polygons,
            bbox: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)]};
  });
}

// Returns {project(lon, lat) -> [x, y] in pixels} for a width x height map
// showing every place (the inhabited world when there are none).
function mapView(places, width, height) {
  const lats = places.length ? places.map(p => p.geo.lat) : [-50, 72];
  const lons = places.length ? places.map(p => p.geo.lon) : [-180, 180];
  const lat_min = Math.min(...lats), lat_max = Math.max(...lats);
  const k = Math.cos((lat_min + lat_max) / 2 * Math.PI / 180);
  let x0 = Math.min(...lons) * k, x1 = Math.max(...lons) * k, y0 = -lat_max, y1 = -lat_min;
  const pad = places.length ? Math.max((x1 - x0) * MAP_PAD, (y1 - y0) * MAP_PAD, 1) : 0;
  // Padding stops at the world's edges (it never cuts off a place): no second
  // copy of a continent beside the first, no band of empty polar sea.
  const padTo = (v, step, edge) => (step < 0 ? Math.max(v + step, Math.min(v, edge))
                                             : Math.min(v + step, Math.max(v, edge)));
  x0 = padTo(x0, -pad, -180 * k); x1 = padTo(x1, pad, 180 * k);
  y0 = padTo(y0, -pad, -84); y1 = padTo(y1, pad, 70);
  // Widen the shorter side so the box has the map's aspect and the minimum span.
  let w = Math.max(x1 - x0, MIN_SPAN_DEG), h = Math.max(y1 - y0, MIN_SPAN_DEG * height / width);
  if (w / h < width / height) w = h * width / height; else h = w * height / width;
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, scale = width / w;
  return {project: (lon, lat) => [(lon * k - cx + w / 2) * scale, (-lat - cy + h / 2) * scale]};
}

function drawCountries(svg, view, width, height, story_countries) {
  const g = el('g', {class: 'countries'});
  for (const c of worldCountries()) {
    for (const shift of [-360, 0, 360]) {  // a view near the antimeridian shows both sides
      const [left, top] = view.project(c.bbox[0] + shift, c.bbox[3]);
      const [right, bottom] = view.project(c.bbox[2] + shift, c.bbox[1]);
      if (right < 0 || left > width || bottom < 0 || top > height) continue;  // off the view
      const point = ([lon, lat]) => view.project(lon + shift, lat).map(v => v.toFixed(1)).join(',');
      const d = c.polygons.flat().map(ring => 'M' + ring.map(point).join('L') + 'Z').join('');
      g.append(el('path', {d, class: story_countries.has(c.id) ? 'land story' : 'land',
                           'data-country': c.id}));
    }
  }
  svg.append(g);
}

// The eight label boxes around a bubble, in order of preference.
function labelSpots(x, y, r, w) {
  const h = LABEL_BOX_PX, gap = LABEL_GAP_PX, d = (r + gap) * Math.SQRT1_2;
  const at = (x0, y0) => ({x0, y0, x1: x0 + w, y1: y0 + h});
  return [at(x + r + gap, y - h / 2), at(x - r - gap - w, y - h / 2),
          at(x - w / 2, y - r - gap - h), at(x - w / 2, y + r + gap),
          at(x + d, y - d - h), at(x + d, y + d), at(x - d - w, y - d - h), at(x - d - w, y + d)];
}

// Returns, per bubble, the box its label takes or null when it has no room.
function placeLabels(bubbles, width, height) {
  const placed = [];
  const inside = b => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= width && b.y1 <= height;
  const clear = (box, obstacles) => !obstacles.some(o => boxesOverlap(box, o));
  return bubbles.map((b, i) => {
    const spots = labelSpots(b.x, b.y, b.r, textWidth(b.name)).filter(inside);
    const others = bubbles.filter((_, j) => j !== i)
                          .map(o => ({x0: o.x - o.r, y0: o.y - o.r, x1: o.x + o.r, y1: o.y + o.r}));
    const box = spots.find(s => clear(s, placed) && clear(s, others)) ||
                spots.find(s => clear(s, placed)) || null;
    if (box) placed.push({x0: box.x0 - 1, y0: box.y0, x1: box.x1 + 1, y1: box.y1});  // 1px apart
    return box;
  });
}

const regionNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], {type: 'region'}) : null;
function countryName(code) {
  try { return (code && regionNames && regionNames.of(code)) || code || 'unknown country'; }
  catch (err) { return code; }  // a code Intl does not know
}

function drawMap(d) {
  const svg = document.getElementById('map');
  svg.replaceChildren();
  const width = Math.round(svg.getBoundingClientRect().width) || 560, height = MAP_HEIGHT;
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('height', height);
  const places = d.entities.filter(e => e.geo && e.mentions.length)
                           .sort((a, b) => b.mentions.length - a.mentions.length);
  const view = mapView(places, width, height);
  drawCountries(svg, view, width, height, new Set(places.map(p => p.geo.country)));

  const most = places.length ? places[0].mentions.length : 1;
  const bubbles = places.map(p => {
    const [x, y] = view.project(p.geo.lon, p.geo.lat);
    return {place: p, name: p.name, x, y, r: Math.max(MIN_BUBBLE_PX, MAX_BUBBLE_PX * Math.sqrt(p.mentions.length / most))};
  });
  const boxes = placeLabels(bubbles, width, height);
  // Labels go on a layer above every bubble, so no bubble hides a label.
  const circles = el('g', {class: 'places'}), labels = el('g', {class: 'place-labels'});
  bubbles.forEach((b, i) => {  // largest first, so smaller bubbles stay on top and hoverable
    const circle = el('circle', {class: 'place', cx: b.x.toFixed(1), cy: b.y.toFixed(1), r: b.r.toFixed(1),
                                 'aria-label': b.name, 'data-mentions': b.place.mentions.length});
    const box = boxes[i] || labelSpots(b.x, b.y, b.r, textWidth(b.name))[0];
    const label = el('text', {class: boxes[i] ? 'label' : 'label hidden', x: box.x0.toFixed(1),
                              y: (box.y1 - 4).toFixed(1)}, b.name);
    attachTip(circle, [b.name, b.place.mentions.length + ' mention' + (b.place.mentions.length > 1 ? 's' : ''),
                       countryName(b.place.geo.country)]);
    // A hidden label shows while its bubble is hovered.
    circle.addEventListener('mouseenter', () => label.classList.add('hover'));
    circle.addEventListener('mouseleave', () => label.classList.remove('hover'));
    circles.append(circle);
    labels.append(label);
  });
  svg.append(circles, labels);
  recordLabelBoxes(svg);
  const hidden = boxes.filter(b => !b).length;
  document.getElementById('map-note').textContent = places.length
      ? `${places.length} places · bubble area ∝ mentions` +
        (hidden ? ` · ${hidden} label${hidden > 1 ? 's' : ''} hidden for room (hover a bubble)` : '')
      : 'No located places yet.';
}
