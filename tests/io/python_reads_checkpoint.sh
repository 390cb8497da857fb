#!/usr/bin/env bash
# Saves a checkpoint with unroll-cli and opens it with the standard-library Python reader.
#   python_reads_checkpoint.sh UNROLL_CLI PYTHON READER
set -euo pipefail
dir="$(mktemp -d)"; trap 'rm -rf "$dir"' EXIT
"$1" train --preset lm7 --epochs 1 --save "$dir/ck.safetensors" >/dev/null 2>&1
"$2" "$3" "$dir/ck.safetensors" | tee "$dir/listing"
grep -q '^i_h.weight F32 \[30, 64\]$' "$dir/listing"
grep -q '^rnn.weight_hh_l1 F32 \[256, 64\]$' "$dir/listing"
