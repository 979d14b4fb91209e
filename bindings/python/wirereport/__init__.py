"""wirereport: parse news wire reports into a structured article.

    >>> import wirereport
    >>> a = wirereport.parse(text)                  # str or bytes
    >>> a.headline.text, a.headline.span, a.headline.char_span
    >>> [p.text for p in a.paragraphs]
    >>> a.to_json()                                 # the JSON document `wirereport parse` prints
    >>> for story in wirereport.stories(feed):      # a buffer of many stories, one Article each
    ...     print(story.story.index, story.headline.text)

Every piece of the article is a `Segment`: its `text`, its `span` in UTF-8 bytes of the parsed
text (the numbers of the C and C++ APIs and of the JSON document), and its `char_span` in
characters of `Article.text`. The article keeps the input alive; nothing is copied out of the
library until a property is read.
"""
from __future__ import annotations

import codecs
import ctypes
import functools
import re
import threading
import weakref
from dataclasses import dataclass
from typing import Any, Callable, Optional, TypeVar, Union

from . import _native

__all__ = ["parse", "stories", "Parser", "Stories", "Article", "Segment", "Published", "Place", "DatelineDate",
           "Dateline", "Byline", "Region", "Token", "Quote", "Entity", "TimeExpression", "Credit", "Embargo",
           "Wire", "StoryPosition", "Diagnostic", "Error", "ParseError", "version", "__version__"]


def version() -> str:
    """The shared library's version ("0.1.0")."""
    return _native.lib.wr_version().decode()


__version__ = version()


class Error(Exception):
    """A call into the library failed; `status` is the wr_status, `offset` the failing byte."""

    def __init__(self, status: int, message: str, offset: Optional[int] = None):
        super().__init__(message)
        self.status = status
        self.offset = offset


class ParseError(Error, ValueError):
    """The input was rejected: not UTF-8 under `strict_utf8`, or larger than `max_input_bytes`.
    `article` holds no fields, only the diagnostic that says why (what the CLI prints); it is
    None when no story was read (a buffer of 4 GiB or more for `stories`). `offset` is the
    failing byte in the text the article was parsed from (a story's own text for `stories`)."""

    def __init__(self, status: int, message: str, offset: int, article: Optional["Article"]):
        super().__init__(status, message, offset)
        self.article = article


def _check(status: int, what: str) -> None:
    if status == _native.OK:
        return
    message = f"wirereport: {what}: {_native.status_message(status)}"
    if status == _native.ERR_OUT_OF_MEMORY:
        raise MemoryError(message)
    if status == _native.ERR_INVALID_ARGUMENT:
        raise ValueError(message)
    raise Error(status, message)


# ---- values ----

@dataclass(frozen=True)
class Segment:
    """A piece of the article: its text, UTF-8 byte span and character span, each [begin, end)."""
    text: str
    span: tuple[int, int]
    char_span: tuple[int, int]


@dataclass(frozen=True)
class Published(Segment):
    local: str            # ISO 8601 wall-clock time as written: "2023-09-15T11:52:00"
    zone: Optional[str]   # IANA zone
    utc: Optional[str]    # "2023-09-15T09:52:00Z" when the zone or an offset is known


@dataclass(frozen=True)
class Place(Segment):
    zone: Optional[str]
    country: Optional[str]  # ISO 3166 alpha-2


@dataclass(frozen=True)
class DatelineDate(Segment):
    value: Optional[str]  # ISO 8601, resolved against the publication time


@dataclass(frozen=True)
class Dateline(Segment):
    place: Optional[Place]
    agency: Optional[Segment]
    date: Optional[DatelineDate]


@dataclass(frozen=True)
class Byline(Segment):
    authors: tuple[Segment, ...]


@dataclass(frozen=True)
class Region(Segment):
    kind: str  # "header", "headline", "dateline", "byline", "body", "trailer", "unclassified"


@dataclass(frozen=True)
class Token(Segment):
    kind: str  # "word", "number", "punctuation", ... (README)
    flags: int


@dataclass(frozen=True)
class Quote(Segment):
    kind: str  # "direct" or "indirect"
    speaker: Optional[Segment]                   # after pronoun resolution
    cue: Optional[Segment]
    speaker_mention: Optional[Segment] = None    # the pronoun at the cue ("er") the speaker was resolved from
    speaker_key: Optional[Segment] = None        # the key of the entity the speaker names ("KCNA")


@dataclass(frozen=True)
class Entity(Segment):
    type: str  # "person", "place", "organization"
    key: Segment
    zone: Optional[str] = None     # IANA zone of a place the gazetteer knows (None when it spans zones)
    country: Optional[str] = None  # ISO 3166 alpha-2 of such a place


@dataclass(frozen=True)
class TimeExpression(Segment):
    value: Optional[str]  # ISO 8601, None when it cannot be resolved


@dataclass(frozen=True)
class Credit:
    role: str  # "author", "reporting", "additional_reporting", "writing", "editing", "contributing", "photo"
    name: Segment


@dataclass(frozen=True)
class Embargo(Segment):
    value: Optional[str]  # ISO 8601 when the text gives a date and time that resolve


@dataclass(frozen=True)
class Wire:
    """The header of the machine wire formats (anpa1312, iptc7901) and what their framing
    carries besides the story (README: "wire"). Fields are None where the format or the story
    lacks them."""
    service: Optional[Segment]          # ANPA service level "W"; IPTC 7901 service "eca"
    sequence: Optional[Segment]         # story / message number
    priority: Optional[Segment]         # as written: ANPA "f", IPTC 7901 "4"
    priority_level: Optional[int]       # 1 (flash) .. 6 on the IPTC 7901 scale
    category: Optional[Segment]         # ANPA category; IPTC 7901 ressort
    slug: Optional[Segment]
    keywords: tuple[Segment, ...]       # IPTC 7901 slug parts; the ANPA keyword line
    word_count: Optional[Segment]
    word_count_value: Optional[int]     # word_count as a number
    take: Optional[Segment]
    selector: Optional[Segment]
    agency: Optional[Segment]
    agency_sequence: Optional[Segment]
    reference: Optional[Segment]
    filing_date: Optional[Segment]
    embargo: Optional[Embargo]
    flags: tuple[Segment, ...]          # IPTC 7901 flag lines "(Eil)", "1ST LEAD"
    ednotes: tuple[Segment, ...]        # ANPA "Eds:" notes
    preserved: bool                     # an ANPA tabular story, its body kept as sent
    notepad: Optional[Segment]
    nonpublic: Optional[Segment]
    signoff: Optional[Segment]


@dataclass(frozen=True)
class StoryPosition:
    """Where a story of a buffer of many lies in it (`stories`); the article's other spans index
    the story's own text."""
    index: int                # 0 for the first story
    span: tuple[int, int]     # its UTF-8 bytes [begin, end) in the buffer


@dataclass(frozen=True)
class Diagnostic:
    code: str
    offset: int       # byte offset into the parsed text
    char_offset: int  # character offset into Article.text
    message: str


# ---- names the library gives its enumerations ----

_FORMATS = _native.names("format")
_ENCODINGS = _native.names("encoding")
_LANGUAGES = _native.names("language")
_REGION_KINDS = _native.names("region_kind")
_TOKEN_KINDS = _native.names("token_kind")
_QUOTE_KINDS = _native.names("quote_kind")
_ENTITY_TYPES = _native.names("entity_type")
_CREDIT_ROLES = _native.names("credit_role")


def _value_named(names: dict[int, str], name: str, what: str) -> int:
    for value, n in names.items():
        if n == name:
            return value
    raise ValueError(f"wirereport: unknown {what} {name!r} (one of {', '.join(names.values())})")


def _encoding_value(name: str) -> int:
    if name == "auto":
        return 0
    try:
        canonical = codecs.lookup(name).name  # "latin1" -> "iso8859-1", "cp1252", "utf-8"
    except LookupError:
        canonical = name
    for value, n in _ENCODINGS.items():
        if n != "auto" and codecs.lookup(n).name == canonical:
            return value
    raise ValueError(f"wirereport: unsupported encoding {name!r} (one of {', '.join(_ENCODINGS.values())})")


# Lone surrogates from 'surrogateescape' stand for invalid bytes: shown as U+FFFD, one per
# byte, as the JSON document writes them.
_ESCAPED_BYTES = {cp: "\ufffd" for cp in range(0xDC80, 0xDD00)}


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("utf-8", "surrogateescape").translate(_ESCAPED_BYTES)


class _CharOffsets:
    """Byte offsets to character offsets. Reads usually come in increasing order (a list's
    items), so each continues from the last: a sweep over a list costs one pass over the text."""

    def __init__(self, data: bytes):
        self._data = data
        self._ascii = data.isascii()
        self._byte = 0
        self._char = 0

    def __call__(self, offset: int) -> int:
        if self._ascii:
            return offset
        if offset < self._byte:
            self._byte = self._char = 0
        # 'surrogateescape' makes one character of every invalid byte, as _decode does.
        self._char += len(self._data[self._byte:offset].decode("utf-8", "surrogateescape"))
        self._byte = offset
        return self._char


_T = TypeVar("_T")


# ---- parsing ----

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _as_bytes(text: Union[str, bytes, bytearray, memoryview]) -> bytes:
    if isinstance(text, str):
        try:
            return text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates have no UTF-8 form: U+FFFD, as the CLI reads them
            return _LONE_SURROGATE.sub("\ufffd", text).encode("utf-8")
    if isinstance(text, bytes):
        return text
    if isinstance(text, (bytearray, memoryview)):
        return bytes(text)
    raise TypeError(f"wirereport.parse() takes str or bytes, not {type(text).__name__}")


class Parser:
    """Options set once, for many parses (from any thread):
    `Parser(format="web", zone="Europe/Berlin").parse(text)`.

    format: "auto" (default), "text", "web", "reuters", "agency", "anpa1312", "iptc7901".
    encoding: "auto" (default), "utf-8", "latin-1", "windows-1252" (Python's aliases work too).
    language: "de" or "en"; None detects it.
    zone: IANA zone for timestamps that name none; an unknown one is a diagnostic.
    strict_utf8: reject input that is not valid UTF-8 (ParseError) instead of keeping it.
    max_input_bytes: reject larger inputs (ParseError); at most 4294967295.
    max_diagnostics: count diagnostics beyond this many in one "too_many_diagnostics".
    max_quotes, max_entities: keep at most this many per article (default 100000 each); the rest
      are dropped with one "too_many_quotes" / "too_many_entities" diagnostic.
    """

    def __init__(self, *, format: str = "auto", encoding: str = "auto", language: Optional[str] = None,
                 zone: Optional[str] = None, strict_utf8: bool = False, max_input_bytes: Optional[int] = None,
                 max_diagnostics: Optional[int] = None, max_quotes: Optional[int] = None,
                 max_entities: Optional[int] = None):
        self._kwargs = dict(format=format, encoding=encoding, language=language, zone=zone,
                            strict_utf8=strict_utf8, max_input_bytes=max_input_bytes,
                            max_diagnostics=max_diagnostics, max_quotes=max_quotes, max_entities=max_entities)
        lib = _native.lib
        handle = ctypes.c_void_p()
        _check(lib.wr_options_new(ctypes.byref(handle)), "options")
        self._handle = handle
        self._finalizer = weakref.finalize(self, lib.wr_options_free, handle)
        _check(lib.wr_options_set_format(handle, _value_named(_FORMATS, format, "format")), "format")
        _check(lib.wr_options_set_encoding(handle, _encoding_value(encoding)), "encoding")
        if language is not None:
            _check(lib.wr_options_set_language(handle, _value_named(_LANGUAGES, language, "language")), "language")
        if zone is not None:
            z = zone.encode()
            _check(lib.wr_options_set_default_zone(handle, z, len(z)), "zone")
        _check(lib.wr_options_set_reject_invalid_utf8(handle, 1 if strict_utf8 else 0), "strict_utf8")
        for name, value, setter in [("max_input_bytes", max_input_bytes, lib.wr_options_set_max_input_bytes),
                                    ("max_diagnostics", max_diagnostics, lib.wr_options_set_max_diagnostics),
                                    ("max_quotes", max_quotes, lib.wr_options_set_max_quotes),
                                    ("max_entities", max_entities, lib.wr_options_set_max_entities)]:
            if value is None:
                continue
            if not 0 <= value <= 0xFFFFFFFF:
                raise ValueError(f"wirereport: {name} must be within [0, 4294967295]")
            _check(setter(handle, value), name)

    def parse(self, text: Union[str, bytes, bytearray, memoryview]) -> "Article":
        return Article._parse(_as_bytes(text), self)

    def stories(self, data: Union[str, bytes, bytearray, memoryview]) -> "Stories":
        return Stories(_as_bytes(data), self)


def parse(text: Union[str, bytes, bytearray, memoryview], **options: Any) -> "Article":
    """Parses one report: str, or bytes in UTF-8 or a legacy charset. Options as for Parser."""
    return Parser(**options).parse(text)


def stories(data: Union[str, bytes, bytearray, memoryview], **options: Any) -> "Stories":
    """The stories of a buffer that holds many (ANPA-1312 or IPTC 7901 messages one after
    another, agency texts run together; other formats are one story), parsed one at a time as
    the iteration asks for them: `for a in wirereport.stories(feed): ...`. Each Article's spans
    index its own story's text; `Article.story` says where that lies in the buffer (None when
    the buffer holds one story). Options as for Parser; `format` also decides how stories are
    cut. The articles keep the buffer alive."""
    return Parser(**options).stories(data)


def _reparse(data: bytes, options: dict) -> "Article":
    return Parser(**options).parse(data)


def _restory(data: bytes, options: dict, index: int) -> "Article":
    stream = Parser(**options).stories(data)
    for _ in range(index):
        try:
            next(stream)
        except ParseError:
            pass
    try:
        return next(stream)
    except ParseError as e:
        return e.article


class Stories:
    """An iterator over the stories of a buffer (see `stories`). A story the options reject
    (`strict_utf8`, `max_input_bytes`) raises ParseError from `next()`, with the rejected
    article; iterating again goes on with the story after it."""

    def __init__(self, data: bytes, parser: Parser):
        lib = _native.lib
        handle = ctypes.c_void_p()
        status = lib.wr_stream_new(data, len(data), parser._handle, ctypes.byref(handle))
        if status == _native.ERR_TOO_LARGE:
            raise ParseError(status, f"wirereport: {_native.status_message(status)}", 0, None)
        _check(status, "stories")
        self._handle = handle
        self._finalizer = weakref.finalize(self, lib.wr_stream_free, handle)
        self._data = data  # the stream borrows these bytes; so do its articles
        self._parser = parser
        self._lock = threading.Lock()  # one next() at a time: the stream reads on where it stopped

    def __iter__(self) -> "Stories":
        return self

    def __next__(self) -> "Article":
        with self._lock:
            if not self._finalizer.alive:
                raise StopIteration
            handle = ctypes.c_void_p()
            _check(_native.lib.wr_stream_next(self._handle, ctypes.byref(handle)), "stories")
            if not handle.value:
                self._finalizer()  # the end: free the stream now
                raise StopIteration
        return Article._checked(handle, self._data, self._parser)


class Article:
    """A parsed report. Properties read the library's records on first use and keep them."""

    def __init__(self):
        raise TypeError("use wirereport.parse() to make an Article")

    @classmethod
    def _parse(cls, data: bytes, parser: Parser) -> "Article":
        lib = _native.lib
        handle = ctypes.c_void_p()
        status = lib.wr_parse(data, len(data), parser._handle, ctypes.byref(handle), None)
        if status in (_native.ERR_INVALID_UTF8, _native.ERR_TOO_LARGE):
            # Parsing into an article keeps the rejection's diagnostic, for callers that report it.
            _check(lib.wr_parse(b"", 0, parser._handle, ctypes.byref(handle), None), "parse")
            lib.wr_parse_into(handle, data, len(data), parser._handle, None)
        else:
            _check(status, "parse")
        return cls._checked(handle, data, parser)

    @classmethod
    def _checked(cls, handle: ctypes.c_void_p, data: bytes, parser: Parser) -> "Article":
        """The article of a new handle, or ParseError with it when its input was rejected."""
        self = cls._wrap(handle, data, parser)
        status, offset = ctypes.c_int32(), ctypes.c_uint32(0)
        _check(_native.lib.wr_article_status(handle, ctypes.byref(status), ctypes.byref(offset)), "status")
        if status.value != _native.OK:
            raise ParseError(status.value, f"wirereport: {_native.status_message(status.value)} "
                             f"(at byte {offset.value})", offset.value, self)
        return self

    @classmethod
    def _wrap(cls, handle: ctypes.c_void_p, data: bytes, parser: Parser) -> "Article":
        self = object.__new__(cls)
        self._handle = handle
        self._finalizer = weakref.finalize(self, _native.lib.wr_article_free, handle)
        self._input = data  # the library borrows these bytes: they live as long as the article
        self._options = parser._kwargs
        text = _native.Str()
        _check(_native.lib.wr_article_text(handle, ctypes.byref(text)), "text")
        # The spans index the input itself, or the part of it that is this story, or the
        # article's UTF-8 transcoding of either.
        whole = not self.transcoded and text.size == len(data)
        self._data = data if whole else _native.string_at(text)
        self._char = _CharOffsets(self._data)
        return self

    # An article is immutable: copies share it; pickling parses again where it is loaded.
    def __copy__(self) -> "Article":
        return self

    def __deepcopy__(self, memo) -> "Article":
        return self

    def __reduce__(self):
        # A story of many is found again by cutting the buffer up to it (parsing the stories before).
        if self.story is not None:
            return (_restory, (self._input, self._options, self.story.index))
        return (_reparse, (self._input, self._options))

    # ---- reading the library ----

    def _get(self, name: str, struct: type[_T]) -> _T:
        out = struct()
        _check(getattr(_native.lib, f"wr_article_{name}")(self._handle, ctypes.byref(out)), name)
        return out

    def _list(self, name: str, convert: Callable) -> list:
        lib = _native.lib
        count = ctypes.c_size_t()
        _check(getattr(lib, f"wr_article_{name}_count")(self._handle, ctypes.byref(count)), name)
        read = getattr(lib, f"wr_article_{name}")
        item = _native.LISTS[name]()
        out = []
        for i in range(count.value):
            _check(read(self._handle, i, ctypes.byref(item)), name)
            out.append(convert(item))
        return out

    def _segment(self, span: _native.Span) -> Segment:
        return Segment(*self._parts(span))

    def _parts(self, span: _native.Span) -> tuple[str, tuple[int, int], tuple[int, int]]:
        begin, end = span.begin, span.end
        return (_decode(self._data[begin:end]), (begin, end), (self._char(begin), self._char(end)))

    def _optional(self, opt: _native.OptSpan) -> Optional[Segment]:
        return self._segment(opt.span) if opt.present else None

    # ---- the article ----

    @functools.cached_property
    def data(self) -> bytes:
        """The parsed text as bytes (the input, or its UTF-8 transcoding): spans index these."""
        return self._data

    @functools.cached_property
    def text(self) -> str:
        """The parsed text; invalid UTF-8 bytes appear as U+FFFD, one per byte."""
        return _decode(self._data)

    @functools.cached_property
    def format(self) -> str:
        return _FORMATS[self._get("format", ctypes.c_int32).value]

    @functools.cached_property
    def language(self) -> str:
        return _LANGUAGES[self._get("language", ctypes.c_int32).value]

    @functools.cached_property
    def encoding(self) -> str:
        return _ENCODINGS[self._get("encoding", ctypes.c_int32).value]

    @functools.cached_property
    def transcoded(self) -> bool:
        return bool(self._get("transcoded", ctypes.c_int).value)

    @functools.cached_property
    def published(self) -> Optional[Published]:
        p = self._get("published", _native.Published)
        if not p.present:
            return None
        zone = _native.string_at(p.zone).decode() or None
        utc = _native.iso8601(p.utc) if p.has_utc else None
        return Published(*self._parts(p.span), _native.iso8601(p.local), zone, utc)

    @functools.cached_property
    def headline(self) -> Optional[Segment]:
        return self._optional(self._get("headline", _native.OptSpan))

    @functools.cached_property
    def dateline(self) -> Optional[Dateline]:
        d = self._get("dateline", _native.Dateline)
        if not d.present:
            return None
        place = None
        if d.place.present:
            place = Place(*self._parts(d.place.span), _native.string_at(d.place.zone).decode() or None,
                          _native.string_at(d.place.country).decode() or None)
        date = None
        if d.date.present:
            date = DatelineDate(*self._parts(d.date.span),
                                _native.iso8601(d.date.value) if d.date.has_value else None)
        return Dateline(*self._parts(d.span), place, self._optional(d.agency), date)

    @functools.cached_property
    def byline(self) -> Optional[Byline]:
        b = self._get("byline", _native.OptSpan)
        if not b.present:
            return None
        return Byline(*self._parts(b.span), tuple(self._list("author", self._segment)))

    @functools.cached_property
    def regions(self) -> list[Region]:
        """Regions tile the text: every byte is in exactly one."""
        return self._list("region", lambda r: Region(*self._parts(r.span), _REGION_KINDS.get(r.kind, "unknown")))

    @functools.cached_property
    def paragraphs(self) -> list[Segment]:
        return self._list("paragraph", self._segment)

    @functools.cached_property
    def sentences(self) -> list[Segment]:
        return self._list("sentence", self._segment)

    @functools.cached_property
    def tokens(self) -> list[Token]:
        return self._list("token", lambda t: Token(*self._parts(t.span), _TOKEN_KINDS.get(t.kind, "unknown"),
                                                   t.flags))

    @functools.cached_property
    def quotes(self) -> list[Quote]:
        return self._list("quote", lambda q: Quote(*self._parts(q.span), _QUOTE_KINDS.get(q.kind, "unknown"),
                                                   self._optional(q.speaker), self._optional(q.cue),
                                                   self._optional(q.speaker_mention), self._optional(q.speaker_key)))

    @functools.cached_property
    def entities(self) -> list[Entity]:
        return self._list("entity", lambda e: Entity(*self._parts(e.span), _ENTITY_TYPES.get(e.type, "unknown"),
                                                     self._segment(e.key), _native.string_at(e.zone).decode() or None,
                                                     _native.string_at(e.country).decode() or None))

    @functools.cached_property
    def times(self) -> list[TimeExpression]:
        return self._list("time", lambda t: TimeExpression(
            *self._parts(t.span), _native.iso8601(t.value) if t.has_value else None))

    @functools.cached_property
    def tags(self) -> list[Segment]:
        return self._list("tag", self._segment)

    @functools.cached_property
    def trailer(self) -> Optional[Segment]:
        return self._optional(self._get("trailer", _native.OptSpan))

    @functools.cached_property
    def credits(self) -> list[Credit]:
        """The people a trailer or the wire credits name, with their roles."""
        return self._list("credit", lambda c: Credit(_CREDIT_ROLES.get(c.role, "unknown"), self._segment(c.name)))

    @functools.cached_property
    def wire(self) -> Optional[Wire]:
        """The machine wire header (anpa1312, iptc7901); None for the other formats."""
        w = self._get("wire", _native.Wire)
        if not w.present:
            return None
        o = self._optional
        embargo = None
        if w.embargo.present:
            embargo = Embargo(*self._parts(w.embargo.span),
                              _native.iso8601(w.embargo.value) if w.embargo.has_value else None)
        return Wire(service=o(w.service), sequence=o(w.sequence), priority=o(w.priority),
                    priority_level=w.priority_level or None, category=o(w.category), slug=o(w.slug),
                    keywords=tuple(self._list("keyword", self._segment)), word_count=o(w.word_count),
                    word_count_value=w.word_count_value if w.has_word_count_value else None, take=o(w.take),
                    selector=o(w.selector), agency=o(w.agency), agency_sequence=o(w.agency_sequence),
                    reference=o(w.reference), filing_date=o(w.filing_date), embargo=embargo,
                    flags=tuple(self._list("flag", self._segment)),
                    ednotes=tuple(self._list("ednote", self._segment)), preserved=bool(w.preserved),
                    notepad=o(w.notepad), nonpublic=o(w.nonpublic), signoff=o(w.signoff))

    @functools.cached_property
    def story(self) -> Optional[StoryPosition]:
        """Where this story lies in a buffer of many (`stories`); None for one whole input."""
        s = self._get("story", _native.Story)
        return StoryPosition(s.index, (s.span.begin, s.span.end)) if s.present else None

    @functools.cached_property
    def diagnostics(self) -> list[Diagnostic]:
        lib = _native.lib
        return self._list("diagnostic", lambda d: Diagnostic(
            lib.wr_diagnostic_code_name(d.code).decode(), d.offset, self._char(d.offset),
            lib.wr_diagnostic_code_message(d.code).decode()))

    # ---- renderings ----

    def to_json(self, *, tokens: bool = False, pretty: bool = False, id_json: Optional[str] = None) -> str:
        """The JSON document `wirereport parse` prints, rendered by the library in one call.
        `id_json`: the document's "id" as JSON text: a string, number, true, false or null ('"a1"', '17')."""
        lib = _native.lib
        flags = (_native.JSON_TOKENS if tokens else 0) | (_native.JSON_PRETTY if pretty else 0)
        id_bytes = id_json.encode() if id_json is not None else b""
        buffer = ctypes.c_void_p()
        _check(lib.wr_buffer_new(ctypes.byref(buffer)), "json")
        try:
            status = lib.wr_article_json(self._handle, flags, id_bytes or None, len(id_bytes), buffer)
            if status == _native.ERR_INVALID_ARGUMENT:
                raise ValueError(f"wirereport: id_json must be a JSON string, number, true, false or null, "
                                 f"not {id_json!r}")
            _check(status, "json")
            out = _native.Str()
            _check(lib.wr_buffer_data(buffer, ctypes.byref(out)), "json")
            return _native.string_at(out).decode("utf-8")
        finally:
            lib.wr_buffer_free(buffer)

    def to_dict(self, *, tokens: bool = False) -> dict:
        """The JSON document as Python values: equal to json.loads(self.to_json(tokens=tokens))."""

        def with_text(s: Optional[Segment]) -> Optional[dict]:
            return None if s is None else {"span": list(s.span), "text": s.text}

        def spans_only(items: list[Segment]) -> list[dict]:
            return [{"span": list(s.span)} for s in items]

        p, d, b = self.published, self.dateline, self.byline
        doc = {
            "schema": 1,
            "format": self.format,
            "language": self.language,
            "encoding": self.encoding,
            "published": None if p is None else {**with_text(p), "local": p.local, "zone": p.zone, "utc": p.utc},
            "headline": with_text(self.headline),
            "dateline": None if d is None else {
                **with_text(d),
                "place": None if d.place is None else {**with_text(d.place), "zone": d.place.zone,
                                                       "country": d.place.country},
                "agency": with_text(d.agency),
                "date": None if d.date is None else {**with_text(d.date), "value": d.date.value},
            },
            "byline": None if b is None else {**with_text(b), "authors": [with_text(a) for a in b.authors]},
            "paragraphs": spans_only(self.paragraphs),
            "sentences": spans_only(self.sentences),
        }
        if tokens:
            doc["tokens"] = [{"span": list(t.span), "kind": t.kind} for t in self.tokens]
        doc["quotes"] = [{**with_text(q), "kind": q.kind, "speaker": with_text(q.speaker), "cue": with_text(q.cue)}
                         for q in self.quotes]
        doc["entities"] = [{**with_text(e), "type": e.type, "key": e.key.text, "zone": e.zone, "country": e.country}
                           for e in self.entities]
        doc["times"] = [{**with_text(t), "value": t.value} for t in self.times]
        doc["tags"] = [with_text(t) for t in self.tags]
        doc["trailer"] = with_text(self.trailer)
        doc["credits"] = [{"role": c.role, "name": with_text(c.name)} for c in self.credits]
        w = self.wire
        doc["wire"] = None if w is None else {
            "service": with_text(w.service),
            "sequence": with_text(w.sequence),
            # A level known from the framing alone has no span.
            "priority": None if w.priority is None and w.priority_level is None else {
                **(with_text(w.priority) or {"span": None, "text": None}), "level": w.priority_level},
            "category": with_text(w.category),
            "slug": with_text(w.slug),
            "keywords": [with_text(k) for k in w.keywords],
            "word_count": None if w.word_count is None else {**with_text(w.word_count),
                                                             "value": w.word_count_value},
            **{key: with_text(getattr(w, key)) for key in ("take", "selector", "agency", "agency_sequence",
                                                           "reference", "filing_date")},
            "embargo": None if w.embargo is None else {**with_text(w.embargo), "value": w.embargo.value},
            "flags": [with_text(f) for f in w.flags],
            "ednotes": [with_text(n) for n in w.ednotes],
            "preserved": w.preserved,
            **{key: with_text(getattr(w, key)) for key in ("notepad", "nonpublic", "signoff")},
        }
        s = self.story
        doc["story"] = None if s is None else {"index": s.index, "span": list(s.span)}
        doc["diagnostics"] = [{"code": x.code, "offset": x.offset, "message": x.message} for x in self.diagnostics]
        return doc

    def __repr__(self) -> str:
        headline = self.headline.text if self.headline else None
        return f"<wirereport.Article format={self.format!r} language={self.language!r} headline={headline!r}>"
