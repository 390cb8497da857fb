#!/usr/bin/env bash
# Kills a process that saves checkpoints non-stop (checkpoint_saver) with SIGKILL at random
# moments, N times, and checks after every kill that the checkpoint on disk loads: the old one or
# the new one, never a broken one. Leftover temporary files must be cleared by the next save.
#   kill_during_save.sh SAVER UNROLL_CLI [N=200]
set -euo pipefail
saver="$1"; cli="$2"; runs="${3:-200}"
dir="$(mktemp -d)"; trap 'rm -rf "$dir"' EXIT
file="$dir/run.safetensors"
loaded=0; steps_seen=""
for ((i = 1; i <= runs; i++)); do
    "$saver" "$file" > "$dir/out" &
    pid=$!
    # Let it start (about 0.3 s) and then save for a random while.
    sleep "$(awk -v s="$RANDOM" 'BEGIN { srand(s); printf "%.3f", 0.35 + rand() * 0.5 }')"
    kill -9 "$pid"
    wait "$pid" 2>/dev/null || true
    [[ -f "$file" ]] || continue
    if ! "$cli" eval --checkpoint "$file" > "$dir/eval" 2>&1; then
        echo "run $i: the checkpoint left by a killed save does not load:" >&2
        cat "$dir/eval" >&2
        exit 1
    fi
    loaded=$((loaded + 1))
    steps_seen+="$(tail -n 1 "$dir/out" 2>/dev/null) "
done
left=$(find "$dir" -name '.*unroll-tmp*' | wc -l)
echo "$runs kills, $loaded checkpoints checked, all loaded; temporary files left now: $left"
echo "last step printed before each kill: $steps_seen" | cut -c1-300
