#!/usr/bin/env python3
"""Scores the entity stage on GermEval 2014 dev (../shared/corpus/germeval2014/NER-de-dev.tsv).

Each sentence is rebuilt from its tokens (one space between tokens, none before closing
punctuation or after opening brackets) and parsed with `--format text --language de`. Gold
spans are the outer PER, LOC and ORG spans (not OTH, not the -deriv/-part labels); a predicted
entity counts when its byte span and type equal a gold span's. Prints micro precision, recall
and F1 in percent, and per type; with --check, exits 1 below precision 85 or F1 60 (issue 6).

Usage: score_germeval.py --cli build/dev/apps/wirereport [--corpus ../shared/corpus] [--check]
                         [--show N] [--news-only]
"""
import argparse
import collections
import sys

from evalcommon import check, corpus_file, prf, run_cli

THRESHOLDS = {"precision %": 85.0, "F1 %": 60.0}
TYPES = {"PER": "person", "LOC": "place", "ORG": "organization"}
NO_SPACE_BEFORE = set(",.;:!?)]}%")
NO_SPACE_AFTER = set("([{")


def read_sentences(path):
    """[(source line, [(token, outer label)])]"""
    sentences, tokens, source = [], [], ""
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#"):
            source = line
            continue
        if not line.strip():
            if tokens:
                sentences.append((source, tokens))
                tokens = []
            continue
        cols = line.split("\t")
        tokens.append((cols[1], cols[2]))
    if tokens:
        sentences.append((source, tokens))
    return sentences


def rebuild(tokens):
    """The sentence text and each token's UTF-8 byte span in it."""
    text = b""
    spans = []
    quote_open = False
    prev = None
    for tok, _ in tokens:
        t = tok.encode("utf-8")
        space = prev is not None
        if tok in NO_SPACE_BEFORE or (prev in NO_SPACE_AFTER):
            space = False
        if tok == '"':
            if quote_open:
                space = False
            quote_open = not quote_open
        elif prev == '"' and quote_open:
            space = False
        if space:
            text += b" "
        spans.append((len(text), len(text) + len(t)))
        text += t
        prev = tok
    return text.decode("utf-8"), spans


def gold_spans(tokens, spans):
    out = set()
    i = 0
    while i < len(tokens):
        label = tokens[i][1]
        if label.startswith("B-") and label[2:] in TYPES:
            kind = label[2:]
            j = i + 1
            while j < len(tokens) and tokens[j][1] == "I-" + kind:
                j += 1
            out.add((spans[i][0], spans[j - 1][1], TYPES[kind]))
            i = j
        else:
            i += 1
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--show", type=int, default=0, help="print N false positives and N misses")
    ap.add_argument("--news-only", action="store_true", help="only sentences not from Wikipedia")
    args = ap.parse_args()

    path = corpus_file(args.corpus, "germeval2014", "NER-de-dev.tsv")
    sentences = read_sentences(path)
    if args.news_only:
        sentences = [s for s in sentences if "wikipedia" not in s[0]]
    records, gold = [], {}
    for n, (_, tokens) in enumerate(sentences):
        text, spans = rebuild(tokens)
        rid = str(n)
        records.append((rid, text))
        gold[rid] = (text, gold_spans(tokens, spans))
    docs = run_cli(args.cli, records, "--format", "text", "--language", "de")

    counts = collections.Counter()
    false_pos, misses = [], []
    for rid, (text, g) in gold.items():
        raw = text.encode("utf-8")
        p = {(e["span"][0], e["span"][1], e["type"]) for e in docs[rid]["entities"]}
        for b, e, t in p:
            counts["pred", t] += 1
            if (b, e, t) in g:
                counts["tp", t] += 1
            else:
                false_pos.append((t, raw[b:e].decode("utf-8", "replace"), text))
        for b, e, t in g:
            counts["gold", t] += 1
            if (b, e, t) not in p:
                misses.append((t, raw[b:e].decode("utf-8", "replace"), text))

    def total(kind):
        return sum(v for (k, _), v in counts.items() if k == kind)

    p, r, f = prf(total("tp"), total("pred"), total("gold"))
    print(f"GermEval 2014 dev: {len(sentences)} sentences, {total('gold')} gold PER/LOC/ORG spans, "
          f"{total('pred')} predicted")
    results = [("precision %", 100 * p), ("recall %", 100 * r), ("F1 %", 100 * f)]
    for t in TYPES.values():
        tp, pr, go = counts["tp", t], counts["pred", t], counts["gold", t]
        tp_, tr_, tf_ = prf(tp, pr, go)
        results += [(f"{t} P/R/F1 % (P)", 100 * tp_), (f"{t} R", 100 * tr_), (f"{t} F1", 100 * tf_)]
    code = check(results, THRESHOLDS)
    for t, s, ctx in false_pos[:args.show]:
        print(f"  false {t}: {s!r}  in  {ctx[:140]}")
    for t, s, ctx in misses[:args.show]:
        print(f"  missed {t}: {s!r}  in  {ctx[:140]}")
    return code if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
