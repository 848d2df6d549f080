// The source graph: who relays whom. Every attribution chain of the story — a
// quote's chain and a timeline report's via — is a path article → relay … →
// origin, so the graph is layered left to right: the articles (named by their
// outlet when it is known) in the first column, the origins (sources that relay
// no one) in the last, relays in between at their longest distance from an
// article. Rows within a column are ordered by the mean row of their
// predecessors (the barycenter heuristic, a few sweeps), which removes most
// edge crossings for graphs of this size without a layout library.
//
// Labels sit beside their node on the node's own row, rows are ROW_PX apart and
// a label is truncated to its column's width, so labels cannot overlap; the
// full text is in the tooltip.

const ROW_PX = 22;
const MAX_ROWS = 40;  // per column; the rest are summarised in the note
const NODE_R = 5;
const ROLE_TEXT = {article: 'article / outlet', relay: 'relay', origin: 'origin'};

// Maps a name in a chain to its entity's canonical name ("Kovalenko" and
// "Oleksandr Kovalenko" are one source), by the entity variants of the dossier.
// A chain may name a person with a title before the name ("the harbour master
// Olexandr Kovalenko"), so a trailing run of capitalised words that is a
// person's variant also counts; other entity types need the whole name, as
// their trailing words ("Waters", "Authority") are not names on their own.
function sourceNamer(d) {
  const byVariant = new Map(), personByVariant = new Map();
  const byId = new Map(d.entities.map(e => [e.id, e.name]));
  for (const e of d.entities) {
    for (const v of [e.name, ...e.variants]) {
      byVariant.set(v.toLowerCase(), e.name);
      if (e.type === 'person') personByVariant.set(v.toLowerCase(), e.name);
    }
  }
  const personSuffix = name => {
    const words = name.split(/\s+/);
    for (let i = 1; i < words.length; ++i) {
      if (!/^\p{Lu}/u.test(words[i])) continue;
      const found = personByVariant.get(words.slice(i).join(' ').toLowerCase());
      if (found) return found;
    }
    return undefined;
  };
  return (name, entity_id) => byId.get(entity_id) || byVariant.get(name.toLowerCase()) ||
                              byVariant.get(name.replace(/^the /i, '').toLowerCase()) ||
                              personSuffix(name) || name;
}

// Returns {nodes: Map name -> {name, role, docs, weight}, edges: Map key -> {from, to, count}}.
function buildSourceGraph(d) {
  const canonical = sourceNamer(d);
  // An article is named by its outlet; without one, by its title (its id says nothing).
  const outlet = new Map(d.documents.map(doc => [doc.id, doc.outlet || doc.title || doc.id]));
  const nodes = new Map(), edges = new Map();
  const node = (name, role) => {
    if (!nodes.has(name)) nodes.set(name, {name, role, docs: new Set(), weight: 0});
    return nodes.get(name);
  };
  const addPath = (doc, chain, last_entity) => {
    if (!chain.length) return;
    const names = chain.map((n, i) => canonical(n, i === chain.length - 1 ? last_entity : null));
    const path = [outlet.get(doc) || doc, ...names].filter((n, i, all) => i === 0 || n !== all[i - 1]);
    node(path[0], 'article').docs.add(doc);
    path.forEach((name, i) => {
      const n = node(name, 'origin');
      n.docs.add(doc); n.weight++;
      if (i === 0) return;
      const key = path[i - 1] + '\u0000' + name;
      if (!edges.has(key)) edges.set(key, {from: path[i - 1], to: name, count: 0});
      edges.get(key).count++;
    });
  };
  for (const q of d.quotes) addPath(q.doc, q.chain, q.speaker_entity);
  for (const t of d.timeline) for (const r of t.reports) addPath(r.doc, r.via, null);
  for (const e of edges.values()) {  // a source that passes something on is a relay
    const from = nodes.get(e.from);
    if (from.role === 'origin') from.role = 'relay';
  }
  return {nodes, edges};
}

// Sets node.layer: articles 0, relays their longest distance from an article
// (capped, so a relay cycle ends), origins one past the last relay column.
function assignLayers(nodes, edges) {
  for (const n of nodes.values()) n.layer = 0;
  for (let pass = 0; pass < nodes.size; ++pass) {
    let changed = false;
    for (const e of edges.values()) {
      const to = nodes.get(e.to), from = nodes.get(e.from);
      if (to.role === 'relay' && to.layer < from.layer + 1 && from.layer + 1 < nodes.size) {
        to.layer = from.layer + 1; changed = true;
      }
    }
    if (!changed) break;
  }
  const relays = [...nodes.values()].filter(n => n.role === 'relay');
  const last = 1 + Math.max(0, ...relays.map(n => n.layer));
  for (const n of nodes.values()) if (n.role === 'origin') n.layer = last;
  const layers = Array.from({length: last + 1}, () => []);
  for (const n of nodes.values()) layers[n.layer].push(n);
  return layers.filter(l => l.length);
}

// Orders each column by its nodes' mean neighbour row, sweeping both ways.
function orderRows(layers, edges) {
  const neighbours = new Map();
  for (const e of edges.values()) {
    for (const [a, b] of [[e.from, e.to], [e.to, e.from]]) {
      if (!neighbours.has(a)) neighbours.set(a, []);
      neighbours.get(a).push(b);
    }
  }
  layers.forEach(l => l.sort((a, b) => b.weight - a.weight).forEach((n, i) => { n.row = i; }));
  const sweep = (l, side) => {
    for (const n of l) {
      const rows = (neighbours.get(n.name) || []).map(m => side(m)).filter(r => r !== undefined);
      n.key = rows.length ? rows.reduce((s, r) => s + r, 0) / rows.length : n.row;
    }
    l.sort((a, b) => a.key - b.key).forEach((n, i) => { n.row = i; });
  };
  const rowIn = layer => name => layer.find(n => n.name === name)?.row;
  for (let pass = 0; pass < 4; ++pass) {
    for (let i = 1; i < layers.length; ++i) sweep(layers[i], rowIn(layers[i - 1]));
    for (let i = layers.length - 2; i >= 0; --i) sweep(layers[i], rowIn(layers[i + 1]));
  }
}

function graphDefs() {
  const defs = el('defs');
  const marker = el('marker', {id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7,
                               markerHeight: 7, markerUnits: 'userSpaceOnUse', orient: 'auto'});
  marker.append(el('path', {d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead'}));
  defs.append(marker);
  return defs;
}

// Shapes and colours match the legend in index.html (classes role-*).
function nodeShape(n) {
  const role = 'role-' + n.role;
  if (n.role === 'article') {
    return el('rect', {class: role, x: n.x - NODE_R, y: n.y - NODE_R, width: 2 * NODE_R, height: 2 * NODE_R});
  }
  return el('circle', {class: role, cx: n.x, cy: n.y, r: NODE_R});
}

// Label beside the node: articles to the left (their edges leave right),
// everything else to the right, truncated to the room up to the next column.
function nodeLabel(n, room) {
  const left = n.role === 'article';
  return el('text', {class: 'label', x: left ? n.x - NODE_R - 4 : n.x + NODE_R + 4, y: n.y + 4,
                     'text-anchor': left ? 'end' : 'start'}, truncateToWidth(n.name, room));
}

function drawGraph(d) {
  const svg = document.getElementById('graph');
  svg.replaceChildren();
  const width = Math.round(svg.getBoundingClientRect().width) || 560;
  const {nodes, edges} = buildSourceGraph(d);
  const layers = assignLayers(nodes, edges);
  orderRows(layers, edges);
  const dropped = layers.reduce((s, l) => s + Math.max(0, l.length - MAX_ROWS), 0);
  for (const l of layers) l.splice(MAX_ROWS).forEach(n => nodes.delete(n.name));
  const rows = Math.max(1, ...layers.map(l => l.length));
  const height = rows * ROW_PX + 16;
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('height', height);
  if (!nodes.size) {
    svg.append(el('text', {x: 16, y: 20, class: 'label'}, 'No attribution chains yet.'));
    return;
  }
  // Article labels take a left margin, origin labels a right one, each as wide
  // as its longest label up to about a quarter of the width; relays share the
  // middle, which keeps at least half the width for their columns and edges.
  const labelRoom = role => Math.min(width * (role === 'article' ? 0.24 : 0.26), 2 * NODE_R + 8 + Math.max(0,
      ...[...nodes.values()].filter(n => n.role === role).map(n => textWidth(n.name))));
  const left = labelRoom('article'), right = labelRoom('origin');
  const column = layers.length > 1 ? (width - left - right) / (layers.length - 1) : 0;
  layers.forEach((l, i) => {
    const top = (height - l.length * ROW_PX) / 2 + ROW_PX / 2;  // centre short columns
    for (const n of l) { n.x = left + i * column; n.y = top + n.row * ROW_PX; }
  });
  svg.append(graphDefs());
  const edgeLayer = el('g', {class: 'edges'});
  for (const e of edges.values()) {
    const a = nodes.get(e.from), b = nodes.get(e.to);
    if (!a || !b) continue;
    const x1 = a.x + NODE_R, x2 = b.x - NODE_R - 1, bend = Math.max(30, (x2 - x1) / 2);
    const path = el('path', {class: 'edge', 'marker-end': 'url(#arrow)', 'stroke-width': Math.min(4, 0.8 + Math.log2(e.count)).toFixed(1),
                             d: `M${x1},${a.y} C${x1 + bend},${a.y} ${x2 - bend},${b.y} ${x2},${b.y}`});
    attachTip(path, [e.from + ' → ' + e.to, e.count + ' attribution' + (e.count > 1 ? 's' : '')]);
    edgeLayer.append(path);
  }
  svg.append(edgeLayer);
  const nodeLayer = el('g', {class: 'nodes'});
  for (const n of nodes.values()) {
    const g = el('g', {class: 'node ' + n.role, 'data-role': n.role, 'aria-label': n.name});
    const room = {article: left, relay: column, origin: right}[n.role] - 2 * NODE_R - 8;
    g.append(nodeShape(n), nodeLabel(n, room));
    attachTip(g, [n.name, ROLE_TEXT[n.role], 'in ' + [...n.docs].join(', ')]);
    nodeLayer.append(g);
  }
  svg.append(nodeLayer);
  recordLabelBoxes(svg);
  document.getElementById('graph-note').textContent =
      `${nodes.size} sources, ${edges.size} links` + (dropped ? ` · ${dropped} more not shown` : '');
}
