#!/usr/bin/env python3
"""The seed report (../shared/seeds) against the layout facts in its expected file.

Usage: test_seed.py WIREREPORT_BINARY SHARED_DIR      (exit 77 when the seed is absent)
"""
import json
import os
import subprocess
import sys

cli, shared = sys.argv[1], sys.argv[2]
base = os.path.join(shared, "seeds", "000_b62a570b9a3f314f")
if not os.path.exists(base + ".txt"):
    print(f"SKIPPED: {base}.txt is absent")
    sys.exit(77)

data = open(base + ".txt", "rb").read()
expected = json.load(open(base + ".expected.json", encoding="utf-8"))
doc = json.loads(subprocess.run([cli, "parse", base + ".txt"], check=True, stdout=subprocess.PIPE).stdout)


def text(span):
    return data[span[0]:span[1]].decode()


failures = []


def same(what, ours, gold):
    if ours != gold:
        failures.append(f"{what}: got {ours!r}, expected {gold!r}")


same("format", doc["format"], expected["format"])
same("language", doc["language"], expected["language"])
for key in ("text", "local", "zone", "utc"):
    same(f"published.{key}", doc["published"][key], expected["published"][key])
same("headline", doc["headline"]["text"], expected["headline"])
dl, edl = doc["dateline"], expected["dateline"]
same("dateline.text", dl["text"], edl["text"])
same("dateline.place", dl["place"]["text"], edl["place"])
same("dateline.place.zone", dl["place"]["zone"], edl["place_zone"])
same("dateline.place.country", dl["place"]["country"], edl["place_country"])
same("dateline.agency", dl["agency"], edl["agency"])
same("dateline.date", dl["date"], edl["date"])
same("paragraph count", len(doc["paragraphs"]), expected["paragraph_count"])
same("first paragraph start", text(doc["paragraphs"][0]["span"]).startswith(expected["first_paragraph_starts"]), True)
same("last paragraph end", text(doc["paragraphs"][-1]["span"]).endswith(expected["last_paragraph_ends"]), True)
same("trailer", doc["trailer"]["text"], expected["trailer"])
same("tags", [t["text"] for t in doc["tags"]], expected["tags"])

for f in failures:
    print("FAIL", f)
print(f"seed layout facts: {'all hold' if not failures else f'{len(failures)} failed'}")
sys.exit(1 if failures else 0)
