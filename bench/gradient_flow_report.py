#!/usr/bin/env python3
"""The vanishing gradient in numbers, from run logs.

Trains each preset with a run log (unroll-cli train --log), then reads the log's probe records:
for the first probe (start of training) and the last one (end), the ratio
||dL_T/dh_1|| / ||dL_T/dh_T|| — L_T the loss of the last time step's prediction, h_t the hidden
state at step t (the probe's grad_norm_from_last) — for the last layer and for the first. A
ratio far below 1 means the gradient from the end of the sequence barely reaches its start.
Also shown: the same ratio for the whole training loss (grad_norm), where h_1 collects every
step's prediction.

  python3 bench/gradient_flow_report.py [--cli ...] [--presets lm4 lm5 lm6 lm7] [--logs DIR]
  python3 bench/gradient_flow_report.py --from-logs run1.jsonl run2.jsonl   # existing logs
"""
import argparse
import json
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def probes(path):
    header, found = None, []
    with open(path) as f:
        for line in f:
            r = json.loads(line)
            if r["type"] == "run":
                header = r
            elif r["type"] == "probe":
                found.append(r)
    return header, found


def ratio(probe, layer=-1, key="grad_norm_from_last"):
    g = probe[key][layer]
    return g[0] / g[-1] if g[-1] else float("nan")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", default=os.path.join(HERE, "..", "build", "release", "app", "unroll-cli"))
    ap.add_argument("--presets", nargs="+", default=["lm4", "lm5", "lm6", "lm7"])
    ap.add_argument("--logs", help="keep the run logs in this folder")
    ap.add_argument("--from-logs", nargs="+", help="report on these run logs instead of training")
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()

    paths = args.from_logs or []
    if not paths:
        folder = args.logs or tempfile.mkdtemp(prefix="unroll-gradflow-")
        os.makedirs(folder, exist_ok=True)
        for preset in args.presets:
            path = os.path.join(folder, preset + ".jsonl")
            subprocess.run([args.cli, "train", "--preset", preset, "--log", path], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            paths.append(path)

    head = ("run", "layers", "T", "start step", "ratio at start", "end step", "ratio at end",
            "first layer at start", "first layer at end", "whole-loss ratio at end")
    if args.markdown:
        print("| " + " | ".join(head) + " |\n|" + "---|" * len(head))
    else:
        print("  ".join(head))
    for path in paths:
        header, ps = probes(path)
        name = header.get("preset") or os.path.basename(path)
        first, last = ps[0], ps[-1]
        cells = (name, str(first["layers"]), str(first["time_steps"]), str(first["step"]),
                 f"{ratio(first):.3g}", str(last["step"]), f"{ratio(last):.3g}", f"{ratio(first, 0):.3g}",
                 f"{ratio(last, 0):.3g}", f"{ratio(last, key='grad_norm'):.3g}")
        print("| " + " | ".join(cells) + " |" if args.markdown else "  ".join(cells))


if __name__ == "__main__":
    main()
