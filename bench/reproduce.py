#!/usr/bin/env python3
"""Reproduces the chapter's results table and measures training speed against a PyTorch peer.

For each preset it trains the full chapter epochs with unroll-cli (fused and scratch recurrence)
and with the PyTorch peer (bench/peer/human_numbers_peer.py), over several seeds, interleaving the
runs so that machine noise hits both alike, all at the same thread count. It prints a table of valid
accuracy (median over the seeds) beside the book's, and training tokens/s (median) with the ratio
Unroll / PyTorch.

  /usr/bin/python3 bench/reproduce.py [--cli build/release/app/unroll-cli] [--seeds 0 1 2]
                                      [--threads 1] [--presets lm1 lm2 lm3 lm4] [--markdown]

Needs Debian's python3-torch for the peer (apt-get install python3-torch).
"""
import argparse
import os
import statistics
import sys

from cli_json import last_json

HERE = os.path.dirname(os.path.abspath(__file__))
BOOK = {"lm1": 0.494414, "lm2": 0.470406, "lm3": 0.588942, "lm4": 0.640055, "lm5": 0.487874,
        "lm6": 0.758464, "lm7": 0.869385, "gru": None, "awd": None}
PEER = os.path.join(HERE, "peer", "human_numbers_peer.py")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", default=os.path.join(HERE, "..", "build", "release", "app", "unroll-cli"))
    ap.add_argument("--python", default="/usr/bin/python3", help="a Python with torch (Debian's)")
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--presets", nargs="+", default=list(BOOK))
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = ap.parse_args()
    # One thread everywhere, and no OpenMP spinning to steal the other core.
    env = dict(os.environ, OMP_NUM_THREADS=str(args.threads), OMP_WAIT_POLICY="passive")

    rows = []
    for preset in args.presets:
        runs = {"fused": [], "scratch": [], "peer": []}
        for seed in args.seeds:
            common = ["train", "--preset", preset, "--seed", str(seed), "--threads", str(args.threads), "--json"]
            runs["fused"].append(last_json([args.cli, *common], env))
            runs["scratch"].append(last_json([args.cli, *common, "--set", "cell=scratch"], env))
            runs["peer"].append(last_json([args.python, PEER, "--preset", preset, "--seed", str(seed),
                                           "--threads", str(args.threads)], env))
            print(f"{preset} seed {seed}: unroll {runs['fused'][-1]['valid_accuracy']:.4f} "
                  f"peer {runs['peer'][-1]['valid_accuracy']:.4f}", file=sys.stderr)
        med = {k: (statistics.median(r["valid_accuracy"] for r in v),
                   statistics.median(r["train_tokens_per_second"] for r in v)) for k, v in runs.items()}
        accs = [r["valid_accuracy"] for r in runs["fused"]]
        rows.append((preset, BOOK.get(preset), med["fused"][0], min(accs), max(accs), med["peer"][0],
                     med["fused"][1], med["scratch"][1], med["peer"][1]))

    head = ("preset", "book acc", "Unroll acc (median)", "seed range", "PyTorch acc (median)",
            "Unroll tok/s fused", "Unroll tok/s scratch", "PyTorch tok/s", "fused / PyTorch",
            "scratch / PyTorch")
    if args.markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
    else:
        print("  ".join(head))
    for p, book, acc, lo, hi, peer_acc, fused, scratch, peer in rows:
        cells = (p, f"{book:.3f}" if book else "-", f"{acc:.4f}", f"{lo:.4f}–{hi:.4f}", f"{peer_acc:.4f}",
                 f"{fused:,.0f}", f"{scratch:,.0f}", f"{peer:,.0f}", f"{fused / peer:.2f}x",
                 f"{scratch / peer:.2f}x")
        print(("| " + " | ".join(cells) + " |") if args.markdown else "  ".join(cells))


if __name__ == "__main__":
    main()
