#!/usr/bin/env bash
# Fuzzing: builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan) and runs each for
# a bounded time, one after another, then prints per target its executions, coverage and crashes.
#
#   bench/fuzz.sh SECONDS [TARGET...]     e.g. bench/fuzz.sh 300 robots url
#
# Each target starts from its seeds (tests/fuzz/corpus/<target>/ and fixture folders) plus what
# earlier runs found, kept in $FUZZ_WORK/corpus/<target>/. A crash, leak, timeout (> 10 s for one
# input) or out-of-memory stops that target; its input is saved in $FUZZ_WORK/crashes/<target>/
# and the script exits 1 after the others ran. Replay one with: BUILD/tests/fuzz/T_fuzz FILE.
#
# Environment:
#   FUZZ_BUILD   build folder (default build-fuzz, relative to the repository root)
#   FUZZ_WORK    grown corpora, crash inputs and logs (default $FUZZ_BUILD/fuzz-work)
set -euo pipefail

seconds=${1:?usage: bench/fuzz.sh SECONDS [TARGET...]}
shift
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$root/${FUZZ_BUILD:-build-fuzz}
work=${FUZZ_WORK:-$build/fuzz-work}
fixtures=$root/tests/fixtures

# Seed folders of each target, besides tests/fuzz/corpus/<target>/ when it exists.
declare -A seeds=(
  [page_analysis]="$fixtures/pages $fixtures/sites"
  [target_file]="$fixtures/targets"
  [listing_google_places]="$fixtures/listings"
  [listing_google_business_profile]="$fixtures/listings"
  [listing_osm]="$fixtures/listings"
  [listing_schema_org_page]="$fixtures/listings"
)
all_targets=(page_analysis hours_osm hours_text hours_schema_org robots url target_file
             listing_google_places listing_google_business_profile listing_osm
             listing_schema_org_page listing_manual call_log)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

# -O1 and line tables only: a quicker build, fast enough fuzzing, symbolised stacks.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DJOIGNABLE_FUZZ=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${targets[@]/%/_fuzz}"

failed=0
printf '%-34s %8s %12s %8s %8s  %s\n' target seconds runs cov crashes note
for target in "${targets[@]}"; do
  corpus=$work/corpus/$target
  crashes=$work/crashes/$target
  log=$work/logs/$target.log
  mkdir -p "$corpus" "$crashes" "$(dirname "$log")"
  touch "$log.start"
  seed_dirs=()
  [ -d "$root/tests/fuzz/corpus/$target" ] && seed_dirs+=("$root/tests/fuzz/corpus/$target")
  for dir in ${seeds[$target]:-}; do seed_dirs+=("$dir"); done
  status=0
  ASAN_OPTIONS=detect_leaks=1 "$build/tests/fuzz/${target}_fuzz" -max_total_time="$seconds" \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$crashes/" \
    "$corpus" "${seed_dirs[@]}" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  cov=$(grep -o ' cov: [0-9]*' "$log" | tail -1 | tr -dc 0-9)
  found=$(find "$crashes" -type f -newer "$log.start" | wc -l)
  note=""
  if [ "$status" -ne 0 ]; then
    failed=1
    note="exit $status: $(grep -m1 -o 'ERROR: [^(]*\|SUMMARY: .*' "$log" || echo "see $log")"
  fi
  printf '%-34s %8s %12s %8s %8s  %s\n' "$target" "$seconds" "${runs:-?}" "${cov:-?}" "$found" "$note"
  # What failed, where it can be read (a CI machine keeps nothing but its output).
  if [ "$status" -ne 0 ]; then tail -n 40 "$log" | sed "s/^/  $target| /"; fi
done
exit "$failed"
