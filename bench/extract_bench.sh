#!/usr/bin/env bash
# Extraction benchmark: extract::analyse_page against Gumbo's own parse of the same pages, on
# pages of a synthetic company site (shared/bench/gen_site.py). See bench/README.md.
#
#   bench/extract_bench.sh
#
# It prints, per page, Gumbo's parse and the whole analyse_page as MB/s and as a ratio, by wall
# time and by instruction count (callgrind), then where analyse_page's instructions go. The
# instruction counts are the figure to compare builds by: they do not move when other processes
# share the machine; wall times do.
#
# Environment:
#   BENCH_EXTRACT_PAGES  pages measured, the first N of the site in path order (default 60)
#   BENCH_SITE_PAGES     size of the generated site they are taken from (default 2000, the
#                        crawler benchmark's, so its site is reused when present)
#   BENCH_SEED           gen_site.py seed (default 1)
#   BENCH_REPEAT         native runs per page, the fastest kept (default 1; see extract_bench.cpp)
#   BENCH_CALLGRIND      1 to count instructions under valgrind (default 1)
#   BENCH_WORK           generated sites and results (default /tmp/joignable-bench)
#   JOIGNABLE_BENCH_TOOLS  folder holding gen_site.py (default ../shared/bench from the repository)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tools_dir=${JOIGNABLE_BENCH_TOOLS:-$root/../shared/bench}
pages=${BENCH_EXTRACT_PAGES:-60}
site_pages=${BENCH_SITE_PAGES:-2000}
seed=${BENCH_SEED:-1}
repeat=${BENCH_REPEAT:-1}
use_callgrind=${BENCH_CALLGRIND:-1}
work=${BENCH_WORK:-/tmp/joignable-bench}
tool=$root/build/bench/joignable_extract_bench

log() { printf '== %s\n' "$*" >&2; }
die() { printf 'bench/extract_bench.sh: %s\n' "$*" >&2; exit 2; }

[ -f "$tools_dir/gen_site.py" ] || die "gen_site.py not found in '$tools_dir'; set JOIGNABLE_BENCH_TOOLS"
for n in "$pages" "$site_pages" "$repeat"; do
  case $n in ''|*[!0-9]*) die "'$n' is not a number";; esac
done
if [ "$use_callgrind" = 1 ] && ! command -v valgrind >/dev/null; then
  log "apt-get install valgrind"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null
fi

# The same build as the crawler benchmark's (RelWithDebInfo unless configured otherwise).
if [ ! -d "$root/build" ]; then (cd "$root" && cmake -S . -B build -G Ninja >/dev/null); fi
log "building joignable_extract_bench"
cmake --build "$root/build" --target joignable_extract_bench >/dev/null

site=$work/site-$site_pages
stamp="pages=$site_pages seed=$seed gen=$(sha256sum "$tools_dir/gen_site.py" | cut -c1-16)"
if [ ! -f "$site/truth.json" ] || [ "$(cat "$site/.bench-stamp" 2>/dev/null)" != "$stamp" ]; then
  log "generating $site_pages pages into $site"
  rm -rf "$site"
  python3 "$tools_dir/gen_site.py" "$site" --pages "$site_pages" --seed "$seed"
  echo "$stamp" >"$site/.bench-stamp"
fi
mapfile -t files < <(find "$site/site" -name '*.html' | LC_ALL=C sort | head -n "$pages")

out=$work/extract
rm -rf "$out"; mkdir -p "$out/callgrind"
log "native run: ${#files[@]} pages, $repeat run(s) each  [load average: $(cut -d' ' -f1-3 /proc/loadavg)]"
"$tool" --repeat "$repeat" "${files[@]}" >"$out/native.tsv"
if [ "$use_callgrind" = 1 ]; then
  log "callgrind run (about 50 times slower)"
  # One dump after each measured call, counters zeroed before it: file n is the n-th call.
  valgrind --tool=callgrind --callgrind-out-file="$out/callgrind/callgrind.out.%p" \
    --zero-before=bench_gumbo_parse --zero-before=bench_analyse_page \
    --dump-after=bench_gumbo_parse --dump-after=bench_analyse_page \
    "$tool" "${files[@]}" >/dev/null 2>"$out/callgrind.log"
  # callgrind names the dumps PID.1, PID.2 ... and the program's end PID (without a number).
fi
{
  echo "joignable commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')$( [ -n "$(git -C "$root" status --porcelain -- src 2>/dev/null)" ] && echo ' (src/ has uncommitted changes)'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  python3 "$root/bench/extract_report.py" "$out/native.tsv" "$out/callgrind"
} | tee "$out/table.md"
