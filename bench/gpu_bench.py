#!/usr/bin/env python3
"""Training speed on a GPU: Unroll beside PyTorch on the same GPU, in the same run (issue #20).

For the chapter's presets and a character-level LSTM at hidden 1024, trains with
`unroll-cli train --set device=cuda` and with the PyTorch peer (bench/peer/human_numbers_peer.py
--device cuda) in turn, --repeats times each, and reports the median tokens/s of both and their
ratio. Then trains LM7 for the chapter's 15 epochs on 3 seeds and reports the median accuracy
(the chapter's floor is 0.85). The table names the GPU.

  python3 bench/gpu_bench.py --cli build/gpu/app/unroll-cli [--repeats 3] [--markdown]

Run by bench/gpu_check.sh on a machine with an NVIDIA GPU and a CUDA PyTorch (2.x: the peer uses
torch.set_default_device). Where torch sees no GPU it says so and exits 2: there is nothing to
measure.
"""
import argparse
import json
import os
import statistics
import sys

from cli_json import last_json

HERE = os.path.dirname(os.path.abspath(__file__))
PEER = os.path.join(HERE, "peer", "human_numbers_peer.py")

# (name, preset, extra settings, epochs, the peer's arguments)
CONFIGS = [
    ("lm4", "lm4", [], 3, ["--preset", "lm4"]),
    ("lm5", "lm5", [], 3, ["--preset", "lm5"]),
    ("lm6", "lm6", [], 3, ["--preset", "lm6"]),
    ("lm7", "lm7", [], 3, ["--preset", "lm7"]),
    ("gru", "gru", [], 3, ["--preset", "gru"]),
    ("awd", "awd", [], 3, ["--preset", "awd"]),
    ("char LSTM, hidden 1024, seq 64, batch 64", "lm6",
     ["tokenizer=char", "hidden=1024", "seq_len=64", "batch_size=64"], 1,
     ["--preset", "lm6", "--chars", "--hidden", "1024", "--sl", "64", "--bs", "64"]),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", default=os.path.join(HERE, "..", "build", "gpu", "app", "unroll-cli"))
    ap.add_argument("--python", default=sys.executable, help="a Python with a CUDA torch")
    ap.add_argument("--device", default="cuda")
    ap.add_argument("--repeats", type=int, default=3, help="runs per configuration (median)")
    ap.add_argument("--seeds", type=int, default=3, help="LM7 accuracy: seeds 0..N-1")
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    import torch
    if not torch.cuda.is_available():
        print("gpu_bench: torch sees no GPU here; nothing to measure", file=sys.stderr)
        sys.exit(2)
    gpu = torch.cuda.get_device_name(0)
    env = dict(os.environ, UNROLL_RUNS=os.path.join("/tmp", "unroll-gpu-bench-runs"))

    rows = []
    for name, preset, sets, epochs, peer in CONFIGS:
        flags = ["--preset", preset, "--epochs", str(epochs), "--no-record", "--json",
                 "--set", f"device={args.device}"]
        for s in sets:
            flags += ["--set", s]
        ours, theirs = [], []
        for _ in range(args.repeats):  # interleaved, so that both see the same machine
            ours.append(last_json([args.cli, "train", *flags], env)["train_tokens_per_second"])
            theirs.append(last_json([args.python, PEER, *peer, "--epochs", str(epochs),
                                     "--device", args.device], env)["train_tokens_per_second"])
        rows.append((name, statistics.median(ours), statistics.median(theirs)))
        print(f"{name}: Unroll {rows[-1][1]:,.0f} tok/s, PyTorch {rows[-1][2]:,.0f} tok/s",
              file=sys.stderr)

    accuracies = [last_json([args.cli, "train", "--preset", "lm7", "--no-record", "--json",
                             "--set", f"device={args.device}", "--set", f"seed={seed}"],
                            env)["valid_accuracy"] for seed in range(args.seeds)]

    if args.markdown:
        print(f"GPU: {gpu}; torch {torch.__version__}\n")
        print("| configuration | Unroll tok/s | PyTorch tok/s | Unroll / PyTorch |")
        print("|---|---|---|---|")
        for name, tok, peer_tok in rows:
            print(f"| {name} | {tok:,.0f} | {peer_tok:,.0f} | {tok / peer_tok:.2f}x |")
        print(f"\nLM7, 15 epochs on {args.device}, seeds 0..{args.seeds - 1}: accuracy "
              f"{', '.join(f'{a:.4f}' for a in accuracies)}; median "
              f"{statistics.median(accuracies):.4f} (floor 0.85)")
    else:
        print(json.dumps({"gpu": gpu, "torch": torch.__version__,
                          "rows": [{"name": n, "unroll": u, "pytorch": p} for n, u, p in rows],
                          "lm7_accuracy": accuracies}))


if __name__ == "__main__":
    main()
