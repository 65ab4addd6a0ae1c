#!/usr/bin/env bash
# Regenerate into a temporary folder and fail on any difference with what is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
scripts/generate.sh "$tmp"
status=0
diff -r -u --exclude=__pycache__ generated/bynder_client "$tmp/generated/bynder_client" || status=1
diff -u bynder_ext/_paging.py "$tmp/bynder_ext/_paging.py" || status=1
if [ "$status" -ne 0 ]; then
  echo "generated code is stale or was edited by hand: run 'make generate'" >&2
  exit 1
fi
echo "generated/ and bynder_ext/_paging.py are in sync with openapi/bynder.yaml"
