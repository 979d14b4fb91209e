#!/usr/bin/env python3
"""Scores the layout stage on Reuters-21578 (../shared/corpus/reuters21578/articles.jsonl).

Prints, in percent: headline exact, published local time exact, dateline place and date exact
(on datelines the corpus marks reliable), paragraph-text precision/recall/F1 (texts with
whitespace collapsed, the dateline removed from the first paragraph as the gold has it), and
trailer exact. With --check, exits 1 when a figure is below the thresholds of issue 2.

Usage: score_reuters.py --cli build/apps/wirereport [--corpus ../shared/corpus] [--check] [--show N]
"""
import argparse
import collections
import json
import re
import sys
from datetime import datetime

from evalcommon import check, corpus_file, prf, run_cli

THRESHOLDS = {"headline exact %": 99.5, "published local exact %": 99.9,
              "dateline place+date exact % (reliable)": 99.0, "paragraph text F1 %": 98.0,
              "trailer exact %": 99.0}

SPACE = re.compile(r"\s+")


def norm(text):
    return SPACE.sub(" ", text).strip()


def same_local(ours, gold):
    """ours: '1987-02-26T15:01:01.790'; gold: '1987-02-26T15:01:01.79'."""
    if not ours:
        return False
    return datetime.fromisoformat(ours) == datetime.fromisoformat(gold.ljust(23, "0") if "." in gold else gold)


def our_paragraphs(doc, raw_bytes):
    paras = []
    dl = doc["dateline"]
    for i, p in enumerate(doc["paragraphs"]):
        b, e = p["span"]
        if i == 0 and dl and dl["span"][0] == b:
            b = dl["span"][1]
        paras.append(norm(raw_bytes[b:e].decode("utf-8", "replace")))
    return [p for p in paras if p]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--show", type=int, default=0, help="print N examples of each kind of miss")
    args = ap.parse_args()

    path = corpus_file(args.corpus, "reuters21578", "articles.jsonl")
    items = [json.loads(line) for line in open(path, encoding="utf-8")]
    docs = run_cli(args.cli, [(it["id"], it["raw"]) for it in items])

    n = len(items)
    hits = collections.Counter()
    misses = collections.defaultdict(list)
    reliable = 0
    para_tp = para_pred = para_gold = 0
    for it in items:
        g, d, raw = it["gold"], docs[it["id"]], it["raw"].encode("utf-8")
        headline = d["headline"]["text"] if d["headline"] else None
        if headline == g["title"]:
            hits["headline"] += 1
        else:
            misses["headline"].append((it["id"], headline, g["title"]))
        local = d["published"]["local"] if d["published"] else None
        if same_local(local, g["date"]):
            hits["published"] += 1
        else:
            misses["published"].append((it["id"], local, g["date"]))
        gd = g["dateline"]
        if gd and gd["reliable"]:
            reliable += 1
            dl = d["dateline"]
            place = dl["place"]["text"] if dl and dl["place"] else None
            date = dl["date"]["text"] if dl and dl["date"] else None
            if place == gd["location"] and date == gd["date"]:
                hits["dateline"] += 1
            else:
                misses["dateline"].append((it["id"], (place, date), (gd["location"], gd["date"])))
        trailer = d["trailer"]["text"] if d["trailer"] else None
        if trailer == g["trailer"]:
            hits["trailer"] += 1
        else:
            misses["trailer"].append((it["id"], trailer, g["trailer"]))
        ours = collections.Counter(our_paragraphs(d, raw))
        gold = collections.Counter(norm(p) for p in g["paragraphs"] if norm(p))
        tp = sum((ours & gold).values())
        para_tp += tp
        para_pred += sum(ours.values())
        para_gold += sum(gold.values())
        if tp < max(sum(ours.values()), sum(gold.values())):
            misses["paragraphs"].append((it["id"], sorted((ours - gold).elements())[:2],
                                         sorted((gold - ours).elements())[:2]))

    p, r, f = prf(para_tp, para_pred, para_gold)
    print(f"Reuters-21578: {n} dispatches, {reliable} reliable datelines")
    results = [("headline exact %", 100 * hits["headline"] / n),
               ("published local exact %", 100 * hits["published"] / n),
               ("dateline place+date exact % (reliable)", 100 * hits["dateline"] / max(reliable, 1)),
               ("paragraph text precision %", 100 * p), ("paragraph text recall %", 100 * r),
               ("paragraph text F1 %", 100 * f),
               ("trailer exact %", 100 * hits["trailer"] / n)]
    code = check(results, THRESHOLDS)
    for kind, rows in misses.items():
        for row in rows[:args.show]:
            print(f"  miss {kind}: {row}")
    return code if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
