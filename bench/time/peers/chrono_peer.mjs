// chrono_peer.mjs — chrono-node as a TIMEX3 tagger, for bench/time/compare_peers.
//
// stdin:  JSON lines {file, dct, text} (written by `compare_peers --dump`).
// stdout: one JSON line per expression {file, begin, end, text, value, type}, then
//         one line {"stats": {...}} with the peer's own timing.
//
// chrono resolves everything to a full instant and says which components it read
// from the text (isCertain) and which it filled in from the reference date. A
// TIMEX3 value is as fine as the finest component chrono *read*: "March" is
// "1998-03", not chrono's 1998-03-01; "Tuesday" (weekday read) is a day; "10 a.m."
// is a time on the implied day. Coarser parts come from chrono's resolution.
// chrono has no notion of weeks, durations, sets or PRESENT_REF, so it only
// expresses DATE and TIME.
//
// Usage: node chrono_peer.mjs [PASSES] < docs.jsonl > out.jsonl
// Timing: start-up (node, import, one warm-up parse) is measured apart from the
// parse loop, which times chrono.parse plus the value building, nothing else.
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { readFileSync } from 'node:fs';

// chrono fills implied parts from the reference Date in local time: with UTC, the
// DCT's noon below is the DCT's day whatever the machine's zone.
process.env.TZ = 'UTC';
const chrono = await import('chrono-node');

const pad = (n, w = 2) => String(n).padStart(w, '0');

function TimexOf(c) {
  const known = (k) => c.isCertain(k);
  const date = `${pad(c.get('year'), 4)}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
  if (known('hour')) {
    return { value: `${date}T${pad(c.get('hour'))}:${pad(c.get('minute') ?? 0)}`, type: 'TIME' };
  }
  if (known('day') || known('weekday')) return { value: date, type: 'DATE' };
  if (known('month')) return { value: date.slice(0, 7), type: 'DATE' };
  if (known('year')) return { value: date.slice(0, 4), type: 'DATE' };
  return null;
}

// Byte offset of a UTF-16 index (the C++ side counts bytes of UTF-8).
function ByteOffset(text, index, ascii) {
  return ascii ? index : Buffer.byteLength(text.slice(0, index), 'utf8');
}

// Reference instant: noon of the DCT, so "now" and implied hours stay on that day.
function RefDate(dct) {
  const d = new Date(`${dct}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? new Date() : d;
}

function ChronoVersion() {
  const url = new URL('./node_modules/chrono-node/package.json', import.meta.url);
  try { return JSON.parse(readFileSync(url, 'utf8')).version; } catch { return ''; }
}

chrono.parse('He left on Tuesday, March 3, 1998 at 10 a.m.', new Date());  // warm-up
const startupSeconds = performance.now() / 1000;

// Passes over all documents (argv[2], default 3): the best pass is the speed, so a
// shared machine's hiccups count less; the output is the first pass's.
const passes = Math.max(1, Number(process.argv[2] ?? 3));
const docs = [];
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (line) docs.push(JSON.parse(line));
}
let parseSeconds = Infinity, bytes = 0, found = 0;
const out = [];
for (let pass = 0; pass < passes; ++pass) {
  let seconds = 0;
  for (const doc of docs) {
    const t0 = performance.now();
    const results = chrono.parse(doc.text, RefDate(doc.dct));
    const timexes = [];
    for (const r of results) {
      const t = TimexOf(r.start);
      if (t) timexes.push({ r, t });
    }
    seconds += (performance.now() - t0) / 1000;
    if (pass > 0) continue;
    bytes += Buffer.byteLength(doc.text, 'utf8');
    const ascii = !/[^\x00-\x7f]/.test(doc.text);
    for (const { r, t } of timexes) {
      found++;
      out.push(JSON.stringify({
        file: doc.file,
        begin: ByteOffset(doc.text, r.index, ascii),
        end: ByteOffset(doc.text, r.index + r.text.length, ascii),
        text: r.text, value: t.value, type: t.type,
      }));
    }
  }
  parseSeconds = Math.min(parseSeconds, seconds);
}
out.push(JSON.stringify({ stats: {
  system: 'chrono-node', version: ChronoVersion(),
  docs: docs.length, bytes, timexes: found, passes, parse_seconds: parseSeconds,
  startup_seconds: startupSeconds,
} }));
process.stdout.write(out.join('\n') + '\n');
