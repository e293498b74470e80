#!/usr/bin/env bash
# Renderer benchmark: pages per second of a full audit with render = "never", "auto" and "always"
# on the shared generator's synthetic site (served by nginx on loopback, shared/bench/serve.sh),
# the browser's peak memory (PSS of joignable's child processes, sampled every 200 ms) and the
# share of pages auto rendered. See bench/README.md.
#
#   BENCH_RENDER_PAGES     site size in HTML pages (default 200)
#   BENCH_SEED             gen_site.py seed (default 1)
#   BENCH_WORK             folder for the site and results (default /tmp/joignable-bench)
#   BENCH_RENDER_MODES     modes to run (default "never auto always")
#   JOIGNABLE_BENCH_TOOLS  folder holding gen_site.py and serve.sh (default ../shared/bench)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tools_dir=${JOIGNABLE_BENCH_TOOLS:-$root/../shared/bench}
pages=${BENCH_RENDER_PAGES:-200}
work=${BENCH_WORK:-/tmp/joignable-bench}
site=$work/site-render-$pages
[ -f "$tools_dir/gen_site.py" ] && [ -f "$tools_dir/serve.sh" ] ||
  { echo "gen_site.py and serve.sh not found in '$tools_dir' (set JOIGNABLE_BENCH_TOOLS)" >&2; exit 2; }
[ -x "$root/build/joignable" ] || { echo "build joignable first (build/joignable)" >&2; exit 2; }
[ -f "$site/site/index.html" ] ||
  python3 "$tools_dir/gen_site.py" "$site" --pages "$pages" --seed "${BENCH_SEED:-1}" >/dev/null
BENCH_ACCESS_LOG=off bash "$tools_dir/serve.sh" start "$site" >/dev/null
trap 'bash "$tools_dir/serve.sh" stop >/dev/null' EXIT
echo "site: $pages pages (gen_site.py seed ${BENCH_SEED:-1}), nginx on 127.0.0.1:8080; $(nproc) cores"
for mode in ${BENCH_RENDER_MODES:-never auto always}; do
  out=$work/results-render-$pages/$mode
  rm -rf "$out" && mkdir -p "$out"
  python3 "$root/bench/render_measure.py" "$out" -- "$root/build/joignable" audit \
    http://127.0.0.1:8080/ --out "$out" --db "$out/joignable.db" --render "$mode" --quiet
done
