#!/usr/bin/env bash
# A real editor: headless Neovim, configured only by editors/nvim/azlint.lua, opens a broken
# librechat.yaml and an openclaw.json, gets azlint's diagnostics (codes and UTF-16 ranges), applies a quick fix and
# an edit through the client, and sees the diagnostics go away. Skipped (77) without nvim.
set -euo pipefail
azlint=$1
src=$2
command -v nvim >/dev/null || { echo "nvim not installed: skipped"; exit 77; }
work=$(mktemp -d)
mkdir -p "$work/mock"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin"
if [ -n "${AZLINT_NVIM_WRAP:-}" ]; then cp "$AZLINT_NVIM_WRAP" "$work/bin/azlint"; else ln -s "$(readlink -f "$azlint")" "$work/bin/azlint"; fi
cp "$src/tests/nvim/librechat.yaml" "$src/tests/nvim/openclaw.json" "$work/"
echo "WESTUS_KEY=from-dotenv" > "$work/.env"
# The mock Azure server for the verify command (skipped without python3 and openssl).
if command -v python3 >/dev/null && command -v openssl >/dev/null; then
  python3 "$src/tests/verify/serve_mock.py" "$work/mock" & mock_pid=$!
  trap 'kill $mock_pid 2>/dev/null; wait $mock_pid 2>/dev/null; rm -rf "$work"' EXIT
  for _ in $(seq 200); do [ -f "$work/mock/mock.json" ] && break; sleep 0.05; done
  export AZLINT_NVIM_MOCK="$work/mock/mock.json"
  echo "WESTUS_KEY=test-key-valid-0001" > "$work/.env"  # the key the mock accepts
fi
export PATH="$work/bin:$PATH"
export AZLINT_NVIM_SRC="$src" AZLINT_NVIM_WORK="$work"
# -u NONE: no user config; --noplugin: nothing but what the test loads.
timeout 60 nvim --headless -u NONE -i NONE --noplugin -n -c "luafile $src/tests/nvim/test.lua" >"$work/out.txt" 2>&1 || status=$?
cat "$work/out.txt"
# An error the client reports about the server (a bad message, a duplicate answer) fails too.
if grep -q "^LSP\[azlint\]" "$work/out.txt"; then echo "FAIL: the client reported an error"; exit 1; fi
exit "${status:-0}"
