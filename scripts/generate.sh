#!/usr/bin/env bash
# Generate everything that comes from openapi/bynder.yaml into DEST (default: the repository):
#   DEST/generated/bynder_client    the client (openapi-python-client, with templates/)
#   DEST/bynder_ext/_paging.py      the paging table (scripts/paging_table.py)
# `make generate` writes into the repository; `make check-generated` into a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
dest="${1:-.}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
rm -rf "$dest/generated/bynder_client"
mkdir -p "$dest/generated" "$dest/bynder_ext"
openapi-python-client generate --path openapi/bynder.yaml --config generator-config.yaml \
  --custom-template-path templates --meta none --fail-on-warning \
  --output-path "$dest/generated/bynder_client" >"$log" 2>&1 \
  || { cat "$log" >&2; echo "generation failed (warnings count as failures)" >&2; exit 1; }
python scripts/paging_table.py --output "$dest/bynder_ext/_paging.py"
ruff check --config pyproject.toml --no-cache --fix-only --quiet "$dest/bynder_ext/_paging.py"
ruff format --config pyproject.toml --no-cache --quiet "$dest/bynder_ext/_paging.py"
