#!/usr/bin/env python3
"""Scores the quote stage on german-quotes (../shared/corpus/german-quotes/{dev,train}.jsonl).

Gold: German Wikinews articles with quotations (Petersen-Frey & Biemann 2024); spans are lists
of [begin, end) UTF-8 byte offsets into the article text. A gold quote is compared by its
envelope (first begin to last end: wirereport's spans are contiguous). Direct quotes: gold type
Direct, with one layer of quotation marks stripped (wirereport's spans exclude the marks).
Indirect: gold types Indirect, FreeIndirect, IndirectFreeIndirect and Reported.

The gold lists a quote twice when it has two sources, the person quoted and the paper quoting
them ("„…“, zitiert die „Computerwoche“ Lynch"): entries of one kind with the same span are
one gold quote, and either source is its speaker (one predicted quote could never match both).

A predicted and a gold quote match when their overlap is at least half of the longer of the
two; matching is one to one, largest overlap first. On matched quotes the speaker is right
when the gold has no speaker and wirereport none either, or when wirereport's speaker
overlaps a gold speaker span. The gold marks the words at the cue, so where it marks a
personal pronoun ("fügte er hinzu", "sagte sie") wirereport's speaker is the name it resolved
the pronoun to and cannot overlap it: then the speaker counts as right when the pronoun
stands in wirereport's cue or next to it with nothing but spaces between (the mention
wirereport resolved; the JSON has no field for it).

Prints precision, recall, F1 and speaker accuracy for both kinds (in percent), recall per gold
type, and with --show N examples of misses. With --check, exits 1 when a figure is below the
thresholds of issue 5 (ctest runs it on dev).

Usage: score_quotes.py --cli build/dev/apps/wirereport [--corpus ../shared/corpus]
                       [--split dev|train] [--check] [--show N]
"""
import argparse
import collections
import json
import sys

from evalcommon import check, corpus_file, prf, run_cli

THRESHOLDS = {"direct F1 %": 90.0, "direct speaker accuracy %": 85.0,
              "indirect F1 %": 60.0, "indirect speaker accuracy %": 70.0}

INDIRECT_TYPES = ("Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported")
MARKS = "\"'„“”‚‘’«»‹›`"


def envelope(spans):
    return (min(b for b, _ in spans), max(e for _, e in spans))


def strip_marks(span, raw):
    """The gold direct span without one layer of quotation marks (and the spaces inside)."""
    b, e = span
    text = raw[b:e].decode("utf-8", "replace")
    lead = len(text) - len(text.lstrip(MARKS))
    trail = len(text) - len(text.rstrip(MARKS))
    if lead:
        b += len(text[:1].encode("utf-8"))
    if trail and e - 1 > b:
        e -= len(text[-1:].encode("utf-8"))
    while b < e and raw[b:b + 1].isspace():
        b += 1
    while e > b and raw[e - 1:e].isspace():
        e -= 1
    return (b, e)


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(pred, gold):
    """One-to-one matches [(pred index, gold index)] with overlap >= half the longer span."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            o = overlap(p["span"], g["span"])
            if o > 0 and o >= 0.5 * max(p["span"][1] - p["span"][0], g["span"][1] - g["span"][0]):
                pairs.append((o, i, j))
    pairs.sort(reverse=True)
    used_p, used_g, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


PRONOUNS = {"er", "sie", "ich", "wir", "he", "she", "they", "i", "we"}


def next_to(span, cue, raw):
    """Whether `span` lies in the cue span or touches it across nothing but spaces."""
    b, e = span
    cb, ce = cue
    if cb <= b and e <= ce:
        return True
    if e <= cb:
        return raw[e:cb].strip() == b""
    if b >= ce:
        return raw[ce:b].strip() == b""
    return False


def speaker_right(pred, gold, raw):
    ours = pred["speaker"]
    if not gold["speakers"]:
        return ours is None
    if ours and any(overlap(ours["span"], g) > 0 for g in gold["speakers"]):
        return True
    cue = pred["cue"]
    for b, e in gold["speakers"]:
        if cue and raw[b:e].decode("utf-8", "replace").lower() in PRONOUNS and next_to((b, e), cue["span"], raw):
            return True
    return False


def gold_quotes(quotes, kind, raw):
    """The gold quotes of `kind`. The gold lists a quote twice when it has two sources (the
    person quoted and the paper quoting them: "„…“, zitiert die „Computerwoche“ Lynch"): such
    entries with the same span are one quote, and either source is its speaker."""
    by_span = {}
    for q in quotes:
        if (q["type"] == "Direct") != (kind == "direct") or (kind == "indirect" and q["type"] not in INDIRECT_TYPES):
            continue
        span = envelope(q["quote"])
        if kind == "direct":
            span = strip_marks(span, raw)
        g = by_span.setdefault(span, {"span": span, "type": q["type"], "speakers": [], "speaker_text": []})
        g["speakers"] += [tuple(s) for s in q["speaker"]]
        g["speaker_text"].append(q["speaker_text"])
    for g in by_span.values():
        g["speaker_text"] = " | ".join(t for t in g["speaker_text"] if t)
    return list(by_span.values())


def text_of(raw, span):
    return raw[span[0]:span[1]].decode("utf-8", "replace").replace("\n", "¶")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--show", type=int, default=0, help="print N examples of each kind of miss")
    args = ap.parse_args()

    path = corpus_file(args.corpus, "german-quotes", f"{args.split}.jsonl")
    items = [json.loads(line) for line in open(path, encoding="utf-8")]
    docs = run_cli(args.cli, [(it["id"], it["text"]) for it in items], "--format", "text", "--language", "de")

    counts = collections.Counter()
    by_type = collections.Counter()
    by_type_found = collections.Counter()
    misses = collections.defaultdict(list)
    for it in items:
        raw = it["text"].encode("utf-8")
        doc = docs[it["id"]]
        for kind in ("direct", "indirect"):
            gold = gold_quotes(it["quotes"], kind, raw)
            pred = [{"span": tuple(q["span"]), "speaker": q["speaker"], "cue": q["cue"]}
                    for q in doc["quotes"] if q["kind"] == kind]
            pairs = match(pred, gold)
            counts[kind + " tp"] += len(pairs)
            counts[kind + " pred"] += len(pred)
            counts[kind + " gold"] += len(gold)
            for g in gold:
                by_type[g["type"]] += 1
            matched_p = {i for i, _ in pairs}
            matched_g = {j for _, j in pairs}
            for i, j in pairs:
                by_type_found[gold[j]["type"]] += 1
                if speaker_right(pred[i], gold[j], raw):
                    counts[kind + " speaker"] += 1
                else:
                    ours = pred[i]["speaker"]
                    misses[kind + " speaker"].append(
                        (it["id"], text_of(raw, gold[j]["span"])[:80], ours["text"] if ours else None,
                         gold[j]["speaker_text"]))
            for i, p in enumerate(pred):
                if i not in matched_p:
                    misses[kind + " false"].append((it["id"], text_of(raw, p["span"])[:100]))
            for j, g in enumerate(gold):
                if j not in matched_g:
                    misses[kind + " missed"].append((it["id"], g["type"], text_of(raw, g["span"])[:100]))

    n_quotes = sum(len(it["quotes"]) for it in items)
    print(f"german-quotes {args.split}: {len(items)} articles, {n_quotes} gold quotations")
    results = []
    for kind in ("direct", "indirect"):
        p, r, f = prf(counts[kind + " tp"], counts[kind + " pred"], counts[kind + " gold"])
        accuracy = counts[kind + " speaker"] / counts[kind + " tp"] if counts[kind + " tp"] else 0.0
        results += [(f"{kind} precision %", 100 * p), (f"{kind} recall %", 100 * r), (f"{kind} F1 %", 100 * f),
                    (f"{kind} speaker accuracy %", 100 * accuracy)]
    for t in ("Direct",) + INDIRECT_TYPES:
        results.append((f"recall {t} % (of {by_type[t]})", 100 * by_type_found[t] / by_type[t] if by_type[t] else 0.0))
    code = check(results, THRESHOLDS)
    for kind, rows in misses.items():
        for row in rows[:args.show]:
            print(f"  {kind}: {row}")
    return code if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
