#!/usr/bin/env python3
"""Training speed as a share of the core's limit: GEMM throughput on each model's own shapes.

For each configuration it
  1. counts the model's matrix-product FLOPs per token, unfused (forward and backward: per layer
     6·G·H·(I + H) for G gates — the input and recurrent products, their input gradients and their
     weight gradients — plus 6·H·V for the output layer at each predicted token);
  2. measures the core's GEMM throughput on those very shapes with libtorch's mm at the same
     thread count (the input projection over all tokens, one step's recurrent product, its
     gradient, the weight gradient over all steps, the output layer), weighting each shape by the
     FLOPs the model spends on it; for one step's recurrent product the faster of mm and Unroll's
     own packed-weights kernel (bench/step_gemm.cpp) counts, so that the limit is the best GEMM
     this machine has for the shape, not only BLAS's;
  3. trains with unroll-cli (default observation on) and, for the chapter presets, with the PyTorch
     peer in the same run, and reports tokens/s, effective GFLOP/s and the share of the limit.

  /usr/bin/python3 bench/gemm_limit.py [--cli build/release/app/unroll-cli] [--threads 1]
                                       [--repeats 3] [--markdown]
                                       [--step-gemm build/release/bench/unroll-bench-step-gemm]

Needs Debian's python3-torch (the GEMM timing and the peer).
"""
import argparse
import os
import statistics
import sys
import time

from cli_json import last_json

HERE = os.path.dirname(os.path.abspath(__file__))
PEER = os.path.join(HERE, "peer", "human_numbers_peer.py")
GATES = {"lm6": 4, "lm7": 4, "gru": 3}  # by architecture; the plain RNN's 1 is not listed here

# (name, preset, extra settings, epochs, the peer's arguments)
CONFIGS = [
    ("lm6", "lm6", [], 4, ["--preset", "lm6"]),
    ("lm7", "lm7", [], 4, ["--preset", "lm7"]),
    ("gru", "gru", [], 4, ["--preset", "gru"]),
    ("awd", "awd", [], 4, ["--preset", "awd"]),
    ("char LSTM, hidden 256, seq 64, batch 32", "lm6",
     ["tokenizer=char", "hidden=256", "seq_len=64", "batch_size=32"], 1,
     ["--preset", "lm6", "--chars", "--hidden", "256", "--sl", "64", "--bs", "32"]),
    ("LSTM, hidden 512", "lm6", ["hidden=512"], 1, ["--preset", "lm6", "--hidden", "512"]),
]


def shapes(cfg, vocab):
    """The model's GEMMs as (m, k, n, times per step), and its FLOPs per token."""
    h, b, t = cfg["hidden"], cfg["batch_size"], cfg["seq_len"]
    layers = cfg.get("layers", 1)
    g = GATES[cfg["arch"]]
    tb = t * b
    out = [  # per layer (input size = hidden for every layer of these models)
        (tb, h, g * h, 3 * layers, False),     # input projection, its dX and its dW (same size)
        (b, h, g * h, 2 * t * layers, True),   # one step's recurrent product and its dh
        (g * h, tb, h, layers, False),         # dW_hh over all steps
        (tb, h, vocab, 3, False),              # output layer, its dX and dW
    ]
    flops_per_step = sum(2 * m * k * n * times for m, k, n, times, _ in out)
    return out, flops_per_step / tb


def gemm_limit(torch, shape_list, threads, step_gemm):
    """FLOP-weighted GEMM throughput (GFLOP/s) of the fastest GEMM on these shapes: libtorch's mm,
    and for the recurrent step also Unroll's packed-weights kernel."""
    torch.set_num_threads(threads)
    total_flops, total_seconds = 0.0, 0.0
    detail = []
    for m, k, n, times, recurrent in shape_list:
        a, w = torch.randn(m, k), torch.randn(k, n)
        flops = 2.0 * m * k * n
        reps = max(20, int(2e9 / flops))
        for _ in range(5):
            torch.mm(a, w)
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            for _ in range(reps):
                torch.mm(a, w)
            best = min(best, (time.perf_counter() - start) / reps)
        mm = flops / best / 1e9
        packed = None
        if recurrent:
            packed = last_json([step_gemm, str(m), str(k), str(n)], os.environ)["gflops"]
            best = min(best, flops / (packed * 1e9))
        detail.append((m, k, n, mm, packed))
        total_flops += flops * times
        total_seconds += best * times
    return total_flops / total_seconds / 1e9, detail


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", default=os.path.join(HERE, "..", "build", "release", "app", "unroll-cli"))
    ap.add_argument("--python", default="/usr/bin/python3", help="a Python with torch (Debian's)")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--repeats", type=int, default=3, help="runs per configuration (median)")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--step-gemm", default=os.path.join(HERE, "..", "build", "release", "bench",
                                                        "unroll-bench-step-gemm"))
    args = ap.parse_args()
    try:
        import torch  # noqa: E402 — only this script needs it
    except ModuleNotFoundError:
        sys.exit("the GEMM limit is measured with Debian's PyTorch: bash .ci/install-deps --bench "
                 "(installs python3-torch), then run this with /usr/bin/python3")

    env = dict(os.environ, UNROLL_RUNS=os.path.join("/tmp", "unroll-gemm-limit-runs"))
    rows = []
    for name, preset, sets, epochs, peer in CONFIGS:
        flags = ["--preset", preset, "--epochs", str(epochs), "--threads", str(args.threads),
                 "--no-record"]
        for s in sets:
            flags += ["--set", s]
        corpus = last_json([args.cli, "corpus", *flags[:2], *[f for s in sets for f in ("--set", s)],
                            "--json"], env)
        ours, theirs = [], []
        for _ in range(args.repeats):
            run = last_json([args.cli, "train", *flags, "--json"], env)
            ours.append(run["train_tokens_per_second"])
            if peer:
                theirs.append(last_json([args.python, PEER, *peer, "--epochs", str(epochs),
                                         "--threads", str(args.threads)],
                                        env)["train_tokens_per_second"])
        cfg = run["config"]
        vocab = corpus["vocab"]
        shape_list, flops_per_token = shapes(cfg, vocab if isinstance(vocab, int) else len(vocab))
        limit, detail = gemm_limit(torch, shape_list, args.threads, args.step_gemm)
        tok = statistics.median(ours)
        peer_tok = statistics.median(theirs) if theirs else None
        effective = tok * flops_per_token / 1e9
        rows.append((name, tok, peer_tok, flops_per_token, effective, limit))
        print(f"{name}: {tok:,.0f} tok/s, {effective:.1f} GFLOP/s of {limit:.1f} "
              f"({100 * effective / limit:.0f} %); shapes: " +
              ", ".join(f"{m}x{k}x{n} {g:.0f}" + (f" (packed {p:.0f})" if p else "")
                        for m, k, n, g, p in detail), file=sys.stderr)
    if args.markdown:
        print("| configuration | Unroll tok/s | PyTorch tok/s | Unroll / PyTorch | MFLOP per 1k tokens "
              "| effective GFLOP/s | GEMM limit on its shapes (GFLOP/s) | share of the limit |")
        print("|---|---|---|---|---|---|---|---|")
    for name, tok, peer_tok, fpt, eff, limit in rows:
        ratio = f"{tok / peer_tok:.2f}x" if peer_tok else "-"
        peer_text = f"{peer_tok:,.0f}" if peer_tok else "-"
        if args.markdown:
            print(f"| {name} | {tok:,.0f} | {peer_text} | {ratio} | {fpt * 1024 / 1e6:.0f} | {eff:.1f} "
                  f"| {limit:.1f} | {100 * eff / limit:.0f} % |")
        else:
            print(f"{name:42s} {tok:>10,.0f} {peer_text:>10s} {ratio:>6s} {eff:6.1f} {limit:6.1f} "
                  f"{100 * eff / limit:4.0f} %")


if __name__ == "__main__":
    main()
