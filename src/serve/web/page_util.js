// Helpers shared by the page's drawings: element creation, text measurement,
// box overlap and the hover tooltip. Plain functions, no state beyond the
// measuring canvas and the one tooltip element.

const SVG_TAGS = new Set(['svg', 'circle', 'line', 'text', 'path', 'g', 'marker', 'defs', 'title', 'rect']);
const el = (tag, attrs = {}, text) => {
  const e = SVG_TAGS.has(tag) ? document.createElementNS('http://www.w3.org/2000/svg', tag)
                              : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
};

// Labels are laid out before they are drawn, so their width comes from a canvas
// using the same font as the SVG text (LABEL_FONT must match the CSS).
const LABEL_PX = 12;
const LABEL_FONT = LABEL_PX + 'px system-ui, sans-serif';
const measureCanvas = document.createElement('canvas').getContext('2d');
function textWidth(text) {
  measureCanvas.font = LABEL_FONT;
  return measureCanvas.measureText(text).width;
}

// Shortens text with an ellipsis until it fits max_px; returns it unchanged if it fits.
function truncateToWidth(text, max_px) {
  if (textWidth(text) <= max_px) return text;
  let lo = 0, hi = text.length;  // the longest prefix that fits, by bisection
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (textWidth(text.slice(0, mid) + '…') <= max_px) lo = mid; else hi = mid - 1;
  }
  return text.slice(0, lo).trimEnd() + '…';
}

// Boxes are {x0, y0, x1, y1} in pixels.
const boxesOverlap = (a, b) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

// Writes the rendered box of each visible label into data-box, after layout,
// so a test reading the DOM can check for overlaps with the browser's own
// geometry rather than the estimates the layout used.
function recordLabelBoxes(svg) {
  for (const t of svg.querySelectorAll('text.label:not(.hidden)')) {
    const b = t.getBBox();
    t.dataset.box = [b.x, b.y, b.x + b.width, b.y + b.height].map(v => v.toFixed(1)).join(' ');
  }
}

// One tooltip for the page; lines are plain text (never HTML from the data).
function showTip(event, lines) {
  let tip = document.getElementById('tip');
  if (!tip) { tip = el('div', {id: 'tip', role: 'tooltip'}); document.body.append(tip); }
  tip.replaceChildren(...lines.map((line, i) => el(i ? 'div' : 'b', {}, line)));
  tip.style.left = (event.pageX + 12) + 'px';
  tip.style.top = (event.pageY + 12) + 'px';
  tip.hidden = false;
}
function hideTip() {
  const tip = document.getElementById('tip');
  if (tip) tip.hidden = true;
}
function attachTip(node, lines) {
  node.addEventListener('mousemove', e => showTip(e, lines));
  node.addEventListener('mouseleave', hideTip);
}
