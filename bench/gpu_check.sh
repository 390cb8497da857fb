#!/usr/bin/env bash
# Issue #20's GPU check in one command, on a machine with an NVIDIA GPU and a CUDA PyTorch (no Qt
# and no network needed there):
#   1. builds the engine, unroll-cli and unroll-device-check with UNROLL_GUI=OFF against the
#      libtorch inside that PyTorch (torch.utils.cmake_prefix_path);
#   2. runs the tests labelled gpu: the kernels' equality on every device (outputs and gradients
#      to 1e-5), training that follows the CPU kernels step by step, checkpoints between the GPU
#      and the CPU;
#   3. runs the GPU benchmark beside PyTorch on the same GPU (bench/gpu_bench.py), its table to
#      stdout for bench/RESULTS.md.
# Libraries that machine lacks (nlohmann-json, CLI11, utfcpp, Gloo, SentencePiece, OpenBLAS) come from
# a folder made here by bench/gpu_deps.sh, named by UNROLL_DEPS (default build/gpu-deps).
#   bash bench/gpu_check.sh [--no-bench]
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
tree=${BUILD:-build/gpu}
deps=${UNROLL_DEPS:-build/gpu-deps}
torch_prefix=$("$python" -c 'import torch; print(torch.utils.cmake_prefix_path)')
prefixes="$torch_prefix"
if [ -d "$deps/usr" ]; then
  deps=$(cd "$deps" && pwd)
  prefixes="$prefixes;$deps/usr"
  export LD_LIBRARY_PATH="$deps/usr/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
fi
generator=()
if command -v ninja >/dev/null; then generator=(-G Ninja); fi
cmake -S . -B "$tree" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DUNROLL_GUI=OFF \
  -DUNROLL_BUILD_TESTS=OFF -DCMAKE_PREFIX_PATH="$prefixes" ${CMAKE_ARGS:-}
cmake --build "$tree" -j"$(nproc)"
if "$python" -c 'import sys, torch; sys.exit(0 if torch.cuda.is_available() else 1)'; then
  "$tree/app/unroll-cli" train --preset lm1 --epochs 1 --no-record --set device=cuda
else
  echo "gpu_check: torch sees no GPU here; the device checks run on the CPU's libtorch path only"
fi
ctest --test-dir "$tree" -L gpu --output-on-failure
if [ "${1:-}" != "--no-bench" ]; then
  "$python" bench/gpu_bench.py --cli "$tree/app/unroll-cli" --python "$python" --markdown
fi
