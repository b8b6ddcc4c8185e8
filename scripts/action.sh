#!/usr/bin/env bash
# The GitHub Action (action.yml): gets azlint — the package `deb:` names, else a build of the
# action's own checkout ($GITHUB_ACTION_PATH) — then lints the workspace with annotations
# (--format github) and, with `sarif:`, writes SARIF too. Exits as azlint check does.
# Reads INPUT_PATHS, INPUT_ARGS, INPUT_SARIF, INPUT_DEB and GITHUB_ACTION_PATH, GITHUB_WORKSPACE,
# RUNNER_TEMP, GITHUB_OUTPUT; tests/action/run.py runs it locally.
set -euo pipefail
action=${GITHUB_ACTION_PATH:?}
workspace=${GITHUB_WORKSPACE:-$PWD}
temp=${RUNNER_TEMP:-/tmp}
sudo=; [ "$(id -u)" = 0 ] || sudo=sudo

if [ -n "${INPUT_DEB:-}" ]; then
  deb=$INPUT_DEB
  case $deb in
    https://*|http://*)
      echo "azlint: downloading $deb"
      curl -fsSL --retry 3 -o "$temp/azlint.deb" "$deb"
      deb=$temp/azlint.deb ;;
    /*) ;;
    *) deb=$workspace/$deb ;;
  esac
  [ -f "$deb" ] || { echo "azlint: no package at $deb (input deb)" >&2; exit 2; }
  echo "azlint: installing $deb"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >"$temp/azlint-install.log" 2>&1 ||
    { cat "$temp/azlint-install.log"; exit 2; }
  azlint=azlint
else
  build=$temp/azlint-build
  log=$temp/azlint-build.log
  echo "azlint: building from $action (log: $log)"
  mkdir -p "$build"  # the runner's: deps.sh (as root) only adds _deps/ to it
  {
    $sudo "$action/scripts/deps.sh" "$build" build &&
      cmake -S "$action" -B "$build" -DCMAKE_BUILD_TYPE=Release -DAZLINT_BUILD_TESTS=OFF &&
      cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)" --target azlint
  } >"$log" 2>&1 || { cat "$log"; echo "azlint: the build failed (above)" >&2; exit 2; }
  azlint=$build/azlint
fi
echo "azlint: $("$azlint" --version)"

read -r -a paths <<<"${INPUT_PATHS:-.}"
read -r -a args <<<"${INPUT_ARGS:-}"
cd "$workspace"
status=0
"$azlint" check --format github "${args[@]}" -- "${paths[@]}" || status=$?
if [ -n "${INPUT_SARIF:-}" ]; then
  "$azlint" check --format sarif "${args[@]}" -- "${paths[@]}" >"$INPUT_SARIF" || true
fi
[ -z "${GITHUB_OUTPUT:-}" ] || echo "exit-code=$status" >>"$GITHUB_OUTPUT"
exit "$status"
