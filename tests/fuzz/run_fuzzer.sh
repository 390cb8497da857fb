#!/usr/bin/env bash
# Fuzzes a reader with libFuzzer for a while (default 300 s): the checkpoint parser from corpus/,
# or the configuration or runs-folder readers from corpus-config/ or corpus-runs/. New inputs it
# finds go to build/fuzz/new-corpus-<reader>; a crash is written to build/fuzz/ as crash-*: move a
# checkpoint crash into tests/fuzz/crashes/ (a text one into its corpus-*/ folder) and the normal
# build's ctest replays it from then on.
#   apt-get install -y clang-14 libclang-rt-14-dev      (once)
#   bash tests/fuzz/run_fuzzer.sh [seconds] [checkpoint|config|runs]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
out="$root/build/fuzz"
command -v clang++ >/dev/null || { echo "needs clang++: apt-get install -y clang-14 libclang-rt-14-dev" >&2; exit 2; }
cmake -S "$here" -B "$out" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$out"
reader="${2:-checkpoint}"
seeds="$here/corpus"
[ "$reader" = checkpoint ] || seeds="$here/corpus-$reader"
mkdir -p "$out/new-corpus-$reader"
cd "$out"
"./${reader}_fuzzer" -max_total_time="${1:-300}" -max_len=65536 -print_final_stats=1 \
  "new-corpus-$reader" "$seeds"
