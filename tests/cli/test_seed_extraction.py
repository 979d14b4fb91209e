#!/usr/bin/env python3
"""The seed report's times and entity clusters (issue 6), read from ../shared/seeds.

Checks that `wirereport parse` finds exactly the expected time expressions with their values,
and every expected entity cluster: each of its texts is a mention of the expected type, all of
them under one key, and different clusters under different keys. Exits 77 (skipped) when the
seed is absent.

Usage: test_seed_extraction.py CLI SHARED_DIR
"""
import json
import os
import subprocess
import sys


def main():
    cli, shared = sys.argv[1], sys.argv[2]
    base = os.path.join(shared, "seeds", "000_b62a570b9a3f314f")
    if not os.path.exists(base + ".txt") or not os.path.exists(base + ".expected.json"):
        print(f"SKIPPED: {base}.txt or its expected extraction is absent")
        return 77
    expected = json.load(open(base + ".expected.json", encoding="utf-8"))
    doc = json.loads(subprocess.run([cli, "parse", base + ".txt"], check=True, stdout=subprocess.PIPE).stdout)
    failures = []

    times = [(t["text"], t["value"]) for t in doc["times"]]
    want = [(t["text"], t["value"]) for t in expected["times"]]
    if times != want:
        failures.append(f"times: got {times}, want {want}")

    keys_by_type = {}
    for kind, groups in expected["entities"].items():
        for group in groups:
            keys = set()
            for text in group:
                found = [e for e in doc["entities"] if e["text"] == text]
                if not found:
                    failures.append(f"{kind} {text!r}: not found")
                    continue
                for e in found:
                    if e["type"] != kind:
                        failures.append(f"{kind} {text!r}: typed {e['type']}")
                    keys.add(e["key"])
            if len(keys) > 1:
                failures.append(f"{kind} {group}: split over keys {sorted(keys)}")
            for key in keys:
                if key in keys_by_type.get(kind, {}) and keys_by_type[kind][key] != group[0]:
                    failures.append(f"{kind} {group}: shares key {key!r} with {keys_by_type[kind][key]!r}")
                keys_by_type.setdefault(kind, {})[key] = group[0]

    for f in failures:
        print("FAIL", f)
    total = len(expected["times"]) + sum(len(g) for gs in expected["entities"].values() for g in gs)
    print(f"seed: {len(want)} times, {total - len(want)} entity mentions expected; {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
