#!/usr/bin/env bash
# Refresh requirements.lock: resolve pyproject's dependencies (with the dev extra, which pulls
# in api and spark) in a throw-away virtualenv and record every exact version it installed.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install -q --no-cache-dir -e '.[dev]'
{
  echo "# Exact versions of every dependency of kronika[dev], for reproducible installs."
  echo "# Refresh with: bash scripts/lock.sh   (tests/test_lock.py checks it against pyproject.toml)"
  "$tmp/venv/bin/python" -m pip freeze --exclude-editable | grep -v -i '^kronika' | LC_ALL=C sort -f
} > requirements.lock
echo "wrote requirements.lock ($(grep -vc '^#' requirements.lock) packages)"
