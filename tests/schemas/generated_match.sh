#!/usr/bin/env bash
# The committed schemas/<gateway>/*.json are byte for byte what schemas/gen/generate.mjs makes
# from the packages pinned in schemas/gen/package-lock.json. Skipped (77) when node or the
# pinned packages are missing (npm ci in schemas/gen), so make test never needs the network.
set -euo pipefail
src=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
command -v node >/dev/null || { echo "skipped: node not installed"; exit 77; }
exec node "$src/schemas/gen/check.mjs" --schemas "$src/schemas"
