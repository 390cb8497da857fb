#!/usr/bin/env bash
# Kills a process that saves checkpoints non-stop (checkpoint_saver) with SIGKILL at random
# moments, N times, and checks after every kill that the checkpoint on disk loads: the old one or
# the new one, never a broken one. Each kill comes after the saver's first complete save, so
# every one of the N kills leaves a checkpoint to check, however loaded the machine is. A kill
# that lands inside a save leaves a temporary file; one more complete save must clear them all.
#   kill_during_save.sh SAVER UNROLL_CLI [N=200]
set -euo pipefail
saver="$1"; cli="$2"; runs="${3:-200}"
dir="$(mktemp -d)"; trap 'rm -rf "$dir"' EXIT
file="$dir/run.safetensors"
temporaries() { find "$dir" -name '.*unroll-tmp*' | wc -l; }
checked=0; interrupted=0; steps_seen=""
for ((i = 1; i <= runs; i++)); do
    : > "$dir/out"  # emptied here: the saver's own redirection may come after the check below
    "$saver" "$file" > "$dir/out" &
    pid=$!
    # Wait for the first complete save (it prints its step number after each one), up to 60 s.
    for ((w = 0; w < 600; w++)); do
        [[ -s "$dir/out" ]] && break
        kill -0 "$pid" 2>/dev/null || { echo "run $i: the saver died before saving" >&2; exit 1; }
        sleep 0.1
    done
    [[ -s "$dir/out" ]] || { kill -9 "$pid"; echo "run $i: no save within 60 s" >&2; exit 1; }
    # Then let it save for a random while (steps of about 10 ms, each followed by a save).
    sleep "$(awk -v s="$RANDOM" 'BEGIN { srand(s); printf "%.3f", rand() * 0.3 }')"
    kill -9 "$pid"
    wait "$pid" 2>/dev/null || true
    if [[ ! -f "$file" ]]; then
        echo "run $i: no checkpoint on disk after a complete save and a kill" >&2
        exit 1
    fi
    if ! "$cli" eval --checkpoint "$file" > "$dir/eval" 2>&1; then
        echo "run $i: the checkpoint left by a killed save does not load:" >&2
        cat "$dir/eval" >&2
        exit 1
    fi
    checked=$((checked + 1))
    (( $(temporaries) > 0 )) && interrupted=$((interrupted + 1))
    steps_seen+="$(tail -n 1 "$dir/out" 2>/dev/null) "
done
echo "$runs kills, $checked checkpoints checked, all loaded; $interrupted kills interrupted a save"
echo "last step printed before each kill: $steps_seen" | cut -c1-300
if (( checked != runs )); then
    echo "only $checked of $runs kills were checked" >&2
    exit 1
fi
# One complete save clears what the killed ones left.
"$saver" "$file" 1 > /dev/null
left=$(temporaries)
if (( left != 0 )); then
    echo "$left temporary files are left after a complete save:" >&2
    find "$dir" -name '.*unroll-tmp*' >&2
    exit 1
fi
"$cli" eval --checkpoint "$file" > /dev/null
echo "a complete save afterwards left no temporary file"
