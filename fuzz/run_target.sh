#!/usr/bin/env bash
# Runs one libFuzzer target for FUZZ_SECONDS of wall time (default 20: the short run `make test`
# does; `make fuzz` passes its own) on its growing corpus and the seeds from fixtures/, with a
# 5-second bound per input and 2 GiB of memory. Fails on any crash, timeout, leak or broken
# invariant, leaving the input in BUILD/artifacts/TARGET/ and the log in BUILD/logs/TARGET.log.
#
#   fuzz/run_target.sh BUILD TARGET          (registered as the ctest test `fuzz: TARGET`)
set -euo pipefail
build=$1 t=$2
seconds=${FUZZ_SECONDS:-20}
src=$(cd "$(dirname "$0")/.." && pwd)
case $t in
  fuzz_yaml|fuzz_yaml_fast) dicts=(fuzz/yaml.dict) ;;
  fuzz_json5|fuzz_trusted_json|fuzz_lsp) dicts=(fuzz/json5.dict) ;;
  fuzz_lint) dicts=(fuzz/yaml.dict fuzz/json5.dict) ;;
  *) dicts=() ;;
esac
mkdir -p "$build/corpus/$t" "$build/artifacts/$t" "$build/logs" "$build/seeds/$t"
dict=
if [ ${#dicts[@]} -gt 0 ]; then
  dict=$build/$t.dict
  (cd "$src" && cat "${dicts[@]}") > "$dict"
fi
log=$build/logs/$t.log
if "$build/$t" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -print_final_stats=1 \
     ${dict:+-dict=$dict} -artifact_prefix="$build/artifacts/$t/" \
     "$build/corpus/$t" "$build/seeds/$t" >"$log" 2>&1; then
  echo "ok: $t ran ${seconds}s clean, $(sed -n 's/^stat::number_of_executed_units: *//p' "$log") inputs"
else
  echo "FAILED: $t (log $log; input in $build/artifacts/$t/)"
  grep -E 'ERROR:|fuzz invariant|SUMMARY' "$log" | head -5 || true
  exit 1
fi
