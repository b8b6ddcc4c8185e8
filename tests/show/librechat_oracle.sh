#!/usr/bin/env bash
# `azlint show`'s LibreChat URLs against librechat-data-provider's own resolution
# (tests/show/librechat_oracle.mjs). Skipped (77) when node or the pinned packages are missing
# (npm ci in schemas/gen), so make test never needs the network.
set -euo pipefail
azlint=${1:?usage: librechat_oracle.sh AZLINT [SOURCE_DIR]}
src=${2:-$(cd "$(dirname "$0")/../.." && pwd)}
command -v node >/dev/null || { echo "skipped: node not installed"; exit 77; }
exec node "$src/tests/show/librechat_oracle.mjs" "$azlint" "$src"
