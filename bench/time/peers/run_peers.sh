#!/usr/bin/env bash
# run_peers.sh TIMEML_DIR... — storyline's time tagger vs chrono-node vs dateparser
# on the same TimeML texts, in one run; prints the markdown tables of compare_peers.
#   BUILD=/path/to/build (default: <repo>/build) is where compare_peers is built.
#   PASSES=N (default 3): every system tags all texts N times; the best pass is its speed.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: run_peers.sh TIMEML_DIR..." >&2; exit 1; }
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
build="${BUILD:-$repo/build}"
passes="${PASSES:-3}"

bash "$here/setup_peers.sh"
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$build" --target compare_peers >/dev/null
compare="$build/bench/time/compare_peers"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$compare" --dump "$@" >"$work/docs.jsonl"

# Wall time of each peer process, start-up and JSON I/O included, for the record;
# the tables use the time each peer measures around its own parse calls.
wall() {  # NAME CMD... < docs > out
  local name="$1"; shift
  local t0 t1
  t0=$(date +%s.%N)
  "$@"
  t1=$(date +%s.%N)
  echo "$name: $(awk "BEGIN { printf \"%.2f\", $t1 - $t0 }") s wall for the whole process ($passes passes)" >&2
}
TZ=UTC wall chrono-node node "$here/chrono_peer.mjs" "$passes" <"$work/docs.jsonl" >"$work/chrono.jsonl"
TZ=UTC wall dateparser /usr/bin/python3 "$here/dateparser_peer.py" "$passes" <"$work/docs.jsonl" >"$work/dateparser.jsonl"

"$compare" --passes "$passes" --peer "chrono-node=$work/chrono.jsonl" --peer "dateparser=$work/dateparser.jsonl" "$@"
