"""The one way the benchmark scripts run a program that prints JSON (unroll-cli --json, the
PyTorch peer): run it, fail loudly on a non-zero exit, and read its last line."""
import json
import subprocess


def last_json(cmd, env):
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout
    return json.loads(out.strip().splitlines()[-1])
