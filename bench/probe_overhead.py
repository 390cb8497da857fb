#!/usr/bin/env python3
"""What observing costs: training tokens/s with Unroll's default observation (per-step statistics
and a probe replay every `probe_every` steps) against a bare run (step_stats=false,
probe_every=0), same preset and seed, runs interleaved, median of --repeats.

  python3 bench/probe_overhead.py [--cli build/release/app/unroll-cli] [--presets lm6 lm7]
"""
import argparse
import json
import os
import statistics
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))


def tokens_per_second(cli, preset, extra, env):
    out = subprocess.run([cli, "train", "--preset", preset, "--json", *extra], check=True,
                         capture_output=True, text=True, env=env).stdout
    return json.loads(out.strip().splitlines()[-1])["train_tokens_per_second"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", default=os.path.join(HERE, "..", "build", "release", "app", "unroll-cli"))
    ap.add_argument("--presets", nargs="+", default=["lm6", "lm7"])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    env = dict(os.environ, OMP_NUM_THREADS="1", OMP_WAIT_POLICY="passive")
    bare_flags = ["--set", "step_stats=false", "--set", "probe_every=0"]
    rows = []
    for preset in args.presets:
        bare, observed = [], []
        for _ in range(args.repeats):
            bare.append(tokens_per_second(args.cli, preset, bare_flags, env))
            observed.append(tokens_per_second(args.cli, preset, [], env))
        b, o = statistics.median(bare), statistics.median(observed)
        rows.append((preset, b, o, 100.0 * (1.0 - o / b)))
    head = ("preset", "bare tok/s", "observed tok/s (default)", "overhead")
    if args.markdown:
        print("| " + " | ".join(head) + " |\n|" + "---|" * len(head))
    for p, b, o, pct in rows:
        cells = (p, f"{b:,.0f}", f"{o:,.0f}", f"{pct:.1f} %")
        print("| " + " | ".join(cells) + " |" if args.markdown else "  ".join(cells))


if __name__ == "__main__":
    main()
