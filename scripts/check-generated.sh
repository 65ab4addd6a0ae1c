#!/usr/bin/env bash
# Regenerate the client into a temporary folder and fail on any difference with generated/.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
openapi-python-client generate --path openapi/bynder.yaml --config generator-config.yaml \
  --meta none --fail-on-warning --output-path "$tmp/bynder_client" >"$tmp/log" 2>&1 \
  || { cat "$tmp/log" >&2; echo "generation failed (warnings count as failures)" >&2; exit 1; }
if ! diff -r -u --exclude=__pycache__ generated/bynder_client "$tmp/bynder_client"; then
  echo "generated/ is stale or was edited by hand: run 'make generate'" >&2
  exit 1
fi
echo "generated/ is in sync with openapi/bynder.yaml"
