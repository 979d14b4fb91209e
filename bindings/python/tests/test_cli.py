"""`python3 -m wirereport` prints what the C++ CLI prints, with the same exit status."""
import json
import subprocess
import sys

import pytest

from conftest import REPORTS


def module(*args, input=None):
    return subprocess.run([sys.executable, "-m", "wirereport", *map(str, args)], input=input, capture_output=True)


@pytest.mark.parametrize("flags", [[], ["--tokens"], ["--pretty"], ["--format", "text", "--language", "en"],
                                   ["--zone", "Asia/Tokyo", "--strict-utf8"], ["--jobs", "3", "--tokens"]])
def test_files_as_the_cli(cli, flags):
    ours, theirs = module(*flags, *REPORTS), cli(*flags, *REPORTS)
    assert ours.returncode == theirs.returncode == 0
    assert ours.stdout == theirs.stdout
    assert module("parse", *flags, *REPORTS).stdout == theirs.stdout


def test_files_of_many_stories_as_the_cli(cli, tmp_path):
    fixtures = REPORTS[0].parents[2] / "tests" / "fixtures"
    streams = [fixtures / "wire" / "iptc_stream.txt", fixtures / "wire" / "anpa_stream.tst",
               fixtures / "agency" / "stream_en.txt"]
    # A story with a byte that is not UTF-8: rejected under --strict-utf8, the others still parsed.
    data = streams[0].read_bytes()
    bad = tmp_path / "bad_stream.txt"
    bad.write_bytes(data.replace(b"Umsatz =", b"Umsatz \xff =", 1))
    for flags in [[], ["--tokens", "--jobs", "2"], ["--strict-utf8", "--pretty"]]:
        ours, theirs = module(*flags, *streams, bad), cli(*flags, *streams, bad)
        assert ours.returncode == theirs.returncode == 0
        assert ours.stdout == theirs.stdout
    assert b'"story":{"index":1' in ours.stdout.replace(b" ", b"").replace(b"\n", b"")
    assert cli("--strict-utf8", bad).stdout.count(b'"invalid_utf8"') == 1


def test_jsonl_and_stdin_as_the_cli(cli):
    lines = [json.dumps({"id": f"r{i}", "text": p.read_text()}) for i, p in enumerate(REPORTS)]
    lines += ['{"text": "ohne id", "id": 17, "extra": [1, {"x": null}]}', "", '{"id": "\\u00e4\\n"  ,"text":"x"}']
    data = ("\n".join(lines) + "\n").encode()
    ours, theirs = module("--jsonl", "-", input=data), cli("--jsonl", "-", input=data)
    assert ours.returncode == theirs.returncode == 0
    assert ours.stdout == theirs.stdout
    assert module("--jsonl", "--pretty", "-j", "0", "-", input=data).stdout == theirs.stdout
    assert len(ours.stdout.splitlines()) == len(REPORTS) + 2
    assert module(input=REPORTS[0].read_bytes()).stdout == cli(input=REPORTS[0].read_bytes()).stdout


def test_invalid_utf8_rejected_as_the_cli(cli):
    data = b"Ein Bericht \xff mit kaputtem Byte."
    ours, theirs = module("--strict-utf8", input=data), cli("--strict-utf8", input=data)
    assert ours.returncode == theirs.returncode
    assert ours.stdout == theirs.stdout


def test_errors_as_the_cli(cli, tmp_path):
    missing = tmp_path / "missing.txt"
    ours, theirs = module(REPORTS[0], missing), cli(REPORTS[0], missing)
    assert ours.returncode == theirs.returncode == 2
    assert ours.stdout == theirs.stdout
    assert b"missing.txt" in ours.stderr
    bad = b'{"id": 1, "text": "ok"}\nnot json\n{"id": 2}\n'
    ours, theirs = module("--jsonl", input=bad), cli("--jsonl", input=bad)
    assert ours.returncode == theirs.returncode == 2
    assert ours.stdout == theirs.stdout
    assert module("--format", "tabloid").returncode == cli("--format", "tabloid").returncode == 1
    assert module("--bogus").returncode == cli("--bogus").returncode == 1
    assert module("--jobs", "-2").returncode == cli("--jobs", "-2").returncode == 1


def test_an_id_that_is_an_object_is_reported():
    data = b'{"id": {"a": 1}, "text": "Ein Satz."}\n{"id": 2, "text": "Noch einer."}\n'
    ours = module("--jsonl", input=data)
    assert ours.returncode == 2 and b"id_json" in ours.stderr
    assert ours.stdout.count(b'"schema"') == 1
