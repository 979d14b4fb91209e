"""The C ABI (include/wirereport/wirereport.h) through ctypes: the library, its structs and its
functions. Everything here mirrors the header; the Pythonic API is in __init__.py.

The shared library is found, in order: the path in the WIREREPORT_LIBRARY environment variable;
a libwirereport beside this package; the system's library path.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import pathlib
import sys

ABI_VERSION = 2  # WR_ABI_VERSION of the header these declarations mirror

# ---- wr_status ----
OK = 0
ERR_NULL = 1
ERR_INVALID_ARGUMENT = 2
ERR_OUT_OF_RANGE = 3
ERR_INVALID_UTF8 = 4
ERR_TOO_LARGE = 5
ERR_BAD_OPTION = 6
ERR_OUT_OF_MEMORY = 7
ERR_INTERNAL = 8

JSON_TOKENS = 0x1
JSON_PRETTY = 0x2
ISO8601_MAX_SIZE = 40


class Str(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("size", ctypes.c_size_t)]


class Span(ctypes.Structure):
    _fields_ = [("begin", ctypes.c_uint32), ("end", ctypes.c_uint32)]


class OptSpan(ctypes.Structure):
    _fields_ = [("present", ctypes.c_int), ("span", Span)]


class Time(ctypes.Structure):
    _fields_ = [("year", ctypes.c_int32), ("month", ctypes.c_uint8), ("day", ctypes.c_uint8),
                ("hour", ctypes.c_uint8), ("minute", ctypes.c_uint8), ("second", ctypes.c_uint8),
                ("has_utc_offset", ctypes.c_uint8), ("millisecond", ctypes.c_uint16),
                ("utc_offset_minutes", ctypes.c_int16), ("precision", ctypes.c_int32)]


class Published(ctypes.Structure):
    _fields_ = [("present", ctypes.c_int), ("span", Span), ("local", Time), ("zone", Str),
                ("has_utc", ctypes.c_int), ("utc", Time)]


class Place(ctypes.Structure):
    _fields_ = [("present", ctypes.c_int), ("span", Span), ("zone", Str), ("country", Str)]


class DatelineDate(ctypes.Structure):
    _fields_ = [("present", ctypes.c_int), ("span", Span), ("has_value", ctypes.c_int), ("value", Time)]


class Dateline(ctypes.Structure):
    _fields_ = [("present", ctypes.c_int), ("span", Span), ("place", Place), ("agency", OptSpan),
                ("date", DatelineDate)]


class Region(ctypes.Structure):
    _fields_ = [("span", Span), ("kind", ctypes.c_int32)]


class Token(ctypes.Structure):
    _fields_ = [("span", Span), ("kind", ctypes.c_int32), ("flags", ctypes.c_uint32)]


class Quote(ctypes.Structure):
    _fields_ = [("span", Span), ("kind", ctypes.c_int32), ("speaker", OptSpan), ("cue", OptSpan),
                ("speaker_mention", OptSpan), ("speaker_key", OptSpan)]


class Entity(ctypes.Structure):
    _fields_ = [("span", Span), ("type", ctypes.c_int32), ("key", Span), ("zone", Str), ("country", Str)]


class TimeExpression(ctypes.Structure):
    _fields_ = [("span", Span), ("has_value", ctypes.c_int), ("value", Time)]


class Diagnostic(ctypes.Structure):
    _fields_ = [("code", ctypes.c_int32), ("offset", ctypes.c_uint32)]


class Credit(ctypes.Structure):
    _fields_ = [("role", ctypes.c_int32), ("name", Span)]


class Embargo(ctypes.Structure):
    _fields_ = [("present", ctypes.c_int), ("span", Span), ("has_value", ctypes.c_int), ("value", Time)]


class Wire(ctypes.Structure):
    _fields_ = [("present", ctypes.c_int), ("service", OptSpan), ("sequence", OptSpan), ("priority", OptSpan),
                ("priority_level", ctypes.c_uint32), ("category", OptSpan), ("slug", OptSpan),
                ("word_count", OptSpan), ("has_word_count_value", ctypes.c_int),
                ("word_count_value", ctypes.c_uint32), ("take", OptSpan), ("selector", OptSpan),
                ("agency", OptSpan), ("agency_sequence", OptSpan), ("reference", OptSpan),
                ("filing_date", OptSpan), ("embargo", Embargo), ("preserved", ctypes.c_int),
                ("notepad", OptSpan), ("nonpublic", OptSpan), ("signoff", OptSpan)]


class Story(ctypes.Structure):
    _fields_ = [("present", ctypes.c_int), ("index", ctypes.c_size_t), ("span", Span)]


# The structs by their C names, for the layout test.
STRUCTS = {"wr_str": Str, "wr_span": Span, "wr_opt_span": OptSpan, "wr_time": Time,
           "wr_published": Published, "wr_place": Place, "wr_dateline_date": DatelineDate,
           "wr_dateline": Dateline, "wr_region": Region, "wr_token": Token, "wr_quote": Quote,
           "wr_entity": Entity, "wr_time_expression": TimeExpression, "wr_diagnostic": Diagnostic,
           "wr_credit": Credit, "wr_embargo": Embargo, "wr_wire": Wire, "wr_story": Story}

# The article's lists: name -> the struct its indexed read fills.
LISTS = {"region": Region, "author": Span, "paragraph": Span, "sentence": Span, "token": Token,
         "quote": Quote, "entity": Entity, "time": TimeExpression, "tag": Span,
         "diagnostic": Diagnostic, "credit": Credit, "keyword": Span, "flag": Span, "ednote": Span}


def _library_path_candidates() -> list[str]:
    env = os.environ.get("WIREREPORT_LIBRARY")
    if env:
        return [env]
    here = pathlib.Path(__file__).resolve().parent
    names = {"darwin": ["libwirereport.dylib"], "win32": ["wirereport.dll"]}.get(
        sys.platform, [f"libwirereport.so.{ABI_VERSION}", "libwirereport.so"])
    beside = [str(here / n) for n in names if (here / n).exists()]
    if beside:
        return beside
    system = names[:1]
    found = ctypes.util.find_library("wirereport")
    if found:
        system.append(found)
    return system


def _load() -> ctypes.CDLL:
    errors = []
    for candidate in _library_path_candidates():
        try:
            lib = ctypes.CDLL(candidate)
        except OSError as e:
            errors.append(f"{candidate}: {e}")
            continue
        lib.wr_abi_version.restype = ctypes.c_uint32
        lib.wr_abi_version.argtypes = []
        if lib.wr_abi_version() != ABI_VERSION:
            raise ImportError(f"{candidate} implements wirereport ABI {lib.wr_abi_version()}, "
                              f"this package needs ABI {ABI_VERSION}")
        return lib
    raise ImportError("wirereport: cannot load the shared library (set WIREREPORT_LIBRARY to its path, "
                      "or put it beside the package): " + "; ".join(errors))


lib = _load()

_p = ctypes.POINTER
_article = ctypes.c_void_p
_options = ctypes.c_void_p
_buffer = ctypes.c_void_p
_stream = ctypes.c_void_p
_status = ctypes.c_int32


def _declare(name: str, restype, *argtypes) -> None:
    function = getattr(lib, name)
    function.restype = restype
    function.argtypes = list(argtypes)


_declare("wr_status_str", ctypes.c_char_p, _status)
_declare("wr_version", ctypes.c_char_p)
_declare("wr_version_number", ctypes.c_uint32)
_declare("wr_time_iso8601", _status, _p(Time), ctypes.c_char_p, ctypes.c_size_t, _p(ctypes.c_size_t))
_declare("wr_options_new", _status, _p(_options))
_declare("wr_options_free", None, _options)
for _setter, _type in [("format", ctypes.c_int32), ("encoding", ctypes.c_int32), ("language", ctypes.c_int32),
                       ("reject_invalid_utf8", ctypes.c_int), ("max_input_bytes", ctypes.c_uint64),
                       ("max_diagnostics", ctypes.c_uint32), ("max_quotes", ctypes.c_uint32),
                       ("max_entities", ctypes.c_uint32), ("copy_input", ctypes.c_int)]:
    _declare(f"wr_options_set_{_setter}", _status, _options, _type)
_declare("wr_options_set_default_zone", _status, _options, ctypes.c_char_p, ctypes.c_size_t)
_declare("wr_parse", _status, ctypes.c_char_p, ctypes.c_size_t, _options, _p(_article), _p(ctypes.c_uint32))
_declare("wr_parse_into", _status, _article, ctypes.c_char_p, ctypes.c_size_t, _options, _p(ctypes.c_uint32))
_declare("wr_article_free", None, _article)
_declare("wr_article_text", _status, _article, _p(Str))
_declare("wr_article_slice", _status, _article, Span, _p(Str))
for _field in ("format", "language", "encoding"):
    _declare(f"wr_article_{_field}", _status, _article, _p(ctypes.c_int32))
_declare("wr_article_transcoded", _status, _article, _p(ctypes.c_int))
_declare("wr_article_status", _status, _article, _p(_status), _p(ctypes.c_uint32))
_declare("wr_article_published", _status, _article, _p(Published))
_declare("wr_article_dateline", _status, _article, _p(Dateline))
_declare("wr_article_wire", _status, _article, _p(Wire))
_declare("wr_article_story", _status, _article, _p(Story))
for _field in ("headline", "byline", "trailer"):
    _declare(f"wr_article_{_field}", _status, _article, _p(OptSpan))
for _list, _struct in LISTS.items():
    _declare(f"wr_article_{_list}_count", _status, _article, _p(ctypes.c_size_t))
    _declare(f"wr_article_{_list}", _status, _article, ctypes.c_size_t, _p(_struct))
for _kind in ("format", "encoding", "language", "region_kind", "token_kind", "quote_kind", "entity_type",
              "credit_role", "diagnostic_code"):
    _declare(f"wr_{_kind}_name", ctypes.c_char_p, ctypes.c_int32)
_declare("wr_diagnostic_code_message", ctypes.c_char_p, ctypes.c_int32)
_declare("wr_buffer_new", _status, _p(_buffer))
_declare("wr_buffer_free", None, _buffer)
_declare("wr_buffer_data", _status, _buffer, _p(Str))
_declare("wr_article_json", _status, _article, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_size_t, _buffer)
_declare("wr_stream_new", _status, ctypes.c_char_p, ctypes.c_size_t, _options, _p(_stream))
_declare("wr_stream_next", _status, _stream, _p(_article))
_declare("wr_stream_free", None, _stream)


def names(kind: str) -> dict[int, str]:
    """The names of an enumeration's values, as the library has them: {0: "auto", 1: "text", ...}."""
    name_of = getattr(lib, f"wr_{kind}_name")
    out = {}
    value = 0
    while (name := name_of(value).decode()) != "unknown":
        out[value] = name
        value += 1
    return out


def status_message(status: int) -> str:
    return lib.wr_status_str(status).decode()


def string_at(s: Str) -> bytes:
    return ctypes.string_at(s.data, s.size) if s.size else b""


def iso8601(time: Time) -> str:
    out = ctypes.create_string_buffer(ISO8601_MAX_SIZE)
    size = ctypes.c_size_t()
    status = lib.wr_time_iso8601(ctypes.byref(time), out, ISO8601_MAX_SIZE, ctypes.byref(size))
    if status != OK:
        raise ValueError(f"wirereport: time not renderable: {status_message(status)}")
    return out.raw[:size.value].decode("ascii")
