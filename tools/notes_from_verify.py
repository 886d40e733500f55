#!/usr/bin/env python3
"""Writes idle-machine `kata verify` results into solutions/<kata>/NOTES.md.

Usage: tools/notes_from_verify.py gcc.log [clang.log] [--write]
The logs are the output of `kata verify --runs N <slugs>` under g++ (build/release) and clang
(build/release-clang). Without --write the sections are printed. The slides read these
tables (slides/tools), so the numbers on slides come from verify's output."""
import collections, datetime, json, re, statistics, sys
ROW = re.compile(r'^(\S+)\s+(\S+)\s+(pass|not pass)\s+(PASS|NOT YET|BROKEN|INCONCLUSIVE)\s+(?:([\d.]+)× \[([\d.]+)×, ([\d.]+)×\]|-)\s+([\d.]+)×\s+([\d.]+)s (\S+)')
def parse(path):
    rows = collections.defaultdict(lambda: collections.defaultdict(list))
    targets = {}
    for line in open(path):
        m = ROW.match(line)
        if not m: continue
        kata, variant, expected, verdict, est, lo, hi, target, secs, status = m.groups()
        rows[kata][variant].append((float(est) if est else None, verdict, status))
        targets[kata] = float(target)
    return rows, targets
def cell(runs):
    values = sorted(r[0] for r in runs if r[0] is not None)
    if not values:
        return "no change: not timed"
    return f"{times(statistics.median(values))} ({times(values[0])}–{times(values[-1])})"
def times(value):
    # verify prints two significant digits from 10x on ("14×"): do not invent more.
    return f"{value:.0f}×" if value >= 10 else f"{value:.2f}×"
def verdicts(g, c):
    all_runs = g + c
    kinds = collections.Counter(r[1] for r in all_runs)
    wrong = sum(1 for r in all_runs if r[2] != 'ok')
    text = ', '.join(f"{v} {n}/{len(all_runs)}" for v, n in kinds.items())
    return text + ("" if wrong == 0 else f" — {wrong} WRONG")
def section(kata, gcc, clang, target, gruns, cruns):
    order = list(gcc[kata].keys())
    lines = [f"## Verified on an idle machine (`kata verify`, {datetime.date.today().isoformat()})", "",
             f"Commands: `./kata verify --runs {gruns} {kata}` (g++ 12.2, `release` preset: `-O2 -g -fno-omit-frame-pointer`)",
             f"and `KATA_STATE_DIR=.kata-clang build/release-clang/checker/cli/kata verify --runs {cruns} {kata}` (clang 14,",
             "`release-clang` preset, same flags), one after the other on the 2-core VM with nothing else running;",
             "each run is a full `kata check` of the variant (interleaved rounds, 95% interval, noise gate).", "",
             f"| variant | g++ 12: median (range), {gruns} runs | clang 14: median (range), {cruns} runs | verdicts at target {target:.2f}× |",
             "|---|---|---|---|"]
    total = wrong = 0
    for variant in order:
        g = gcc[kata][variant]; c = clang.get(kata, {}).get(variant, [])
        name = "starting solution" if variant == "starting" else ("reference (`solution.cpp`)" if variant == "reference" else f"`{variant}`")
        lines.append(f"| {name} | {cell(g)} | {cell(c) if c else '—'} | {verdicts(g, c)} |")
        total += len(g) + len(c); wrong += sum(1 for r in g + c if r[2] != 'ok')
    weaker = min(statistics.median([r[0] for r in gcc[kata]['reference']]),
                 statistics.median([r[0] for r in clang[kata]['reference']]) if kata in clang and 'reference' in clang[kata] else 1e9)
    lines += ["", f"{total} checks, {total - wrong} with the expected verdict. The target {target:.2f}× is "
              f"{target / weaker:.2f}× the reference's median on the weaker compiler ({times(weaker)}).", ""]
    return "\n".join(lines) + "\n"
if __name__ == "__main__":
    gcc, targets = parse(sys.argv[1])
    clang, _ = parse(sys.argv[2]) if len(sys.argv) > 2 else ({}, {})
    write = "--write" in sys.argv
    for kata in gcc:
        text = section(kata, gcc, clang, targets[kata], len(gcc[kata]['reference']), len(clang.get(kata, {}).get('reference', [])))
        if not write:
            print(text); continue
        path = f"solutions/{kata}/NOTES.md"
        notes = open(path).read()
        notes = re.sub(r"## Verified on an idle machine.*?(?=\n## )", "", notes, flags=re.S)
        m = re.search(r"^## (Measured|Preliminary)[^\n]*", notes, flags=re.M)
        if m:
            heading = m.group(0)
            new_heading = heading if "superseded" in heading else heading + " — superseded by the section above"
            notes = notes[:m.start()] + text + "\n" + new_heading + notes[m.end():]
        else:
            notes = notes.rstrip("\n") + "\n\n" + text
        open(path, "w").write(notes)
        print("wrote", path)
