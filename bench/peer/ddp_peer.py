#!/usr/bin/env python3
"""PyTorch's DistributedDataParallel with Gloo on the chapter's models: the peer of Unroll's
data-parallel workers (bench/workers_bench.py).

Each of --world processes (one intra-op thread each) trains on its share of every batch's rows,
the same rows every batch, as Unroll's workers do; DDP averages the gradients with Gloo after each
backward pass. The model, data, optimiser and one-cycle schedule are human_numbers_peer.py's. It
prints one JSON line from rank 0: the group's training tokens per second (every worker's tokens
over rank 0's training time). Validation is left out: this measures speed.

  /usr/bin/python3 bench/peer/ddp_peer.py --preset lm6 --world 2 --epochs 3
"""
import argparse
import json
import os
import socket
import sys
import time

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
import torch.nn.functional as F
from torch.nn.parallel import DistributedDataParallel

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import human_numbers_peer as peer  # noqa: E402


def share(t, rank, world):
    n = t.shape[0]
    return t[rank * n // world:(rank + 1) * n // world]


def worker(rank, args, port, results):
    torch.set_num_threads(1)
    dist.init_process_group("gloo", init_method=f"tcp://127.0.0.1:{port}", rank=rank,
                            world_size=args.world)
    p = peer.settings(args.preset, epochs=args.epochs, hidden=args.hidden, bs=args.bs, sl=args.sl)
    nums, vocab = peer.human_numbers(chars=args.chars)
    train, _ = peer.layout(nums, args.preset, p)
    mine = [(share(x, rank, args.world), share(y, rank, args.world)) for x, y in train]
    local = dict(p, bs=mine[0][0].shape[0])  # the hidden state holds this worker's rows
    torch.manual_seed(0)
    model = peer.make_model(args.preset, len(vocab), local)
    ddp = DistributedDataParallel(model)
    opt = peer.make_optimizer(model, p)
    total, step, seconds, tokens = p["epochs"] * len(mine), 0, 0.0, 0
    for _ in range(p["epochs"]):
        model.train()
        model.reset()
        dist.barrier()
        t0 = time.perf_counter()
        for (x, y), (whole, _) in zip(mine, train):
            lr, mom = peer.one_cycle(step / total, p["lr"], moms=p["moms"])
            for g in opt.param_groups:
                g["lr"], g["betas"] = lr, (mom, 0.99)
            out = ddp(x)
            out = out[0] if isinstance(out, tuple) else out
            loss = F.cross_entropy(out.reshape(-1, len(vocab)), y.reshape(-1))
            loss.backward()
            loss.item()
            opt.step()
            opt.zero_grad()
            step += 1
            tokens += whole.numel()
        seconds += time.perf_counter() - t0
    if rank == 0:
        results.put({"preset": args.preset, "world": args.world, "epochs": p["epochs"],
                 "train_tokens_per_second": tokens / seconds})
    dist.destroy_process_group()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--preset", choices=sorted(peer.PRESETS), required=True)
    ap.add_argument("--world", type=int, default=2)
    ap.add_argument("--epochs", type=int)
    ap.add_argument("--hidden", type=int)
    ap.add_argument("--bs", type=int)
    ap.add_argument("--sl", type=int)
    ap.add_argument("--chars", action="store_true")
    args = ap.parse_args()
    with socket.socket() as s:  # a free port for the rendezvous
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    ctx = mp.get_context("spawn")
    results = ctx.Queue()
    procs = [ctx.Process(target=worker, args=(r, args, port, results)) for r in range(args.world)]
    for proc in procs:
        proc.start()
    result = results.get()
    for proc in procs:
        proc.join()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
