#!/usr/bin/env python3
"""The extraction benchmark's table, from joignable_extract_bench's native output (wall time) and
the callgrind dumps of a second run (instruction counts). See bench/extract_bench.sh.

  extract_report.py NATIVE.tsv CALLGRIND_DIR

Callgrind dumped its counters after every bench_gumbo_parse and bench_analyse_page call
(--dump-after), one file per call in order: the first pair is the tool's warm-up page, the n-th
pair after it the n-th page. Each
analyse_page dump is also read for where its instructions went: the cost of each call
analyse_page makes (inclusive), and of what HtmlDocument's constructor calls (bounding and Gumbo).
"""
import collections
import glob
import os
import re
import sys

ANALYSE = "joignable::extract::analyse_page("
DOCUMENT = "joignable::extract::HtmlDocument::HtmlDocument("


def short_name(name):
    """'joignable::extract::find_phones(std::basic_string_view<...>, ...)' -> 'find_phones'."""
    name = re.sub(r"\(.*", "", name)
    for prefix in ("joignable::extract::", "joignable::"):
        if name.startswith(prefix):
            name = name[len(prefix):]
    return name or "?"


def read_dump(path):
    """(trigger, totals, callees) of one callgrind dump: callees maps a caller of interest
    (analyse_page, HtmlDocument's constructor) to {callee: inclusive Ir}, with "(itself)" for
    the caller's own instructions."""
    names = {}
    trigger = ""
    totals = 0
    callees = {ANALYSE: collections.Counter(), DOCUMENT: collections.Counter()}
    current = None   # the caller of interest whose block we are in, or None
    callee = "?"     # the last cfn= seen
    in_call = False  # after a calls= line: the next cost line is that call's inclusive cost
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("desc: Trigger:"):
                trigger = line.split(":", 2)[2].strip()
            elif line.startswith(("totals:", "summary:")):
                totals = int(line.split()[1])
            elif line.startswith(("fn=", "cfn=")):
                key, value = line.rstrip("\n").split("=", 1)
                m = re.match(r"\((\d+)\)(?: (.*))?$", value)
                if m and m.group(2) is not None:
                    names[m.group(1)] = m.group(2)
                name = names.get(m.group(1), "?") if m else value
                if key == "fn":
                    current = next((c for c in callees if name.startswith(c)), None)
                else:
                    callee = name
            elif line.startswith("calls="):
                in_call = True
            elif line[:1] in "0123456789+-*" and line.strip():
                if current is not None:
                    fields = line.split()
                    cost = int(fields[1]) if len(fields) > 1 else 0
                    callees[current][short_name(callee) if in_call else "(itself)"] += cost
                in_call = False
    return trigger, totals, callees


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: extract_report.py NATIVE.tsv CALLGRIND_DIR")
    native = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
    pages = [row for row in native[1:] if row[0] != "total"]

    dumps = []
    for path in glob.glob(os.path.join(sys.argv[2], "callgrind.out.*")):
        m = re.search(r"\.(\d+)$", path)
        if m:
            dumps.append((int(m.group(1)), path))
    dumps.sort()
    gumbo_ir, analyse_ir, analyse_callees = [], [], []
    for _, path in dumps:
        trigger, totals, callees = read_dump(path)
        if "bench_gumbo_parse" in trigger:
            gumbo_ir.append(totals)
        elif "bench_analyse_page" in trigger:
            analyse_ir.append(totals)
            analyse_callees.append(callees)
    # The tool's warm-up page comes first (its dumps also hold the program's start-up): the last
    # len(pages) dumps of each kind are the pages.
    counted = len(gumbo_ir) > len(pages) and len(analyse_ir) > len(pages)
    gumbo_ir, analyse_ir = gumbo_ir[-len(pages):], analyse_ir[-len(pages):]
    shares = {ANALYSE: collections.Counter(), DOCUMENT: collections.Counter()}
    for callees in analyse_callees[-len(pages):]:
        for caller in shares:
            shares[caller].update(callees[caller])

    print("| page | KB | Gumbo MB/s | analyse_page MB/s | ratio (time) |"
          + (" Gumbo Mi | analyse_page Mi | ratio (instructions) |" if counted else ""))
    print("|---|---:|---:|---:|---:|" + ("---:|---:|---:|" if counted else ""))
    for i, (path, size, gumbo_us, analyse_us) in enumerate(pages):
        size, gumbo_us, analyse_us = int(size), float(gumbo_us), float(analyse_us)
        row = (f"| {os.path.relpath(path, os.path.commonpath([p[0] for p in pages]))} "
               f"| {size / 1024:.1f} | {size / gumbo_us:.1f} | {size / analyse_us:.1f} "
               f"| {analyse_us / gumbo_us:.2f} |")
        if counted:
            row += (f" {gumbo_ir[i] / 1e6:.2f} | {analyse_ir[i] / 1e6:.2f} "
                    f"| {analyse_ir[i] / gumbo_ir[i]:.2f} |")
        print(row)

    size = sum(int(p[1]) for p in pages)
    gumbo_us = sum(float(p[2]) for p in pages)
    analyse_us = sum(float(p[3]) for p in pages)
    print()
    print(f"{len(pages)} pages, {size / 1e6:.2f} MB: Gumbo {size / gumbo_us:.1f} MB/s, "
          f"analyse_page {size / analyse_us:.1f} MB/s, ratio {analyse_us / gumbo_us:.2f} (wall time)")
    if not counted:
        if dumps:
            print(f"(callgrind dumps do not match the pages: {len(gumbo_ir)} parse and "
                  f"{len(analyse_ir)} analyse dumps for {len(pages)} pages)")
        return
    g, a = sum(gumbo_ir), sum(analyse_ir)
    print(f"instructions: Gumbo {g / 1e6:.1f} M ({g / size:.0f}/byte), analyse_page {a / 1e6:.1f} M "
          f"({a / size:.0f}/byte), ratio {a / g:.2f}")
    print()
    print("Where analyse_page's instructions go (inclusive cost of each call it makes, all pages):")
    print()
    print("| call | Mi | share | x Gumbo alone |")
    print("|---|---:|---:|---:|")
    for name, cost in shares[ANALYSE].most_common():
        if cost * 1000 < a:
            continue
        print(f"| {name} | {cost / 1e6:.1f} | {100 * cost / a:.1f} % | {cost / g:.2f} |")
        if name == "HtmlDocument::HtmlDocument":
            for sub, sub_cost in shares[DOCUMENT].most_common():
                if sub_cost * 1000 >= a:
                    print(f"| &nbsp;&nbsp;of which {sub} | {sub_cost / 1e6:.1f} "
                          f"| {100 * sub_cost / a:.1f} % | {sub_cost / g:.2f} |")
    rest = a - sum(shares[ANALYSE].values())
    if rest * 1000 >= a:
        print(f"| (not attributed) | {rest / 1e6:.1f} | {100 * rest / a:.1f} % | {rest / g:.2f} |")


if __name__ == "__main__":
    main()
