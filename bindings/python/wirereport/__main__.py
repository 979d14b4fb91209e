"""`python3 -m wirereport [parse] [OPTIONS] [FILE...|-]`: the `wirereport parse` command line
tool over the Python binding, with the same options, output and exit status."""
from __future__ import annotations

import argparse
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Iterator, Optional

from . import Article, Parser, ParseError, Stories, _as_bytes, version
from .jsonl import read_record

EXIT_OK, EXIT_USAGE, EXIT_UNREADABLE = 0, 1, 2


class _ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str):  # bad usage exits 1, as the CLI does
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"wirereport: {message}\n")


def _arguments(argv: list[str]) -> argparse.Namespace:
    p = _ArgumentParser(prog="python3 -m wirereport",
                        description="Parses news wire reports and prints one JSON document per input.")
    p.add_argument("--version", action="version", version=f"wirereport {version()}")
    p.add_argument("--format", default="auto",
                   choices=["auto", "text", "web", "reuters", "agency", "anpa1312", "iptc7901"])
    p.add_argument("--encoding", default="auto", help="auto (default), utf-8, latin1, windows-1252")
    p.add_argument("--language", choices=["de", "en"], help="default: detected")
    p.add_argument("--zone", help="IANA zone for timestamps that name none (e.g. Europe/Berlin)")
    p.add_argument("--strict-utf8", action="store_true", help="reject input that is not valid UTF-8")
    p.add_argument("--tokens", action="store_true", help="include the tokens array")
    p.add_argument("--jsonl", action="store_true", help='read JSON Lines {"id", "text"}; write one document per line')
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                   help="parse on N threads (0: all cores); output keeps the input order")
    p.add_argument("files", nargs="*", metavar="FILE", help="files to parse; none or - reads standard input")
    if argv[:1] == ["parse"]:
        argv = argv[1:]
    return p.parse_args(argv)


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    with open(name, "rb") as f:
        return f.read()


def _documents(parser: Parser, data: bytes, record: bool, id_json: Optional[str], args: argparse.Namespace,
               pretty: bool) -> list[str]:
    """A JSON Lines record's document, or one document per story of a file."""
    articles: Optional[list[Article]] = None
    if not record:
        try:
            articles = _all(parser.stories(data))
        except ParseError:  # a file of 4 GiB or more is not cut: one document, rejected
            pass
    if articles is None:
        articles = [_or_rejected(lambda: parser.parse(data))]
    return [a.to_json(tokens=args.tokens, pretty=pretty, id_json=id_json) for a in articles]


def _all(stories: Stories) -> list[Article]:
    out = []
    while (article := _or_rejected(lambda: next(stories, None))) is not None:
        out.append(article)
    return out


def _or_rejected(parse: Callable[[], Optional[Article]]) -> Optional[Article]:
    try:
        return parse()
    except ParseError as e:
        return e.article  # a rejected input still gets its document, with the diagnostic


def main(argv: Optional[list[str]] = None) -> int:
    args = _arguments(sys.argv[1:] if argv is None else argv)
    if not 0 <= args.jobs <= 1024:
        print("wirereport: --jobs needs a number from 0 (all cores) to 1024", file=sys.stderr)
        return EXIT_USAGE
    try:
        parser = Parser(format=args.format, encoding=args.encoding, language=args.language, zone=args.zone,
                        strict_utf8=args.strict_utf8)
    except ValueError as e:
        print(f"wirereport: {e}", file=sys.stderr)
        return EXIT_USAGE
    status = EXIT_OK

    def inputs() -> Iterator[tuple[bytes, bool, Optional[str]]]:
        """(text, whether it is a JSON Lines record, its id as JSON) of every file or record,
        reporting what cannot be read."""
        nonlocal status
        for name in args.files or ["-"]:
            shown = "<stdin>" if name == "-" else name
            try:
                data = _read(name)
            except OSError as e:
                print(f"wirereport: {shown}: {e.strerror}", file=sys.stderr)
                status = EXIT_UNREADABLE
                continue
            if not args.jsonl:
                yield data, False, None
                continue
            for number, line in enumerate(data.split(b"\n"), start=1):
                text = line.decode("utf-8", "surrogateescape")
                if not text.strip(" \t\r"):
                    continue
                try:
                    id_json, record = read_record(text)
                except ValueError as e:
                    print(f"wirereport: {shown}:{number}: {e}", file=sys.stderr)
                    status = EXIT_UNREADABLE
                    continue
                try:
                    record_bytes = record.encode("utf-8", "surrogateescape")  # the line's own bytes
                except UnicodeEncodeError:
                    record_bytes = _as_bytes(record)
                yield record_bytes, True, id_json

    def render(document: tuple[bytes, bool, Optional[str]]) -> Optional[list[str]]:
        try:
            return _documents(parser, *document, args=args, pretty=args.pretty and not args.jsonl)
        except ValueError as e:  # an "id" that is an object or an array: the C ABI takes scalars
            print(e, file=sys.stderr)
            return None

    out = sys.stdout
    # The library releases the interpreter while it parses, so threads do run at once (one file
    # or record each; the stories of one file are parsed in turn).
    with ThreadPoolExecutor(args.jobs or os.cpu_count() or 1) as pool:
        for documents in pool.map(render, inputs()):
            if documents is None:
                status = EXIT_UNREADABLE
            else:
                out.writelines(d + "\n" for d in documents)
    out.flush()
    return status


if __name__ == "__main__":
    sys.exit(main())
