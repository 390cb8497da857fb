#!/usr/bin/env python3
"""Mutation testing: how many deliberate mistakes in the engine does the test suite catch?

Each mutant in mutants.json is a small, plausible mistake: a file, the exact text to change and
what it becomes (one or more edits). The runner applies them one at a time to a copy of the tree,
rebuilds only what changed (ninja, with ccache when installed), runs the tests, and reports each
mutant as killed (a test failed, crashed or timed out), survived (every test passed) or invalid
(it did not compile, or its text is no longer in the file: fix the list). The score is
killed / (killed + survived).

Tests run in two stages: first the mutant's own "tests" (the fast ones that cover its code),
then, if it survived them, the whole CTest suite, so a survivor has been tried against
everything. Not part of ctest: a full run takes about 15 minutes on 2 cores, and the first
build of the copy about 6 more.

    python3 tests/mutation/run_mutants.py                 # every mutant
    python3 tests/mutation/run_mutants.py --only tar-sign eps-ignored
    python3 tests/mutation/run_mutants.py --markdown      # the table for bench/RESULTS.md

The copy lives in build/mutation/ (src/ and build/), kept between runs so that only what
changed is rebuilt. The working tree itself is never modified.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


def log(*args):
    print(*args, file=sys.stderr, flush=True)


def tracked_files(root):
    """Files of the working tree that git knows or would add (tracked, and untracked but not
    ignored): what a clean clone plus the uncommitted work would hold."""
    out = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                         cwd=root, check=True, capture_output=True).stdout
    return [p for p in out.decode().split("\0") if p]


def sync_tree(root, dest):
    """Copies the tree into dest, touching only files whose bytes differ, so that the build in
    the copy stays incremental; removes files that are gone."""
    wanted = set(tracked_files(root))
    for rel in sorted(wanted):
        src, dst = os.path.join(root, rel), os.path.join(dest, rel)
        if not os.path.isfile(src):
            continue  # deleted in the working tree but still in the index
        with open(src, "rb") as f:
            data = f.read()
        if os.path.isfile(dst):
            with open(dst, "rb") as f:
                if f.read() == data:
                    continue
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copy2(src, dst)
        os.utime(dst)  # newer than anything built from the old bytes
    for dirpath, _, files in os.walk(dest):
        for name in files:
            rel = os.path.relpath(os.path.join(dirpath, name), dest)
            if rel not in wanted:
                os.remove(os.path.join(dirpath, name))


def run(cmd, cwd, timeout=None, quiet=True):
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=quiet, text=True, timeout=timeout)
        return p.returncode, (p.stdout or "") + (p.stderr or "")
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode() if isinstance(e.stdout, bytes) else (e.stdout or "")
        return 124, out + "\n(timed out)"


class Suite:
    """The copy's build and its CTest tests."""

    def __init__(self, work, jobs, timeout):
        self.src = os.path.join(work, "src")
        self.build = os.path.join(work, "build")
        self.jobs = jobs
        self.timeout = timeout

    def configure(self):
        if os.path.isfile(os.path.join(self.build, "build.ninja")):
            return
        rc, out = run(["cmake", "-S", self.src, "-B", self.build, "-G", "Ninja",
                       "-DCMAKE_BUILD_TYPE=Release"], self.src)
        if rc:
            sys.exit("configuring the copy failed:\n" + out)

    def tests(self):
        """name -> the build outputs its command runs (executables of the build tree)."""
        rc, out = run(["ctest", "--show-only=json-v1"], self.build)
        if rc:
            sys.exit("ctest --show-only failed:\n" + out)
        found = {}
        for t in json.loads(out)["tests"]:
            outputs = [os.path.relpath(a, self.build) for a in t.get("command", [])
                       if a.startswith(self.build + os.sep) and os.path.isfile(a)]
            found[t["name"]] = outputs
        return found

    def build_targets(self, targets):
        rc, out = run(["ninja", "-j", str(self.jobs), *targets] if targets else
                      ["ninja", "-j", str(self.jobs)], self.build)
        return rc == 0, out

    def run_tests(self, names):
        """The names of the tests that failed (a crash or a timeout is a failure)."""
        pattern = "^(" + "|".join(re.escape(n) for n in names) + ")$"
        rc, out = run(["ctest", "-j", str(self.jobs), "--timeout", str(self.timeout),
                       "-R", pattern, "--output-on-failure"], self.build,
                      timeout=self.timeout * max(1, len(names)) + 60)
        if rc == 124:
            return ["(ctest timed out)"], out
        failed = re.findall(r"^\s*\d+ - (\S+) \(", out, re.M)
        if rc and not failed:
            failed = ["(ctest failed)"]
        return failed, out


def apply_edits(path, edits):
    """The mutated text, or a reason why the mutant no longer applies."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for e in edits:
        count = text.count(e["find"])
        if count != 1:
            return None, f"the text to change occurs {count} times in {os.path.basename(path)}"
        text = text.replace(e["find"], e["replace"])
    return text, None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", default=os.path.join(HERE, "mutants.json"))
    ap.add_argument("--work", default=os.path.join(ROOT, "build", "mutation"))
    ap.add_argument("--only", nargs="+", metavar="ID", help="run these mutants only")
    ap.add_argument("--quick", action="store_true",
                    help="only the mutant's own tests, not the whole suite for survivors")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=int, default=300, help="seconds per test")
    ap.add_argument("--markdown", action="store_true", help="print the results as a table")
    ap.add_argument("--json", help="also write the results to this file")
    ap.add_argument("--skip-missing-tests", action="store_true",
                    help="leave out a mutant's tests that the suite lacks, instead of calling the "
                         "mutant invalid (to score an older tree, where survivors still meet "
                         "the whole suite)")
    ap.add_argument("--check", action="store_true",
                    help="only check that every mutant applies to the working tree")
    args = ap.parse_args()

    with open(args.list, encoding="utf-8") as f:
        spec = json.load(f)
    groups, mutants = spec["groups"], spec["mutants"]
    ids = [m["id"] for m in mutants]
    if len(set(ids)) != len(ids):
        sys.exit("mutant ids must be unique")
    if args.only:
        unknown = set(args.only) - set(ids)
        if unknown:
            sys.exit("no such mutant: " + ", ".join(sorted(unknown)))
        mutants = [m for m in mutants if m["id"] in args.only]

    if args.check:
        bad = 0
        for m in mutants:
            edits = m.get("edits") or [{"find": m["find"], "replace": m["replace"]}]
            _, why = apply_edits(os.path.join(ROOT, m["file"]), edits)
            if why:
                bad += 1
                print(f"{m['id']}: {why}")
        print(f"{len(mutants) - bad} of {len(mutants)} mutants apply")
        sys.exit(1 if bad else 0)

    suite = Suite(args.work, args.jobs, args.timeout)
    log(f"copying the tree to {suite.src}")
    os.makedirs(suite.src, exist_ok=True)
    sync_tree(ROOT, suite.src)
    suite.configure()
    log("building the unmutated copy")
    ok, out = suite.build_targets([])
    if not ok:
        sys.exit("the unmutated copy does not build:\n" + out[-3000:])
    all_tests = suite.tests()
    everything = list(all_tests)
    log(f"baseline: the whole suite ({len(everything)} tests) must pass unmutated")
    failed, out = suite.run_tests(everything)
    if failed:
        sys.exit("the unmutated suite fails (" + ", ".join(failed) + "):\n" + out[-3000:])

    results = []
    started = time.monotonic()
    for i, m in enumerate(mutants, 1):
        path = os.path.join(suite.src, m["file"])
        edits = m.get("edits") or [{"find": m["find"], "replace": m["replace"]}]
        with open(path, encoding="utf-8") as f:
            original = f.read()
        mutated, why = apply_edits(path, edits)
        t0 = time.monotonic()
        result = {"id": m["id"], "area": m["area"], "file": m["file"], "what": m["what"]}
        if mutated is None:
            result.update(outcome="invalid", detail=why)
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(mutated)
            try:
                result.update(try_mutant(suite, m, groups, all_tests, args.quick,
                                         args.skip_missing_tests))
            finally:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(original)
                os.utime(path)  # newer than the mutant's objects: the next build recompiles
        result["seconds"] = round(time.monotonic() - t0, 1)
        results.append(result)
        log(f"[{i}/{len(mutants)}] {m['id']}: {result['outcome']}"
            + (f" by {', '.join(result['killed_by'])}" if result.get("killed_by") else "")
            + (f" ({result['detail']})" if result.get("detail") else "")
            + f", {result['seconds']} s")

    report(results, args.markdown, time.monotonic() - started)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    # Leave the copy as the working tree has it.
    suite.build_targets([])


def expand(names, groups):
    out = []
    for n in names:
        for t in (groups[n[1:]] if n.startswith("@") else [n]):
            if t not in out:
                out.append(t)
    return out


def try_mutant(suite, m, groups, all_tests, quick, skip_missing):
    stages = [expand(m["tests"], groups)]
    if skip_missing:
        stages[0] = [t for t in stages[0] if t in all_tests]
    if not quick:
        stages.append([t for t in all_tests if t not in stages[0]])
    for stage, names in enumerate(stages):
        if not names:
            continue
        unknown = [n for n in names if n not in all_tests]
        if unknown:
            return {"outcome": "invalid", "detail": "no such test: " + ", ".join(unknown)}
        targets = sorted({o for n in names for o in all_tests[n]})
        ok, out = suite.build_targets(targets)
        if not ok:
            return {"outcome": "invalid", "detail": "does not compile: " + first_error(out)}
        failed, _ = suite.run_tests(names)
        if failed:
            return {"outcome": "killed", "killed_by": failed, "stage": stage + 1}
    return {"outcome": "survived"}


def first_error(out):
    for line in out.splitlines():
        if "error" in line:
            return line.strip()[:200]
    return out.strip().splitlines()[-1][:200] if out.strip() else "?"


def report(results, markdown, seconds):
    killed = sum(r["outcome"] == "killed" for r in results)
    survived = sum(r["outcome"] == "survived" for r in results)
    invalid = sum(r["outcome"] == "invalid" for r in results)
    scored = killed + survived
    score = killed / scored if scored else 0.0
    if markdown:
        print("| mutant | area | mistake | outcome | caught by |")
        print("|---|---|---|---|---|")
        for r in results:
            by = ", ".join(r.get("killed_by", [])) or r.get("detail", "")
            print(f"| `{r['id']}` | {r['area']} | {r['what']} | {r['outcome']} | {by} |")
        print()
    else:
        for r in results:
            by = ", ".join(r.get("killed_by", [])) or r.get("detail", "")
            print(f"{r['outcome']:9} {r['id']:28} {by}")
    print(f"Mutation score: {killed} of {scored} killed ({100 * score:.1f} %); "
          f"{survived} survived, {invalid} invalid; {seconds / 60:.0f} min")


if __name__ == "__main__":
    main()
