#!/usr/bin/env bash
# `make fuzz`: builds the libFuzzer targets in fuzz/ with clang, ASan and UBSan (in build-fuzz/,
# apart from the gcc build), seeds their corpora from fixtures/ and runs each for SECONDS.
# Fails when any target finds a crash, a timeout (> 5 s on one input), a leak or an input that
# needs more than 2 GiB; the input is saved under build-fuzz/artifacts/<target>/.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]      (env: FUZZ_BUILD=build-fuzz, JOBS)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_yaml fuzz_json5 fuzz_dotenv fuzz_lint fuzz_lsp fuzz_verify_classify)
build=${FUZZ_BUILD:-build-fuzz}
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}

# clang and its fuzzer/sanitizer runtime (Debian: clang + libclang-rt-<v>-dev).
if ! command -v clang++ >/dev/null || ! echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long){return 0;}' |
     clang++ -x c++ -fsanitize=fuzzer,address,undefined - -o /dev/null 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    echo "fuzz: installing clang and libclang-rt-dev"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    v=$(apt-cache depends clang 2>/dev/null | sed -n 's/.*Depends: clang-\([0-9]*\)$/\1/p' | head -1)
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang ${v:+libclang-rt-$v-dev} >/dev/null
  else
    echo "fuzz: needs clang with libFuzzer: sudo apt-get install -y clang libclang-rt-14-dev" >&2
    exit 1
  fi
fi

scripts/deps.sh "$build"
CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAZLINT_FUZZ=ON \
  -DAZLINT_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$jobs" --target "${targets[@]}"

# Seeds from fixtures/ (regenerated each run); the working corpus grows across runs.
rm -rf "$build/seeds"
python3 fuzz/make_corpora.py "$build/seeds"
cat fuzz/yaml.dict fuzz/json5.dict > "$build/lint.dict"

failed=()
for t in "${targets[@]}"; do
  case $t in
    fuzz_yaml) dict=fuzz/yaml.dict ;;
    fuzz_json5|fuzz_lsp) dict=fuzz/json5.dict ;;
    fuzz_lint) dict=$build/lint.dict ;;
    *) dict= ;;
  esac
  mkdir -p "$build/corpus/$t" "$build/artifacts/$t" "$build/logs" "$build/seeds/$t"
  echo "== $t: ${seconds}s"
  if "$build/$t" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -print_final_stats=1 \
       ${dict:+-dict=$dict} -artifact_prefix="$build/artifacts/$t/" \
       "$build/corpus/$t" "$build/seeds/$t" >"$build/logs/$t.log" 2>&1; then
    grep -E '^stat::number_of_executed_units|^Done' "$build/logs/$t.log" | tr '\n' ' '; echo
  else
    echo "FAILED: $t (see $build/logs/$t.log; input in $build/artifacts/$t/)"
    grep -E 'ERROR:|fuzz invariant|SUMMARY' "$build/logs/$t.log" | head -5 || true
    failed+=("$t")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: ${failed[*]} failed" >&2
  exit 1
fi
echo "fuzz: every target ran ${seconds}s clean"
