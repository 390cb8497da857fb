#!/usr/bin/env python3
"""Twenty runs in one GUI session: does the process's memory stay put after the first?

Starts the window offscreen (`unroll --bench-report R --bench-runs N`), which trains the preset N
times in turn — each run recorded in a temporary runs folder, the plots cleared and refilled — and
reports the resident memory (VmRSS) after each run. Issue #9 asks that memory grow by less than
5 % after the first run.

    /usr/bin/python3 bench/memory_runs.py [--runs 20] [--preset lm6] [--epochs 1]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gui", default=os.path.join(ROOT, "build/release/app/unroll"))
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--preset", default="lm6")
    ap.add_argument("--epochs", type=int, default=1)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        report = os.path.join(tmp, "report.json")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", UNROLL_RUNS=os.path.join(tmp, "runs"))
        subprocess.run([a.gui, "--bench-report", report, "--record", "--bench-runs", str(a.runs),
                        "--preset", a.preset, "--set", f"epochs={a.epochs}"],
                       env=env, check=True, stderr=subprocess.DEVNULL)
        r = json.load(open(report))
        recorded = len(os.listdir(os.path.join(tmp, "runs")))
    rss = r["rss_kb"]
    first, last, peak = rss[0], rss[-1], max(rss)
    growth = (last - first) / first * 100
    print(f"{len(rss)} runs of {a.preset} ({a.epochs} epoch each), {recorded} recorded")
    print("RSS after each run (MiB): " + " ".join(f"{kb / 1024:.1f}" for kb in rss))
    print(f"after run 1: {first / 1024:.1f} MiB; after run {len(rss)}: {last / 1024:.1f} MiB; "
          f"peak {peak / 1024:.1f} MiB; growth after the first: {growth:+.2f} %")
    return 0 if growth < 5.0 else 1


if __name__ == "__main__":
    sys.exit(main())
