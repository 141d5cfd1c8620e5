#!/usr/bin/env bash
# Fetch a headless Chromium for the browser tests into .cache/chromium/ (gitignored).
# `playwright install` cannot reach its download host on every machine; the npm registry can.
# @sparticuz/chromium ships a brotli-packed Chromium with its SwiftShader/EGL libraries, which
# WebGL needs; extracting it puts the binary and those libraries side by side.
# Prints the path of the browser binary; tests find it there (or via KRONIKA_CHROMIUM).
set -euo pipefail
cd "$(dirname "$0")/.."
cache="$PWD/.cache/chromium"
mkdir -p "$cache"
if [ ! -x "$cache/bin/chromium" ]; then
  if [ ! -d "$cache/node_modules/@sparticuz/chromium" ]; then
    # npm ci installs exactly scripts/chromium/package-lock.json (versions and integrity hashes).
    cp scripts/chromium/package.json scripts/chromium/package-lock.json "$cache/"
    (cd "$cache" && npm ci --no-audit --no-fund >&2)
  fi
  # executablePath() extracts the binary and its libraries into $TMPDIR: the cache keeps them.
  mkdir -p "$cache/bin"
  (cd "$cache" && TMPDIR="$cache/bin" node -e \
    "import('@sparticuz/chromium').then(m => m.default.executablePath()).then(p => console.log(p))" >&2)
fi
echo "$cache/bin/chromium"
