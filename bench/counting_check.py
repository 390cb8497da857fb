#!/usr/bin/env python3
"""The counting check: does a trained model continue Human Numbers by counting? Trains a preset
with unroll-cli (full chapter epochs, seed 0), then prompts it with "one thousand two hundred"
and generates until at least --numbers complete numbers follow, greedily and by sampling at
temperature 1 (seeds 0..4); reports the share of numbers exactly one more than the one before.

  python3 bench/counting_check.py [--cli build/release/app/unroll-cli] [--presets lm7] [--markdown]
"""
import argparse
import json
import os
import statistics
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PROMPT = "one thousand two hundred"


def generate(cli, checkpoint, extra):
    # About six tokens per number ("one thousand two hundred forty three ."), with room to spare.
    out = subprocess.run([cli, "generate", "--checkpoint", checkpoint, "--prompt", PROMPT,
                          "--max-tokens", "400", "--json", *extra],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])["counting"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", default=os.path.join(HERE, "..", "build", "release", "app", "unroll-cli"))
    ap.add_argument("--presets", nargs="+", default=["lm7"])
    ap.add_argument("--numbers", type=int, default=50)
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for preset in args.presets:
            ckpt = os.path.join(tmp, preset + ".safetensors")
            trained = subprocess.run([args.cli, "train", "--preset", preset, "--seed", "0", "--json",
                                      "--save", ckpt], check=True, capture_output=True,
                                     text=True).stdout
            accuracy = json.loads(trained.strip().splitlines()[-1])["valid_accuracy"]
            greedy = generate(args.cli, ckpt, ["--greedy"])
            sampled = [generate(args.cli, ckpt, ["--temperature", "1", "--seed", str(s)])
                       for s in range(5)]
            for c in [greedy, *sampled]:
                if c["checked"] < args.numbers:
                    raise SystemExit(f"only {c['checked']} numbers were generated")
            first = lambda c: sum(1 for i in range(1, args.numbers + 1)  # noqa: E731
                                  if c["numbers"][i] is not None and c["numbers"][i - 1] is not None
                                  and c["numbers"][i] == c["numbers"][i - 1] + 1) / args.numbers
            rows.append((preset, accuracy, first(greedy),
                         statistics.median(first(c) for c in sampled),
                         min(first(c) for c in sampled)))
    head = ("preset", "valid accuracy", f"greedy: first {args.numbers} numbers",
            "temperature 1: median of 5 seeds", "temperature 1: worst seed")
    if args.markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for r in rows:
            print(f"| {r[0]} | {r[1]:.4f} | {r[2]:.2f} | {r[3]:.2f} | {r[4]:.2f} |")
    else:
        for r in rows:
            print(dict(zip(head, r)))


if __name__ == "__main__":
    main()
