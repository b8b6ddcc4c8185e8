#!/usr/bin/env bash
# Each snippet under schemas/gen/release-diffs/<gateway>/ gets, from the gateway's own validator
# (schemas/gen/oracle.mjs) under every pinned release, the verdict recorded in its expected.json,
# and is valid for one release and invalid for another. Skipped (77) when node or the pinned
# packages are missing (npm ci in schemas/gen). OpenClaw runs its CLI per case: ~2-3 minutes.
set -euo pipefail
src=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
command -v node >/dev/null || { echo "skipped: node not installed"; exit 77; }
exec node "$src/schemas/gen/release-diffs.mjs"
