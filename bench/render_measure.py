#!/usr/bin/env python3
"""Runs one audit (the command after --), samples the memory of its child processes (the browser)
every 200 ms, and prints one line: mode, pages, rendered pages, wall time, pages/s, browser peak.
Used by bench/render.sh."""
import json
import os
import subprocess
import sys
import time


def children(pid):
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                parent = int(stat.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        if parent == pid:
            found.append(int(entry))
    return found


def pss_kib(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def descendants_pss_kib(root):
    total, todo = 0, children(root)
    while todo:
        pid = todo.pop()
        total += pss_kib(pid)
        todo.extend(children(pid))
    return total


def main():
    out, command = sys.argv[1], sys.argv[sys.argv.index("--") + 1:]
    mode = command[command.index("--render") + 1]
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        peak = max(peak, descendants_pss_kib(process.pid))
        time.sleep(0.2)
    wall = time.monotonic() - started
    with open(os.path.join(out, "report.json")) as file:
        report = json.load(file)
    pages = len(report["pages"])
    rendered = sum(1 for page in report["pages"] if page.get("rendered"))
    print(f"render={mode:6} exit={process.returncode} pages={pages} rendered={rendered} "
          f"({100 * rendered / max(pages, 1):.0f} %) wall={wall:.1f}s "
          f"pages/s={pages / wall:.1f} browser_peak_pss={peak / 1024:.0f} MB")


if __name__ == "__main__":
    main()
