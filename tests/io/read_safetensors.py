#!/usr/bin/env python3
"""A safetensors reader in the Python standard library, following the format's specification
and the reference implementation's checks (header length, JSON object, dtypes, offsets covering
the data exactly, string metadata). It shows that a Python program opens Unroll's checkpoints;
Debian 12 does not package the `safetensors` library itself.

  read_safetensors.py FILE                  list the tensors and metadata keys; exit 1 if invalid
  read_safetensors.py --same A B [--skip K]  exit 0 when every tensor (but those named K...) is
                                            bit for bit equal in A and B
"""
import json
import struct
import sys

SIZES = {"F64": 8, "F32": 4, "F16": 2, "BF16": 2, "I64": 8, "I32": 4, "I16": 2, "I8": 1,
         "U64": 8, "U32": 4, "U16": 2, "U8": 1, "BOOL": 1, "F8_E5M2": 1, "F8_E4M3": 1}


def load(path):
    data = open(path, "rb").read()
    if len(data) < 8:
        raise ValueError("shorter than 8 bytes")
    (n,) = struct.unpack("<Q", data[:8])
    if n > len(data) - 8:
        raise ValueError("header length past the end")
    header = json.loads(data[8:8 + n].decode("utf-8"))
    if not isinstance(header, dict):
        raise ValueError("header is not an object")
    meta = header.pop("__metadata__", {})
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in meta.items()):
        raise ValueError("metadata must map strings to strings")
    body = data[8 + n:]
    spans = []
    tensors = {}
    for name, info in header.items():
        begin, end = info["data_offsets"]
        count = 1
        for d in info["shape"]:
            count *= d
        if end - begin != count * SIZES[info["dtype"]]:
            raise ValueError(f"{name}: offsets do not match shape and dtype")
        spans.append((begin, end))
        tensors[name] = (info["dtype"], info["shape"], body[begin:end])
    covered = 0
    for begin, end in sorted(spans):
        if begin != covered:
            raise ValueError("tensors overlap or leave a gap")
        covered = end
    if covered != len(body):
        raise ValueError("data not covered exactly")
    return tensors, meta


def main():
    if sys.argv[1] == "--same":
        a, _ = load(sys.argv[2])
        b, _ = load(sys.argv[3])
        skip = set(sys.argv[5:]) if len(sys.argv) > 4 and sys.argv[4] == "--skip" else set()
        names = (set(a) | set(b)) - skip
        different = sorted(n for n in names if a.get(n) != b.get(n))
        print("identical" if not different else "different: " + ", ".join(different))
        return 0 if not different else 1
    tensors, meta = load(sys.argv[1])
    for name, (dtype, shape, _) in tensors.items():
        print(f"{name} {dtype} {shape}")
    print("metadata:", ", ".join(sorted(meta)))
    json.loads(meta["config"])  # Unroll's metadata values are JSON strings
    return 0


if __name__ == "__main__":
    sys.exit(main())
