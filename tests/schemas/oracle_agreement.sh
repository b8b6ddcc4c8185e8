#!/usr/bin/env bash
# azlint's `schema` verdicts agree with the gateways' own start-up validation
# (tests/schemas/oracle_agreement.mjs). Skipped (77) when node or the pinned packages are missing
# (npm ci in schemas/gen), so make test never needs the network. ~1-2 minutes (OpenClaw's
# validator takes 4-7 s a file; two run at a time).
set -euo pipefail
azlint=${1:?usage: oracle_agreement.sh AZLINT [SOURCE_DIR]}
src=${2:-$(cd "$(dirname "$0")/../.." && pwd)}
command -v node >/dev/null || { echo "skipped: node not installed"; exit 77; }
exec node "$src/tests/schemas/oracle_agreement.mjs" "$azlint" "$src"
