#!/usr/bin/env bash
# A real editor: headless Emacs (Debian's emacs-nox, eglot built in or Debian's elpa-eglot, and
# elpa-yaml-mode), configured only by editors/emacs/azlint.el, opens a broken librechat.yaml and
# an openclaw.json (the Neovim test's files) and reads azlint's diagnostics from flymake; a
# config.yaml starts azlint only when it holds `model_list:`. Skipped (77) without emacs, eglot or
# yaml-mode.
# -q --no-site-file: no user or site configuration; the test activates the installed packages as
# Emacs does at startup (package-activate-all).
# Usage: run.sh <azlint> <source dir>
set -euo pipefail
azlint=$1
src=$2
command -v emacs >/dev/null || { echo "emacs not installed: skipped"; exit 77; }
for lib in eglot yaml-mode; do
  emacs -q --no-site-file --batch --eval "(progn (package-activate-all) (require '$lib))" >/dev/null 2>&1 ||
    { echo "$lib not available in emacs (apt-get install elpa-eglot elpa-yaml-mode): skipped"; exit 77; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/app" "$work/proxy" "$work/json5"
ln -s "$(readlink -f "$azlint")" "$work/bin/azlint"
cp "$src/tests/nvim/librechat.yaml" "$src/tests/nvim/openclaw.json" "$work/"
sed 's/"azure-openai"/azure/' "$src/tests/nvim/openclaw.json" > "$work/json5/openclaw.json5"
echo "WESTUS_KEY=from-dotenv" > "$work/.env"
printf 'log_level: debug\nserver: {port: 8080}\n' > "$work/app/config.yaml"
printf 'model_list:\n  - model_name: a\n    litellm_params: {model: azure/a}\n' > "$work/proxy/config.yaml"
export PATH="$work/bin:$PATH" HOME="$work"
export AZLINT_EMACS_SRC="$src" AZLINT_EMACS_WORK="$work"
timeout 90 emacs -q --no-site-file --batch -l "$src/tests/emacs/test.el" >"$work/out.txt" 2>&1 || status=$?
# eglot's own chatter (connection messages) goes to stderr in batch mode: keep the test's lines
grep -E "^(ok|FAIL|  diagnostic|emacs)" "$work/out.txt" || true
if [ "${status:-0}" != 0 ]; then echo "--- emacs output"; cat "$work/out.txt"; fi
exit "${status:-0}"
