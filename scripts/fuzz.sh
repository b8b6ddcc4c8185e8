#!/usr/bin/env bash
# `make fuzz`: builds the libFuzzer targets in fuzz/ with clang, ASan and UBSan (in build-san/,
# apart from the gcc build) and runs each for SECONDS through its ctest test (fuzz/run_target.sh),
# one target per core at a time. Fails when any target finds a crash, a timeout (> 5 s on one
# input), a leak or an input that needs more than 2 GiB; the input is saved under
# build-san/artifacts/<target>/.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]      (env: FUZZ_BUILD=build-san, JOBS)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_yaml fuzz_yaml_fast fuzz_json5 fuzz_dotenv fuzz_lint fuzz_lsp fuzz_verify_classify)
build=${FUZZ_BUILD:-build-san}
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}

scripts/configure-san.sh "$build"
cmake --build "$build" -j "$jobs" --target "${targets[@]}"

regex="^fuzz: (seeds|$(IFS='|'; echo "${targets[*]}"))\$"
echo "fuzz: ${#targets[@]} targets, ${seconds}s each, $jobs at a time"
status=0
(cd "$build" && FUZZ_SECONDS=$seconds ctest -R "$regex" -j "$jobs" --timeout $((seconds + 600)) \
   --output-on-failure) || status=1
for t in "${targets[@]}"; do
  echo "$t: $(sed -n 's/^stat::number_of_executed_units: *//p' "$build/logs/$t.log" 2>/dev/null) inputs in ${seconds}s"
done
if [ "$status" = 0 ]; then echo "fuzz: every target ran ${seconds}s clean"; else echo "fuzz: failed (logs in $build/logs/)" >&2; fi
exit "$status"
