#!/usr/bin/env python3
"""PyTorch peer of Unroll's LM1-LM4 training, for bench/reproduce.py.

The chapter's models exactly as the book writes them (LMModel1..4), on Human Numbers generated the
same way, laid out the same way (80 % in-order cut, group_chunks, drop_last), trained by a plain
PyTorch loop with the same optimiser (AdamW == fastai's Adam with decoupled weight decay, no decay
on Linear biases) and the same one-cycle schedule set before every batch. It prints one JSON line
with the same fields unroll-cli train --json prints.

Run with Debian's python3-torch: /usr/bin/python3 bench/peer/human_numbers_peer.py --preset lm4
"""
import argparse
import json
import math
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

PRESETS = {  # the chapter's settings
    "lm1": dict(sl=3, epochs=4, lr=1e-3),
    "lm2": dict(sl=3, epochs=4, lr=1e-3),
    "lm3": dict(sl=3, epochs=10, lr=3e-3),
    "lm4": dict(sl=16, epochs=15, lr=3e-3),
}


def words(n):
    out = []
    if n >= 1000:
        out += [ONES[n // 1000], "thousand"]
        n %= 1000
    if n >= 100:
        out += [ONES[n // 100], "hundred"]
        n %= 100
    if n >= 20:
        out.append(TENS[n // 10])
        n %= 10
    if n:
        out.append(ONES[n])
    return " ".join(out)


def human_numbers():
    lines = [words(n) for n in range(1, 8000)] + [words(n) for n in range(8001, 10000)]
    tokens = " . ".join(lines).split(" ")
    vocab = list(dict.fromkeys(tokens))
    index = {w: i for i, w in enumerate(vocab)}
    return [index[t] for t in tokens], vocab


def group_chunks(samples, bs):
    m = len(samples) // bs
    return [samples[i + m * j] for i in range(m) for j in range(bs)]


def batches(samples, bs, drop_last):
    n = len(samples) // bs * bs if drop_last else len(samples)
    out = []
    for s in range(0, n, bs):
        chunk = samples[s:s + bs]
        out.append((torch.stack([x for x, _ in chunk]), torch.stack([y for _, y in chunk])))
    return out


class LMModel1(nn.Module):
    def __init__(self, vocab_sz, n_hidden):
        super().__init__()
        self.i_h = nn.Embedding(vocab_sz, n_hidden)
        self.h_h = nn.Linear(n_hidden, n_hidden)
        self.h_o = nn.Linear(n_hidden, vocab_sz)

    def forward(self, x):
        h = F.relu(self.h_h(self.i_h(x[:, 0])))
        h = h + self.i_h(x[:, 1])
        h = F.relu(self.h_h(h))
        h = h + self.i_h(x[:, 2])
        h = F.relu(self.h_h(h))
        return self.h_o(h)

    def reset(self):
        pass


class LMModel2(LMModel1):
    def forward(self, x):
        h = 0
        for i in range(3):
            h = h + self.i_h(x[:, i])
            h = F.relu(self.h_h(h))
        return self.h_o(h)


class LMModel3(LMModel1):
    def __init__(self, vocab_sz, n_hidden):
        super().__init__(vocab_sz, n_hidden)
        self.h = 0

    def forward(self, x):
        for i in range(3):
            self.h = self.h + self.i_h(x[:, i])
            self.h = F.relu(self.h_h(self.h))
        out = self.h_o(self.h)
        self.h = self.h.detach()
        return out

    def reset(self):
        self.h = 0


class LMModel4(LMModel3):
    def __init__(self, vocab_sz, n_hidden, sl):
        super().__init__(vocab_sz, n_hidden)
        self.sl = sl

    def forward(self, x):
        outs = []
        for i in range(self.sl):
            self.h = self.h + self.i_h(x[:, i])
            self.h = F.relu(self.h_h(self.h))
            outs.append(self.h_o(self.h))
        self.h = self.h.detach()
        return torch.stack(outs, dim=1)


def cos_anneal(start, end, t):
    return start + (1 + math.cos(math.pi * (1 - t))) * (end - start) / 2


def one_cycle(pos, lr_max, pct=0.25, div=25.0, div_final=1e5, moms=(0.95, 0.85, 0.95)):
    if pos < pct:
        t = pos / pct
        return cos_anneal(lr_max / div, lr_max, t), cos_anneal(moms[0], moms[1], t)
    t = (pos - pct) / (1 - pct)
    return cos_anneal(lr_max, lr_max / div_final, t), cos_anneal(moms[1], moms[2], t)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--preset", choices=sorted(PRESETS), required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--epochs", type=int)
    ap.add_argument("--foreach", action="store_true", help="AdamW's multi-tensor implementation")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    p = dict(PRESETS[args.preset])
    if args.epochs:
        p["epochs"] = args.epochs
    sl, bs, hidden = p["sl"], 64, 64

    nums, vocab = human_numbers()
    t = torch.tensor(nums)
    if args.preset in ("lm1", "lm2", "lm3"):
        seqs = [(t[i:i + sl], t[i + sl]) for i in range(0, len(nums) - sl - 1, sl)]
    else:
        seqs = [(t[i:i + sl], t[i + 1:i + sl + 1]) for i in range(0, len(nums) - sl - 1, sl)]
    cut = int(len(seqs) * 0.8)
    if args.preset in ("lm1", "lm2"):
        train, valid = batches(seqs[:cut], bs, True), batches(seqs[cut:], bs, False)
    else:
        train = batches(group_chunks(seqs[:cut], bs), bs, True)
        valid = batches(group_chunks(seqs[cut:], bs), bs, True)

    torch.manual_seed(args.seed)
    model = {"lm1": lambda: LMModel1(len(vocab), hidden), "lm2": lambda: LMModel2(len(vocab), hidden),
             "lm3": lambda: LMModel3(len(vocab), hidden),
             "lm4": lambda: LMModel4(len(vocab), hidden, sl)}[args.preset]()
    decay = [w for n, w in model.named_parameters() if not n.endswith(".bias")]
    plain = [w for n, w in model.named_parameters() if n.endswith(".bias")]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01},
                             {"params": plain, "weight_decay": 0.0}],
                            lr=p["lr"], betas=(0.95, 0.99), eps=1e-5, foreach=args.foreach)

    def loss_fn(out, y):
        return F.cross_entropy(out.view(-1, len(vocab)), y.view(-1))

    total, step = p["epochs"] * len(train), 0
    train_seconds, train_tokens, smooth, count = 0.0, 0, 0.0, 0
    history = []
    start = time.perf_counter()
    for epoch in range(p["epochs"]):
        model.train()
        model.reset()
        t0 = time.perf_counter()
        for x, y in train:
            lr, mom = one_cycle(step / total, p["lr"])
            for g in opt.param_groups:
                g["lr"], g["betas"] = lr, (mom, 0.99)
            loss = loss_fn(model(x), y)
            loss.backward()
            opt.step()
            opt.zero_grad()
            value = loss.item()  # what fastai's Recorder reads every batch
            count += 1
            smooth = 0.98 * smooth + 0.02 * value
            step += 1
            train_tokens += x.numel()
        train_seconds += time.perf_counter() - t0
        model.eval()
        model.reset()
        loss_sum = acc_sum = rows = 0.0
        with torch.no_grad():
            for x, y in valid:
                out = model(x)
                loss_sum += loss_fn(out, y).item() * len(y)
                acc_sum += (out.argmax(-1) == y).float().mean().item() * len(y)
                rows += len(y)
        history.append({"epoch": epoch, "train_loss": smooth / (1 - 0.98 ** count),
                        "valid_loss": loss_sum / rows, "accuracy": acc_sum / rows})
    print(json.dumps({"preset": args.preset, "epochs": p["epochs"], "seed": args.seed,
                      "threads": args.threads,
                      "params": sum(w.numel() for w in model.parameters()),
                      "valid_loss": history[-1]["valid_loss"],
                      "valid_accuracy": history[-1]["accuracy"],
                      "train_tokens_per_second": train_tokens / train_seconds,
                      "wall_seconds": time.perf_counter() - start, "history": history}))


if __name__ == "__main__":
    main()
