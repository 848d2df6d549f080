#!/usr/bin/env bash
# Installs what the peer taggers need, only what is missing: Debian's
# python3-dateparser (for /usr/bin/python3), nodejs and npm, and chrono-node at the
# version pinned in package-lock.json into bench/time/peers/node_modules (git-ignored).
# Not part of scripts/setup.sh or the tests: only bench/time/peers/run_peers.sh needs it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

missing=()
/usr/bin/python3 -c 'import dateparser' 2>/dev/null || missing+=(python3-dateparser)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup_peers: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  echo "setup_peers: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm ci reinstalls from the lock file; skip it when the pinned version is there.
want="$(node -p "require('$here/package-lock.json').packages['node_modules/chrono-node'].version")"
have="$(node -p "try { require('$here/node_modules/chrono-node/package.json').version } catch { '' }")"
if [ "$want" != "$have" ]; then
  echo "setup_peers: npm ci (chrono-node $want)" >&2
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
