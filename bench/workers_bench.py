#!/usr/bin/env python3
"""Data-parallel scaling (issue #21): tokens/s of `unroll-cli train --set workers=N` beside
PyTorch's DistributedDataParallel with Gloo (bench/peer/ddp_peer.py) on the same model, the same
rows per worker and the same number of processes, measured in the same run, interleaved.

For LM6 and a character-level LSTM (hidden 256, seq 64, batch 32), with 1, 2 and — where the
machine has the cores — 4 and 8 workers: the median tokens/s of --repeats runs each, the ratio to
the peer, and the scaling efficiency (tokens/s over N × one worker's).

  /usr/bin/python3 bench/workers_bench.py [--repeats 3] [--markdown]
"""
import argparse
import os
import statistics
import sys

from cli_json import last_json

HERE = os.path.dirname(os.path.abspath(__file__))
PEER = os.path.join(HERE, "peer", "ddp_peer.py")

# (name, unroll-cli settings, epochs, the peer's arguments)
CONFIGS = [
    ("lm6", ["--preset", "lm6"], 3, ["--preset", "lm6"]),
    ("char LSTM, hidden 256, seq 64, batch 32",
     ["--preset", "lm6", "--set", "tokenizer=char", "--set", "hidden=256", "--set", "seq_len=64",
      "--set", "batch_size=32"], 1,
     ["--preset", "lm6", "--chars", "--hidden", "256", "--sl", "64", "--bs", "32"]),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", default=os.path.join(HERE, "..", "build", "release", "app", "unroll-cli"))
    ap.add_argument("--python", default="/usr/bin/python3", help="a Python with torch (Debian's)")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    cores = os.cpu_count()
    counts = [n for n in (1, 2, 4, 8) if n <= cores]
    env = dict(os.environ, UNROLL_RUNS=os.path.join("/tmp", "unroll-workers-bench-runs"))
    rows = []
    for name, flags, epochs, peer in CONFIGS:
        one = None
        for n in counts:
            ours, theirs = [], []
            for _ in range(args.repeats):
                ours.append(last_json([args.cli, "train", *flags, "--epochs", str(epochs),
                                       "--no-record", "--json", "--set", f"workers={n}"],
                                      env)["train_tokens_per_second"])
                theirs.append(last_json([args.python, PEER, *peer, "--epochs", str(epochs),
                                         "--world", str(n)], env)["train_tokens_per_second"])
            tok, peer_tok = statistics.median(ours), statistics.median(theirs)
            one = one or (tok, peer_tok)
            rows.append((name, n, tok, peer_tok, tok / (n * one[0]), peer_tok / (n * one[1])))
            print(f"{name}, {n} workers: Unroll {tok:,.0f} tok/s, DDP {peer_tok:,.0f} tok/s",
                  file=sys.stderr)
    if args.markdown:
        print(f"{cores} cores\n")
        print("| configuration | workers | Unroll tok/s | DDP (Gloo) tok/s | Unroll / DDP | "
              "Unroll vs 1 worker | Unroll efficiency | DDP efficiency |")
        print("|---|---|---|---|---|---|---|---|")
    for name, n, tok, peer_tok, eff, peer_eff in rows:
        first = next(r for r in rows if r[0] == name)
        if args.markdown:
            print(f"| {name} | {n} | {tok:,.0f} | {peer_tok:,.0f} | {tok / peer_tok:.2f}x | "
                  f"{tok / first[2]:.2f}x | {eff:.0%} | {peer_eff:.0%} |")
        else:
            print(f"{name:42s} {n} {tok:>10,.0f} {peer_tok:>10,.0f} {tok / peer_tok:5.2f}x "
                  f"{eff:5.0%} {peer_eff:5.0%}")


if __name__ == "__main__":
    main()
