#!/usr/bin/env bash
# Installs what the peer taggers need, only what is missing (through
# scripts/setup.sh): Debian's python3-dateparser (for /usr/bin/python3), nodejs
# and npm, and chrono-node at the
# version pinned in package-lock.json into bench/time/peers/node_modules (git-ignored).
# Not part of scripts/setup.sh or the tests: only bench/time/peers/run_peers.sh needs it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

# The build's packages (run_peers.sh builds compare_peers) plus what the peers
# lack; node and npm may come from outside Debian, so they are checked as commands.
extra=()
/usr/bin/python3 -c 'import dateparser' 2>/dev/null || extra+=(python3-dateparser)
command -v node >/dev/null || extra+=(nodejs)
command -v npm >/dev/null || extra+=(npm)
bash "$here/../../../scripts/setup.sh" "${extra[@]}"

# npm ci reinstalls from the lock file; skip it when the pinned version is there.
want="$(node -p "require('$here/package-lock.json').packages['node_modules/chrono-node'].version")"
have="$(node -p "try { require('$here/node_modules/chrono-node/package.json').version } catch { '' }")"
if [ "$want" != "$have" ]; then
  echo "setup_peers: npm ci (chrono-node $want)" >&2
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
