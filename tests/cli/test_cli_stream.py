#!/usr/bin/env python3
"""The CLI on files of many stories: one JSON document per story, with its place in the file.

Usage: test_cli_stream.py WIREREPORT_BINARY SOURCE_DIR
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

CLI = sys.argv[1] if len(sys.argv) > 1 else "build/dev/apps/wirereport"
SOURCE = sys.argv[2] if len(sys.argv) > 2 else "."
FIXTURES = os.path.join(SOURCE, "tests", "fixtures")


def parse(*args):
    r = subprocess.run([CLI, "parse", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return r.returncode, [json.loads(line) for line in r.stdout.decode("utf-8").splitlines()]


class Stream(unittest.TestCase):
    def test_wire_messages_give_json_lines(self):
        path = os.path.join(FIXTURES, "wire", "iptc_stream.txt")
        code, docs = parse(path)
        self.assertEqual(code, 0)
        self.assertEqual([d["story"]["index"] for d in docs], [0, 1, 2])
        size = os.path.getsize(path)
        self.assertEqual(docs[0]["story"]["span"][0], 0)
        self.assertEqual(docs[-1]["story"]["span"][1], size)
        for before, after in zip(docs, docs[1:]):
            self.assertEqual(before["story"]["span"][1], after["story"]["span"][0])
        self.assertEqual([d["headline"]["text"] for d in docs],
                         ["Sonniges Wochenende erwartet", "Einzelhandel meldet mehr Umsatz", "Pokalfinale ausverkauft"])
        self.assertIn("truncated_story", [x["code"] for x in docs[1]["diagnostics"]])
        # Spans index the story's own text.
        data = open(path, "rb").read()
        second = data[docs[1]["story"]["span"][0]:docs[1]["story"]["span"][1]]
        b, e = docs[1]["headline"]["span"]
        self.assertEqual(second[b:e].decode("utf-8"), "Einzelhandel meldet mehr Umsatz")

    def test_agency_texts_run_together(self):
        code, docs = parse(os.path.join(FIXTURES, "agency", "stream_en.txt"))
        self.assertEqual(code, 0)
        self.assertEqual(len(docs), 3)
        self.assertEqual([c["role"] for c in docs[1]["credits"]], ["reporting", "editing"])
        self.assertEqual([c["name"]["text"] for c in docs[1]["credits"]], ["Nora Lund", "Ruth Pike"])

    def test_one_story_and_the_wire_object(self):
        code, docs = parse(os.path.join(FIXTURES, "wire", "anpa_text.tst"))
        self.assertEqual(code, 0)
        self.assertEqual(len(docs), 1)
        wire = docs[0]["wire"]
        for key in ["service", "sequence", "priority", "category", "slug", "keywords", "word_count", "take",
                    "selector", "agency", "agency_sequence", "reference", "filing_date", "embargo", "flags",
                    "ednotes", "preserved", "notepad", "nonpublic", "signoff"]:
            self.assertIn(key, wire)
        self.assertEqual(wire["priority"]["level"], 3)
        self.assertEqual(wire["word_count"]["value"], 412)
        self.assertIsNone(wire["agency"])
        self.assertIsNone(docs[0]["story"])  # a file of one story

    def test_jsonl_records_are_not_split(self):
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
            text = open(os.path.join(FIXTURES, "agency", "stream_en.txt"), encoding="utf-8").read()
            f.write(json.dumps({"id": "a", "text": text}) + "\n")
            name = f.name
        try:
            code, docs = parse("--jsonl", name)
        finally:
            os.unlink(name)
        self.assertEqual(code, 0)
        self.assertEqual(len(docs), 1)
        self.assertIsNone(docs[0]["story"])
        self.assertIsNone(docs[0]["wire"])


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1])
