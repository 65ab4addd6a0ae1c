#!/usr/bin/env bash
# Generate everything that is derived from other files into DEST (default: the repository):
#   DEST/generated/bynder_client           the client, from openapi/bynder.yaml (openapi-python-client
#                                          with templates/)
#   DEST/bynder_ext/pagination/table.py    the paging table, from the spec (scripts/paging_table.py)
#   DEST/bynder_ext/**/_sync.py            the sync twin of each _async.py (scripts/unasync.py)
# `make generate` writes into the repository; `make check-generated` into a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
dest="${1:-.}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
rm -rf "$dest/generated/bynder_client"
mkdir -p "$dest/generated" "$dest/bynder_ext/pagination"
openapi-python-client generate --path openapi/bynder.yaml --config generator-config.yaml \
  --custom-template-path templates --meta none --fail-on-warning \
  --output-path "$dest/generated/bynder_client" >"$log" 2>&1 \
  || { cat "$log" >&2; echo "generation failed (warnings count as failures)" >&2; exit 1; }
python scripts/paging_table.py --output "$dest/bynder_ext/pagination/table.py"
python scripts/unasync.py --dest "$dest"
mapfile -t derived < <(cd "$dest" && find bynder_ext -name _sync.py | sort; echo bynder_ext/pagination/table.py)
(cd "$dest" && ruff check --config "$OLDPWD/pyproject.toml" --no-cache --fix-only --quiet "${derived[@]}" \
  && ruff format --config "$OLDPWD/pyproject.toml" --no-cache --quiet "${derived[@]}")
