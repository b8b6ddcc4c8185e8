#!/usr/bin/env bash
# Installs the Debian packages azlint builds and tests with (when root) and unpacks valijson's
# headers into the build tree (its Debian package pulls in Qt5 and Poco; we only need the headers).
# Usage: deps.sh [BUILD_DIR] [all|build]   build: only what configuring and building needs
# (`make run`, the GitHub Action), not the test tools.
set -euo pipefail
build_dir=${1:-build}
what=${2:-all}
packages=(cmake g++ make pkg-config dpkg-dev libyaml-cpp-dev nlohmann-json3-dev libre2-dev libfmt-dev
          catch2 libcli11-dev libcurl4-openssl-dev
          python3 help2man)  # azlint(1) and the shell completions (scripts/gen-cli-docs.py)
if [ "$what" = all ]; then
  packages+=(clang libclang-rt-14-dev  # the ASan+UBSan suite and the fuzz targets (Debian 12's clang is 14)
             openssl           # the verify tests: a test CA and the mock Azure server (tests/verify/)
             git pre-commit    # the pre-commit hook's test (tests/precommit/run.sh)
             man-db            # the package test reads azlint(1) with man (tests/package/run.sh)
             neovim            # the editor tests of the language server (tests/nvim/, tests/emacs/)
             emacs-nox elpa-eglot elpa-yaml-mode)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

apt_updated=0
apt_update() {
  if [ "$apt_updated" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    apt_updated=1
  fi
}

if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "deps: installing ${missing[*]}"
    apt_update
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "deps: missing Debian packages, install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

# valijson: use a system install when there is one, else unpack the package's headers.
if [ ! -f /usr/include/valijson/validator.hpp ] && [ ! -f "$build_dir/_deps/valijson/usr/include/valijson/validator.hpp" ]; then
  echo "deps: unpacking valijson headers into $build_dir/_deps/valijson"
  mkdir -p "$build_dir/_deps"
  tmp=$(mktemp -d)
  chmod 777 "$tmp"
  if ! (cd "$tmp" && apt-get download libvalijson-dev >/dev/null 2>&1); then
    if [ "$(id -u)" = 0 ]; then apt_update; fi
    (cd "$tmp" && apt-get download libvalijson-dev >/dev/null 2>&1) || {
      echo "deps: could not download libvalijson-dev (run 'apt-get update' first)" >&2; exit 1; }
  fi
  rm -rf "$build_dir/_deps/valijson"
  dpkg-deb -x "$tmp"/libvalijson-dev_*.deb "$build_dir/_deps/valijson"
  rm -rf "$tmp"
fi
