#!/usr/bin/env python3
"""Precision and recall of `joignable extract` on the accuracy corpus.

tests/fixtures/accuracy/ holds realistic pages, including the hard cases extraction is known to
miss, and expected.json says what a careful reader finds on each. Unlike the Catch2 fixtures,
which pin what extraction does, this corpus measures how far that is from the truth: it prints
precision and recall per kind of contact point and every miss and false find, by page.

Usage: bench/extract_accuracy.py [path/to/joignable]   (default: build/joignable)
"""
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "accuracy"
DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
KINDS = ["phones", "faxes", "emails", "postal_codes", "hours"]


def weekly_of_spec(spec):
    """The weekly table of an OSM-style spec as this corpus writes it ("Mo-Fr 09:00-12:00,...; Sa ...")."""
    week = {day: [] for day in DAYS}
    for rule in filter(None, (part.strip() for part in spec.split(";"))):
        days, times = rule.split(" ", 1)
        for group in days.split(","):
            first, _, last = group.partition("-")
            span = DAYS[DAYS.index(first):DAYS.index(last or first) + 1]
            for day in span:
                week[day] += [interval.split("-") for interval in times.split(",")]
    return week


def canonical_week(week):
    return json.dumps({day: sorted(week.get(day, [])) for day in DAYS}, sort_keys=True)


def spec_of(week_json):
    week = json.loads(week_json)
    return "; ".join(f"{day} " + ",".join(f"{a}-{b}" for a, b in week[day])
                     for day in DAYS if week[day]) or "(none)"


def found_on(joignable, page, region):
    out = subprocess.run([joignable, "extract", str(page), "--base-url", "https://www.example.test/",
                          "--region", region], check=True, capture_output=True, text=True).stdout
    points = json.loads(out)
    return {
        "phones": {p["e164"] for p in points["phones"]},
        "faxes": {p["e164"] for p in points["faxes"]},
        "emails": {e["address"].lower() for e in points["emails"]},
        "postal_codes": {a["postal_code"] for a in points["addresses"]},
        "hours": {canonical_week(h["weekly"]) for h in points["hours"]},
    }


def expected_on(entry):
    expected = {kind: set(entry[kind]) if entry[kind] is not None else None for kind in KINDS}
    expected["hours"] = {canonical_week(weekly_of_spec(spec)) for spec in entry["hours"]}
    expected["emails"] = {e.lower() for e in expected["emails"]}
    return expected


def main():
    joignable = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "build" / "joignable")
    truth = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
    tally = {kind: [0, 0, 0] for kind in KINDS}  # true finds, false finds, misses
    problems = []
    for name, entry in sorted(truth.items()):
        if name.startswith("_"):
            continue
        found = found_on(joignable, CORPUS / name, entry["region"])
        expected = expected_on(entry)
        for kind in KINDS:
            if expected[kind] is None:
                continue
            show = spec_of if kind == "hours" else str
            hits, false, missed = (found[kind] & expected[kind], found[kind] - expected[kind],
                                   expected[kind] - found[kind])
            tally[kind][0] += len(hits)
            tally[kind][1] += len(false)
            tally[kind][2] += len(missed)
            problems += [f"{name}: {kind} missed {show(v)}" for v in sorted(missed)]
            problems += [f"{name}: {kind} false   {show(v)}" for v in sorted(false)]

    print(f"{'kind':<13} {'found':>5} {'false':>5} {'missed':>6} {'precision':>9} {'recall':>7}")
    for kind, (hits, false, missed) in tally.items():
        precision = hits / (hits + false) if hits + false else 1.0
        recall = hits / (hits + missed) if hits + missed else 1.0
        print(f"{kind:<13} {hits:>5} {false:>5} {missed:>6} {precision:>9.0%} {recall:>7.0%}")
    print()
    print("\n".join(problems) if problems else "no miss, no false find")


if __name__ == "__main__":
    main()
