#!/usr/bin/env python3
"""What rewind snapshots cost: training tokens/s with snapshots only at epoch starts
(snapshot_every=0) against the default (every 50 steps) and every step, same preset and seed,
runs interleaved in a shuffled order, median of --repeats. Each run is recorded nowhere (--no-record).

  python3 bench/snapshot_cost.py [--cli build/release/app/unroll-cli] [--presets lm6] [--markdown]
"""
import argparse
import json
import os
import random
import statistics
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
SETTINGS = [("epoch starts only", "0"), ("every 50 steps (default)", "50"), ("every step", "1")]


def tokens_per_second(cli, preset, every, env):
    out = subprocess.run([cli, "train", "--preset", preset, "--json", "--no-record", "--set",
                          "snapshot_every=" + every], check=True, capture_output=True, text=True,
                         env=env).stdout
    return json.loads(out.strip().splitlines()[-1])["train_tokens_per_second"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", default=os.path.join(HERE, "..", "build", "release", "app", "unroll-cli"))
    ap.add_argument("--presets", nargs="+", default=["lm6"])
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    env = dict(os.environ, OMP_NUM_THREADS="1", OMP_WAIT_POLICY="passive")
    print("| preset | snapshots | tok/s (median of %d) | cost against epoch starts only |"
          % args.repeats)
    print("|---|---|---|---|")
    for preset in args.presets:
        runs = {every: [] for _, every in SETTINGS}
        order = [every for _, every in SETTINGS]
        shuffle = random.Random(0)
        for _ in range(args.repeats):
            shuffle.shuffle(order)  # no setting always runs first (or after a given other)
            for every in order:
                runs[every].append(tokens_per_second(args.cli, preset, every, env))
        base = statistics.median(runs["0"])
        for label, every in SETTINGS:
            m = statistics.median(runs[every])
            print("| %s | %s | %s | %+.1f %% |" % (preset, label, f"{m:,.0f}",
                                                  100.0 * (1.0 - m / base)))


if __name__ == "__main__":
    main()
