"""Shared pieces of the scorers: finding the corpus, running the CLI over JSON Lines, F1."""
import json
import os
import subprocess
import sys
import tempfile

SKIP = 77  # ctest's SKIP_RETURN_CODE for a missing corpus


def corpus_file(corpus_dir, *parts):
    """The path of a corpus file, or exit with SKIP (saying so) when it is absent."""
    path = os.path.join(corpus_dir, *parts)
    if not os.path.exists(path):
        print(f"SKIPPED: {path} is absent; this scorer needs ../shared/corpus")
        sys.exit(SKIP)
    return path


def run_cli(cli, records, *flags):
    """Parses [(id, text)] with `wirereport parse --jsonl` and returns {id: document}."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for rid, text in records:
            f.write(json.dumps({"id": rid, "text": text}, ensure_ascii=False) + "\n")
        name = f.name
    try:
        out = subprocess.run([cli, "parse", "--jsonl", *flags, name], check=True,
                             stdout=subprocess.PIPE).stdout
    finally:
        os.unlink(name)
    docs = {}
    for line in out.decode("utf-8").splitlines():
        d = json.loads(line)
        docs[d["id"]] = d
    return docs


def prf(tp, predicted, gold):
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def check(results, targets, floors=None):
    """Prints each figure against its target; returns the exit code.

    `targets` are the figures an issue asks for. Where a stage does not reach them yet, the
    scorer also passes `floors`: the figures reached so far, which ctest then enforces so that
    nothing regresses, while every unmet target is printed as such.
    """
    failed = False
    for name, value in results:
        target = targets.get(name)
        floor = (floors or {}).get(name)
        mark = ""
        if target is not None:
            mark = " ok" if value >= target else f" BELOW target {target}"
        if floors is not None:
            if floor is not None and value < floor:
                mark += f" BELOW floor {floor}"
                failed = True
        elif target is not None and value < target:
            failed = True
        print(f"  {name:<40} {value:8.2f}{mark}")
    unmet = [n for n, v in results if n in targets and v < targets[n]]
    if floors is not None and unmet:
        print(f"  NOT MET: {', '.join(unmet)} (enforcing the floors reached so far)")
    return 1 if failed else 0
