#!/usr/bin/env python3
"""Scores the IPTC 7901 layout on dpa's reference renderings against their JSON sources.

../shared/corpus/wire-formats/dpa-digitalwires/iptc7901-expected/*.iptc are dpa's own IPTC 7901
renderings of the digitalwires JSON entries in ../input/. For every rendering whose source is
present, the fields parsed from the .iptc text must equal the JSON's: headline, dateline
("Peine (dpa/lni) - "), byline, urgency (PRIO), desk (RESS), service (DNST), version_created
(the trailer's time, to the minute, with its UTC offset), and the paragraph texts of
article_html (<p> and headings; the teaser, which the rendering prints as the first paragraph,
comes first). Prints per-field counts; with --check, exits 1 unless every field holds.

Usage: score_dpa_iptc7901.py --cli build/dev/apps/wirereport [--corpus ../shared/corpus] [--check]
"""
import argparse
import json
import os
import re
import subprocess
import sys
from datetime import datetime
from html.parser import HTMLParser

from evalcommon import SKIP, check, corpus_file, prf

SPACE = re.compile(r"\s+")
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def norm(text):
    return SPACE.sub(" ", text or "").strip()


def unrender(text):
    """The rendering writes links as [text](url) and strong text as **text**: back to text."""
    return norm(LINK.sub(r"\1", text).replace("**", ""))


class Blocks(HTMLParser):
    """The text blocks of article_html: paragraphs, headings and list items."""

    BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []
        self.current = None

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCK:
            self.current = []

    def handle_endtag(self, tag):
        if tag in self.BLOCK and self.current is not None:
            text = norm("".join(self.current))
            if text:
                self.blocks.append(text)
            self.current = None

    def handle_data(self, data):
        if self.current is not None:
            self.current.append(data)


def gold_paragraphs(entry):
    parser = Blocks()
    parser.feed(entry.get("article_html") or "")
    teaser = norm(entry.get("teaser"))
    return ([teaser] if teaser else []) + parser.blocks


def our_paragraphs(doc, raw):
    out = []
    dateline = doc["dateline"]
    for p in doc["paragraphs"]:
        b, e = p["span"]
        if dateline and dateline["span"][0] == b:
            b = dateline["span"][1]
        out.append(unrender(raw[b:e].decode("utf-8", "replace")))
    return [p for p in out if p]


def category(entry, kind):
    for c in entry.get("categories") or []:
        if c.get("type") == kind:
            return c.get("name")
    return None


def same_time(published, version_created):
    """The trailer keeps day, hour and minute: compare local time and offset to the minute."""
    if not published or not published.get("utc"):
        return False
    gold = datetime.fromisoformat(version_created).replace(second=0, microsecond=0)
    local = datetime.fromisoformat(published["local"])
    utc = datetime.fromisoformat(published["utc"].replace("Z", "+00:00"))
    return local == gold.replace(tzinfo=None) and utc == gold


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()

    base = corpus_file(args.corpus, "wire-formats", "dpa-digitalwires")
    rendered = os.path.join(base, "iptc7901-expected")
    names = sorted(n[:-5] for n in os.listdir(rendered) if n.endswith(".iptc"))
    fields = ["headline", "dateline", "byline", "urgency", "desk", "service", "version_created"]
    held = {f: 0 for f in fields}
    total = 0
    tp = predicted = gold_count = 0
    for name in names:
        source = os.path.join(base, "input", name + ".json")
        if not os.path.exists(source):
            print(f"  skipped {name}: no JSON source")
            continue
        entry = json.load(open(source, encoding="utf-8"))
        raw = open(os.path.join(rendered, name + ".iptc"), "rb").read()
        out = subprocess.run([args.cli, "parse", "--format", "iptc7901", os.path.join(rendered, name + ".iptc")],
                             check=True, stdout=subprocess.PIPE).stdout
        doc = json.loads(out.decode("utf-8").splitlines()[0])
        wire = doc["wire"] or {}
        total += 1
        results = {
            "headline": norm(doc["headline"] and doc["headline"]["text"]) == norm(entry.get("headline")),
            "dateline": norm(doc["dateline"] and doc["dateline"]["text"]) == norm(entry.get("dateline")),
            "byline": norm(doc["byline"] and doc["byline"]["text"]) == norm(entry.get("byline")),
            "urgency": (wire.get("priority") or {}).get("level") == entry.get("urgency"),
            "desk": (wire.get("category") or {}).get("text") == category(entry, "dnltype:desk"),
            "service": (wire.get("service") or {}).get("text") == category(entry, "dnltype:wire"),
            "version_created": same_time(doc["published"], entry["version_created"]),
        }
        for f, ok in results.items():
            held[f] += ok
        ours = our_paragraphs(doc, raw)
        gold = gold_paragraphs(entry)
        matched = sum(1 for p in ours if p in gold)
        tp += matched
        predicted += len(ours)
        gold_count += len(gold)
        misses = [f for f, ok in results.items() if not ok]
        print(f"  {name}: {'all fields hold' if not misses else 'MISSED ' + ', '.join(misses)}; "
              f"paragraphs {matched}/{len(gold)} gold, {len(ours)} ours")
    if total == 0:
        print("SKIPPED: no rendering has its JSON source in the corpus")
        return SKIP
    p, r, f1 = prf(tp, predicted, gold_count)
    print(f"dpa digitalwires IPTC 7901 renderings: {total} with sources")
    results = [(f"{f} %", 100.0 * held[f] / total) for f in fields]
    results += [("paragraph text precision %", 100 * p), ("paragraph text recall %", 100 * r),
                ("paragraph text F1 %", 100 * f1)]
    thresholds = {f"{f} %": 100.0 for f in fields}
    thresholds["paragraph text F1 %"] = 100.0
    code = check(results, thresholds)
    return code if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
