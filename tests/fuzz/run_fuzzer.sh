#!/usr/bin/env bash
# Fuzzes the checkpoint parser with libFuzzer for a while (default 300 s), starting from corpus/.
# New inputs it finds go to build/fuzz/new-corpus; a crash is written to build/fuzz/ as crash-*:
# move it into tests/fuzz/crashes/ and the normal build's ctest replays it from then on.
#   apt-get install -y clang-14 libclang-rt-14-dev      (once)
#   bash tests/fuzz/run_fuzzer.sh [seconds]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
out="$root/build/fuzz"
command -v clang++ >/dev/null || { echo "needs clang++: apt-get install -y clang-14 libclang-rt-14-dev" >&2; exit 2; }
cmake -S "$here" -B "$out" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$out"
mkdir -p "$out/new-corpus"
cd "$out"
./checkpoint_fuzzer -max_total_time="${1:-300}" -max_len=65536 -print_final_stats=1 new-corpus "$here/corpus"
