#!/usr/bin/env python3
"""examples/python/dask_parse.py on a LocalCluster of several worker processes writes exactly
what the single-process CLI writes for the same JSON Lines, malformed lines and exit status
included.

Usage: test_dask_parse.py CLI EXAMPLES_DIR
"""
import json
import pathlib
import subprocess
import sys
import tempfile


def main():
    cli, examples = sys.argv[1], pathlib.Path(sys.argv[2])
    reports = sorted((examples / "reports").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        lines = []
        for i in range(120):
            text = reports[i % len(reports)].read_text()
            # Different lengths give different fields; ids as strings and numbers.
            lines.append(json.dumps({"id": f"doc-{i}" if i % 2 else i, "text": text[: 60 + (i * 53) % len(text)]},
                                    ensure_ascii=bool(i % 3)))
        lines.insert(50, '{"id": "no-text"}')
        lines.insert(90, "")
        corpus = tmp / "corpus.jsonl"
        corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")

        expected = subprocess.run([cli, "parse", "--jsonl", "--tokens", corpus], capture_output=True)
        out = tmp / "out.jsonl"
        dask = subprocess.run([sys.executable, examples / "python" / "dask_parse.py", corpus, out,
                               "--workers", "3", "--chunk-lines", "9", "--tokens"], capture_output=True)
        sys.stderr.buffer.write(dask.stderr)
        problems = []
        if dask.returncode != expected.returncode or expected.returncode != 2:
            problems.append(f"exit status: dask {dask.returncode}, CLI {expected.returncode} (expected 2)")
        if not out.exists() or out.read_bytes() != expected.stdout:
            problems.append("the Dask output differs from the CLI's")
        if len(expected.stdout.splitlines()) != 120:
            problems.append("the CLI did not write 120 documents")
        if b"corpus.jsonl:51:" not in dask.stderr:
            problems.append("the malformed line 51 is not reported")
    for p in problems:
        print("FAIL:", p)
    print("ok: 120 documents, identical" if not problems else "failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
