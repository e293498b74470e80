#!/usr/bin/env python3
"""Reads one size's results (written by bench/run.sh) and prints the comparison table.

    compare.py RESULTS_DIR TRUTH_JSON

RESULTS_DIR holds, for each tool T that ran: T.time (GNU time -v output), T.rc (exit code) and
its output: joignable/report.json, wget.out (wget -nv log), linkinator.json (linkinator --format
json). Writes RESULTS_DIR/summary.json and prints a Markdown table to stdout.
"""
import json
import os
import re
import sys

TOOLS = ["joignable", "wget", "linkinator"]


def read_time(path):
    """GNU time -v: wall s, user+sys CPU s, peak RSS MB."""
    out = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.strip()
            if line.startswith("Elapsed (wall clock) time"):
                parts = [float(p) for p in line.rsplit(" ", 1)[1].split(":")]
                secs = 0.0
                for p in parts:
                    secs = secs * 60 + p
                out["wall"] = secs
            elif line.startswith("User time (seconds):"):
                out["user"] = float(line.split(":")[1])
            elif line.startswith("System time (seconds):"):
                out["sys"] = float(line.split(":")[1])
            elif line.startswith("Maximum resident set size (kbytes):"):
                out["rss_mb"] = int(line.split(":")[1]) / 1024
            elif line.startswith("Command terminated by signal"):
                out["signal"] = line
    if "user" in out and "sys" in out:
        out["cpu"] = out["user"] + out["sys"]
    return out


def joignable_results(d):
    path = os.path.join(d, "joignable", "report.json")
    rep = json.load(open(path, encoding="utf-8"))
    broken = {b["url"]: b for b in rep.get("broken_links", [])}
    html_ok = sum(1 for p in rep.get("pages", []) if p.get("status") == 200)
    return {"broken": set(broken), "fetched": len(rep.get("pages", [])),
            "fetched_note": f"{len(rep.get('pages', []))} pages in report ({html_ok} status 200)",
            "found_on": {u: set(b.get("found_on", [])) for u, b in broken.items()}}


def wget_results(d):
    lines = open(os.path.join(d, "wget.out"), encoding="utf-8", errors="replace").read().splitlines()
    broken, in_summary = set(), False
    fetched = 0
    for line in lines:
        if re.match(r"^Found \d+ broken links?\.", line):
            in_summary = True
            continue
        if in_summary:
            if line.startswith("FINISHED") or line.startswith("Downloaded:"):
                in_summary = False
            elif line.strip().startswith("http"):
                broken.add(line.strip())
            continue
        if " URL:" in line or " URL: " in line:
            fetched += 1
    return {"broken": broken, "fetched": fetched, "fetched_note": f"{fetched} URLs logged"}


def linkinator_results(d):
    rep = json.load(open(os.path.join(d, "linkinator.json"), encoding="utf-8"))
    links = rep.get("links", [])
    broken = {l["url"] for l in links if l.get("state") == "BROKEN"}
    urls = {l["url"] for l in links}
    return {"broken": broken, "fetched": len(urls), "fetched_note": f"{len(urls)} URLs checked"}


def main():
    d, truth_path = sys.argv[1], sys.argv[2]
    truth = json.load(open(truth_path, encoding="utf-8"))
    pages = truth["pages"]
    orphans = set(truth["orphans_only_in_sitemap"])
    internal = {b["url"]: set(b["sources"]) for b in truth["broken_internal"]}
    # A planted URL linked only from orphan pages cannot be found by following links.
    internal_reachable = {u for u, s in internal.items() if s - orphans}
    external = {b["url"] for b in truth["broken_external"]}
    assets = {b["url"] for b in truth["broken_assets"]}
    planted = set(internal) | external | assets

    rows, summary = [], {"pages": pages, "planted": {
        "internal": len(internal), "internal_link_reachable": len(internal_reachable),
        "external": len(external), "assets": len(assets)}, "tools": {}}
    for tool in TOOLS:
        tfile = os.path.join(d, tool + ".time")
        if not os.path.exists(tfile):
            continue
        t = read_time(tfile)
        rc = open(os.path.join(d, tool + ".rc")).read().strip() if os.path.exists(os.path.join(d, tool + ".rc")) else "?"
        r = {"rc": rc, **t}
        cfile = os.path.join(d, tool + ".cpu")
        if os.path.exists(cfile):
            b0, t0, b1, t1 = (int(x) for x in open(cfile).read().split())
            # average busy cores of the whole machine (tool + nginx + anything else)
            r["machine_busy_cores"] = (b1 - b0) / (t1 - t0) * os.cpu_count() if t1 > t0 else None
        try:
            res = {"joignable": joignable_results, "wget": wget_results, "linkinator": linkinator_results}[tool](d)
        except (OSError, ValueError, KeyError) as e:
            res = None
            r["error"] = f"no usable output: {e}"
        if res:
            b = res["broken"]
            r.update({
                "fetched": res["fetched"], "fetched_note": res["fetched_note"],
                "internal_found": len(b & set(internal)),
                "external_found": len(b & external), "assets_found": len(b & assets),
                "false_positives": sorted(b - planted),
                "internal_missed": sorted(set(internal) - b),
                "external_missed": sorted(external - b),
            })
            if tool == "joignable":
                # Of the pages that carry a planted broken internal link (and are link-reachable),
                # how many does joignable name in found_on?
                want = sum(len(s - orphans) for s in internal.values())
                got = sum(len(res["found_on"].get(u, set()) & (s - orphans)) for u, s in internal.items())
                r["sources_found"], r["sources_planted"] = got, want
        summary["tools"][tool] = r

    print(f"### {pages} pages ({truth['html_bytes'] / 1e6:.0f} MB of HTML, {len(orphans)} orphans), "
          f"planted: {len(internal)} broken internal URLs "
          f"({truth['counts']['broken_internal_links']} links), {len(external)} broken external, "
          f"{len(assets)} broken assets")
    print()
    print("| tool | wall s | pages/s | CPU s | peak RSS MB | internal found | external found | assets found "
          "| false positives | exit | machine busy cores | fetched |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for tool, r in summary["tools"].items():
        wall = r.get("wall")
        pps = pages / wall if wall else None
        r["pages_per_s"] = pps
        fmt = lambda v, p=1: "—" if v is None else f"{v:.{p}f}"
        if "internal_found" in r:
            found = (f"{r['internal_found']}/{len(internal)} | {r['external_found']}/{len(external)} | "
                     f"{r['assets_found']}/{len(assets)} | {len(r['false_positives'])}")
        else:
            found = f"— | — | — | — ({r.get('error', '')})"
        print(f"| {tool} | {fmt(wall, 2)} | {fmt(pps, 0)} | {fmt(r.get('cpu'), 2)} | {fmt(r.get('rss_mb'), 0)} | "
              f"{found} | {r['rc']} | {fmt(r.get('machine_busy_cores'), 2)} | {r.get('fetched_note', '')} |")
    print()
    j = summary["tools"].get("joignable", {})
    notes = []
    if j.get("wall"):
        for other in ("wget", "linkinator"):
            o = summary["tools"].get(other, {})
            if o.get("wall"):
                ratio = o["wall"] / j["wall"]
                summary[f"joignable_speed_vs_{other}"] = ratio
                notes.append(f"joignable is {ratio:.2f}x {other}'s speed (wall {o['wall']:.2f} s / {j['wall']:.2f} s)")
        if j.get("cpu") is not None:
            notes.append(f"joignable CPU/wall: {j['cpu'] / j['wall']:.2f} cores busy on average")
    runs = [read_time(os.path.join(d, "joignable.time"))] if j.get("wall") else []
    k = 2
    while os.path.exists(os.path.join(d, f"joignable-run{k}.time")):
        runs.append(read_time(os.path.join(d, f"joignable-run{k}.time")))
        k += 1
    if len(runs) > 1:
        walls = sorted(r["wall"] for r in runs)
        shown = "; ".join(f"{r['wall']:.1f} s, {pages / r['wall']:.0f} pages/s, {r['cpu']:.1f} CPU s, "
                          f"{r['rss_mb']:.0f} MB" for r in runs)
        notes.append(f"joignable, {len(runs)} runs (the table shows the first): {shown}; "
                     f"median wall {walls[len(walls) // 2]:.1f} s")
        summary["joignable_runs"] = runs
    if "sources_found" in j:
        notes.append(f"joignable names {j['sources_found']} of the {j['sources_planted']} link-reachable pages "
                     f"that carry a planted broken internal link (found_on)")
    if len(internal_reachable) != len(internal):
        notes.append(f"{len(internal) - len(internal_reachable)} planted broken internal URL(s) are linked only "
                     f"from orphan pages (findable only through sitemap.xml)")
    for tool, r in summary["tools"].items():
        for key, label in (("internal_missed", "missed internal"), ("external_missed", "missed external"),
                           ("false_positives", "false positives")):
            if r.get(key):
                shown = ", ".join(r[key][:5]) + (f" ... (+{len(r[key]) - 5})" if len(r[key]) > 5 else "")
                notes.append(f"{tool} {label}: {shown}")
    if "wget" in summary["tools"]:
        notes.append("wget without -H stays on 127.0.0.1:8080: it never checks the external links (by design of "
                     "the command measured)")
    for n in notes:
        print(f"- {n}")
    print()
    print("Targets (issue, at 20,000 pages): joignable full audit >= 700 pages/s, >= 5x linkinator, "
          "peak RSS < 150 MB, every planted broken link found and no false one.")
    if pages >= 20000 and j.get("wall"):
        checks = [
            ("pages/s >= 700", j.get("pages_per_s", 0) >= 700),
            (">= 5x linkinator", summary.get("joignable_speed_vs_linkinator", 0) >= 5),
            ("peak RSS < 150 MB", j.get("rss_mb", 1e9) < 150),
            ("every planted broken link found (internal + external)",
             j.get("internal_found") == len(internal) and j.get("external_found") == len(external)),
            ("no false positive", j.get("false_positives") == []),
        ]
        print("At this size: " + "; ".join(f"{name}: {'MET' if ok else 'not met'}" for name, ok in checks))
    print()
    with open(os.path.join(d, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1, default=sorted)


if __name__ == "__main__":
    main()
