#!/usr/bin/env bash
# Configures BUILD (default build-san) with clang, AddressSanitizer + UndefinedBehaviorSanitizer
# and the libFuzzer targets, apart from the gcc build: `make test` runs the whole suite there
# (fuzz targets included, briefly) and `make fuzz` runs the targets longer.
#
#   scripts/configure-san.sh [BUILD] [CMAKE_ARG...]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-san}
shift || true
scripts/deps.sh "$build"
CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAZLINT_FUZZ=ON "$@" >/dev/null
