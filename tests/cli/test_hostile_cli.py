#!/usr/bin/env python3
"""Hostile input through the command line tool: every input exits 0 with well-formed JSON
documents (with diagnostics), in every format (one per file; the machine wire formats give one
per story, and SOH bytes start stories); a malformed JSON Lines record is reported on standard
error and the others still parsed.

Usage: test_hostile_cli.py WIREREPORT_BINARY
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

CLI = sys.argv[1] if len(sys.argv) > 1 else "build/dev/apps/wirereport"
FORMATS = ["auto", "text", "web", "reuters", "agency", "anpa1312", "iptc7901"]

CONTROLS = bytes(b for b in range(1, 32)) + b"\x7f"
HOSTILE = {
    "invalid_utf8": "Grüße aus Köln, Straße über Äcker ".encode() * 3 + b"\xc0\xaf \xed\xa0\x80 \xf4\x90\x80\x80 \x80 \xff \xe2\x82",
    "nul_bytes": b"Berlin - Ein\x00Satz.\x00\n\nNoch\x00einer.",
    "only_controls": CONTROLS * 1000,
    "quotes": b'"' * 100_000,
    "no_whitespace": b"a" * (10 << 20),
    "empty_lines": b"\n" * 1_000_000,
    "nested": b"([" * 50_000 + b"])" * 50_000,
    "latin1": "Grüße aus Köln, sagte er. ".encode("latin-1") * 100,
}


def codes(doc):
    return {d["code"] for d in doc["diagnostics"]}


class HostileCli(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.paths = {}
        for name, data in HOSTILE.items():
            cls.paths[name] = os.path.join(cls.tmp.name, name)
            with open(cls.paths[name], "wb") as f:
                f.write(data)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def parse(self, *args):
        r = subprocess.run([CLI, "parse", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.assertEqual(r.returncode, 0, r.stderr)
        return [json.loads(line) for line in r.stdout.splitlines()]

    def test_every_input_in_every_format(self):
        for fmt in FORMATS:
            with self.subTest(format=fmt):
                docs = self.parse("--format", fmt, *self.paths.values())
                if fmt in ("anpa1312", "iptc7901"):
                    self.assertGreaterEqual(len(docs), len(HOSTILE))
                    continue
                self.assertEqual(len(docs), len(HOSTILE))
                by_name = dict(zip(HOSTILE, docs))
                self.assertIn("invalid_utf8", codes(by_name["invalid_utf8"]))
                self.assertIn("empty_input", codes(by_name["only_controls"]))
                self.assertIn("empty_input", codes(by_name["empty_lines"]))
                self.assertEqual(by_name["latin1"]["encoding"], "windows-1252")

    def test_strict_utf8_rejects_with_a_document(self):
        [doc] = self.parse("--strict-utf8", self.paths["invalid_utf8"])
        self.assertIn("invalid_utf8", codes(doc))
        self.assertEqual(doc["paragraphs"], [])

    def test_tokens_of_hostile_input(self):
        [quotes, nested] = self.parse("--tokens", self.paths["quotes"], self.paths["nested"])
        self.assertEqual(len(quotes["tokens"]), 100_000)
        self.assertEqual(len(nested["tokens"]), 200_000)

    def test_jsonl_with_malformed_records(self):
        lines = [b'{"id": 1, "text": "Erster Text."}',
                 b'{"id": {"a"b: [1]}, "text": "kaputt"}',     # a malformed id
                 b'{"id": "\xff\x01", "text": "\x00\xc0"}',       # bytes JSON does not allow
                 b'{"id": [1,,2], "text": "kaputt"}',
                 b'{"id": 4, "text": "' + b"\\u201e" * 1000 + b'"}']
        path = os.path.join(self.tmp.name, "records.jsonl")
        with open(path, "wb") as f:
            f.write(b"\n".join(lines) + b"\n")
        r = subprocess.run([CLI, "parse", "--jsonl", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.assertEqual(r.returncode, 2)  # unreadable records, the others parsed
        for line in (2, 3, 4):
            self.assertIn(b"records.jsonl:%d:" % line, r.stderr)
        docs = [json.loads(line) for line in r.stdout.splitlines()]
        self.assertEqual([d["id"] for d in docs], [1, 4])


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1])
