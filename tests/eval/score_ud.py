#!/usr/bin/env python3
"""Scores tokens and sentences on the Universal Dependencies dev splits in ../shared/corpus/ud.

Scoring follows the CoNLL 2018 shared task's scorer: the raw text of a document is its `# text`
sentences joined by a space (a blank line where the treebank marks a new paragraph); the
tokenizer and sentence splitter run on that raw text (`wirereport parse --format text`), and
precision/recall/F1 count exact character spans of surface tokens (a multiword token such as
"don't" or "zum" is one surface token) and of sentences (first token start to last token end).

The treebanks split hyphenated compounds ("US" "-" "Präsident"); wirereport's parse keeps them
whole (Compounds::whole, what its extractors read). Both are scored: the CLI's tokens, and with
--ud-tokens the tool tests/eval/ud_tokens.cpp, which tokenizes with Compounds::split; the
thresholds of issue 3 apply to the latter. Sentences are the same either way.

With --check, exits 1 when a figure is below the thresholds of issue 3.

Usage: score_ud.py --cli build/dev/apps/wirereport [--ud-tokens build/dev/tests/eval/wirereport_ud_tokens]
                   [--corpus ../shared/corpus] [--check] [--treebank de|en] [--show N]
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

from evalcommon import check, corpus_file, prf, run_cli

TREEBANKS = {  # language: (folder, file, name)
    "de": ("UD_German-GSD", "de_gsd-ud-dev.conllu", "German GSD"),
    "en": ("UD_English-EWT", "en_ewt-ud-dev.conllu", "English EWT"),
}
THRESHOLDS = {"German GSD tokens F1 %": 99.5, "German GSD sentences F1 %": 88.0,
              "English EWT tokens F1 %": 99.0, "English EWT sentences F1 %": 80.0}


def read_conllu(path):
    """Yields (new_document, new_paragraph, text, [surface forms]) per sentence."""
    newdoc = newpar = False
    text, forms, skip_to = None, [], 0
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if text is not None:
                yield newdoc, newpar, text, forms
            newdoc = newpar = False
            text, forms, skip_to = None, [], 0
        elif line.startswith("#"):
            if line.startswith("# newdoc"):
                newdoc = True
            elif line.startswith("# newpar"):
                newpar = True
            elif line.startswith("# text = "):
                text = line[len("# text = "):]
        else:
            cols = line.split("\t")
            ident = cols[0]
            if "." in ident:  # empty nodes have no surface
                continue
            if "-" in ident:  # a multiword token: its form is the surface token
                first, last = (int(x) for x in ident.split("-"))
                forms.append(cols[1])
                skip_to = last
            elif int(ident) > skip_to:
                forms.append(cols[1])
    if text is not None:
        yield newdoc, newpar, text, forms


def align(text, base, forms):
    """Character spans of `forms` in `text` (offset by `base`); None when they do not match."""
    spans, pos = [], 0
    for form in forms:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if not text.startswith(form, pos):
            return None
        spans.append((base + pos, base + pos + len(form)))
        pos += len(form)
    return spans if text[pos:].strip() == "" else None


def documents(path):
    """[(raw text, gold token spans, gold sentence spans)], spans in characters."""
    docs = []
    raw, tokens, sentences = [], [], []
    length = 0
    skipped = 0

    def flush():
        if raw:
            docs.append(("".join(raw), tokens[:], sentences[:]))
        raw.clear(), tokens.clear(), sentences.clear()

    for newdoc, newpar, text, forms in read_conllu(path):
        if newdoc:
            flush()
            length = 0
        if raw:
            sep = "\n\n" if newpar else " "
            raw.append(sep)
            length += len(sep)
        spans = align(text, length, forms)
        raw.append(text)
        length += len(text)
        if spans is None or not spans:
            skipped += 1  # a sentence whose forms are not its text: kept as text, not scored
            continue
        tokens.extend(spans)
        sentences.append((spans[0][0], spans[-1][1]))
    flush()
    return docs, skipped


def char_offsets(text):
    """Maps UTF-8 byte offsets of `text` to character offsets."""
    table, b = {}, 0
    for i, ch in enumerate(text):
        table[b] = i
        b += len(ch.encode("utf-8"))
    table[b] = len(text)
    return table


def context(text, span, width=30):
    b, e = span
    return (text[max(0, b - width):b] + "[" + text[b:e] + "]" + text[e:e + width]).replace("\n", "¶")


def run_ud_tokens(tool, records, lang):
    """Runs wirereport_ud_tokens over [(id, text)]; returns {id: {"tokens", "sentences"}}."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for rid, text in records:
            f.write(json.dumps({"id": rid, "text": text}, ensure_ascii=False) + "\n")
        name = f.name
    try:
        out = subprocess.run([tool, "--language", lang, name], check=True, stdout=subprocess.PIPE).stdout
    finally:
        os.unlink(name)
    docs = {}
    for line in out.decode("utf-8").splitlines():
        d = json.loads(line)
        docs[d["id"]] = {"tokens": [{"span": s} for s in d["tokens"]],
                         "sentences": [{"span": s} for s in d["sentences"]]}
    return docs


def score(cli, ud_tool, corpus, lang, show):
    folder, filename, name = TREEBANKS[lang]
    path = corpus_file(corpus, "ud", folder, filename)
    docs, skipped = documents(path)
    records = [(str(i), d[0]) for i, d in enumerate(docs)]
    print(f"{name}: {len(docs)} documents, {sum(len(d[2]) for d in docs)} sentences, "
          f"{sum(len(d[1]) for d in docs)} tokens ({skipped} sentences not scored: forms differ from text)")
    results = score_output(docs, run_cli(cli, records, "--format", "text", "--tokens", "--language", lang),
                           name, show if ud_tool is None else 0, " (CLI)")
    if ud_tool is not None:
        results += score_output(docs, run_ud_tokens(ud_tool, records, lang), name, show, "")
    return results


def score_output(docs, out, name, show, suffix):
    """P/R/F1 of tokens and sentences in `out` against the gold of `docs`; `suffix` names the source."""
    counts = collections.Counter()
    misses = {"token": [], "sentence": []}
    for i, (raw, gold_tokens, gold_sentences) in enumerate(docs):
        doc = out[str(i)]
        offsets = char_offsets(raw)
        for kind, gold, ours in (
                ("token", gold_tokens, [t["span"] for t in doc["tokens"]]),
                ("sentence", gold_sentences, [s["span"] for s in doc["sentences"]])):
            gold = set(gold)
            ours = {(offsets[b], offsets[e]) for b, e in ours}
            counts[kind, "tp"] += len(gold & ours)
            counts[kind, "pred"] += len(ours)
            counts[kind, "gold"] += len(gold)
            for span in sorted(gold - ours):
                misses[kind].append(("missed", context(raw, span)))
            for span in sorted(ours - gold):
                misses[kind].append(("extra", context(raw, span)))
    results = []
    for kind, label in (("token", "tokens"), ("sentence", "sentences")):
        p, r, f = prf(counts[kind, "tp"], counts[kind, "pred"], counts[kind, "gold"])
        results += [(f"{name} {label} precision %{suffix}", 100 * p), (f"{name} {label} recall %{suffix}", 100 * r),
                    (f"{name} {label} F1 %{suffix}", 100 * f)]
    for kind, rows in misses.items():
        for what, ctx in rows[:show]:
            print(f"  {kind} {what}: {ctx}")
    return results


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--ud-tokens", help="wirereport_ud_tokens: tokens as the treebanks split compounds")
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--treebank", choices=sorted(TREEBANKS), action="append",
                    help="score only this treebank (default: all)")
    ap.add_argument("--show", type=int, default=0, help="print N misses of each kind")
    args = ap.parse_args()

    results = []
    for lang in args.treebank or sorted(TREEBANKS):
        results += score(args.cli, args.ud_tokens, args.corpus, lang, args.show)
    code = check(results, THRESHOLDS)
    return code if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
