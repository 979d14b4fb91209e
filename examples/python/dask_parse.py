#!/usr/bin/env python3
"""Parses a JSON Lines corpus ({"id": ..., "text": ...} per line) on a Dask cluster and writes
one JSON document per line, in input order: the output of `wirereport parse --jsonl`.

  dask_parse.py INPUT.jsonl OUTPUT.jsonl [--workers N]           a LocalCluster of N processes
  dask_parse.py INPUT.jsonl OUTPUT.jsonl --scheduler HOST:8786   a running cluster (many machines)

The client reads the input and sends chunks of lines to the workers, so the workers need no
shared file system: only the wirereport package and its library (README, "Scaling out").
"""
from __future__ import annotations

import argparse
import collections
import sys
from typing import Iterator, Optional


def parse_chunk(lines: list[str], options: dict, tokens: bool) -> list[Optional[str]]:
    """Runs on a worker: the JSON document of each line, or None for a line that is not a record
    (a JSON object with a string "text" and, if any, an "id" that is a string or a number)."""
    import wirereport
    from wirereport.jsonl import read_record

    parser = wirereport.Parser(**options)
    out: list[Optional[str]] = []
    for line in lines:
        try:
            id_json, text = read_record(line)
        except ValueError:
            out.append(None)
            continue
        try:
            article = parser.parse(text)
        except wirereport.ParseError as e:
            article = e.article  # rejected input: the document says why, as the CLI's does
        try:
            out.append(article.to_json(tokens=tokens, id_json=id_json))
        except ValueError:  # an "id" that is an object or an array
            out.append(None)
    return out


def chunks(path: str, size: int) -> Iterator[tuple[list[int], list[str]]]:
    """Non-blank lines, `size` at a time, with their line numbers."""
    numbers: list[int] = []
    lines: list[str] = []
    with open(path, encoding="utf-8", errors="surrogateescape", newline="\n") as f:
        for number, line in enumerate(f, start=1):
            line = line.rstrip("\n")
            if not line.strip(" \t\r"):
                continue
            numbers.append(number)
            lines.append(line)
            if len(lines) == size:
                yield numbers, lines
                numbers, lines = [], []
    if lines:
        yield numbers, lines


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input")
    p.add_argument("output")
    p.add_argument("--workers", type=int, default=4, help="worker processes of the LocalCluster (default 4)")
    p.add_argument("--scheduler", help="address of a running Dask scheduler instead of a LocalCluster")
    p.add_argument("--chunk-lines", type=int, default=500, help="records per task (default 500)")
    p.add_argument("--format", default="auto")
    p.add_argument("--language")
    p.add_argument("--zone")
    p.add_argument("--tokens", action="store_true")
    args = p.parse_args()
    options = {"format": args.format, "language": args.language, "zone": args.zone}

    from dask.distributed import Client, LocalCluster

    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    status = 0
    try:
        # A bounded window of chunks in flight; results are written in submission order.
        window = max(2, 2 * len(client.scheduler_info()["workers"]))
        pending: collections.deque = collections.deque()
        with open(args.output, "w", encoding="utf-8") as out:
            def write_oldest() -> int:
                numbers, future = pending.popleft()
                status = 0
                for number, document in zip(numbers, future.result()):
                    if document is None:
                        print(f"dask_parse: {args.input}:{number}: not a record (a JSON object with a string "
                              "\"text\" and an optional string or number \"id\")", file=sys.stderr)
                        status = 2
                    else:
                        out.write(document + "\n")
                return status

            for numbers, lines in chunks(args.input, args.chunk_lines):
                pending.append((numbers, client.submit(parse_chunk, lines, options, args.tokens, pure=False)))
                if len(pending) >= window:
                    status |= write_oldest()
            while pending:
                status |= write_oldest()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return status


if __name__ == "__main__":
    sys.exit(main())
