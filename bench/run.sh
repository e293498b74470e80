#!/usr/bin/env bash
# Crawler benchmark: joignable against wget --spider and linkinator on synthetic company sites
# (shared/bench/gen_site.py), served by nginx on loopback (shared/bench/serve.sh). See bench/README.md.
#
#   bench/run.sh
#
# Environment:
#   BENCH_SIZES            site sizes in pages (default "2000 20000")
#   BENCH_TOOLS            tools to run (default "joignable wget linkinator")
#   BENCH_SEED             gen_site.py seed (default 1)
#   BENCH_TIMEOUT          seconds each tool may run before it is killed (default 900)
#   BENCH_WORK             sites and results (default /tmp/joignable-bench)
#   BENCH_CONCURRENCY      joignable --concurrency (default 16)
#   BENCH_JOIGNABLE_RUNS   joignable runs per size (default 1); the table shows the first, a line
#                          under it every run's wall time, CPU and peak RSS
#   BENCH_LINKINATOR_VERSION  npm version installed into bench/.node (default 7.6.1)
#   BENCH_LINKINATOR_TIMEOUT  linkinator --timeout in ms (default 10000)
#   JOIGNABLE_BENCH_TOOLS  folder holding gen_site.py and serve.sh (default ../shared/bench
#                          relative to the repository root)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bench=$root/bench
tools_dir=${JOIGNABLE_BENCH_TOOLS:-$root/../shared/bench}
sizes=${BENCH_SIZES:-2000 20000}
run_tools=${BENCH_TOOLS:-joignable wget linkinator}
seed=${BENCH_SEED:-1}
tmo=${BENCH_TIMEOUT:-900}
work=${BENCH_WORK:-/tmp/joignable-bench}
conc=${BENCH_CONCURRENCY:-16}
joignable_runs=${BENCH_JOIGNABLE_RUNS:-1}
lk_version=${BENCH_LINKINATOR_VERSION:-7.6.1}
lk_timeout=${BENCH_LINKINATOR_TIMEOUT:-10000}
linkinator=$bench/.node/bin/linkinator
serve=""

log() { printf '== %s\n' "$*" >&2; }
die() { printf 'bench/run.sh: %s\n' "$*" >&2; exit 2; }

if [ ! -f "$tools_dir/gen_site.py" ] || [ ! -f "$tools_dir/serve.sh" ]; then
  die "gen_site.py and serve.sh not found in '$tools_dir'; set JOIGNABLE_BENCH_TOOLS to the folder that holds them (shared/bench)"
fi
tools_dir=$(cd "$tools_dir" && pwd)
serve=$tools_dir/serve.sh
for t in $run_tools; do
  case $t in joignable|wget|linkinator) ;; *) die "unknown tool '$t' in BENCH_TOOLS (joignable wget linkinator)";; esac
done
wants() { case " $run_tools " in *" $1 "*) return 0;; *) return 1;; esac; }

# ---------- 1. what the benchmark needs, installed only when missing ----------
need_apt=()
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need_apt+=(nginx)
[ -x /usr/bin/time ] || need_apt+=(time)
command -v python3 >/dev/null || need_apt+=(python3)
if wants wget; then command -v wget >/dev/null || need_apt+=(wget); fi
if wants linkinator; then command -v npm >/dev/null || need_apt+=(nodejs npm); fi
if [ ${#need_apt[@]} -gt 0 ]; then
  log "apt-get install ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
export PATH=$PATH:/usr/sbin

if wants linkinator; then
  if [ ! -x "$linkinator" ] || [ "$("$linkinator" --version 2>/dev/null)" != "$lk_version" ]; then
    log "npm install linkinator@$lk_version into bench/.node"
    # --global with --prefix: a self-contained install under bench/.node (bin/ and lib/), not the system's
    npm install --global --prefix "$bench/.node" --no-audit --no-fund --loglevel=error "linkinator@$lk_version" >/dev/null
  fi
fi

if wants joignable && [ ! -x "$root/build/joignable" ]; then
  log "building joignable"
  if [ -x "$root/.ci/install-deps" ]; then (cd "$root" && .ci/install-deps); fi
  (cd "$root" && cmake -S . -B build -G Ninja && cmake --build build)
fi

# ---------- 2. each size: generate, serve, run the tools one after another ----------
stop_server() { [ -n "$serve" ] && "$serve" stop >/dev/null 2>&1 || true; }
trap stop_server EXIT INT TERM

mkdir -p "$work"
gen_sum=$(sha256sum "$tools_dir/gen_site.py" | cut -c1-16)

{
  echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  if wants joignable; then
    echo "joignable: $("$root/build/joignable" --version 2>&1 | head -1), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')$( [ -n "$(git -C "$root" status --porcelain -- src 2>/dev/null)" ] && echo ' (src/ has uncommitted changes)'), binary built $(date -u -r "$root/build/joignable" +%Y-%m-%dT%H:%MZ)"
  fi
  if wants wget; then echo "wget: $(wget --version | head -1)"; fi
  if wants linkinator; then echo "linkinator: $("$linkinator" --version), node $(node --version)"; fi
  echo "nginx: $(nginx -v 2>&1 | sed 's/^nginx version: //'), 2 workers, served by $serve"
} | tee "$work/machine.txt"

# The whole machine's busy and total CPU jiffies (/proc/stat), to tell when something else ran.
cpu_ticks() { awk '/^cpu / {t=0; for (i=2;i<=NF;i++) t+=$i; print t-$5-$6, t}' /proc/stat; }

# run_timed NAME OUTDIR STDOUT STDERR CMD...: runs CMD under GNU time and timeout, its output to the
# two files; writes OUTDIR/NAME.time and NAME.rc; never fails the script.
run_timed() {
  local name=$1 out=$2 o=$3 e=$4; shift 4
  local rc=0 before after
  before=$(cpu_ticks)
  log "$name: $*  [load average before: $(cut -d' ' -f1-3 /proc/loadavg)]"
  if [ "$o" = "$e" ]; then
    /usr/bin/time -v -o "$out/$name.time" timeout --kill-after=10 "$tmo" "$@" >"$o" 2>&1 || rc=$?
  else
    /usr/bin/time -v -o "$out/$name.time" timeout --kill-after=10 "$tmo" "$@" >"$o" 2>"$e" || rc=$?
  fi
  echo "$rc" >"$out/$name.rc"
  after=$(cpu_ticks)
  echo "$before $after" >"$out/$name.cpu"  # busy and total jiffies of the whole machine, before and after
  log "$name: exit $rc  [load average after: $(cut -d' ' -f1-3 /proc/loadavg)]"
  [ "$rc" = 124 ] && log "$name: killed after ${tmo} s (BENCH_TIMEOUT)"
  return 0
}

for n in $sizes; do
  case $n in ''|*[!0-9]*) die "BENCH_SIZES: '$n' is not a number";; esac
  site=$work/site-$n
  stamp="pages=$n seed=$seed gen=$gen_sum"
  if [ -f "$site/truth.json" ] && [ "$(cat "$site/.bench-stamp" 2>/dev/null)" = "$stamp" ]; then
    log "site-$n already generated ($stamp)"
  else
    log "generating $n pages into $site"
    rm -rf "$site"
    python3 "$tools_dir/gen_site.py" "$site" --pages "$n" --seed "$seed"
    echo "$stamp" >"$site/.bench-stamp"
  fi

  out=$work/results-$n
  rm -rf "$out"; mkdir -p "$out"
  BENCH_ACCESS_LOG=off "$serve" start "$site" >&2
  # the page cache warm for everyone: read the site once before the first tool
  find "$site/site" -type f -exec cat {} + >/dev/null

  if wants joignable; then
    run_timed joignable "$out" "$out/joignable.out" "$out/joignable.err" \
      "$root/build/joignable" audit http://127.0.0.1:8080/ --out "$out/joignable" \
      --quiet --max-pages $((n + 1000)) --concurrency "$conc"
    # More runs of the same audit, to show how much a shared machine moves the figures.
    for ((run = 2; run <= joignable_runs; run++)); do
      run_timed "joignable-run$run" "$out" "$out/joignable-run$run.out" "$out/joignable-run$run.err" \
        "$root/build/joignable" audit http://127.0.0.1:8080/ --out "$out/joignable-run$run" \
        --quiet --max-pages $((n + 1000)) --concurrency "$conc"
      rm -rf "$out/joignable-run$run"
    done
  fi
  if wants wget; then
    mkdir -p "$out/wget-tmp"
    # -nd --delete-after: nothing kept; wget writes its temporary files in the current folder
    (cd "$out/wget-tmp" && run_timed wget "$out" "$out/wget.out" "$out/wget.out" \
      wget --spider -r -l inf -nd -nv --delete-after -e robots=off http://127.0.0.1:8080/)
    rm -rf "$out/wget-tmp"
  fi
  if wants linkinator; then
    # linkinator skips mailto:/tel: links itself (only http(s) is checked)
    run_timed linkinator "$out" "$out/linkinator.json" "$out/linkinator.err" \
      "$linkinator" http://127.0.0.1:8080/ --recurse --concurrency 100 --format json --timeout "$lk_timeout"
  fi
  "$serve" stop >&2

  # ---------- 3. the table ----------
  python3 "$bench/compare.py" "$out" "$site/truth.json" | tee "$out/table.md"
done
