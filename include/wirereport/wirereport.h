/* wirereport C ABI: parse news wire reports into a zero-copy article.
 *
 * Pure C11. Every field of an article is a span of UTF-8 byte offsets into the text it was
 * parsed from (the same numbers as the C++ API and the JSON document), read through small
 * structs returned by value.
 *
 *   wr_article* a = NULL;
 *   if (wr_parse(text, length, NULL, &a, NULL) == WR_OK) {
 *     wr_opt_span h;
 *     wr_str s;
 *     if (wr_article_headline(a, &h) == WR_OK && h.present && wr_article_slice(a, h.span, &s) == WR_OK)
 *       printf("%.*s\n", (int)s.size, s.data);
 *   }
 *   wr_article_free(a);
 *
 * Conventions
 *  - Every function that can fail returns a wr_status and writes its results through
 *    out-parameters, which it leaves untouched on failure. Functions that cannot fail (names,
 *    versions, *_free) return their value directly.
 *  - Enumerations are int32_t typedefs with named constants: their size is fixed, and a value
 *    out of range is WR_ERR_INVALID_ARGUMENT (or the name "unknown"), never undefined.
 *  - Strings are pointer + length (wr_str); nothing is NUL-terminated except the static names.
 *  - Every *_new / wr_parse has a *_free that accepts NULL. Memory the library allocates is
 *    freed only by the library.
 *  - Lifetime: an article borrows the caller's text unless wr_options_set_copy_input() asked it
 *    to copy. A wr_str pointing into the text is valid while both the text and the article are
 *    alive and the article is not parsed into again. Names and zone/country strings are static.
 *  - Threads: handles have no hidden shared state. An article or options object may be read
 *    from many threads at once; writing (wr_parse_into, setters, wr_stream_next) needs
 *    exclusive access.
 *  - ABI: the structs below grow only with a new WR_ABI_VERSION (the shared library's
 *    SOVERSION), their new fields appended. New functions, new structs they fill and new
 *    enumeration values need no new version: a program built against an older header keeps
 *    working. ABI 2 appended wr_quote.speaker_mention/speaker_key and wr_entity.zone/country.
 */
#ifndef WIREREPORT_H
#define WIREREPORT_H

#include <stddef.h>
#include <stdint.h>

#include "wirereport/export.h"
#include "wirereport/version.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------------------------
 * Results and versions
 * ------------------------------------------------------------------------------------------ */

typedef int32_t wr_status;
enum { /* wr_status */
  WR_OK = 0,
  WR_ERR_NULL = 1,             /* a required pointer argument was NULL */
  WR_ERR_INVALID_ARGUMENT = 2, /* a value out of its range: an enum, flags, a span, an id */
  WR_ERR_OUT_OF_RANGE = 3,     /* an index not below the count */
  WR_ERR_INVALID_UTF8 = 4,     /* the input is not UTF-8 and the options reject that */
  WR_ERR_TOO_LARGE = 5,        /* the input is larger than the options' limit or 4 GiB - 1 */
  WR_ERR_BAD_OPTION = 6,       /* an option names something the library cannot use */
  WR_ERR_OUT_OF_MEMORY = 7,
  WR_ERR_INTERNAL = 8          /* an unexpected error inside the library (a bug: report it) */
};

/* A static English message for a status ("invalid argument"); never NULL. */
WIREREPORT_API const char* wr_status_str(wr_status status);

/* The library's version at run time ("0.1.0"); WR_VERSION_STRING is the header's. */
WIREREPORT_API const char* wr_version(void);
/* major * 10000 + minor * 100 + patch */
WIREREPORT_API uint32_t wr_version_number(void);
/* The ABI this library implements; compare with WR_ABI_VERSION from the header you built with. */
WIREREPORT_API uint32_t wr_abi_version(void);

/* ------------------------------------------------------------------------------------------
 * Value types
 * ------------------------------------------------------------------------------------------ */

/* Bytes that the library or the caller owns; not NUL-terminated. `data` is never NULL in a
 * wr_str the library fills, also when `size` is 0. */
typedef struct wr_str {
  const char* data;
  size_t size;
} wr_str;

/* [begin, end) UTF-8 byte offsets into the article's text (wr_article_text). */
typedef struct wr_span {
  uint32_t begin;
  uint32_t end;
} wr_span;

/* A span that may be absent: `span` is meaningful only when `present` is 1. */
typedef struct wr_opt_span {
  int present;
  wr_span span;
} wr_opt_span;

typedef int32_t wr_format;
enum { /* wr_format */
  WR_FORMAT_AUTO = 0, /* options only: detect from the first lines */
  WR_FORMAT_TEXT = 1,
  WR_FORMAT_WEB = 2,
  WR_FORMAT_REUTERS = 3,
  WR_FORMAT_AGENCY = 4,
  WR_FORMAT_ANPA1312 = 5,
  WR_FORMAT_IPTC7901 = 6
};

typedef int32_t wr_encoding;
enum { /* wr_encoding */
  WR_ENCODING_AUTO = 0, /* options only: UTF-8 as it is, else transcode what reads as Windows-1252 */
  WR_ENCODING_UTF8 = 1,
  WR_ENCODING_LATIN1 = 2,
  WR_ENCODING_WINDOWS1252 = 3
};

typedef int32_t wr_language;
enum { /* wr_language */
  WR_LANGUAGE_UNKNOWN = 0, /* options: detect from the text */
  WR_LANGUAGE_DE = 1,
  WR_LANGUAGE_EN = 2
};

typedef int32_t wr_precision;
enum { /* wr_precision */
  WR_PRECISION_YEAR = 0,
  WR_PRECISION_MONTH = 1,
  WR_PRECISION_DAY = 2,
  WR_PRECISION_MINUTE = 3,
  WR_PRECISION_SECOND = 4,
  WR_PRECISION_MILLISECOND = 5,
  WR_PRECISION_WEEK = 6 /* an ISO week ("2023-W36"); the date is its Monday */
};

/* A calendar time known to `precision`; fields finer than that carry no meaning. */
typedef struct wr_time {
  int32_t year;
  uint8_t month; /* 1..12 */
  uint8_t day;   /* 1..31 */
  uint8_t hour;
  uint8_t minute;
  uint8_t second;
  uint8_t has_utc_offset; /* 1 when utc_offset_minutes is known */
  uint16_t millisecond;
  int16_t utc_offset_minutes;
  wr_precision precision;
} wr_time;

/* The longest text wr_time_iso8601 writes, with room to spare. */
#define WR_ISO8601_MAX_SIZE 40

/* Writes `time` as ISO 8601 up to its precision ("2023-09-15", "2023-09-15T11:52:00Z") into
 * `out`, which holds `capacity` >= WR_ISO8601_MAX_SIZE bytes; *out_size is the length written
 * (no NUL is added). */
WIREREPORT_API wr_status wr_time_iso8601(const wr_time* time, char* out, size_t capacity, size_t* out_size);

/* ------------------------------------------------------------------------------------------
 * Options
 * ------------------------------------------------------------------------------------------ */

typedef struct wr_options wr_options;

/* New options with the defaults: detect format, encoding and language; keep invalid UTF-8
 * with diagnostics; no default zone; inputs up to 4 GiB - 1; at most 1000 diagnostics and
 * 100000 quotes and entities per article; borrow the input. */
WIREREPORT_API wr_status wr_options_new(wr_options** out_options);
WIREREPORT_API void wr_options_free(wr_options* options);

WIREREPORT_API wr_status wr_options_set_format(wr_options* options, wr_format format);
WIREREPORT_API wr_status wr_options_set_encoding(wr_options* options, wr_encoding encoding);
WIREREPORT_API wr_status wr_options_set_language(wr_options* options, wr_language language);
/* IANA zone ("Europe/Berlin") for timestamps that name none; copied. Length 0 clears it. An
 * unknown name is a diagnostic of each parse, not an error here. */
WIREREPORT_API wr_status wr_options_set_default_zone(wr_options* options, const char* zone, size_t size);
/* 1: input that is not valid UTF-8 fails with WR_ERR_INVALID_UTF8; 0 (default): keep it. */
WIREREPORT_API wr_status wr_options_set_reject_invalid_utf8(wr_options* options, int reject);
/* Inputs larger than this fail with WR_ERR_TOO_LARGE; at most 4294967295. */
WIREREPORT_API wr_status wr_options_set_max_input_bytes(wr_options* options, uint64_t max_bytes);
/* Diagnostics beyond this many are counted in one final "too_many_diagnostics" entry. */
WIREREPORT_API wr_status wr_options_set_max_diagnostics(wr_options* options, uint32_t max_diagnostics);
/* Quotes and entities kept per article (default 100000 each); past a limit the rest are
 * dropped with one "too_many_quotes" / "too_many_entities" diagnostic. */
WIREREPORT_API wr_status wr_options_set_max_quotes(wr_options* options, uint32_t max_quotes);
WIREREPORT_API wr_status wr_options_set_max_entities(wr_options* options, uint32_t max_entities);
/* 1: the article copies the input and owns the copy, for callers that cannot keep the text
 * alive; 0 (default): the article borrows the caller's text. */
WIREREPORT_API wr_status wr_options_set_copy_input(wr_options* options, int copy);

/* ------------------------------------------------------------------------------------------
 * Parsing
 * ------------------------------------------------------------------------------------------ */

typedef struct wr_article wr_article;

/* Parses `size` bytes at `text` (NULL is allowed when size is 0) with `options` (NULL: the
 * defaults) into a new article. Bad input is not an error: the article carries diagnostics.
 * When the input is rejected (WR_ERR_INVALID_UTF8, WR_ERR_TOO_LARGE) no article is made and
 * `out_error_offset`, when not NULL, receives the byte offset that failed (0 for too large). */
WIREREPORT_API wr_status wr_parse(const char* text, size_t size, const wr_options* options,
                                  wr_article** out_article, uint32_t* out_error_offset);

/* Parses again into an existing article, reusing its memory: once warm, no allocation. Views
 * into the article's previous text become invalid. When the input is rejected, the article
 * holds no fields, only the diagnostic that says why. */
WIREREPORT_API wr_status wr_parse_into(wr_article* article, const char* text, size_t size,
                                       const wr_options* options, uint32_t* out_error_offset);

WIREREPORT_API void wr_article_free(wr_article* article);

/* ------------------------------------------------------------------------------------------
 * The article: text and properties
 * ------------------------------------------------------------------------------------------ */

/* The text all spans index: the caller's bytes, the article's copy of them, or the UTF-8
 * transcoding of a legacy charset. */
WIREREPORT_API wr_status wr_article_text(const wr_article* article, wr_str* out_text);
/* The bytes of `span`; WR_ERR_INVALID_ARGUMENT when it is not within the text. */
WIREREPORT_API wr_status wr_article_slice(const wr_article* article, wr_span span, wr_str* out_text);

WIREREPORT_API wr_status wr_article_format(const wr_article* article, wr_format* out_format);
WIREREPORT_API wr_status wr_article_language(const wr_article* article, wr_language* out_language);
WIREREPORT_API wr_status wr_article_encoding(const wr_article* article, wr_encoding* out_encoding);
/* 1 when the text was transcoded into a buffer the article owns. */
WIREREPORT_API wr_status wr_article_transcoded(const wr_article* article, int* out_transcoded);
/* WR_OK, or why the input was rejected (WR_ERR_INVALID_UTF8, WR_ERR_TOO_LARGE): then the
 * article holds no fields, only the diagnostic that says why, and `out_error_offset` (may be
 * NULL) receives the byte offset that failed, as wr_parse gives it. For the articles of a
 * stream (wr_stream_next) and of wr_parse_into. */
WIREREPORT_API wr_status wr_article_status(const wr_article* article, wr_status* out_status,
                                           uint32_t* out_error_offset);

/* ------------------------------------------------------------------------------------------
 * The article: header fields
 * ------------------------------------------------------------------------------------------ */

/* The publication time: `local` as written (no offset); `zone` an IANA name (size 0 when none
 * is known); `utc` set when has_utc is 1. */
typedef struct wr_published {
  int present;
  wr_span span;
  wr_time local;
  wr_str zone; /* static */
  int has_utc;
  wr_time utc;
} wr_published;

/* A dateline place, resolved where known: zone and country (ISO 3166 alpha-2) are static
 * strings of size 0 when unknown. */
typedef struct wr_place {
  int present;
  wr_span span;
  wr_str zone;
  wr_str country;
} wr_place;

typedef struct wr_dateline_date {
  int present;
  wr_span span;
  int has_value; /* `value` resolved against the publication time */
  wr_time value;
} wr_dateline_date;

/* "WASHINGTON, Sept 14 (Reuters) -" with its parts. */
typedef struct wr_dateline {
  int present;
  wr_span span;
  wr_place place;
  wr_opt_span agency;
  wr_dateline_date date;
} wr_dateline;

WIREREPORT_API wr_status wr_article_published(const wr_article* article, wr_published* out);
WIREREPORT_API wr_status wr_article_headline(const wr_article* article, wr_opt_span* out);
WIREREPORT_API wr_status wr_article_dateline(const wr_article* article, wr_dateline* out);
/* The byline line; its authors are the author list below. */
WIREREPORT_API wr_status wr_article_byline(const wr_article* article, wr_opt_span* out);
WIREREPORT_API wr_status wr_article_trailer(const wr_article* article, wr_opt_span* out);

/* An embargo ("Sperrfrist 9. Oktober 14.20 Uhr"), its time resolved when has_value is 1. */
typedef struct wr_embargo {
  int present;
  wr_span span;
  int has_value;
  wr_time value;
} wr_embargo;

/* The header of the machine wire formats (ANPA-1312, IPTC 7901) and what their framing
 * carries besides the story; `present` is 0 for the other formats. Each field is absent where
 * the format or the story lacks it. The keyword, flag and ednote lists are below. */
typedef struct wr_wire {
  int present;
  wr_opt_span service;         /* ANPA service level "W"; IPTC 7901 service "eca" */
  wr_opt_span sequence;        /* story / message number "2870", "062" */
  wr_opt_span priority;        /* as written: ANPA "f", IPTC 7901 "4" */
  uint32_t priority_level;     /* 1 (flash) .. 6 (lowest) on the IPTC 7901 scale; 0 unknown */
  wr_opt_span category;        /* ANPA category "l"; IPTC 7901 ressort "pl" */
  wr_opt_span slug;            /* "Germany-politics" */
  wr_opt_span word_count;      /* as written: "1049" */
  int has_word_count_value;    /* 1 when word_count reads as a number: word_count_value */
  uint32_t word_count_value;
  wr_opt_span take;            /* version / take: "1stLd-Writethru", "(Achtung)" */
  wr_opt_span selector;        /* ANPA selector "asian"; IPTC 7901 "ccccb" */
  wr_opt_span agency;          /* IPTC 7901 agency "dpa" */
  wr_opt_span agency_sequence; /* IPTC 7901 agency number "061" */
  wr_opt_span reference;       /* ANPA reference, IPTC 7901 BEZU */
  wr_opt_span filing_date;     /* ANPA "11-13" (MM-DD) */
  wr_embargo embargo;
  int preserved;               /* 1: an ANPA tabular story, its body kept as sent */
  wr_opt_span notepad;         /* IPTC 7901 "# Notizblock" section */
  wr_opt_span nonpublic;       /* after "* * * *": notes not for publication */
  wr_opt_span signoff;         /* the editors' closing line "dpa wsz jln npr" */
} wr_wire;

WIREREPORT_API wr_status wr_article_wire(const wr_article* article, wr_wire* out);

/* Where a story of a buffer of many lies in it (see wr_stream_next); `present` is 0 for an
 * article of one whole input (wr_parse, or a buffer that holds one story). The article's other
 * spans index its own story's text. */
typedef struct wr_story {
  int present;
  size_t index; /* 0 for the first story */
  wr_span span; /* its bytes in the buffer */
} wr_story;

WIREREPORT_API wr_status wr_article_story(const wr_article* article, wr_story* out);

/* ------------------------------------------------------------------------------------------
 * The article: lists, each a count and an indexed read (WR_ERR_OUT_OF_RANGE past the end)
 * ------------------------------------------------------------------------------------------ */

typedef int32_t wr_region_kind;
enum { /* wr_region_kind */
  WR_REGION_HEADER = 0,
  WR_REGION_HEADLINE = 1,
  WR_REGION_DATELINE = 2,
  WR_REGION_BYLINE = 3,
  WR_REGION_BODY = 4,
  WR_REGION_TRAILER = 5,
  WR_REGION_UNCLASSIFIED = 6
};

/* Regions tile the text: every byte is in exactly one. */
typedef struct wr_region {
  wr_span span;
  wr_region_kind kind;
} wr_region;

typedef int32_t wr_token_kind;
enum { /* wr_token_kind */
  WR_TOKEN_WORD = 0,
  WR_TOKEN_NUMBER = 1,
  WR_TOKEN_PUNCTUATION = 2,
  WR_TOKEN_SYMBOL = 3,
  WR_TOKEN_QUOTE_OPEN = 4,
  WR_TOKEN_QUOTE_CLOSE = 5,
  WR_TOKEN_QUOTE_AMBIGUOUS = 6,
  WR_TOKEN_URL = 7,
  WR_TOKEN_EMAIL = 8,
  WR_TOKEN_HANDLE = 9,
  WR_TOKEN_HASHTAG = 10,
  WR_TOKEN_INVALID = 11
};

/* wr_token.flags bits */
#define WR_TOKEN_CAPITALIZED 0x0001u
#define WR_TOKEN_ALL_CAPS 0x0002u
#define WR_TOKEN_HAS_DIGIT 0x0004u
#define WR_TOKEN_HAS_HYPHEN 0x0008u
#define WR_TOKEN_SENTENCE_FINAL 0x0010u
#define WR_TOKEN_SPACE_BEFORE 0x0020u
#define WR_TOKEN_NEWLINE_BEFORE 0x0040u
#define WR_TOKEN_PARAGRAPH_BEFORE 0x0080u
#define WR_TOKEN_ENDS_WITH_PERIOD 0x0100u
/* A part of a hyphenated compound split as the treebanks split them; an article's tokens keep
 * compounds whole, so they never carry it. */
#define WR_TOKEN_IN_COMPOUND 0x0200u

typedef struct wr_token {
  wr_span span;
  wr_token_kind kind;
  uint32_t flags;
} wr_token;

typedef int32_t wr_quote_kind;
enum { /* wr_quote_kind */
  WR_QUOTE_DIRECT = 0,
  WR_QUOTE_INDIRECT = 1
};

/* `span`: the quoted words without the marks, or the reported clause. `speaker`: the person or
 * body, after pronoun resolution. `speaker_mention`: the pronoun at the cue ("er", "she") when
 * the speaker was resolved from it. `speaker_key`: the key of the entity the speaker names
 * ("KCNA" for "die Nachrichtenagentur KCNA"), as wr_entity.key has it. */
typedef struct wr_quote {
  wr_span span;
  wr_quote_kind kind;
  wr_opt_span speaker;
  wr_opt_span cue;
  wr_opt_span speaker_mention; /* ABI 2 */
  wr_opt_span speaker_key;     /* ABI 2 */
} wr_quote;

typedef int32_t wr_entity_type;
enum { /* wr_entity_type */
  WR_ENTITY_PERSON = 0,
  WR_ENTITY_PLACE = 1,
  WR_ENTITY_ORGANIZATION = 2
};

/* `key`: the mention that names the entity best; mentions of one entity share it. For a place
 * the gazetteer knows, `zone` (IANA; size 0 when the place spans zones, like most countries)
 * and `country` (ISO 3166 alpha-2); both static, size 0 when unknown and for other types. */
typedef struct wr_entity {
  wr_span span;
  wr_entity_type type;
  wr_span key;
  wr_str zone;    /* ABI 2 */
  wr_str country; /* ABI 2 */
} wr_entity;

/* A date or time in the text, resolved when has_value is 1. */
typedef struct wr_time_expression {
  wr_span span;
  int has_value;
  wr_time value;
} wr_time_expression;

/* Diagnostic codes. A newer library may report codes this header does not name:
 * wr_diagnostic_code_name() names them all. */
typedef int32_t wr_diagnostic_code;
enum { /* wr_diagnostic_code */
  WR_DIAG_EMPTY_INPUT = 0,
  WR_DIAG_INVALID_UTF8 = 1,
  WR_DIAG_TRANSCODED = 2,
  WR_DIAG_CONTROL_CHARACTERS = 3,
  WR_DIAG_NUL_BYTES = 4,
  WR_DIAG_TOO_LARGE = 5,
  WR_DIAG_TOO_MANY_DIAGNOSTICS = 6,
  WR_DIAG_UNKNOWN_ZONE = 7,
  WR_DIAG_UNPARSED_TIMESTAMP = 8,
  WR_DIAG_NO_HEADLINE = 9,
  WR_DIAG_NO_DATELINE = 10,
  WR_DIAG_UNCLASSIFIED_TEXT = 11,
  WR_DIAG_MIXED_LINE_ENDINGS = 12,
  WR_DIAG_UNBALANCED_QUOTE = 13,
  WR_DIAG_TRUNCATED_STORY = 14,
  WR_DIAG_UNPARSED_HEADER = 15,
  WR_DIAG_TOO_MANY_QUOTES = 16,
  WR_DIAG_TOO_MANY_ENTITIES = 17
};

typedef struct wr_diagnostic {
  wr_diagnostic_code code;
  uint32_t offset; /* byte offset into the text */
} wr_diagnostic;

typedef int32_t wr_credit_role;
enum { /* wr_credit_role */
  WR_CREDIT_AUTHOR = 0,               /* "Autor/in:", "Author:" */
  WR_CREDIT_REPORTING = 1,            /* "Reporting by", "X reported from Y" */
  WR_CREDIT_ADDITIONAL_REPORTING = 2, /* "Additional reporting by" */
  WR_CREDIT_WRITING = 3,              /* "Writing by", "Compiled by" */
  WR_CREDIT_EDITING = 4,              /* "Editing by", "Redaktion:" */
  WR_CREDIT_CONTRIBUTING = 5,         /* "Mitarbeit:", "X contributed to this report" */
  WR_CREDIT_PHOTO = 6                 /* "Photos by", "Foto:" */
};

/* A person a trailer or the credits name: "(Reporting by Jane Roe; Editing by John Doe)". */
typedef struct wr_credit {
  wr_credit_role role;
  wr_span name;
} wr_credit;

WIREREPORT_API wr_status wr_article_region_count(const wr_article* article, size_t* out_count);
WIREREPORT_API wr_status wr_article_region(const wr_article* article, size_t index, wr_region* out);
WIREREPORT_API wr_status wr_article_author_count(const wr_article* article, size_t* out_count);
WIREREPORT_API wr_status wr_article_author(const wr_article* article, size_t index, wr_span* out);
WIREREPORT_API wr_status wr_article_paragraph_count(const wr_article* article, size_t* out_count);
WIREREPORT_API wr_status wr_article_paragraph(const wr_article* article, size_t index, wr_span* out);
WIREREPORT_API wr_status wr_article_sentence_count(const wr_article* article, size_t* out_count);
WIREREPORT_API wr_status wr_article_sentence(const wr_article* article, size_t index, wr_span* out);
WIREREPORT_API wr_status wr_article_token_count(const wr_article* article, size_t* out_count);
WIREREPORT_API wr_status wr_article_token(const wr_article* article, size_t index, wr_token* out);
WIREREPORT_API wr_status wr_article_quote_count(const wr_article* article, size_t* out_count);
WIREREPORT_API wr_status wr_article_quote(const wr_article* article, size_t index, wr_quote* out);
WIREREPORT_API wr_status wr_article_entity_count(const wr_article* article, size_t* out_count);
WIREREPORT_API wr_status wr_article_entity(const wr_article* article, size_t index, wr_entity* out);
WIREREPORT_API wr_status wr_article_time_count(const wr_article* article, size_t* out_count);
WIREREPORT_API wr_status wr_article_time(const wr_article* article, size_t index, wr_time_expression* out);
WIREREPORT_API wr_status wr_article_tag_count(const wr_article* article, size_t* out_count);
WIREREPORT_API wr_status wr_article_tag(const wr_article* article, size_t index, wr_span* out);
WIREREPORT_API wr_status wr_article_diagnostic_count(const wr_article* article, size_t* out_count);
WIREREPORT_API wr_status wr_article_diagnostic(const wr_article* article, size_t index, wr_diagnostic* out);
WIREREPORT_API wr_status wr_article_credit_count(const wr_article* article, size_t* out_count);
WIREREPORT_API wr_status wr_article_credit(const wr_article* article, size_t index, wr_credit* out);
/* The machine wire formats' lists: IPTC 7901 slug parts and the ANPA keyword line; IPTC 7901
 * flag lines ("(Eil)", "1ST LEAD"); notes to editors (ANPA "Eds: ..."). */
WIREREPORT_API wr_status wr_article_keyword_count(const wr_article* article, size_t* out_count);
WIREREPORT_API wr_status wr_article_keyword(const wr_article* article, size_t index, wr_span* out);
WIREREPORT_API wr_status wr_article_flag_count(const wr_article* article, size_t* out_count);
WIREREPORT_API wr_status wr_article_flag(const wr_article* article, size_t index, wr_span* out);
WIREREPORT_API wr_status wr_article_ednote_count(const wr_article* article, size_t* out_count);
WIREREPORT_API wr_status wr_article_ednote(const wr_article* article, size_t index, wr_span* out);

/* ------------------------------------------------------------------------------------------
 * Names: static NUL-terminated strings as the JSON document writes them ("web", "de",
 * "quote_open", "invalid_utf8"); "unknown" for a value out of range. Never NULL.
 * ------------------------------------------------------------------------------------------ */

WIREREPORT_API const char* wr_format_name(wr_format format);
WIREREPORT_API const char* wr_encoding_name(wr_encoding encoding);
WIREREPORT_API const char* wr_language_name(wr_language language);
WIREREPORT_API const char* wr_region_kind_name(wr_region_kind kind);
WIREREPORT_API const char* wr_token_kind_name(wr_token_kind kind);
WIREREPORT_API const char* wr_quote_kind_name(wr_quote_kind kind);
WIREREPORT_API const char* wr_entity_type_name(wr_entity_type type);
WIREREPORT_API const char* wr_credit_role_name(wr_credit_role role);
WIREREPORT_API const char* wr_diagnostic_code_name(wr_diagnostic_code code);
/* A sentence that explains the diagnostic, as the JSON "message" has it. */
WIREREPORT_API const char* wr_diagnostic_code_message(wr_diagnostic_code code);

/* ------------------------------------------------------------------------------------------
 * JSON: the whole article in one call, as `wirereport parse` prints it
 * ------------------------------------------------------------------------------------------ */

/* Bytes the library owns and reuses; read them with wr_buffer_data. */
typedef struct wr_buffer wr_buffer;

WIREREPORT_API wr_status wr_buffer_new(wr_buffer** out_buffer);
WIREREPORT_API void wr_buffer_free(wr_buffer* buffer);
/* The bytes, valid until the buffer is written again or freed. */
WIREREPORT_API wr_status wr_buffer_data(const wr_buffer* buffer, wr_str* out_data);

/* wr_article_json flags */
#define WR_JSON_TOKENS 0x1u /* include the "tokens" array */
#define WR_JSON_PRETTY 0x2u /* indent with two spaces instead of one line */

/* Replaces the buffer's contents with the article's JSON document (no trailing newline).
 * `id_json` (may be NULL when `id_size` is 0) is the document's "id" as JSON text: a string,
 * number, true, false or null ("\"a1\"", "17"), written as it is; size 0: no "id" key. Anything
 * else (objects and arrays too) is WR_ERR_INVALID_ARGUMENT. */
WIREREPORT_API wr_status wr_article_json(const wr_article* article, uint32_t flags, const char* id_json,
                                         size_t id_size, wr_buffer* out_buffer);

/* ------------------------------------------------------------------------------------------
 * Streams: a buffer of many stories (ANPA-1312 or IPTC 7901 messages one after another,
 * agency texts run together), parsed one story at a time
 *
 *   wr_stream* s = NULL;
 *   wr_article* a = NULL;
 *   if (wr_stream_new(buffer, size, NULL, &s) == WR_OK) {
 *     while (wr_stream_next(s, &a) == WR_OK && a != NULL) {
 *       ... read a as any article; wr_article_story(a, ...) says where it lies in buffer ...
 *       wr_article_free(a);
 *     }
 *   }
 *   wr_stream_free(s);
 * ------------------------------------------------------------------------------------------ */

typedef struct wr_stream wr_stream;

/* Opens a stream over `size` bytes at `buffer` (NULL is allowed when size is 0). `options`
 * (NULL: the defaults) are copied: their format decides how stories are cut (as for wr_parse:
 * WR_FORMAT_AUTO detects it from the buffer's start; formats without framing are one story),
 * and all of them apply to each story. The stream borrows the buffer, which must then stay
 * alive and unchanged while the stream and its articles are used, unless the options ask to
 * copy the input: then the stream copies the buffer once and each article its own story, so
 * neither needs the caller's buffer. Nothing is parsed here. A buffer of 4 GiB or
 * more is WR_ERR_TOO_LARGE (the options' max_input_bytes applies to each story instead). */
WIREREPORT_API wr_status wr_stream_new(const char* buffer, size_t size, const wr_options* options,
                                       wr_stream** out_stream);

/* Cuts the next story and parses it into a new article, which the caller frees with
 * wr_article_free (it does not depend on the stream); *out_article is NULL when the buffer
 * holds no more stories. The buffer is read once, front to back; an empty buffer holds one
 * empty story. A story the options reject (invalid UTF-8, larger than max_input_bytes) is an
 * article too, holding only the diagnostic: wr_article_status says so. After
 * WR_ERR_OUT_OF_MEMORY the stream has gone past the story that failed. */
WIREREPORT_API wr_status wr_stream_next(wr_stream* stream, wr_article** out_article);

WIREREPORT_API void wr_stream_free(wr_stream* stream);

#ifdef __cplusplus
}
#endif

#endif /* WIREREPORT_H */
