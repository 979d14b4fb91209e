#!/usr/bin/env bash
# Fuzzing: builds the fuzz preset (clang, libFuzzer, ASan and UBSan) and runs each fuzz target
# for a bounded time on its corpora with the dictionary of format markers.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]    SECONDS per target (default 60); TARGETs are the
#                                            names after fuzz_ (parse, tokens, json); default all
#
# New inputs are kept in build/fuzz/corpus/<target> for the next run. A crash, a broken
# invariant, a leak, a hang (10 s on one input) or 2 GB of memory stops the target with the
# input saved in build/fuzz/findings/ and makes the script fail; add such an input to
# fuzz/corpus/regressions/ with the fix. Prints the executions and CPU time of each target.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
[ $# -gt 0 ] && shift
./scripts/deps.sh

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

build=build/fuzz
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for binary in "$build"/fuzz/fuzz_*; do [ -x "$binary" ] && targets+=("${binary##*/fuzz_}"); done
fi
mkdir -p "$build/findings"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
failed=0
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  log="$build/fuzz_$target.log"
  mkdir -p "$corpus"
  echo "fuzz.sh: fuzz_$target for ${seconds} s (log: $log)"
  TIMEFORMAT="%U %S"
  if ! cpu=$( { time "$build/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
                  -max_len=16384 -dict=fuzz/dict/wirereport.dict -print_final_stats=1 \
                  -artifact_prefix="$build/findings/$target-" \
                  "$corpus" fuzz/corpus examples/reports tests/fixtures >"$log" 2>&1; } 2>&1 ); then
    echo "fuzz.sh: fuzz_$target FOUND A PROBLEM; the input is in $build/findings/:" >&2
    grep -E "ERROR|invariant broken|Test unit written|SUMMARY" "$log" >&2 || tail -n 40 "$log" >&2
    failed=1
    continue
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  read -r user sys <<<"$cpu"
  echo "fuzz.sh: fuzz_$target: ${runs} executions (${rate}/s), CPU ${user} s user + ${sys} s system," \
       "corpus $(find "$corpus" -type f | wc -l) inputs"
done
exit $failed
