#!/usr/bin/env python3
"""The CLI's contract: exit codes, messages, JSON shape, JSON Lines, bad input.

Usage: test_cli.py WIREREPORT_BINARY SOURCE_DIR
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

CLI = sys.argv[1] if len(sys.argv) > 1 else "build/dev/apps/wirereport"
SOURCE = sys.argv[2] if len(sys.argv) > 2 else "."
EXAMPLE = os.path.join(SOURCE, "examples", "reports", "web_de_kanzler.txt")

KEYS = ["schema", "format", "language", "encoding", "published", "headline", "dateline", "byline",
        "paragraphs", "sentences", "quotes", "entities", "times", "tags", "trailer", "diagnostics"]


def read(path):
    with open(path, "rb") as f:
        return f.read()


def run(*args, stdin=b""):
    return subprocess.run([CLI, *args], input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def codes(doc):
    return [d["code"] for d in doc["diagnostics"]]


class Cli(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, name, data):
        path = os.path.join(self.tmp.name, name)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def parse_one(self, *args, stdin=b""):
        r = run("parse", *args, stdin=stdin)
        self.assertEqual(r.returncode, 0, r.stderr)
        return json.loads(r.stdout)

    def test_usage_errors_exit_1(self):
        for args in ([], ["frobnicate"], ["parse", "--format"], ["parse", "--format", "xml"],
                     ["parse", "--bogus"], ["parse", "--language", "fr"]):
            r = run(*args)
            self.assertEqual(r.returncode, 1, args)
            self.assertIn(b"wirereport:", r.stderr)
            self.assertEqual(r.stdout, b"")

    def test_help_and_version(self):
        self.assertEqual(run("--help").returncode, 0)
        self.assertRegex(run("--version").stdout.decode(), r"^wirereport \d+\.\d+\.\d+\n$")

    def test_every_key_present(self):
        doc = self.parse_one(EXAMPLE)
        for key in KEYS:
            self.assertIn(key, doc)
        self.assertNotIn("tokens", doc)
        self.assertNotIn("id", doc)
        self.assertEqual(doc["format"], "web")
        self.assertEqual(doc["published"]["utc"], "2024-03-26T15:05:00Z")

    def test_spans_index_the_bytes(self):
        data = read(EXAMPLE)
        doc = self.parse_one(EXAMPLE)
        for obj in [doc["headline"], doc["dateline"], doc["dateline"]["place"], doc["trailer"], *doc["tags"]]:
            b, e = obj["span"]
            self.assertEqual(data[b:e].decode(), obj["text"])

    def test_unreadable_file_exits_2_and_names_it(self):
        missing = os.path.join(self.tmp.name, "nope.txt")
        r = run("parse", missing, EXAMPLE)
        self.assertEqual(r.returncode, 2)
        self.assertIn(missing.encode(), r.stderr)
        self.assertEqual(len(r.stdout.splitlines()), 1)  # the readable file is still parsed
        r = run("parse", self.tmp.name)  # a directory
        self.assertEqual(r.returncode, 2)

    def test_stdin_and_dash(self):
        data = read(EXAMPLE)
        self.assertEqual(self.parse_one(stdin=data)["headline"], self.parse_one("-", stdin=data)["headline"])

    def test_several_files_one_document_per_line(self):
        r = run("parse", EXAMPLE, EXAMPLE)
        lines = r.stdout.splitlines()
        self.assertEqual(len(lines), 2)
        self.assertEqual(json.loads(lines[0]), json.loads(lines[1]))

    def test_format_override_and_tokens(self):
        doc = self.parse_one("--format", "text", "--tokens", EXAMPLE)
        self.assertEqual(doc["format"], "text")
        self.assertIsNone(doc["headline"])
        self.assertTrue(all(set(t) == {"span", "kind"} for t in doc["tokens"]))
        self.assertGreater(len(doc["tokens"]), 100)

    def test_pretty_is_the_same_document(self):
        self.assertEqual(self.parse_one("--pretty", EXAMPLE), self.parse_one(EXAMPLE))
        self.assertIn(b"\n  ", run("parse", "--pretty", EXAMPLE).stdout)

    def test_jsonl_in_order_with_ids(self):
        lines = [json.dumps({"id": "a", "text": "Berlin - Erster Text."}),
                 "",
                 json.dumps({"text": "Zweiter Text.", "id": 7, "extra": {"nested": [1, {"x": "]"}]}}),
                 json.dumps({"id": None, "text": "Ünïcödé \u201equote\u201c \ud83d\ude00"})]
        path = self.write("in.jsonl", ("\n".join(lines) + "\n").encode())
        r = run("parse", "--jsonl", "--pretty", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        docs = [json.loads(l) for l in r.stdout.splitlines()]
        self.assertEqual([d["id"] for d in docs], ["a", 7, None])
        self.assertEqual(docs[2]["paragraphs"][0]["span"], [0, len("Ünïcödé „quote“ 😀".encode())])

    def test_jsonl_bad_line_names_file_and_line(self):
        path = self.write("bad.jsonl", b'{"id": 1, "text": "ok"}\nnot json\n{"id": 3}\n{"id": 4, "text": "x"}\n')
        r = run("parse", "--jsonl", path)
        self.assertEqual(r.returncode, 2)
        self.assertIn(f"{path}:2:".encode(), r.stderr)
        self.assertIn(f"{path}:3:".encode(), r.stderr)
        self.assertEqual([json.loads(l)["id"] for l in r.stdout.splitlines()], [1, 4])

    def test_invalid_utf8_file(self):
        path = self.write("bad.txt", "Grüße aus Köln.\n".encode() + b"Kaputt: \xc3\x28 und \xff.\n")
        doc = self.parse_one(path)
        self.assertEqual(doc["encoding"], "utf-8")
        self.assertIn("invalid_utf8", codes(doc))
        offsets = [d["offset"] for d in doc["diagnostics"] if d["code"] == "invalid_utf8"]
        first = len("Grüße aus Köln.\nKaputt: ".encode())
        self.assertEqual(offsets, [first, first + len(b"\xc3( und ")])
        r = run("parse", "--strict-utf8", path)
        self.assertEqual(r.returncode, 0)
        self.assertEqual(json.loads(r.stdout)["paragraphs"], [])

    def test_latin1_file(self):
        path = self.write("latin1.txt", "Berlin - Müller sagte, die Straße sei frei.\n".encode("latin-1"))
        doc = self.parse_one(path)
        self.assertEqual(doc["encoding"], "windows-1252")
        self.assertIn("transcoded", codes(doc))
        self.assertEqual(doc["dateline"], None)  # bare text has no dateline
        data = "Berlin - Müller sagte, die Straße sei frei.\n".encode()
        b, e = doc["paragraphs"][0]["span"]
        self.assertEqual(data[b:e].decode(), "Berlin - Müller sagte, die Straße sei frei.")

    def test_empty_file(self):
        doc = self.parse_one(self.write("empty.txt", b""))
        self.assertIn("empty_input", codes(doc))
        self.assertEqual(doc["paragraphs"], [])

    def test_control_characters_only(self):
        doc = self.parse_one(self.write("ctl.txt", bytes(range(0, 32)) * 10))
        self.assertIn("empty_input", codes(doc))
        self.assertIn("nul_bytes", codes(doc))
        self.assertIn("control_characters", codes(doc))

    def test_fifty_megabytes(self):
        para = ("Der Ausschuss beriet am Dienstag über den Haushalt, sagte eine Sprecherin. " * 12 + "\n\n")
        data = (para * (50 * 1024 * 1024 // len(para) + 1)).encode()
        doc = self.parse_one(self.write("big.txt", data))
        self.assertEqual(doc["format"], "text")
        self.assertGreater(len(doc["paragraphs"]), 40000)
        self.assertEqual(doc["paragraphs"][-1]["span"][1], len(data.rstrip()))


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0]], verbosity=1)
