#!/usr/bin/env python3
"""PyTorch peer of Unroll's training of every preset, for bench/reproduce.py and the test fixtures.

The chapter's models exactly as the book writes them (LMModel1..7, plus GRU and fastai's AWD-LSTM
pieces), on Human Numbers generated the same way, laid out the same way (80 % in-order cut,
group_chunks, drop_last), trained by a plain PyTorch loop with the same optimiser (AdamW == fastai's
Adam with decoupled weight decay, no decay on Linear biases) and the same one-cycle schedule set
before every batch. It prints one JSON line with the same fields unroll-cli train --json prints.

Run with Debian's python3-torch: /usr/bin/python3 bench/peer/human_numbers_peer.py --preset lm4
tests/engine/fixtures/make_fixtures.py imports layout(), make_model(), make_optimizer() and fit()
to record a few steps of every preset, parameter by parameter.
"""
import argparse
import json
import math
import sys
import time

try:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
except ModuleNotFoundError:
    sys.exit("the PyTorch peer needs Debian's PyTorch: bash .ci/install-deps --bench "
             "(installs python3-torch), then run it with /usr/bin/python3")

ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

PRESETS = {  # the chapter's settings (gru and awd: Unroll's presets of the same names)
    "lm1": dict(sl=3, epochs=4, lr=1e-3),
    "lm2": dict(sl=3, epochs=4, lr=1e-3),
    "lm3": dict(sl=3, epochs=10, lr=3e-3),
    "lm4": dict(sl=16, epochs=15, lr=3e-3),
    "lm5": dict(sl=16, epochs=15, lr=3e-3),
    "lm6": dict(sl=16, epochs=15, lr=1e-2),
    "lm7": dict(sl=16, epochs=15, lr=1e-2, wd=0.1, moms=(0.8, 0.7, 0.8), alpha=2.0, beta=1.0),
    "gru": dict(sl=16, epochs=15, lr=1e-2),
    "awd": dict(sl=16, epochs=15, lr=1e-2, wd=0.1, moms=(0.8, 0.7, 0.8), alpha=2.0, beta=1.0),
}
# The awd preset's dropout probabilities (resources/presets/awd.json).
AWD = dict(out_p=0.025, input_p=0.0625, hidden_p=0.0375, embed_p=0.005, weight_p=0.05)


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


def human_numbers(chars=False):
    """Word tokens, or with `chars` every character of the same text (Unroll's tokenizer=char)."""
    lines = [words(n) for n in range(1, 8000)] + [words(n) for n in range(8001, 10000)]
    text = " . ".join(lines)
    tokens = list(text) if chars else text.split(" ")
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


class LMModel5(nn.Module):
    def __init__(self, vocab_sz, n_hidden, n_layers, bs):
        super().__init__()
        self.i_h = nn.Embedding(vocab_sz, n_hidden)
        self.rnn = nn.RNN(n_hidden, n_hidden, n_layers, batch_first=True)
        self.h_o = nn.Linear(n_hidden, vocab_sz)
        self.h = torch.zeros(n_layers, bs, n_hidden)

    def forward(self, x):
        res, h = self.rnn(self.i_h(x), self.h)
        self.h = h.detach()
        return self.h_o(res)

    def reset(self):
        self.h.zero_()


class LMModel6(nn.Module):
    def __init__(self, vocab_sz, n_hidden, n_layers, bs, cell=nn.LSTM):
        super().__init__()
        self.i_h = nn.Embedding(vocab_sz, n_hidden)
        self.rnn = cell(n_hidden, n_hidden, n_layers, batch_first=True)
        self.h_o = nn.Linear(n_hidden, vocab_sz)
        self.lstm = cell is nn.LSTM
        self.h = [torch.zeros(n_layers, bs, n_hidden) for _ in range(2 if self.lstm else 1)]

    def forward(self, x):
        res, h = self.rnn(self.i_h(x), self.h if self.lstm else self.h[0])
        self.h = [h_.detach() for h_ in (h if self.lstm else [h])]
        return self.h_o(res)

    def reset(self):
        for h in self.h:
            h.zero_()


class LMModel7(nn.Module):
    def __init__(self, vocab_sz, n_hidden, n_layers, p, bs):
        super().__init__()
        self.i_h = nn.Embedding(vocab_sz, n_hidden)
        self.rnn = nn.LSTM(n_hidden, n_hidden, n_layers, batch_first=True)
        self.drop = nn.Dropout(p)
        self.h_o = nn.Linear(n_hidden, vocab_sz)
        self.h_o.weight = self.i_h.weight
        self.h = [torch.zeros(n_layers, bs, n_hidden) for _ in range(2)]

    def forward(self, x):
        raw, h = self.rnn(self.i_h(x), self.h)
        out = self.drop(raw)
        self.h = [h_.detach() for h_ in h]
        return self.h_o(out), raw, out

    def reset(self):
        for h in self.h:
            h.zero_()


def dropout_mask(x, size, p):
    return x.new_empty(*size).bernoulli_(1 - p).div_(1 - p)


class AwdLstm(nn.Module):
    """fastai's AWD_LSTM language model, written out with the same pieces: EmbeddingDropout,
    RNNDropout on the input, between layers and on the output, WeightDropout on each layer's
    hidden-to-hidden matrix, weight tying. One nn.LSTM per layer, as fastai builds it."""

    def __init__(self, vocab_sz, n_hidden, n_layers, bs, out_p, input_p, hidden_p, embed_p, weight_p):
        super().__init__()
        self.i_h = nn.Embedding(vocab_sz, n_hidden)
        self.rnns = nn.ModuleList([nn.LSTM(n_hidden, n_hidden, 1, batch_first=True) for _ in range(n_layers)])
        self.h_o = nn.Linear(n_hidden, vocab_sz)
        self.h_o.weight = self.i_h.weight
        self.p = dict(out_p=out_p, input_p=input_p, hidden_p=hidden_p, embed_p=embed_p, weight_p=weight_p)
        self.h = [[torch.zeros(1, bs, n_hidden), torch.zeros(1, bs, n_hidden)] for _ in range(n_layers)]

    def locked(self, x, p):
        return x * dropout_mask(x, (x.size(0), 1, x.size(2)), p) if self.training and p else x

    def forward(self, x):
        w = self.i_h.weight
        if self.training and self.p["embed_p"]:
            w = w * dropout_mask(w, (w.size(0), 1), self.p["embed_p"])
        out = self.locked(F.embedding(x, w), self.p["input_p"])
        new_h = []
        for i, rnn in enumerate(self.rnns):
            w_hh = F.dropout(rnn.weight_hh_l0, self.p["weight_p"], training=self.training)
            out, h, c = torch._VF.lstm(out, self.h[i], [rnn.weight_ih_l0, w_hh, rnn.bias_ih_l0, rnn.bias_hh_l0],
                                       True, 1, 0.0, self.training, False, True)
            new_h.append([h.detach(), c.detach()])
            if i < len(self.rnns) - 1:
                out = self.locked(out, self.p["hidden_p"])
        self.h = new_h
        dropped = self.locked(out, self.p["out_p"])
        return self.h_o(dropped), out, dropped

    def reset(self):
        for h in self.h:
            for t in h:
                t.zero_()


def cos_anneal(start, end, t):
    return start + (1 + math.cos(math.pi * (1 - t))) * (end - start) / 2


def one_cycle(pos, lr_max, pct=0.25, div=25.0, div_final=1e5, moms=(0.95, 0.85, 0.95)):
    if pos < pct:
        t = pos / pct
        return cos_anneal(lr_max / div, lr_max, t), cos_anneal(moms[0], moms[1], t)
    t = (pos - pct) / (1 - pct)
    return cos_anneal(lr_max, lr_max / div_final, t), cos_anneal(moms[1], moms[2], t)


def settings(preset, **overrides):
    """The preset's training settings with the defaults filled in, then the overrides."""
    p = dict(PRESETS[preset])
    p.setdefault("wd", 0.01)
    p.setdefault("moms", (0.95, 0.85, 0.95))
    p.update(bs=64, hidden=64, valid_pct=0.2)
    p.update({k: v for k, v in overrides.items() if v is not None})
    return p


def layout(nums, preset, p):
    """The (x, y) training and validation batches of a token list, as the chapter lays them out.
    The cut is int(len * (1 - valid_pct)), the chapter's int(len * 0.8) for the default 0.2."""
    t = torch.tensor(nums)
    sl, bs = p["sl"], p["bs"]
    if preset in ("lm1", "lm2", "lm3"):
        seqs = [(t[i:i + sl], t[i + sl]) for i in range(0, len(nums) - sl - 1, sl)]
    else:
        seqs = [(t[i:i + sl], t[i + 1:i + sl + 1]) for i in range(0, len(nums) - sl - 1, sl)]
    cut = int(len(seqs) * (1 - p["valid_pct"]))
    if preset in ("lm1", "lm2"):
        return batches(seqs[:cut], bs, True), batches(seqs[cut:], bs, False)
    return (batches(group_chunks(seqs[:cut], bs), bs, True),
            batches(group_chunks(seqs[cut:], bs), bs, True))


def make_model(preset, v, p):
    """The preset's model; call torch.manual_seed first to draw the weights Unroll draws."""
    hidden, bs = p["hidden"], p["bs"]
    return {"lm1": lambda: LMModel1(v, hidden), "lm2": lambda: LMModel2(v, hidden),
            "lm3": lambda: LMModel3(v, hidden), "lm4": lambda: LMModel4(v, hidden, p["sl"]),
            "lm5": lambda: LMModel5(v, hidden, 2, bs), "lm6": lambda: LMModel6(v, hidden, 2, bs),
            "lm7": lambda: LMModel7(v, hidden, 2, 0.4, bs),
            "gru": lambda: LMModel6(v, hidden, 2, bs, cell=nn.GRU),
            "awd": lambda: AwdLstm(v, hidden, 2, bs, **AWD)}[preset]()


def make_optimizer(model, p, foreach=False):
    # fastai's wd_bn_bias=False: no decay for Linear biases (attributes named "bias"); the
    # recurrent biases (bias_ih_l0, ...) are decayed. named_parameters() lists a tied weight once.
    decay = [w for n, w in model.named_parameters() if not n.endswith(".bias")]
    plain = [w for n, w in model.named_parameters() if n.endswith(".bias")]
    return torch.optim.AdamW([{"params": decay, "weight_decay": p["wd"]},
                              {"params": plain, "weight_decay": 0.0}],
                             lr=p["lr"], betas=(p["moms"][0], 0.99), eps=1e-5, foreach=foreach)


class Observer:
    """What fit() reports; override what you need."""

    def after_backward(self, step, lr, mom, loss, model):
        pass

    def after_step(self, step, model):
        pass


def fit(model, opt, train, valid, p, vocab_size, observer=Observer()):
    """fastai's fit_one_cycle with ModelResetter, RNNRegularizer and the accuracy metric, as a
    plain loop. Returns the per-epoch history and the training time and tokens."""

    def loss_fn(out, y):
        return F.cross_entropy(out.reshape(-1, vocab_size), y.reshape(-1))

    def train_loss(out, y):
        """The loss to back-propagate: fastai's RNNRegularizer adds AR and TAR to the
        cross-entropy (returned separately, as the logged loss)."""
        if not isinstance(out, tuple):
            loss = loss_fn(out, y)
            return loss, loss
        logits, raw, dropped = out
        loss = loss_fn(logits, y)
        grad = loss + p["alpha"] * dropped.float().pow(2).mean()
        grad = grad + p["beta"] * (raw[:, 1:] - raw[:, :-1]).float().pow(2).mean()
        return grad, loss

    total, step = p["epochs"] * len(train), 0
    train_seconds, train_tokens, smooth, count = 0.0, 0, 0.0, 0
    history = []
    for epoch in range(p["epochs"]):
        model.train()
        model.reset()
        t0 = time.perf_counter()
        for x, y in train:
            lr, mom = one_cycle(step / total, p["lr"], moms=p["moms"])
            for g in opt.param_groups:
                g["lr"], g["betas"] = lr, (mom, 0.99)
            grad_loss, loss = train_loss(model(x), y)
            grad_loss.backward()
            value = loss.item()  # what fastai's Recorder reads every batch
            observer.after_backward(step, lr, mom, value, model)
            opt.step()
            opt.zero_grad()
            observer.after_step(step, model)
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
                out = out[0] if isinstance(out, tuple) else out
                loss_sum += loss_fn(out, y).item() * len(y)
                acc_sum += (out.argmax(-1) == y).float().mean().item() * len(y)
                rows += len(y)
        history.append({"epoch": epoch, "train_loss": smooth / (1 - 0.98 ** count),
                        "valid_loss": loss_sum / rows, "accuracy": acc_sum / rows})
    return history, train_seconds, train_tokens


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--preset", choices=sorted(PRESETS), required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--epochs", type=int)
    ap.add_argument("--foreach", action="store_true", help="AdamW's multi-tensor implementation")
    # For speed comparisons beyond the chapter's sizes (bench/gemm_limit.py).
    ap.add_argument("--hidden", type=int)
    ap.add_argument("--bs", type=int, help="batch size")
    ap.add_argument("--sl", type=int, help="sequence length")
    ap.add_argument("--chars", action="store_true", help="character tokens")
    ap.add_argument("--device", default="cpu", help="cuda: on the GPU (bench/gpu_bench.py)")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    if args.device != "cpu":
        # Every tensor the script makes (data, models, hidden states, masks) then lives there.
        if not hasattr(torch, "set_default_device"):
            sys.exit("--device needs PyTorch 2.0 or later (torch.set_default_device)")
        torch.set_default_device(args.device)
    p = settings(args.preset, epochs=args.epochs, hidden=args.hidden, bs=args.bs, sl=args.sl)

    nums, vocab = human_numbers(chars=args.chars)
    train, valid = layout(nums, args.preset, p)
    torch.manual_seed(args.seed)
    model = make_model(args.preset, len(vocab), p)
    opt = make_optimizer(model, p, foreach=args.foreach)
    start = time.perf_counter()
    history, train_seconds, train_tokens = fit(model, opt, train, valid, p, len(vocab))
    print(json.dumps({"preset": args.preset, "epochs": p["epochs"], "seed": args.seed,
                      "threads": args.threads, "device": args.device,
                      "params": sum(w.numel() for w in model.parameters()),  # unique tensors
                      "valid_loss": history[-1]["valid_loss"],
                      "valid_accuracy": history[-1]["accuracy"],
                      "train_tokens_per_second": train_tokens / train_seconds,
                      "wall_seconds": time.perf_counter() - start, "history": history}))


if __name__ == "__main__":
    main()
