#!/usr/bin/env bash
# Installs the Debian 12 packages storyline builds against. Idempotent and quiet:
# when everything is present it only checks, and it never upgrades anything.
# Needs root, or sudo without a password. Extra package names given as arguments
# are installed too (bench/time/peers/setup_peers.sh uses that).
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config
  libgtest-dev libgmock-dev libbenchmark-dev
  libicu-dev libcld2-dev libsqlite3-dev sqlite3 libabsl-dev
  libcli11-dev libfmt-dev nlohmann-json3-dev libgumbo-dev libxxhash-dev
  libtbb-dev libre2-dev libhyperscan-dev libstemmer-dev libcpp-httplib-dev
  libpq-dev postgresql  # the PostgreSQL store (--db postgresql://...) and its tests
  chromium  # headless, for the web page's browser test
  "$@"
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
