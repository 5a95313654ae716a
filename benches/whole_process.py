#!/usr/bin/env python3
"""Whole-process time and peak memory of `kltutor compute` on 10^6-outcome files, beside
numpy.loadtxt + scipy on the same files when numpy and scipy are installed.

Usage (from the repository root, after `cargo build --release`):

    python3 benches/whole_process.py [--runs 5] [--outcomes 1000000] [--bin target/release/kltutor]

Writes the input files once (deterministic, seeded) under target/whole-process/, runs each
command --runs times and reports the median wall time and the largest peak RSS (from wait4),
then checks that kltutor's numbers equal scipy's within 1e-9 relative. Prints a Markdown table
for the README, headed by the machine it ran on.

Inputs, P and Q each:
  counts     integers 1-999, with --normalize
  floats     probabilities with 17 significant digits, as numpy prints them at full precision;
             their sum is 1 only up to rounding
  decimals   short decimals (0.000001234) summing to exactly 1
  fractions  exact fractions (123/456789) of one total, summing to exactly 1; scipy cannot
             read them, so they are compared with scipy's time on the floats
"""
import argparse
import json
import math
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCIPY_SCRIPT = ROOT / "benches" / "scipy_measures.py"


def write(path, lines):
    path.write_text("\n".join(lines) + "\n")


def make_inputs(folder, n):
    """Writes the four pairs of files unless they are there already."""
    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / f"complete-{n}"
    if marker.exists():
        return
    for side, seed in (("p", 1), ("q", 2)):
        rng = random.Random(seed)
        counts = [rng.randint(1, 999) for _ in range(n)]
        write(folder / f"counts_{side}.txt", map(str, counts))
        total = sum(counts)
        floats = [c / total for c in counts]
        write(folder / f"floats_{side}.txt", (format(x, ".17g") for x in floats))
        # Short decimals: units of 1e-9 summing to exactly 10^9.
        units = [c * 10**9 // total for c in counts]
        units[0] += 10**9 - sum(units)
        write(folder / f"decimals_{side}.txt", (f"{u / 10**9:.9f}".rstrip("0") for u in units))
        fractions = (Fraction(c, total) for c in counts)
        write(folder / f"fractions_{side}.txt", (f"{f.numerator}/{f.denominator}" for f in fractions))
    marker.touch()


def run(command):
    """Wall time in seconds and peak RSS in MiB of one run; stdout is discarded."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{command} failed: {process.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024


def measure(command, runs):
    results = [run(command) for _ in range(runs)]
    return statistics.median(t for t, _ in results), max(m for _, m in results)


def machine():
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"


def has_scipy():
    probe = [sys.executable, "-c", "import numpy, scipy"]
    return subprocess.run(probe, capture_output=True).returncode == 0


def agreement(binary, folder, kind):
    """The largest relative difference between kltutor's and scipy's six numbers."""
    p, q = folder / f"{kind}_p.txt", folder / f"{kind}_q.txt"
    args = [str(binary), "compute", "-p", f"@{p}", "-q", f"@{q}", "--format", "json"]
    if kind == "counts":
        args.append("--normalize")
    ours = json.loads(subprocess.run(args, capture_output=True, check=True).stdout)
    theirs = json.loads(subprocess.run(
        [sys.executable, str(SCIPY_SCRIPT), str(p), str(q)], capture_output=True, check=True
    ).stdout)
    model = ours["models"][0]
    pairs = [
        (ours["p"]["entropy"], theirs["entropy_p"]),
        (model["entropy"], theirs["entropy_q"]),
        (model["cross_entropy"], theirs["cross_entropy"]),
        (model["kl"], theirs["kl"]),
        (model["kl_reverse"], theirs["kl_reverse"]),
        (model["js"], theirs["js"]),
    ]
    return max(abs(a - b) / abs(b) for a, b in pairs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--outcomes", type=int, default=1_000_000)
    parser.add_argument("--bin", default=str(ROOT / "target" / "release" / "kltutor"))
    args = parser.parse_args()
    folder = ROOT / "target" / "whole-process"
    # Written by a child process: a child's peak RSS counts the parent it was forked from, so
    # this process must stay small while it measures.
    subprocess.run(
        [sys.executable, __file__, "--write-inputs", str(folder), str(args.outcomes)], check=True
    )
    scipy = has_scipy()
    rows = []
    scipy_float_time = None
    for kind in ("counts", "floats", "decimals", "fractions"):
        p, q = folder / f"{kind}_p.txt", folder / f"{kind}_q.txt"
        ours = [args.bin, "compute", "-p", f"@{p}", "-q", f"@{q}"]
        if kind == "counts":
            ours.append("--normalize")
        k_time, k_rss = measure(ours, args.runs)
        s_time = s_rss = error = None
        if scipy and kind != "fractions":
            s_time, s_rss = measure([sys.executable, str(SCIPY_SCRIPT), str(p), str(q)], args.runs)
            error = agreement(args.bin, folder, kind)
            if kind == "floats":
                scipy_float_time = s_time
        if scipy and kind == "fractions":
            s_time = scipy_float_time
        rows.append((kind, k_time, k_rss, s_time, s_rss, error))
    print(f"{args.outcomes} outcomes, P and Q each; median of {args.runs} runs; {machine()}\n")
    print("| input | kltutor compute | peak RSS | numpy.loadtxt + scipy | peak RSS | ratio | largest relative difference |")
    print("|---|---|---|---|---|---|---|")
    for kind, k_time, k_rss, s_time, s_rss, error in rows:
        scipy_time = "—" if s_time is None else f"{s_time:.2f} s"
        if kind == "fractions" and s_time is not None:
            scipy_time += " (floats)"
        scipy_rss = "—" if s_rss is None else f"{s_rss:.0f} MiB"
        ratio = "—" if s_time is None else f"{k_time / s_time:.2f}"
        diff = "—" if error is None else f"{error:.1e}"
        print(f"| {kind} | {k_time:.3f} s | {k_rss:.0f} MiB | {scipy_time} | {scipy_rss} | {ratio} | {diff} |")
    if not scipy:
        print("\nnumpy and scipy are not installed: only kltutor was measured.")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--write-inputs"]:
        make_inputs(Path(sys.argv[2]), int(sys.argv[3]))
    else:
        main()
