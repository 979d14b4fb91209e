#!/usr/bin/env python3
"""Parses a report with the Python binding and prints its main fields: parse_report.py FILE"""
import sys

import wirereport


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: parse_report.py FILE", file=sys.stderr)
        return 1
    with open(sys.argv[1], "rb") as f:
        article = wirereport.parse(f.read())
    print("format:   ", article.format)
    if article.published:
        print("published:", article.published.local, article.published.zone, "UTC", article.published.utc)
    if article.headline:
        print("headline: ", article.headline.text, "bytes", article.headline.span,
              "characters", article.headline.char_span)
    if article.dateline and article.dateline.place:
        print("place:    ", article.dateline.place.text, article.dateline.place.zone)
    for paragraph in article.paragraphs:
        print("paragraph:", paragraph.text)
    print(len(article.sentences), "sentences,", len(article.tokens), "tokens")
    return 0


if __name__ == "__main__":
    sys.exit(main())
