/* The C ABI from C: compiled as C11 with -Wall -Wextra -pedantic -Werror, it checks that
 * wirereport.h is pure C and that every entry point answers NULL, zero-length, invalid and
 * huge arguments with a status, never a crash.
 *
 *   c_api_test                 run the checks
 *   c_api_test --layout        print each struct's size and field offsets ("name value" lines),
 *                              which the Python and Rust bindings compare with their own
 *   c_api_test --out-of-memory with the address space limited, a parse that cannot allocate
 *                              returns WR_ERR_OUT_OF_MEMORY: the C++ exception stays inside */
#define _POSIX_C_SOURCE 200809L /* getrlimit/setrlimit for --out-of-memory */

#include <wirereport/wirereport.h>

#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define WR_TEST_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define WR_TEST_SANITIZED 1
#endif
#endif
#if defined(__linux__) && !defined(WR_TEST_SANITIZED)
#include <sys/resource.h>
#include <unistd.h>
#define WR_TEST_OUT_OF_MEMORY 1
#endif

static int failures = 0;

#define CHECK(cond)                                                  \
  do {                                                               \
    if (!(cond)) {                                                   \
      fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); \
      ++failures;                                                    \
    }                                                                \
  } while (0)

#define CHECK_STATUS(call, expected)                                                     \
  do {                                                                                   \
    const wr_status got_ = (call);                                                       \
    if (got_ != (expected)) {                                                            \
      fprintf(stderr, "%s:%d: %s returned %d (%s), expected %s\n", __FILE__, __LINE__, #call, \
              (int)got_, wr_status_str(got_), #expected);                                \
      ++failures;                                                                        \
    }                                                                                    \
  } while (0)

/* A web copy written for this test. */
static const char report[] =
    "Jun 4, 2024 08:15 Europe/Berlin\n"
    "  \xE2\x80\xA2 Hafen Kiel meldet Rekord bei F\xC3\xA4hrpassagieren\n"
    "\n"
    "Kiel - Der Kieler Hafen hat im Mai so viele F\xC3\xA4hrpassagiere abgefertigt wie nie zuvor. "
    "\xE2\x80\x9E" "Das ist ein starkes Signal\xE2\x80\x9C, sagte Hafenchef Tom Berger am Montag.\n"
    "\n"
    "Die Reedereien rechnen f\xC3\xBCr den Sommer mit weiteren Zuw\xC3\xA4" "chsen.\n"
    "\n"
    "Tags\n"
    "  \xE2\x80\xA2 Kiel\n";

/* Two IPTC 7901 messages one after another, written for this test: the first with a slug,
 * an embargo flag line, quotes (one with a pronoun at its cue), a notepad, contacts and a
 * sign-off. */
static const char stream_text[] =
    "\001eca0101 3 wi 64  dpa 0201\n\nHafen/Kiel/Passagiere/\n"
    "\002(Sperrfrist 5. Juni 10.00 Uhr)\nHafen Kiel meldet Rekord bei Faehrpassagieren =\n\n"
    "Kiel (dpa/lno) - Der Kieler Hafen hat im Mai so viele Faehrpassagiere abgefertigt wie nie zuvor. "
    "\"Das ist ein starkes Signal\", sagte Hafenchef Tom Berger. "
    "\"Wir rechnen mit mehr\", f\xC3\xBCgte er hinzu.\n\n"
    "# Notizblock\n\n* * * *\nDie folgenden Informationen sind nicht zur Veroeffentlichung bestimmt\n\n"
    "## Kontakte\n- Autor/in: Jana Roth (Kiel)\n\ndpa jr xx\n\n\003041215 Jun 24\n\177\n\177\004"
    "\001eca0102 4 vm 20  dpa 0202\n\nWetter/\n\002Sonniges Wochenende in Kiel =\n\n"
    "Kiel (dpa) - Am Wochenende scheint die Sonne. \xFF\n\ndpa wet\n\n\003041230 Jun 24\n\177\n\177\004";

static int str_is(wr_str s, const char* expected) {
  return s.data != NULL && s.size == strlen(expected) && memcmp(s.data, expected, s.size) == 0;
}

static int contains(wr_str s, const char* needle) {
  const size_t n = strlen(needle);
  size_t i;
  for (i = 0; i + n <= s.size; ++i) {
    if (memcmp(s.data + i, needle, n) == 0) return 1;
  }
  return 0;
}

static int slice_is(const wr_article* a, wr_span span, const char* expected) {
  wr_str s = {NULL, 0};
  return wr_article_slice(a, span, &s) == WR_OK && str_is(s, expected);
}

static void check_versions(void) {
  CHECK(strcmp(wr_version(), WR_VERSION_STRING) == 0);
  CHECK(wr_abi_version() == WR_ABI_VERSION);
  CHECK(wr_version_number() == WR_VERSION_MAJOR * 10000u + WR_VERSION_MINOR * 100u + WR_VERSION_PATCH);
  CHECK(strcmp(wr_status_str(WR_OK), "ok") == 0);
  CHECK(strcmp(wr_status_str(WR_ERR_TOO_LARGE), "the input is too large") == 0);
  CHECK(strcmp(wr_status_str(-1), "unknown status") == 0);
  CHECK(strcmp(wr_status_str(INT32_MAX), "unknown status") == 0);
}

static void check_names(void) {
  CHECK(strcmp(wr_format_name(WR_FORMAT_AUTO), "auto") == 0);
  CHECK(strcmp(wr_format_name(WR_FORMAT_IPTC7901), "iptc7901") == 0);
  CHECK(strcmp(wr_encoding_name(WR_ENCODING_WINDOWS1252), "windows-1252") == 0);
  CHECK(strcmp(wr_language_name(WR_LANGUAGE_UNKNOWN), "und") == 0);
  CHECK(strcmp(wr_region_kind_name(WR_REGION_UNCLASSIFIED), "unclassified") == 0);
  CHECK(strcmp(wr_token_kind_name(WR_TOKEN_QUOTE_OPEN), "quote_open") == 0);
  CHECK(strcmp(wr_quote_kind_name(WR_QUOTE_INDIRECT), "indirect") == 0);
  CHECK(strcmp(wr_entity_type_name(WR_ENTITY_ORGANIZATION), "organization") == 0);
  CHECK(strcmp(wr_credit_role_name(WR_CREDIT_AUTHOR), "author") == 0);
  CHECK(strcmp(wr_credit_role_name(WR_CREDIT_ADDITIONAL_REPORTING), "additional_reporting") == 0);
  CHECK(strcmp(wr_credit_role_name(WR_CREDIT_PHOTO), "photo") == 0);
  CHECK(strcmp(wr_diagnostic_code_name(WR_DIAG_UNPARSED_HEADER), "unparsed_header") == 0);
  CHECK(strcmp(wr_diagnostic_code_name(WR_DIAG_MIXED_LINE_ENDINGS), "mixed_line_endings") == 0);
  CHECK(strcmp(wr_diagnostic_code_name(WR_DIAG_TOO_MANY_QUOTES), "too_many_quotes") == 0);
  CHECK(strcmp(wr_diagnostic_code_name(WR_DIAG_TOO_MANY_ENTITIES), "too_many_entities") == 0);
  CHECK(strcmp(wr_diagnostic_code_message(WR_DIAG_EMPTY_INPUT), "the input holds no text") == 0);
  /* Out of range: a name that says so, never NULL and never another value's name. */
  CHECK(strcmp(wr_format_name(-1), "unknown") == 0);
  CHECK(strcmp(wr_format_name(WR_FORMAT_IPTC7901 + 1), "unknown") == 0);
  CHECK(strcmp(wr_encoding_name(INT32_MIN), "unknown") == 0);
  CHECK(strcmp(wr_language_name(256), "unknown") == 0);
  CHECK(strcmp(wr_region_kind_name(7), "unknown") == 0);
  CHECK(strcmp(wr_token_kind_name(INT32_MAX), "unknown") == 0);
  CHECK(strcmp(wr_quote_kind_name(2), "unknown") == 0);
  CHECK(strcmp(wr_entity_type_name(-7), "unknown") == 0);
  CHECK(strcmp(wr_credit_role_name(WR_CREDIT_PHOTO + 1), "unknown") == 0);
  CHECK(strcmp(wr_credit_role_name(INT32_MIN), "unknown") == 0);
  CHECK(strcmp(wr_diagnostic_code_name(60000), "unknown") == 0);
  CHECK(strcmp(wr_diagnostic_code_name(-1), "unknown") == 0);
  CHECK(strcmp(wr_diagnostic_code_message(INT32_MAX), "unknown diagnostic") == 0);
}

static void check_time(void) {
  char out[WR_ISO8601_MAX_SIZE];
  size_t size = 0;
  wr_time t;
  memset(&t, 0, sizeof t);
  t.year = 2023;
  t.month = 9;
  t.day = 15;
  t.hour = 11;
  t.minute = 52;
  t.precision = WR_PRECISION_MINUTE;
  t.has_utc_offset = 1;
  t.utc_offset_minutes = 120;
  CHECK_STATUS(wr_time_iso8601(&t, out, sizeof out, &size), WR_OK);
  CHECK(size == strlen("2023-09-15T11:52:00+02:00") && memcmp(out, "2023-09-15T11:52:00+02:00", size) == 0);
  t.precision = WR_PRECISION_DAY;
  CHECK_STATUS(wr_time_iso8601(&t, out, sizeof out, &size), WR_OK);
  CHECK(size == 10 && memcmp(out, "2023-09-15", size) == 0);
  t.day = 4; /* the Monday of ISO week 36 */
  t.precision = WR_PRECISION_WEEK;
  CHECK_STATUS(wr_time_iso8601(&t, out, sizeof out, &size), WR_OK);
  CHECK(size == 8 && memcmp(out, "2023-W36", size) == 0);
  t.day = 15;

  CHECK_STATUS(wr_time_iso8601(NULL, out, sizeof out, &size), WR_ERR_NULL);
  CHECK_STATUS(wr_time_iso8601(&t, NULL, sizeof out, &size), WR_ERR_NULL);
  CHECK_STATUS(wr_time_iso8601(&t, out, sizeof out, NULL), WR_ERR_NULL);
  CHECK_STATUS(wr_time_iso8601(&t, out, 0, &size), WR_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(wr_time_iso8601(&t, out, WR_ISO8601_MAX_SIZE - 1, &size), WR_ERR_INVALID_ARGUMENT);
  t.precision = -1;
  CHECK_STATUS(wr_time_iso8601(&t, out, sizeof out, &size), WR_ERR_INVALID_ARGUMENT);
  t.precision = WR_PRECISION_WEEK + 1;
  CHECK_STATUS(wr_time_iso8601(&t, out, sizeof out, &size), WR_ERR_INVALID_ARGUMENT);
  t.precision = WR_PRECISION_MILLISECOND;
  t.month = 13;
  CHECK_STATUS(wr_time_iso8601(&t, out, sizeof out, &size), WR_ERR_INVALID_ARGUMENT);
  t.month = 12;
  t.utc_offset_minutes = INT16_MAX;
  CHECK_STATUS(wr_time_iso8601(&t, out, sizeof out, &size), WR_ERR_INVALID_ARGUMENT);
  /* The widest text the ranges allow fits. */
  t.year = INT32_MIN;
  t.month = 12;
  t.day = 31;
  t.hour = 23;
  t.minute = 59;
  t.second = 60;
  t.millisecond = 999;
  t.utc_offset_minutes = -24 * 60;
  CHECK_STATUS(wr_time_iso8601(&t, out, sizeof out, &size), WR_OK);
  CHECK(size == strlen("-2147483648-12-31T23:59:60.999-24:00") &&
        memcmp(out, "-2147483648-12-31T23:59:60.999-24:00", size) == 0);
}

static void check_options(void) {
  wr_options* o = NULL;
  CHECK_STATUS(wr_options_new(NULL), WR_ERR_NULL);
  CHECK_STATUS(wr_options_new(&o), WR_OK);
  CHECK(o != NULL);
  wr_options_free(NULL);

  CHECK_STATUS(wr_options_set_format(NULL, WR_FORMAT_WEB), WR_ERR_NULL);
  CHECK_STATUS(wr_options_set_format(o, WR_FORMAT_WEB), WR_OK);
  CHECK_STATUS(wr_options_set_format(o, -1), WR_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(wr_options_set_format(o, WR_FORMAT_IPTC7901 + 1), WR_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(wr_options_set_format(o, INT32_MAX), WR_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(wr_options_set_encoding(NULL, WR_ENCODING_UTF8), WR_ERR_NULL);
  CHECK_STATUS(wr_options_set_encoding(o, WR_ENCODING_LATIN1), WR_OK);
  CHECK_STATUS(wr_options_set_encoding(o, 4), WR_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(wr_options_set_encoding(o, INT32_MIN), WR_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(wr_options_set_language(NULL, WR_LANGUAGE_DE), WR_ERR_NULL);
  CHECK_STATUS(wr_options_set_language(o, WR_LANGUAGE_DE), WR_OK);
  CHECK_STATUS(wr_options_set_language(o, 3), WR_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(wr_options_set_default_zone(NULL, "UTC", 3), WR_ERR_NULL);
  CHECK_STATUS(wr_options_set_default_zone(o, NULL, 3), WR_ERR_NULL);
  CHECK_STATUS(wr_options_set_default_zone(o, NULL, 0), WR_OK);
  CHECK_STATUS(wr_options_set_default_zone(o, "Europe/Berlin", 13), WR_OK);
  CHECK_STATUS(wr_options_set_default_zone(o, "x", SIZE_MAX), WR_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(wr_options_set_reject_invalid_utf8(NULL, 1), WR_ERR_NULL);
  CHECK_STATUS(wr_options_set_reject_invalid_utf8(o, INT_MIN), WR_OK);
  CHECK_STATUS(wr_options_set_max_input_bytes(NULL, 1), WR_ERR_NULL);
  CHECK_STATUS(wr_options_set_max_input_bytes(o, 0), WR_OK);
  CHECK_STATUS(wr_options_set_max_input_bytes(o, 0xFFFFFFFFull), WR_OK);
  CHECK_STATUS(wr_options_set_max_input_bytes(o, 0x100000000ull), WR_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(wr_options_set_max_input_bytes(o, UINT64_MAX), WR_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(wr_options_set_max_diagnostics(NULL, 1), WR_ERR_NULL);
  CHECK_STATUS(wr_options_set_max_diagnostics(o, UINT32_MAX), WR_OK);
  CHECK_STATUS(wr_options_set_max_quotes(NULL, 1), WR_ERR_NULL);
  CHECK_STATUS(wr_options_set_max_quotes(o, UINT32_MAX), WR_OK);
  CHECK_STATUS(wr_options_set_max_entities(NULL, 1), WR_ERR_NULL);
  CHECK_STATUS(wr_options_set_max_entities(o, UINT32_MAX), WR_OK);
  CHECK_STATUS(wr_options_set_copy_input(NULL, 1), WR_ERR_NULL);
  CHECK_STATUS(wr_options_set_copy_input(o, 1), WR_OK);
  wr_options_free(o);
}

/* The per-article limits: records past one are dropped with one diagnostic. */
static int has_code(const wr_article* a, wr_diagnostic_code code) {
  size_t n = 0;
  wr_diagnostic d;
  if (wr_article_diagnostic_count(a, &n) != WR_OK) return 0;
  for (size_t i = 0; i < n; ++i)
    if (wr_article_diagnostic(a, i, &d) == WR_OK && d.code == code) return 1;
  return 0;
}

static void check_limits(void) {
  static const char quotes[] = "\"One\", said Ann Lee. \"Two\", said Bob Hart in Boston. \"Three\", she said.\n";
  wr_options* o = NULL;
  wr_article* all = NULL;
  wr_article* limited = NULL;
  size_t n_all = 0, n_limited = 0, e_all = 0, e_limited = 0;
  CHECK_STATUS(wr_options_new(&o), WR_OK);
  CHECK_STATUS(wr_parse(quotes, sizeof quotes - 1, o, &all, NULL), WR_OK);
  CHECK_STATUS(wr_options_set_max_quotes(o, 1), WR_OK);
  CHECK_STATUS(wr_options_set_max_entities(o, 0), WR_OK);
  CHECK_STATUS(wr_parse(quotes, sizeof quotes - 1, o, &limited, NULL), WR_OK);
  CHECK_STATUS(wr_article_quote_count(all, &n_all), WR_OK);
  CHECK_STATUS(wr_article_quote_count(limited, &n_limited), WR_OK);
  CHECK_STATUS(wr_article_entity_count(all, &e_all), WR_OK);
  CHECK_STATUS(wr_article_entity_count(limited, &e_limited), WR_OK);
  CHECK(n_all >= 2 && n_limited == 1);
  CHECK(e_all >= 1 && e_limited == 0);
  CHECK(!has_code(all, WR_DIAG_TOO_MANY_QUOTES) && has_code(limited, WR_DIAG_TOO_MANY_QUOTES));
  CHECK(!has_code(all, WR_DIAG_TOO_MANY_ENTITIES) && has_code(limited, WR_DIAG_TOO_MANY_ENTITIES));
  wr_article_free(all);
  wr_article_free(limited);
  wr_options_free(o);
}

/* Every article accessor with a NULL article and a NULL out-parameter. */
static void check_accessors_null(const wr_article* a) {
  wr_str s;
  wr_span span = {0, 0};
  wr_format f;
  wr_language l;
  wr_encoding e;
  int flag;
  wr_published p;
  wr_opt_span os;
  wr_dateline d;
  size_t n;
  wr_region region;
  wr_token token;
  wr_quote quote;
  wr_entity entity;
  wr_time_expression time;
  wr_diagnostic diag;
  wr_credit credit;
  wr_status status;
  uint32_t offset;
  wr_wire wire;
  wr_story story;
  CHECK_STATUS(wr_article_text(NULL, &s), WR_ERR_NULL);
  CHECK_STATUS(wr_article_text(a, NULL), WR_ERR_NULL);
  CHECK_STATUS(wr_article_slice(NULL, span, &s), WR_ERR_NULL);
  CHECK_STATUS(wr_article_slice(a, span, NULL), WR_ERR_NULL);
  CHECK_STATUS(wr_article_format(NULL, &f), WR_ERR_NULL);
  CHECK_STATUS(wr_article_format(a, NULL), WR_ERR_NULL);
  CHECK_STATUS(wr_article_language(NULL, &l), WR_ERR_NULL);
  CHECK_STATUS(wr_article_language(a, NULL), WR_ERR_NULL);
  CHECK_STATUS(wr_article_encoding(NULL, &e), WR_ERR_NULL);
  CHECK_STATUS(wr_article_encoding(a, NULL), WR_ERR_NULL);
  CHECK_STATUS(wr_article_transcoded(NULL, &flag), WR_ERR_NULL);
  CHECK_STATUS(wr_article_transcoded(a, NULL), WR_ERR_NULL);
  CHECK_STATUS(wr_article_status(NULL, &status, &offset), WR_ERR_NULL);
  CHECK_STATUS(wr_article_status(a, NULL, &offset), WR_ERR_NULL);
  CHECK_STATUS(wr_article_status(a, &status, NULL), WR_OK); /* the offset is optional */
  CHECK_STATUS(wr_article_published(NULL, &p), WR_ERR_NULL);
  CHECK_STATUS(wr_article_published(a, NULL), WR_ERR_NULL);
  CHECK_STATUS(wr_article_headline(NULL, &os), WR_ERR_NULL);
  CHECK_STATUS(wr_article_headline(a, NULL), WR_ERR_NULL);
  CHECK_STATUS(wr_article_dateline(NULL, &d), WR_ERR_NULL);
  CHECK_STATUS(wr_article_dateline(a, NULL), WR_ERR_NULL);
  CHECK_STATUS(wr_article_byline(NULL, &os), WR_ERR_NULL);
  CHECK_STATUS(wr_article_byline(a, NULL), WR_ERR_NULL);
  CHECK_STATUS(wr_article_trailer(NULL, &os), WR_ERR_NULL);
  CHECK_STATUS(wr_article_trailer(a, NULL), WR_ERR_NULL);
  CHECK_STATUS(wr_article_wire(NULL, &wire), WR_ERR_NULL);
  CHECK_STATUS(wr_article_wire(a, NULL), WR_ERR_NULL);
  CHECK_STATUS(wr_article_story(NULL, &story), WR_ERR_NULL);
  CHECK_STATUS(wr_article_story(a, NULL), WR_ERR_NULL);

#define CHECK_LIST(name, out)                                      \
  CHECK_STATUS(wr_article_##name##_count(NULL, &n), WR_ERR_NULL);  \
  CHECK_STATUS(wr_article_##name##_count(a, NULL), WR_ERR_NULL);   \
  CHECK_STATUS(wr_article_##name(NULL, 0, &(out)), WR_ERR_NULL);   \
  CHECK_STATUS(wr_article_##name(a, 0, NULL), WR_ERR_NULL);        \
  CHECK_STATUS(wr_article_##name##_count(a, &n), WR_OK);           \
  CHECK_STATUS(wr_article_##name(a, n, &(out)), WR_ERR_OUT_OF_RANGE); \
  CHECK_STATUS(wr_article_##name(a, SIZE_MAX, &(out)), WR_ERR_OUT_OF_RANGE)
  CHECK_LIST(region, region);
  CHECK_LIST(author, span);
  CHECK_LIST(paragraph, span);
  CHECK_LIST(sentence, span);
  CHECK_LIST(token, token);
  CHECK_LIST(quote, quote);
  CHECK_LIST(entity, entity);
  CHECK_LIST(time, time);
  CHECK_LIST(tag, span);
  CHECK_LIST(diagnostic, diag);
  CHECK_LIST(credit, credit);
  CHECK_LIST(keyword, span);
  CHECK_LIST(flag, span);
  CHECK_LIST(ednote, span);
#undef CHECK_LIST
}

static void check_report(void) {
  wr_article* a = NULL;
  uint32_t offset = 99;
  wr_str text;
  wr_format format = -1;
  wr_language language = -1;
  wr_encoding encoding = -1;
  int transcoded = -1;
  wr_published published;
  wr_opt_span headline;
  wr_opt_span byline;
  wr_opt_span trailer;
  wr_dateline dateline;
  size_t count = 0;
  size_t i;
  char iso[WR_ISO8601_MAX_SIZE];
  size_t iso_size = 0;
  wr_span span;
  wr_region region;
  uint32_t covered = 0;
  wr_token token;
  wr_status status = -1;
  wr_wire wire;
  wr_story story;
  wr_entity entity;
  int places = 0;

  CHECK_STATUS(wr_parse(report, sizeof report - 1, NULL, &a, &offset), WR_OK);
  CHECK(a != NULL);
  CHECK(offset == 99); /* untouched on success */
  if (a == NULL) return;
  check_accessors_null(a);

  CHECK_STATUS(wr_article_text(a, &text), WR_OK);
  CHECK(text.data == report && text.size == sizeof report - 1); /* borrowed, not copied */
  CHECK_STATUS(wr_article_format(a, &format), WR_OK);
  CHECK(format == WR_FORMAT_WEB);
  CHECK_STATUS(wr_article_language(a, &language), WR_OK);
  CHECK(language == WR_LANGUAGE_DE);
  CHECK_STATUS(wr_article_encoding(a, &encoding), WR_OK);
  CHECK(encoding == WR_ENCODING_UTF8);
  CHECK_STATUS(wr_article_transcoded(a, &transcoded), WR_OK);
  CHECK(transcoded == 0);
  CHECK_STATUS(wr_article_status(a, &status, &offset), WR_OK);
  CHECK(status == WR_OK && offset == 99);
  CHECK_STATUS(wr_article_wire(a, &wire), WR_OK);
  CHECK(wire.present == 0 && !wire.service.present && !wire.embargo.present); /* web copy: no machine header */
  CHECK_STATUS(wr_article_story(a, &story), WR_OK);
  CHECK(story.present == 0); /* one whole input */
  CHECK_STATUS(wr_article_credit_count(a, &count), WR_OK);
  CHECK(count == 0);
  CHECK_STATUS(wr_article_keyword_count(a, &count), WR_OK);
  CHECK(count == 0);

  CHECK_STATUS(wr_article_published(a, &published), WR_OK);
  CHECK(published.present == 1);
  CHECK(slice_is(a, published.span, "Jun 4, 2024 08:15 Europe/Berlin"));
  CHECK(str_is(published.zone, "Europe/Berlin"));
  CHECK_STATUS(wr_time_iso8601(&published.local, iso, sizeof iso, &iso_size), WR_OK);
  CHECK(iso_size == 19 && memcmp(iso, "2024-06-04T08:15:00", iso_size) == 0);
  CHECK(published.has_utc == 1);
  CHECK_STATUS(wr_time_iso8601(&published.utc, iso, sizeof iso, &iso_size), WR_OK);
  CHECK(iso_size == 20 && memcmp(iso, "2024-06-04T06:15:00Z", iso_size) == 0);

  CHECK_STATUS(wr_article_headline(a, &headline), WR_OK);
  CHECK(headline.present && slice_is(a, headline.span, "Hafen Kiel meldet Rekord bei F\xC3\xA4hrpassagieren"));
  CHECK_STATUS(wr_article_dateline(a, &dateline), WR_OK);
  CHECK(dateline.present && slice_is(a, dateline.span, "Kiel -"));
  CHECK(dateline.place.present && slice_is(a, dateline.place.span, "Kiel"));
  CHECK(str_is(dateline.place.zone, "Europe/Berlin") && str_is(dateline.place.country, "DE"));
  CHECK(!dateline.agency.present && !dateline.date.present);
  CHECK_STATUS(wr_article_byline(a, &byline), WR_OK);
  CHECK(!byline.present);
  CHECK_STATUS(wr_article_trailer(a, &trailer), WR_OK);
  CHECK(trailer.present && slice_is(a, trailer.span, "Tags"));

  CHECK_STATUS(wr_article_paragraph_count(a, &count), WR_OK);
  CHECK(count == 2);
  CHECK_STATUS(wr_article_paragraph(a, 1, &span), WR_OK);
  CHECK(slice_is(a, span, "Die Reedereien rechnen f\xC3\xBCr den Sommer mit weiteren Zuw\xC3\xA4" "chsen."));
  CHECK_STATUS(wr_article_sentence_count(a, &count), WR_OK);
  CHECK(count == 4);
  CHECK_STATUS(wr_article_tag_count(a, &count), WR_OK);
  CHECK(count == 1);
  CHECK_STATUS(wr_article_diagnostic_count(a, &count), WR_OK);
  CHECK(count == 0);

  /* Regions tile the text. */
  CHECK_STATUS(wr_article_region_count(a, &count), WR_OK);
  for (i = 0; i < count; ++i) {
    CHECK_STATUS(wr_article_region(a, i, &region), WR_OK);
    CHECK(region.span.begin == covered);
    CHECK(strcmp(wr_region_kind_name(region.kind), "unknown") != 0);
    covered = region.span.end;
  }
  CHECK(covered == sizeof report - 1);

  CHECK_STATUS(wr_article_token_count(a, &count), WR_OK);
  CHECK(count > 30);
  CHECK_STATUS(wr_article_token(a, 0, &token), WR_OK);
  CHECK(token.kind == WR_TOKEN_WORD && (token.flags & WR_TOKEN_CAPITALIZED) && slice_is(a, token.span, "Hafen"));

  /* Places carry their zone and country; other entities have empty (not NULL) strings. */
  CHECK_STATUS(wr_article_entity_count(a, &count), WR_OK);
  for (i = 0; i < count; ++i) {
    CHECK_STATUS(wr_article_entity(a, i, &entity), WR_OK);
    CHECK(entity.zone.data != NULL && entity.country.data != NULL);
    if (entity.type == WR_ENTITY_PLACE && slice_is(a, entity.span, "Kiel")) {
      CHECK(str_is(entity.zone, "Europe/Berlin") && str_is(entity.country, "DE"));
      ++places;
    } else if (entity.type != WR_ENTITY_PLACE) {
      CHECK(entity.zone.size == 0 && entity.country.size == 0);
    }
  }
  CHECK(places > 0);

  /* Spans outside the text are refused. */
  span.begin = 5;
  span.end = 4;
  CHECK_STATUS(wr_article_slice(a, span, &text), WR_ERR_INVALID_ARGUMENT);
  span.begin = 0;
  span.end = (uint32_t)sizeof report;
  CHECK_STATUS(wr_article_slice(a, span, &text), WR_ERR_INVALID_ARGUMENT);
  span.begin = UINT32_MAX;
  span.end = UINT32_MAX;
  CHECK_STATUS(wr_article_slice(a, span, &text), WR_ERR_INVALID_ARGUMENT);
  span.begin = (uint32_t)sizeof report - 1;
  span.end = span.begin;
  CHECK_STATUS(wr_article_slice(a, span, &text), WR_OK);
  CHECK(text.size == 0 && text.data != NULL);

  wr_article_free(a);
}

static void check_json(void) {
  wr_article* a = NULL;
  wr_buffer* b = NULL;
  wr_str json;
  static const char id[] = "\"k\\u00e4-1\"";
  static const char prefix[] = "{\"schema\":1,\"id\":\"k\\u00e4-1\",\"format\":\"web\"";
  CHECK_STATUS(wr_buffer_new(NULL), WR_ERR_NULL);
  CHECK_STATUS(wr_buffer_new(&b), WR_OK);
  wr_buffer_free(NULL);
  CHECK_STATUS(wr_buffer_data(NULL, &json), WR_ERR_NULL);
  CHECK_STATUS(wr_buffer_data(b, NULL), WR_ERR_NULL);
  CHECK_STATUS(wr_buffer_data(b, &json), WR_OK);
  CHECK(json.size == 0 && json.data != NULL);
  CHECK_STATUS(wr_parse(report, sizeof report - 1, NULL, &a, NULL), WR_OK);
  if (a == NULL || b == NULL) return;

  CHECK_STATUS(wr_article_json(NULL, 0, NULL, 0, b), WR_ERR_NULL);
  CHECK_STATUS(wr_article_json(a, 0, NULL, 0, NULL), WR_ERR_NULL);
  CHECK_STATUS(wr_article_json(a, 0, NULL, 3, b), WR_ERR_NULL);
  CHECK_STATUS(wr_article_json(a, 0x4, NULL, 0, b), WR_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(wr_article_json(a, UINT32_MAX, NULL, 0, b), WR_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(wr_article_json(a, 0, "a1", 2, b), WR_ERR_INVALID_ARGUMENT);      /* not JSON */
  CHECK_STATUS(wr_article_json(a, 0, "\"a1", 3, b), WR_ERR_INVALID_ARGUMENT);    /* unterminated */
  CHECK_STATUS(wr_article_json(a, 0, "\"a\\\"", 4, b), WR_ERR_INVALID_ARGUMENT); /* escaped end */
  CHECK_STATUS(wr_article_json(a, 0, "\"\\x\"", 4, b), WR_ERR_INVALID_ARGUMENT); /* bad escape */
  CHECK_STATUS(wr_article_json(a, 0, "\"\\u12\"", 6, b), WR_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(wr_article_json(a, 0, "\"\n\"", 3, b), WR_ERR_INVALID_ARGUMENT);   /* raw control */
  CHECK_STATUS(wr_article_json(a, 0, "\"\xFF\"", 3, b), WR_ERR_INVALID_ARGUMENT); /* not UTF-8 */
  CHECK_STATUS(wr_article_json(a, 0, "01", 2, b), WR_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(wr_article_json(a, 0, "1.", 2, b), WR_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(wr_article_json(a, 0, "{}", 2, b), WR_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(wr_article_json(a, 0, "nul", 3, b), WR_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(wr_article_json(a, 0, "null", 4, b), WR_OK);
  CHECK_STATUS(wr_article_json(a, 0, "\"x\"", SIZE_MAX, b), WR_ERR_INVALID_ARGUMENT); /* huge */
  CHECK_STATUS(wr_article_json(a, 0, "-12.5e+3", 8, b), WR_OK);
  CHECK_STATUS(wr_article_json(a, 0, "\"\"", 2, b), WR_OK);

  CHECK_STATUS(wr_article_json(a, 0, id, sizeof id - 1, b), WR_OK);
  CHECK_STATUS(wr_buffer_data(b, &json), WR_OK);
  CHECK(json.size > sizeof prefix && memcmp(json.data, prefix, sizeof prefix - 1) == 0);
  CHECK(json.data[json.size - 1] == '}');
  CHECK(contains(json, "\"headline\":{\"span\":[38,83],") && !contains(json, "\"tokens\""));
  CHECK_STATUS(wr_article_json(a, WR_JSON_TOKENS | WR_JSON_PRETTY, NULL, 0, b), WR_OK);
  CHECK_STATUS(wr_buffer_data(b, &json), WR_OK);
  CHECK(json.size > 16 && memcmp(json.data, "{\n  \"schema\": 1,", 16) == 0);
  CHECK(contains(json, "\"tokens\": [") && !contains(json, "\"id\""));
  wr_buffer_free(b);
  wr_article_free(a);
}

static void check_parse_arguments(void) {
  wr_article* a = NULL;
  wr_options* o = NULL;
  uint32_t offset = 99;
  size_t count = 0;
  wr_diagnostic diag;
  wr_str text;
  char buffer[64];
  static const char bad_utf8[] = "Gr\xC3\xBC\xC3\x9F" "e aus K\xC3\xB6ln mit \xC3\x28 kaputtem Byte.";

  CHECK_STATUS(wr_parse(report, sizeof report - 1, NULL, NULL, NULL), WR_ERR_NULL);
  CHECK_STATUS(wr_parse(NULL, 5, NULL, &a, NULL), WR_ERR_NULL);
  CHECK(a == NULL);
  CHECK_STATUS(wr_parse_into(NULL, report, 5, NULL, NULL), WR_ERR_NULL);
  wr_article_free(NULL);

  /* Zero length, with and without a pointer: an empty article with a diagnostic. */
  CHECK_STATUS(wr_parse(NULL, 0, NULL, &a, NULL), WR_OK);
  CHECK_STATUS(wr_article_diagnostic_count(a, &count), WR_OK);
  CHECK(count == 1);
  CHECK_STATUS(wr_article_diagnostic(a, 0, &diag), WR_OK);
  CHECK(diag.code == WR_DIAG_EMPTY_INPUT && diag.offset == 0);
  CHECK_STATUS(wr_article_text(a, &text), WR_OK);
  CHECK(text.size == 0 && text.data != NULL);
  CHECK_STATUS(wr_parse_into(a, "", 0, NULL, NULL), WR_OK);
  CHECK_STATUS(wr_parse_into(a, NULL, 0, NULL, NULL), WR_OK);
  CHECK_STATUS(wr_parse_into(a, NULL, 1, NULL, NULL), WR_ERR_NULL);

  /* Huge sizes are refused before a byte is read (the buffer is far smaller). */
  CHECK_STATUS(wr_parse(report, SIZE_MAX, NULL, &a, &offset), WR_ERR_TOO_LARGE);
  CHECK(offset == 0);
  CHECK_STATUS(wr_parse_into(a, report, (size_t)0x100000000ull, NULL, NULL), WR_ERR_TOO_LARGE);
  CHECK_STATUS(wr_article_paragraph_count(a, &count), WR_OK);
  CHECK(count == 0);
  CHECK_STATUS(wr_options_new(&o), WR_OK);
  CHECK_STATUS(wr_options_set_copy_input(o, 1), WR_OK);
  CHECK_STATUS(wr_parse_into(a, report, SIZE_MAX, o, NULL), WR_ERR_TOO_LARGE);
  CHECK_STATUS(wr_options_set_max_input_bytes(o, 10), WR_OK);
  offset = 99;
  CHECK_STATUS(wr_parse_into(a, report, 11, o, &offset), WR_ERR_TOO_LARGE);
  CHECK(offset == 0);
  CHECK_STATUS(wr_parse_into(a, report, 10, o, NULL), WR_OK);
  wr_article_free(a);
  a = NULL;

  /* Copying the input: the article outlives the caller's buffer contents. */
  CHECK_STATUS(wr_options_set_max_input_bytes(o, 0xFFFFFFFFull), WR_OK);
  memcpy(buffer, "Ein kurzer Text.", 17);
  CHECK_STATUS(wr_parse(buffer, 16, o, &a, NULL), WR_OK);
  memset(buffer, 'x', sizeof buffer);
  CHECK_STATUS(wr_article_text(a, &text), WR_OK);
  CHECK(text.data != buffer && str_is(text, "Ein kurzer Text."));
  wr_article_free(a);
  a = NULL;

  /* Invalid UTF-8: kept with a diagnostic, or rejected with the offset. */
  CHECK_STATUS(wr_parse(bad_utf8, sizeof bad_utf8 - 1, NULL, &a, NULL), WR_OK);
  CHECK_STATUS(wr_article_diagnostic(a, 0, &diag), WR_OK);
  CHECK(diag.code == WR_DIAG_INVALID_UTF8 && diag.offset == 22);
  wr_article_free(a);
  a = NULL;
  CHECK_STATUS(wr_options_set_reject_invalid_utf8(o, 1), WR_OK);
  offset = 99;
  CHECK_STATUS(wr_parse(bad_utf8, sizeof bad_utf8 - 1, o, &a, &offset), WR_ERR_INVALID_UTF8);
  CHECK(a == NULL && offset == 22);
  CHECK_STATUS(wr_options_set_max_diagnostics(o, 0), WR_OK);
  offset = 99;
  CHECK_STATUS(wr_parse(bad_utf8, sizeof bad_utf8 - 1, o, &a, &offset), WR_ERR_INVALID_UTF8);
  CHECK(a == NULL && offset == 22);

  /* A legacy charset is transcoded into the article. */
  wr_options_free(o);
  o = NULL;
  CHECK_STATUS(wr_options_new(&o), WR_OK);
  CHECK_STATUS(wr_options_set_encoding(o, WR_ENCODING_LATIN1), WR_OK);
  CHECK_STATUS(wr_parse("Gr\xFC\xDF" "e aus K\xF6ln.", 15, o, &a, NULL), WR_OK);
  CHECK_STATUS(wr_article_text(a, &text), WR_OK);
  CHECK(str_is(text, "Gr\xC3\xBC\xC3\x9F" "e aus K\xC3\xB6ln."));
  wr_article_free(a);
  wr_options_free(o);
}

/* The first story's article: its spans index the story's own text, which is the caller's
 * buffer (`copied` 0) or the article's copy of it. */
static void check_first_story(const wr_article* a, int copied) {
  wr_wire w;
  wr_story story;
  wr_str text;
  wr_span span;
  wr_credit credit;
  wr_quote quote;
  wr_status status = -1;
  size_t count = 0;
  char iso[WR_ISO8601_MAX_SIZE];
  size_t iso_size = 0;
  CHECK_STATUS(wr_article_status(a, &status, NULL), WR_OK);
  CHECK(status == WR_OK);
  CHECK_STATUS(wr_article_story(a, &story), WR_OK);
  CHECK(story.present == 1 && story.index == 0 && story.span.begin == 0);
  CHECK_STATUS(wr_article_text(a, &text), WR_OK);
  CHECK(text.size == story.span.end && memcmp(text.data, stream_text, text.size) == 0);
  CHECK(copied ? text.data != stream_text : text.data == stream_text);

  CHECK_STATUS(wr_article_wire(a, &w), WR_OK);
  CHECK(w.present == 1);
  CHECK(w.service.present && slice_is(a, w.service.span, "eca"));
  CHECK(w.sequence.present && slice_is(a, w.sequence.span, "0101"));
  CHECK(w.priority.present && slice_is(a, w.priority.span, "3") && w.priority_level == 3);
  CHECK(w.category.present && slice_is(a, w.category.span, "wi"));
  CHECK(w.slug.present && slice_is(a, w.slug.span, "Hafen/Kiel/Passagiere"));
  CHECK(w.word_count.present && slice_is(a, w.word_count.span, "64"));
  CHECK(w.has_word_count_value == 1 && w.word_count_value == 64);
  CHECK(w.agency.present && slice_is(a, w.agency.span, "dpa"));
  CHECK(w.agency_sequence.present && slice_is(a, w.agency_sequence.span, "0201"));
  CHECK(!w.take.present && !w.selector.present && !w.reference.present && !w.filing_date.present);
  CHECK(w.embargo.present && slice_is(a, w.embargo.span, "Sperrfrist 5. Juni 10.00 Uhr"));
  CHECK(w.embargo.has_value == 1);
  CHECK_STATUS(wr_time_iso8601(&w.embargo.value, iso, sizeof iso, &iso_size), WR_OK);
  CHECK(iso_size == 25 && memcmp(iso, "2024-06-05T10:00:00+02:00", iso_size) == 0);
  CHECK(w.preserved == 0);
  CHECK(w.notepad.present && slice_is(a, w.notepad.span, "# Notizblock"));
  CHECK(w.nonpublic.present && w.signoff.present && slice_is(a, w.signoff.span, "dpa jr xx"));

  CHECK_STATUS(wr_article_keyword_count(a, &count), WR_OK);
  CHECK(count == 3);
  CHECK_STATUS(wr_article_keyword(a, 2, &span), WR_OK);
  CHECK(slice_is(a, span, "Passagiere"));
  CHECK_STATUS(wr_article_flag_count(a, &count), WR_OK);
  CHECK(count == 1);
  CHECK_STATUS(wr_article_flag(a, 0, &span), WR_OK);
  CHECK(slice_is(a, span, "(Sperrfrist 5. Juni 10.00 Uhr)"));
  CHECK_STATUS(wr_article_ednote_count(a, &count), WR_OK);
  CHECK(count == 0);
  CHECK_STATUS(wr_article_credit_count(a, &count), WR_OK);
  CHECK(count == 1);
  CHECK_STATUS(wr_article_credit(a, 0, &credit), WR_OK);
  CHECK(credit.role == WR_CREDIT_AUTHOR && slice_is(a, credit.name, "Jana Roth"));

  /* The pronoun at the cue, and the entity the speaker names. */
  CHECK_STATUS(wr_article_quote_count(a, &count), WR_OK);
  CHECK(count == 2);
  CHECK_STATUS(wr_article_quote(a, 0, &quote), WR_OK);
  CHECK(!quote.speaker_mention.present);
  CHECK(quote.speaker_key.present && slice_is(a, quote.speaker_key.span, "Tom Berger"));
  CHECK_STATUS(wr_article_quote(a, 1, &quote), WR_OK);
  CHECK(slice_is(a, quote.span, "Wir rechnen mit mehr"));
  CHECK(quote.speaker.present && slice_is(a, quote.speaker.span, "Hafenchef Tom Berger"));
  CHECK(quote.speaker_mention.present && slice_is(a, quote.speaker_mention.span, "er"));
  CHECK(quote.speaker_key.present && slice_is(a, quote.speaker_key.span, "Tom Berger"));
}

static void check_stream(void) {
  const size_t size = sizeof stream_text - 1;
  wr_stream* s = NULL;
  wr_options* o = NULL;
  wr_article* first = NULL;
  wr_article* a = NULL;
  wr_buffer* b = NULL;
  wr_story story;
  wr_status status = -1;
  uint32_t offset = 99;
  size_t count = 0;
  wr_str text;
  wr_str json;
  wr_diagnostic diag;
  int transcoded = 0;
  char* copy = NULL;
  wr_published published;
  static const char no_zone_report[] = "Jun 4, 2024 08:15\n  \xE2\x80\xA2 Hafen Kiel meldet Rekord\n\nKiel - Der Hafen.\n";

  /* NULL, huge and zero-length arguments. */
  CHECK_STATUS(wr_stream_new(stream_text, size, NULL, NULL), WR_ERR_NULL);
  CHECK_STATUS(wr_stream_new(NULL, 1, NULL, &s), WR_ERR_NULL);
  CHECK_STATUS(wr_stream_new(stream_text, SIZE_MAX, NULL, &s), WR_ERR_TOO_LARGE);
  CHECK_STATUS(wr_stream_new(stream_text, (size_t)0x100000000ull, NULL, &s), WR_ERR_TOO_LARGE);
  CHECK(s == NULL);
  CHECK_STATUS(wr_stream_next(NULL, &a), WR_ERR_NULL);
  wr_stream_free(NULL);
  CHECK_STATUS(wr_stream_new(NULL, 0, NULL, &s), WR_OK); /* one empty story */
  CHECK_STATUS(wr_stream_next(s, NULL), WR_ERR_NULL);
  CHECK_STATUS(wr_stream_next(s, &a), WR_OK);
  CHECK(a != NULL);
  CHECK_STATUS(wr_article_diagnostic(a, 0, &diag), WR_OK);
  CHECK(diag.code == WR_DIAG_EMPTY_INPUT);
  CHECK_STATUS(wr_article_story(a, &story), WR_OK);
  CHECK(story.present == 0);
  wr_article_free(a);
  CHECK_STATUS(wr_stream_next(s, &a), WR_OK);
  CHECK(a == NULL);
  wr_stream_free(s);
  s = NULL;

  /* Two messages; the articles outlive the stream (they borrow the buffer, not the stream). */
  CHECK_STATUS(wr_stream_new(stream_text, size, NULL, &s), WR_OK);
  CHECK_STATUS(wr_stream_next(s, &first), WR_OK);
  CHECK_STATUS(wr_stream_next(s, &a), WR_OK);
  CHECK(a != NULL);
  wr_article_free(a);
  CHECK_STATUS(wr_stream_next(s, &a), WR_OK);
  CHECK(a == NULL); /* after the last story */
  wr_stream_free(s);
  s = NULL;
  if (first != NULL) check_first_story(first, 0);
  wr_article_free(first);
  first = NULL;

  CHECK_STATUS(wr_stream_new(stream_text, size, NULL, &s), WR_OK);
  CHECK_STATUS(wr_stream_next(s, &first), WR_OK);
  CHECK_STATUS(wr_stream_next(s, &a), WR_OK);
  CHECK(a != NULL);
  if (a != NULL) {
    CHECK_STATUS(wr_article_story(a, &story), WR_OK);
    CHECK(story.present == 1 && story.index == 1 && story.span.end == size);
    /* Not UTF-8 (0xFF): read as Windows-1252, so this story's text is the article's transcoding. */
    CHECK_STATUS(wr_article_transcoded(a, &transcoded), WR_OK);
    CHECK(transcoded == 1);
    CHECK_STATUS(wr_article_text(a, &text), WR_OK);
    CHECK(text.size == size - story.span.begin + 1 && contains(text, "Sonne. \xC3\xBF"));
    /* The JSON says where the story lies, as the CLI prints it. */
    CHECK_STATUS(wr_buffer_new(&b), WR_OK);
    CHECK_STATUS(wr_article_json(a, 0, NULL, 0, b), WR_OK);
    CHECK_STATUS(wr_buffer_data(b, &json), WR_OK);
    CHECK(contains(json, "\"story\":{\"index\":1,\"span\":["));
    /* Parsing into a story's article again makes it an article of one input. */
    CHECK_STATUS(wr_parse_into(a, report, sizeof report - 1, NULL, NULL), WR_OK);
    CHECK_STATUS(wr_article_story(a, &story), WR_OK);
    CHECK(story.present == 0);
    CHECK_STATUS(wr_article_json(a, 0, NULL, 0, b), WR_OK);
    CHECK_STATUS(wr_buffer_data(b, &json), WR_OK);
    CHECK(contains(json, "\"story\":null"));
    wr_buffer_free(b);
    wr_article_free(a);
  }
  CHECK_STATUS(wr_stream_next(s, &a), WR_OK);
  CHECK(a == NULL);
  CHECK_STATUS(wr_stream_next(s, &a), WR_OK); /* and stays at the end */
  CHECK(a == NULL);
  wr_stream_free(s);
  s = NULL;
  wr_article_free(first);
  first = NULL;

  /* Rejected stories are articles with a status; the stream goes on after them. */
  CHECK_STATUS(wr_options_new(&o), WR_OK);
  CHECK_STATUS(wr_options_set_reject_invalid_utf8(o, 1), WR_OK);
  CHECK_STATUS(wr_stream_new(stream_text, size, o, &s), WR_OK);
  CHECK_STATUS(wr_options_set_max_input_bytes(o, 10), WR_OK); /* the stream keeps its own copy */
  CHECK_STATUS(wr_stream_next(s, &first), WR_OK);
  CHECK_STATUS(wr_article_status(first, &status, &offset), WR_OK);
  CHECK(status == WR_OK && offset == 99);
  CHECK_STATUS(wr_stream_next(s, &a), WR_OK);
  CHECK_STATUS(wr_article_status(a, &status, &offset), WR_OK);
  CHECK(status == WR_ERR_INVALID_UTF8);
  CHECK_STATUS(wr_article_text(a, &text), WR_OK);
  CHECK(offset < text.size && (unsigned char)text.data[offset] == 0xFF); /* within the story */
  CHECK_STATUS(wr_article_paragraph_count(a, &count), WR_OK);
  CHECK(count == 0);
  CHECK_STATUS(wr_article_story(a, &story), WR_OK);
  CHECK(story.present == 1 && story.index == 1);
  wr_article_free(a);
  wr_article_free(first);
  first = NULL;
  wr_stream_free(s);
  s = NULL;
  /* Too large a story: max_input_bytes applies to each story. */
  CHECK_STATUS(wr_stream_new(stream_text, size, o, &s), WR_OK);
  CHECK_STATUS(wr_stream_next(s, &a), WR_OK);
  offset = 99;
  CHECK_STATUS(wr_article_status(a, &status, &offset), WR_OK);
  CHECK(status == WR_ERR_TOO_LARGE && offset == 0);
  wr_article_free(a);
  wr_stream_free(s);
  s = NULL;
  wr_options_free(o);
  o = NULL;

  /* Copying the input: stream and articles outlive the caller's buffer contents. */
  copy = malloc(size);
  if (copy == NULL) return;
  memcpy(copy, stream_text, size);
  CHECK_STATUS(wr_options_new(&o), WR_OK);
  CHECK_STATUS(wr_options_set_copy_input(o, 1), WR_OK);
  CHECK_STATUS(wr_stream_new(copy, size, o, &s), WR_OK);
  wr_options_free(o);
  memset(copy, 'x', size);
  CHECK_STATUS(wr_stream_next(s, &first), WR_OK);
  wr_stream_free(s);
  free(copy);
  if (first != NULL) check_first_story(first, 1);
  wr_article_free(first);

  /* A buffer of one story: its article has no story position, as wr_parse's has none. The
   * stream keeps its own copy of the options, the zone name too. */
  CHECK_STATUS(wr_options_new(&o), WR_OK);
  CHECK_STATUS(wr_options_set_default_zone(o, "Asia/Tokyo", 10), WR_OK);
  CHECK_STATUS(wr_stream_new(no_zone_report, sizeof no_zone_report - 1, o, &s), WR_OK);
  CHECK_STATUS(wr_options_set_default_zone(o, "Europe/Paris", 12), WR_OK);
  wr_options_free(o);
  CHECK_STATUS(wr_stream_next(s, &a), WR_OK);
  CHECK_STATUS(wr_article_story(a, &story), WR_OK);
  CHECK(story.present == 0);
  CHECK_STATUS(wr_article_published(a, &published), WR_OK);
  CHECK(published.present && str_is(published.zone, "Asia/Tokyo") && published.has_utc);
  wr_article_free(a);
  CHECK_STATUS(wr_stream_next(s, &a), WR_OK);
  CHECK(a == NULL);
  wr_stream_free(s);
}

static void print_layout(void) {
#define SIZE(T) printf("%s %zu\n", #T, sizeof(T))
#define FIELD(T, f) printf("%s.%s %zu\n", #T, #f, offsetof(T, f))
  SIZE(wr_str); FIELD(wr_str, data); FIELD(wr_str, size);
  SIZE(wr_span); FIELD(wr_span, begin); FIELD(wr_span, end);
  SIZE(wr_opt_span); FIELD(wr_opt_span, present); FIELD(wr_opt_span, span);
  SIZE(wr_time); FIELD(wr_time, year); FIELD(wr_time, month); FIELD(wr_time, day); FIELD(wr_time, hour);
  FIELD(wr_time, minute); FIELD(wr_time, second); FIELD(wr_time, has_utc_offset);
  FIELD(wr_time, millisecond); FIELD(wr_time, utc_offset_minutes); FIELD(wr_time, precision);
  SIZE(wr_published); FIELD(wr_published, present); FIELD(wr_published, span); FIELD(wr_published, local);
  FIELD(wr_published, zone); FIELD(wr_published, has_utc); FIELD(wr_published, utc);
  SIZE(wr_place); FIELD(wr_place, present); FIELD(wr_place, span); FIELD(wr_place, zone);
  FIELD(wr_place, country);
  SIZE(wr_dateline_date); FIELD(wr_dateline_date, present); FIELD(wr_dateline_date, span);
  FIELD(wr_dateline_date, has_value); FIELD(wr_dateline_date, value);
  SIZE(wr_dateline); FIELD(wr_dateline, present); FIELD(wr_dateline, span); FIELD(wr_dateline, place);
  FIELD(wr_dateline, agency); FIELD(wr_dateline, date);
  SIZE(wr_region); FIELD(wr_region, span); FIELD(wr_region, kind);
  SIZE(wr_token); FIELD(wr_token, span); FIELD(wr_token, kind); FIELD(wr_token, flags);
  SIZE(wr_quote); FIELD(wr_quote, span); FIELD(wr_quote, kind); FIELD(wr_quote, speaker); FIELD(wr_quote, cue);
  FIELD(wr_quote, speaker_mention); FIELD(wr_quote, speaker_key);
  SIZE(wr_entity); FIELD(wr_entity, span); FIELD(wr_entity, type); FIELD(wr_entity, key);
  FIELD(wr_entity, zone); FIELD(wr_entity, country);
  SIZE(wr_time_expression); FIELD(wr_time_expression, span); FIELD(wr_time_expression, has_value);
  FIELD(wr_time_expression, value);
  SIZE(wr_diagnostic); FIELD(wr_diagnostic, code); FIELD(wr_diagnostic, offset);
  SIZE(wr_credit); FIELD(wr_credit, role); FIELD(wr_credit, name);
  SIZE(wr_embargo); FIELD(wr_embargo, present); FIELD(wr_embargo, span); FIELD(wr_embargo, has_value);
  FIELD(wr_embargo, value);
  SIZE(wr_wire); FIELD(wr_wire, present); FIELD(wr_wire, service); FIELD(wr_wire, sequence);
  FIELD(wr_wire, priority); FIELD(wr_wire, priority_level); FIELD(wr_wire, category); FIELD(wr_wire, slug);
  FIELD(wr_wire, word_count); FIELD(wr_wire, has_word_count_value); FIELD(wr_wire, word_count_value);
  FIELD(wr_wire, take); FIELD(wr_wire, selector); FIELD(wr_wire, agency); FIELD(wr_wire, agency_sequence);
  FIELD(wr_wire, reference); FIELD(wr_wire, filing_date); FIELD(wr_wire, embargo); FIELD(wr_wire, preserved);
  FIELD(wr_wire, notepad); FIELD(wr_wire, nonpublic); FIELD(wr_wire, signoff);
  SIZE(wr_story); FIELD(wr_story, present); FIELD(wr_story, index); FIELD(wr_story, span);
#undef SIZE
#undef FIELD
}

/* Exit status 77: skipped (not Linux, or a sanitizer that reserves the address space). */
static int check_out_of_memory(void) {
#ifdef WR_TEST_OUT_OF_MEMORY
  enum { size = 64 << 20 };
  struct rlimit limit;
  FILE* statm;
  unsigned long pages = 0;
  wr_options* o = NULL;
  wr_article* a = NULL;
  char* text = malloc(size);
  if (text == NULL) return 77;
  memset(text, 'a', size);
  CHECK_STATUS(wr_options_new(&o), WR_OK);
  CHECK_STATUS(wr_options_set_copy_input(o, 1), WR_OK);
  /* Room for 16 MiB more than the process uses now: the copy of 64 MiB cannot be made. */
  statm = fopen("/proc/self/statm", "r");
  if (statm == NULL) return 77;
  if (fscanf(statm, "%lu", &pages) != 1 || getrlimit(RLIMIT_AS, &limit) != 0) pages = 0;
  fclose(statm);
  if (pages == 0) return 77;
  limit.rlim_cur = (rlim_t)pages * (rlim_t)sysconf(_SC_PAGESIZE) + (16u << 20);
  if (setrlimit(RLIMIT_AS, &limit) != 0) return 77;
  CHECK_STATUS(wr_parse(text, size, o, &a, NULL), WR_ERR_OUT_OF_MEMORY);
  CHECK(a == NULL);
  wr_options_free(o);
  free(text);
  if (failures > 0) return 1;
  printf("out of memory: WR_ERR_OUT_OF_MEMORY\n");
  return 0;
#else
  printf("skipped: needs Linux and no address sanitizer\n");
  return 77;
#endif
}

int main(int argc, char** argv) {
  if (argc == 2 && strcmp(argv[1], "--layout") == 0) {
    print_layout();
    return 0;
  }
  if (argc == 2 && strcmp(argv[1], "--out-of-memory") == 0) return check_out_of_memory();
  check_versions();
  check_names();
  check_time();
  check_options();
  check_limits();
  check_report();
  check_json();
  check_parse_arguments();
  check_stream();
  if (failures > 0) {
    fprintf(stderr, "%d check(s) failed\n", failures);
    return 1;
  }
  printf("all C ABI checks passed\n");
  return 0;
}
