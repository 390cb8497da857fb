#!/usr/bin/env python3
"""What the window costs: LM6 trained by the GUI (plots live, offscreen) against unroll-cli, same
preset and seed, runs interleaved, median of --repeats; and how responsive the GUI stays while it
trains: the lateness of a 10 ms timer on the GUI thread (event-loop lag), p50/p99/max.

  python3 bench/gui_overhead.py [--build build/release] [--presets lm6] [--repeats 5] [--markdown]

Throughput is train tokens per second of training-step time (what the CLI's summary reports) and,
to include everything between steps (queued commands, the snapshot hand-off), train tokens per
second of wall time from start to the end of the run (validation included on both sides).
"""
import argparse
import json
import os
import statistics
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def cli_run(build, preset, env):
    out = subprocess.run([os.path.join(build, "app", "unroll-cli"), "train", "--preset", preset,
                          "--json"], check=True, capture_output=True, text=True, env=env).stdout
    r = json.loads(out.strip().splitlines()[-1])
    return r["train_tokens_per_second"], r["train_tokens"] / r["wall_seconds"]


def gui_run(build, preset, tab, env):
    with tempfile.TemporaryDirectory() as tmp:
        report = os.path.join(tmp, "report.json")
        # Recorded like the CLI's run (both into the runs folder `env` names), so that the two
        # sides do the same work.
        subprocess.run([os.path.join(build, "app", "unroll"), "--preset", preset, "--tab", str(tab),
                        "--bench-report", report, "--record"], check=True, capture_output=True,
                       text=True, env=env)
        with open(report) as f:
            r = json.load(f)
    return r


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default=os.path.join(HERE, "..", "build", "release"))
    ap.add_argument("--presets", nargs="+", default=["lm6"])
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--tabs", nargs="+", type=int, default=[0, 1, 2],
                    help="the window's tab shown while training (0 training, 1 gradients, 2 "
                         "activations): each draws different plots")
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    env = dict(os.environ, OMP_NUM_THREADS="1", OMP_WAIT_POLICY="passive",
               QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    rows = []
    for preset, tab in [(p, t) for p in args.presets for t in args.tabs]:
        cli_step, cli_wall, gui_step, gui_wall, p50, p99, worst = [], [], [], [], [], [], []
        for _ in range(args.repeats):
            s, w = cli_run(args.build, preset, env)
            cli_step.append(s)
            cli_wall.append(w)
            g = gui_run(args.build, preset, tab, env)
            gui_step.append(g["tokens_per_second"])
            gui_wall.append(g["train_tokens"] / g["wall_seconds"])
            p50.append(g["lag_p50_ms"])
            p99.append(g["lag_p99_ms"])
            worst.append(g["lag_max_ms"])
        m = statistics.median
        rows.append((f"{preset}, tab {tab}", m(cli_step), m(gui_step), m(gui_step) / m(cli_step), m(cli_wall),
                     m(gui_wall), m(gui_wall) / m(cli_wall), m(p50), m(p99), max(worst)))
    head = ("preset, window tab", "CLI tok/s (step)", "GUI tok/s (step)", "GUI / CLI", "CLI tok/s (wall)",
            "GUI tok/s (wall)", "GUI / CLI (wall)", "lag p50 ms", "lag p99 ms (median)",
            "lag max ms (worst run)")
    if args.markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for r in rows:
            print(f"| {r[0]} | {r[1]:,.0f} | {r[2]:,.0f} | {r[3]:.3f} | {r[4]:,.0f} | {r[5]:,.0f} "
                  f"| {r[6]:.3f} | {r[7]:.1f} | {r[8]:.1f} | {r[9]:.1f} |")
    else:
        for r in rows:
            print(dict(zip(head, r)))


if __name__ == "__main__":
    main()
