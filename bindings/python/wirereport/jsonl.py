"""JSON Lines input as `wirereport parse --jsonl` reads it: one object per line with a string
"text" and an optional "id", which is copied into the output document as it was written."""
from __future__ import annotations

import json
from typing import Optional

_decoder = json.JSONDecoder()
_SPACE = " \t\r\n"


def read_record(line: str) -> tuple[Optional[str], str]:
    """(id as JSON text or None, text) of one line; ValueError when the line is not an object
    with a string "text"."""
    i = _skip(line, 0)
    if not line.startswith("{", i):
        raise ValueError("not a JSON object")
    i = _skip(line, i + 1)
    id_json: Optional[str] = None
    text: Optional[str] = None
    if line.startswith("}", i):
        i += 1
    else:
        while True:
            try:
                key, i = _decoder.raw_decode(line, i)
                i = _skip(line, i)
                if not isinstance(key, str) or not line.startswith(":", i):
                    raise ValueError
                start = _skip(line, i + 1)
                value, i = _decoder.raw_decode(line, start)
            except ValueError:
                raise ValueError("malformed member") from None
            if key == "id":
                id_json = line[start:i]
            elif key == "text" and isinstance(value, str):
                text = value
            i = _skip(line, i)
            if line.startswith(",", i):
                i = _skip(line, i + 1)
                continue
            if not line.startswith("}", i):
                raise ValueError("expected '}'")
            i += 1
            break
    if _skip(line, i) != len(line):
        raise ValueError("text after the object")
    if text is None:
        raise ValueError('no string member "text"')
    return id_json, text


def _skip(line: str, i: int) -> int:
    while i < len(line) and line[i] in _SPACE:
        i += 1
    return i
