#!/usr/bin/env python3
"""`wirereport parse --jobs N`: the same output, errors and exit status as one thread, in input
order; progress on standard error only when it is a terminal.

Usage: test_jobs.py CLI SOURCE_DIR
"""
import json
import os
import pathlib
import pty
import subprocess
import sys
import tempfile

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what)


def run(cli, *args, stderr=subprocess.PIPE):
    return subprocess.run([cli, "parse", *map(str, args)], stdout=subprocess.PIPE, stderr=stderr)


def main():
    cli, source = sys.argv[1], pathlib.Path(sys.argv[2])
    reports = sorted((source / "examples" / "reports").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        # Many records of different sizes, a malformed line among them, numeric and string ids.
        lines = []
        for i in range(150):
            text = reports[i % len(reports)].read_text()
            lines.append(json.dumps({"id": i if i % 3 == 0 else f"r{i}", "text": text[: 40 + (i * 37) % len(text)]}))
            if i == 77:
                lines.append('{"id": "broken", "text": ')
        corpus = tmp / "corpus.jsonl"
        corpus.write_text("\n".join(lines) + "\n")

        one = run(cli, "--jsonl", "--tokens", corpus)
        check(one.returncode == 2 and b"corpus.jsonl:79:" in one.stderr, "the malformed line is reported")
        check(len(one.stdout.splitlines()) == 150, "one document per good line")
        for jobs in ["2", "3", "0"]:
            many = run(cli, "--jsonl", "--tokens", "--jobs", jobs, corpus)
            check(many.stdout == one.stdout, f"--jobs {jobs}: same documents in the same order")
            check((many.returncode, many.stderr) == (one.returncode, one.stderr), f"--jobs {jobs}: same errors")

        files = [reports[0], tmp / "missing.txt", *reports[1:], *reports]
        one = run(cli, "--pretty", *files)
        many = run(cli, "--pretty", "-j", "4", *files)
        check(one.returncode == many.returncode == 2, "a missing file gives exit status 2")
        check(one.stdout == many.stdout and one.stdout.count(b'\n{\n  "schema"') == len(files) - 2,
              "files: same documents in the same order")
        check(one.stderr == many.stderr and b"missing.txt" in many.stderr, "files: same error")

        for bad in ["-1", "x", "2000", ""]:
            check(run(cli, "--jobs", bad, corpus).returncode == 1, f"--jobs {bad!r} is bad usage")
        check(run(cli, "--jsonl", "--jobs").returncode == 1, "--jobs needs a value")

        # Progress: nothing on a pipe, a line on a terminal; standard output the same either way.
        good = tmp / "good.jsonl"
        good.write_text("\n".join(l for l in lines if "broken" not in l) + "\n")
        piped = run(cli, "--jsonl", "--jobs", "2", good)
        check(piped.returncode == 0 and piped.stderr == b"", "no progress when standard error is a pipe")
        master, slave = pty.openpty()
        shown = run(cli, "--jsonl", "--jobs", "2", good, stderr=slave)
        os.close(slave)
        progress = b""
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # EIO: the terminal's other side is closed
                break
            if not chunk:
                break
            progress += chunk
        os.close(master)
        check(shown.stdout == piped.stdout, "progress does not touch standard output")
        check(b"wirereport: 150 documents" in progress and progress.endswith(b"\n"),
              f"progress on a terminal ends with the count: {progress!r}")
    print("ok" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
