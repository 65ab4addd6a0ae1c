#!/usr/bin/env bash
# Regenerate into a temporary folder and fail on any difference with what is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
scripts/generate.sh "$tmp"
status=0
diff -r -u --exclude=__pycache__ generated/bynder_client "$tmp/generated/bynder_client" || status=1
for file in bynder_ext/pagination/table.py $(find bynder_ext -name _sync.py | sort); do
  diff -u "$file" "$tmp/$file" || status=1
done
for file in $(cd "$tmp" && find bynder_ext -name _sync.py); do
  [ -f "$file" ] || { echo "missing: $file (run 'make generate')" >&2; status=1; }
done
if [ "$status" -ne 0 ]; then
  echo "generated code is stale or was edited by hand: run 'make generate'" >&2
  exit 1
fi
echo "generated/, the paging table and the _sync.py twins are in sync with their sources"
