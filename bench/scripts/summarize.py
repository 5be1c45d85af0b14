#!/usr/bin/env python3
"""Summarises bench/compare.sh's runs: per scenario the median req/s, p50 and p99 of each side, the per-pair ratios
and their median. Input: the TSV compare.sh writes (scenario, pair, side, load, req/s, p50 ms, p99 ms, errors, CPU ms per request,
allocated KB per request; the last two may be empty)."""
import statistics
import sys
from collections import defaultdict

rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
runs = defaultdict(lambda: defaultdict(dict))  # scenario -> pair -> side -> row
order = []
for row in rows:
    scenario, pair, side, load, rps, p50, p99, errors = row[:8]
    cpu, alloc = (row + ["", ""])[8:10]
    if scenario not in order:
        order.append(scenario)
    runs[scenario][int(pair)][side] = dict(load=load, rps=float(rps), p50=float(p50), p99=float(p99), errors=int(errors),
                                           cpu=float(cpu) if cpu else None, alloc=float(alloc) if alloc else None)


def med(values):
    return statistics.median(values) if values else float("nan")


for scenario in order:
    pairs = runs[scenario]
    sides = sorted({side for pair in pairs.values() for side in pair}, key=lambda s: ["app", "raw", "100", "100k"].index(s) if s in ["app", "raw", "100", "100k"] else 9)
    print(f"\n== {scenario}")
    print(f"{'pair':>4} {'load':>6} " + " ".join(f"{s + ' req/s':>12} {s + ' p50':>9} {s + ' p99':>9}" for s in sides) + (f" {'ratio':>8}" if len(sides) == 2 else ""))
    ratios = []
    for number in sorted(pairs):
        pair = pairs[number]
        line = f"{number:>4} {next(iter(pair.values()))['load']:>6} "
        line += " ".join(f"{pair[s]['rps']:>12.1f} {pair[s]['p50']:>9.2f} {pair[s]['p99']:>9.2f}" if s in pair else " " * 32 for s in sides)
        if len(sides) == 2 and all(s in pair for s in sides):
            a, b = pair[sides[0]], pair[sides[1]]
            # app ÷ raw: throughput; 100 vs 100k: how much slower (p50 of 100k ÷ p50 of 100).
            ratio = (a["rps"] / b["rps"] if b["rps"] else float("nan")) if sides == ["app", "raw"] else (b["p50"] / a["p50"] if a["p50"] else float("nan"))
            ratios.append(ratio)
            line += f" {ratio:>8.2f}"
        print(line)
    summary = "   median " + " ".join(
        f"{s}: {med([p[s]['rps'] for p in pairs.values() if s in p]):.1f} req/s, p50 {med([p[s]['p50'] for p in pairs.values() if s in p]):.2f} ms, "
        f"p99 {med([p[s]['p99'] for p in pairs.values() if s in p]):.2f} ms;" for s in sides)
    print(summary)
    costs = []
    for s in sides:
        cpu = [p[s]["cpu"] for p in pairs.values() if s in p and p[s]["cpu"] is not None]
        # A .NET server under load never allocates nothing: a 0 is a counter session that reported nothing
        # (dotnet-counters sometimes does, after several sessions on one process), not a figure.
        alloc = [p[s]["alloc"] for p in pairs.values() if s in p and p[s]["alloc"]]
        if cpu or alloc:
            costs.append(f"{s}: " + (f"CPU {med(cpu):.2f} ms" if cpu else "CPU n/a") + (f", allocated {med(alloc):.0f} KB" if alloc else ""))
    if costs:
        print("   median per request " + "; ".join(costs))
    if ratios:
        label = "app ÷ raw (req/s)" if sides == ["app", "raw"] else f"{sides[1]} ÷ {sides[0]} (p50)"
        print(f"   median ratio {label}: {med(ratios):.2f}")
    if any(p[s]["rps"] == 0 for p in pairs.values() for s in p):
        print("   NO ANSWER within the run in some runs (0 req/s): every request was still open or timed out")
    errors = {s: sum(p[s]["errors"] for p in pairs.values() if s in p) for s in sides}
    if any(errors.values()):
        print("   ERRORS (non-2xx/3xx, or not 302 on writes): " + ", ".join(f"{s}: {n}" for s, n in errors.items()))

# The timeline's growth: page 1 at 100,000 notes against page 1 at 100 (median p50), per side.
small, large = runs.get("timeline-100-notes"), runs.get("timeline-100000-notes")
if small and large:
    parts = []
    for side in ("app", "raw"):
        a = med([p[side]["p50"] for p in small.values() if side in p])
        b = med([p[side]["p50"] for p in large.values() if side in p])
        parts.append(f"{side} {b / a:.2f}" if a else f"{side} n/a")
    print("\n== timeline page 1, 100,000 ÷ 100 notes (median p50): " + ", ".join(parts))
