#!/usr/bin/env bash
# Peak memory and time of an audit of a hostile site (bench/hostile_site.py): huge pages, deeply
# nested pages, link-stuffed pages, a stacked-gzip bomb, and all of them at once. One line per
# case with GNU time's wall time and maximum resident set size. See bench/README.md.
#
#   bench/hostile.sh [BINARY]      (default: build/joignable)
#
# Environment:
#   HOSTILE_CASES      cases to run (default "huge nested links gzip all")
#   HOSTILE_PAGES      --max-pages of each audit (default 60)
#   HOSTILE_TIMEOUT    seconds an audit may run before it is killed (default 600; exit 124)
#   HOSTILE_WORK       reports and logs (default /tmp/joignable-hostile)
#   HOSTILE_ARGS       extra hostile_site.py arguments (e.g. "--huge-mib 64 --depth 200000")
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
binary=$(realpath "${1:-$root/build/joignable}")
cases=${HOSTILE_CASES:-huge nested links gzip all}
pages=${HOSTILE_PAGES:-60}
limit=${HOSTILE_TIMEOUT:-600}
work=${HOSTILE_WORK:-/tmp/joignable-hostile}
[ -x "$binary" ] || { echo "hostile.sh: no binary at $binary (build first)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "hostile.sh: GNU time is needed (apt-get install time)" >&2; exit 2; }
mkdir -p "$work"

server=""
stop_server() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  server=""
}
trap stop_server EXIT

printf '%-8s %10s %12s %6s %8s\n' case wall_s peak_rss_MB exit pages
for name in $cases; do
  rm -rf "${work:?}/$name" && mkdir -p "$work/$name"
  # shellcheck disable=SC2086
  python3 "$root/bench/hostile_site.py" --case "$name" ${HOSTILE_ARGS:-} > "$work/$name/port" &
  server=$!
  for _ in $(seq 100); do [ -s "$work/$name/port" ] && break; sleep 0.1; done
  port=$(cat "$work/$name/port")
  set +e
  /usr/bin/time -v -o "$work/$name/time.txt" timeout "$limit" "$binary" audit "http://127.0.0.1:$port/" \
    --out "$work/$name/out" --db "$work/$name/out/joignable.db" --max-pages "$pages" --quiet \
    > "$work/$name/stdout.txt" 2> "$work/$name/stderr.txt"
  code=$?
  set -e
  stop_server
  rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/$name/time.txt")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/$name/time.txt" |
         awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
  crawled=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["pages"]))' \
            "$work/$name/out/report.json" 2>/dev/null || echo "-")
  printf '%-8s %10s %12.1f %6s %8s\n' "$name" "$wall" "$(echo "$rss_kb / 1024" | bc -l)" "$code" "$crawled"
done
