#!/usr/bin/env bash
# `make run` as the README promises it: it builds only the azlint target (not the test binary), its
# output is the demo and not the compiler's, examples/valid is clean, and examples/broken shows
# as many findings as the README's Quick start says (per severity, counted from the annotations).
# Runs `make run` on this build folder, where azlint is built already (configure and build are
# then no-ops); a clean checkout's build is the same command. Usage: run.sh <build dir> <source dir> <build type>
set -euo pipefail
build=$1
src=$2
type=$3
fail() { echo "FAIL: $*"; exit 1; }

# only the binary: the one build command of the recipe names the azlint target
recipe=$(make -s -n -C "$src" run BUILD="$build" BUILD_TYPE="$type")
builds=$(grep -E 'cmake --build' <<<"$recipe")
[ "$(wc -l <<<"$builds")" = 1 ] && grep -q -- '--target azlint ' <<<"$builds" ||
  fail "make run does not build just the azlint target: $builds"
! grep -q azlint_tests <<<"$recipe" || fail "make run builds the test binary"

out=$(make -s -C "$src" run BUILD="$build" BUILD_TYPE="$type" 2>&1) || fail "make run failed: $out"
echo "$out" | head -5
! grep -qE '^\[ *[0-9]+%\]|Building CXX|Linking CXX|^-- ' <<<"$out" || fail "make run printed compiler or cmake lines"
grep -qx clean <<<"$out" || fail "make run: examples/valid is not clean"

# the README's numbers are what it prints
claim=$(grep -m1 '^make run ' "$src/README.md")
[[ $claim =~ \(([0-9]+)\ findings:\ ([0-9]+)\ errors?,\ ([0-9]+)\ warnings?\) ]] ||
  fail "README's make run line does not say \"(N findings: E errors, W warnings)\": $claim"
total=${BASH_REMATCH[1]} errors=${BASH_REMATCH[2]} warnings=${BASH_REMATCH[3]}
annotations=$(cd "$src" && "$build/azlint" check --format github examples/broken || true)
got_errors=$(grep -c '^::error ' <<<"$annotations" || true)
got_warnings=$(grep -c '^::warning ' <<<"$annotations" || true)
got_total=$(grep -c '^::' <<<"$annotations" || true)
[ "$got_total" = "$total" ] && [ "$got_errors" = "$errors" ] && [ "$got_warnings" = "$warnings" ] ||
  fail "README says $total findings ($errors errors, $warnings warnings); examples/broken has $got_total ($got_errors errors, $got_warnings warnings)"
grep -q "$errors error" <<<"$out" && grep -q "$warnings warning" <<<"$out" ||
  fail "make run's summary does not show $errors errors and $warnings warnings"
echo "make run OK: only azlint built, no compiler output, $total findings as the README says"
