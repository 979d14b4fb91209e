// The C ABI (include/wirereport/wirereport.h): a translation layer over the C++ API, no logic
// of its own. Every extern "C" body runs inside `guarded`, so no exception crosses the
// boundary. A new field of the article is a converter `to_c` and one or two functions below.
#include <algorithm>
#include <functional>
#include <memory>
#include <new>
#include <optional>
#include <string_view>

#include "c_api.hpp"
#include "text/utf8.hpp"

namespace {

namespace wr = wirereport;

// The C constants carry the C++ values; these keep them in step.
template <class E>
constexpr int value_of(E e) noexcept {
  return static_cast<int>(e);
}
static_assert(WR_FORMAT_AUTO == value_of(wr::Format::auto_detect) && WR_FORMAT_TEXT == value_of(wr::Format::text) &&
              WR_FORMAT_WEB == value_of(wr::Format::web) && WR_FORMAT_REUTERS == value_of(wr::Format::reuters) &&
              WR_FORMAT_AGENCY == value_of(wr::Format::agency) &&
              WR_FORMAT_ANPA1312 == value_of(wr::Format::anpa1312) &&
              WR_FORMAT_IPTC7901 == value_of(wr::Format::iptc7901));
static_assert(WR_ENCODING_AUTO == value_of(wr::Encoding::auto_detect) &&
              WR_ENCODING_UTF8 == value_of(wr::Encoding::utf8) &&
              WR_ENCODING_LATIN1 == value_of(wr::Encoding::latin1) &&
              WR_ENCODING_WINDOWS1252 == value_of(wr::Encoding::windows1252));
static_assert(WR_LANGUAGE_UNKNOWN == value_of(wr::Language::unknown) && WR_LANGUAGE_DE == value_of(wr::Language::de) &&
              WR_LANGUAGE_EN == value_of(wr::Language::en));
static_assert(WR_PRECISION_YEAR == value_of(wr::Precision::year) &&
              WR_PRECISION_MONTH == value_of(wr::Precision::month) &&
              WR_PRECISION_DAY == value_of(wr::Precision::day) &&
              WR_PRECISION_MINUTE == value_of(wr::Precision::minute) &&
              WR_PRECISION_SECOND == value_of(wr::Precision::second) &&
              WR_PRECISION_MILLISECOND == value_of(wr::Precision::millisecond) &&
              WR_PRECISION_WEEK == value_of(wr::Precision::week));
static_assert(WR_REGION_HEADER == value_of(wr::RegionKind::header) &&
              WR_REGION_HEADLINE == value_of(wr::RegionKind::headline) &&
              WR_REGION_DATELINE == value_of(wr::RegionKind::dateline) &&
              WR_REGION_BYLINE == value_of(wr::RegionKind::byline) &&
              WR_REGION_BODY == value_of(wr::RegionKind::body) &&
              WR_REGION_TRAILER == value_of(wr::RegionKind::trailer) &&
              WR_REGION_UNCLASSIFIED == value_of(wr::RegionKind::unclassified));
static_assert(WR_TOKEN_WORD == value_of(wr::TokenKind::word) && WR_TOKEN_NUMBER == value_of(wr::TokenKind::number) &&
              WR_TOKEN_PUNCTUATION == value_of(wr::TokenKind::punctuation) &&
              WR_TOKEN_SYMBOL == value_of(wr::TokenKind::symbol) &&
              WR_TOKEN_QUOTE_OPEN == value_of(wr::TokenKind::quote_open) &&
              WR_TOKEN_QUOTE_CLOSE == value_of(wr::TokenKind::quote_close) &&
              WR_TOKEN_QUOTE_AMBIGUOUS == value_of(wr::TokenKind::quote_ambiguous) &&
              WR_TOKEN_URL == value_of(wr::TokenKind::url) && WR_TOKEN_EMAIL == value_of(wr::TokenKind::email) &&
              WR_TOKEN_HANDLE == value_of(wr::TokenKind::handle) &&
              WR_TOKEN_HASHTAG == value_of(wr::TokenKind::hashtag) &&
              WR_TOKEN_INVALID == value_of(wr::TokenKind::invalid));
static_assert(WR_TOKEN_CAPITALIZED == wr::token_flag::capitalized && WR_TOKEN_ALL_CAPS == wr::token_flag::all_caps &&
              WR_TOKEN_HAS_DIGIT == wr::token_flag::has_digit && WR_TOKEN_HAS_HYPHEN == wr::token_flag::has_hyphen &&
              WR_TOKEN_SENTENCE_FINAL == wr::token_flag::sentence_final &&
              WR_TOKEN_SPACE_BEFORE == wr::token_flag::space_before &&
              WR_TOKEN_NEWLINE_BEFORE == wr::token_flag::newline_before &&
              WR_TOKEN_PARAGRAPH_BEFORE == wr::token_flag::paragraph_before &&
              WR_TOKEN_ENDS_WITH_PERIOD == wr::token_flag::ends_with_period &&
              WR_TOKEN_IN_COMPOUND == wr::token_flag::in_compound);
static_assert(WR_QUOTE_DIRECT == value_of(wr::QuoteKind::direct) &&
              WR_QUOTE_INDIRECT == value_of(wr::QuoteKind::indirect));
static_assert(WR_ENTITY_PERSON == value_of(wr::EntityType::person) &&
              WR_ENTITY_PLACE == value_of(wr::EntityType::place) &&
              WR_ENTITY_ORGANIZATION == value_of(wr::EntityType::organization));
static_assert(WR_DIAG_EMPTY_INPUT == value_of(wr::DiagnosticCode::empty_input) &&
              WR_DIAG_INVALID_UTF8 == value_of(wr::DiagnosticCode::invalid_utf8) &&
              WR_DIAG_TRANSCODED == value_of(wr::DiagnosticCode::transcoded) &&
              WR_DIAG_CONTROL_CHARACTERS == value_of(wr::DiagnosticCode::control_characters) &&
              WR_DIAG_NUL_BYTES == value_of(wr::DiagnosticCode::nul_bytes) &&
              WR_DIAG_TOO_LARGE == value_of(wr::DiagnosticCode::too_large) &&
              WR_DIAG_TOO_MANY_DIAGNOSTICS == value_of(wr::DiagnosticCode::too_many_diagnostics) &&
              WR_DIAG_UNKNOWN_ZONE == value_of(wr::DiagnosticCode::unknown_zone) &&
              WR_DIAG_UNPARSED_TIMESTAMP == value_of(wr::DiagnosticCode::unparsed_timestamp) &&
              WR_DIAG_NO_HEADLINE == value_of(wr::DiagnosticCode::no_headline) &&
              WR_DIAG_NO_DATELINE == value_of(wr::DiagnosticCode::no_dateline) &&
              WR_DIAG_UNCLASSIFIED_TEXT == value_of(wr::DiagnosticCode::unclassified_text) &&
              WR_DIAG_MIXED_LINE_ENDINGS == value_of(wr::DiagnosticCode::mixed_line_endings) &&
              WR_DIAG_UNBALANCED_QUOTE == value_of(wr::DiagnosticCode::unbalanced_quote) &&
              WR_DIAG_TRUNCATED_STORY == value_of(wr::DiagnosticCode::truncated_story) &&
              WR_DIAG_UNPARSED_HEADER == value_of(wr::DiagnosticCode::unparsed_header) &&
              WR_DIAG_TOO_MANY_QUOTES == value_of(wr::DiagnosticCode::too_many_quotes) &&
              WR_DIAG_TOO_MANY_ENTITIES == value_of(wr::DiagnosticCode::too_many_entities));
static_assert(WR_CREDIT_AUTHOR == value_of(wr::CreditRole::author) &&
              WR_CREDIT_REPORTING == value_of(wr::CreditRole::reporting) &&
              WR_CREDIT_ADDITIONAL_REPORTING == value_of(wr::CreditRole::additional_reporting) &&
              WR_CREDIT_WRITING == value_of(wr::CreditRole::writing) &&
              WR_CREDIT_EDITING == value_of(wr::CreditRole::editing) &&
              WR_CREDIT_CONTRIBUTING == value_of(wr::CreditRole::contributing) &&
              WR_CREDIT_PHOTO == value_of(wr::CreditRole::photo));
static_assert(WR_ISO8601_MAX_SIZE >= wr::iso8601_max_size);

// Runs the body of an extern "C" function: nothing thrown gets past this.
template <class Body>
wr_status guarded(Body&& body) noexcept {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return WR_ERR_OUT_OF_MEMORY;
  } catch (...) {
    return WR_ERR_INTERNAL;
  }
}

// ---- C++ records to C structs ----

wr_span to_c(wr::Span s) noexcept { return {s.begin, s.end}; }

wr_opt_span to_c(const std::optional<wr::Span>& s) noexcept {
  return s ? wr_opt_span{1, to_c(*s)} : wr_opt_span{0, {0, 0}};
}

// Static strings (zone names, countries); an empty one still has a valid pointer.
wr_str to_c(std::string_view s) noexcept { return {s.empty() ? "" : s.data(), s.size()}; }

wr_time to_c(const wr::CivilTime& t, wr::Precision precision) noexcept {
  wr_time out{};
  out.year = t.year;
  out.month = t.month;
  out.day = t.day;
  out.hour = t.hour;
  out.minute = t.minute;
  out.second = t.second;
  out.millisecond = t.millisecond;
  out.precision = value_of(precision);
  return out;
}

wr_time to_c(const wr::TimeValue& v) noexcept {
  wr_time out = to_c(v.time, v.precision);
  out.has_utc_offset = v.has_utc_offset ? 1 : 0;
  out.utc_offset_minutes = v.utc_offset_minutes;
  return out;
}

wr_region to_c(const wr::Region& r) noexcept { return {to_c(r.span), value_of(r.kind)}; }

wr_token to_c(const wr::Token& t) noexcept { return {to_c(t.span), value_of(t.kind), t.flags}; }

wr_quote to_c(const wr::Quote& q) noexcept {
  return {to_c(q.span), value_of(q.kind), to_c(q.speaker), to_c(q.cue), to_c(q.speaker_mention), to_c(q.speaker_key)};
}

wr_entity to_c(const wr::Entity& e) noexcept {
  return {to_c(e.span), value_of(e.type), to_c(e.key), to_c(e.zone), to_c(e.country)};
}

wr_credit to_c(const wr::Credit& c) noexcept { return {value_of(c.role), to_c(c.name)}; }

wr_time_expression to_c(const wr::TimeExpression& t) noexcept {
  wr_time_expression out{to_c(t.span), 0, {}};
  if (t.value) {
    out.has_value = 1;
    out.value = to_c(*t.value);
  }
  return out;
}

wr_diagnostic to_c(const wr::Diagnostic& d) noexcept { return {value_of(d.code), d.offset}; }

wr_published to_c(const std::optional<wr::Published>& p) noexcept {
  wr_published out{};
  out.zone = to_c(std::string_view());
  if (!p) return out;
  out.present = 1;
  out.span = to_c(p->span);
  out.local = to_c(p->local, p->precision);
  out.zone = to_c(p->zone);
  if (p->utc) {
    out.has_utc = 1;
    out.utc = to_c(*p->utc, p->precision);
    out.utc.has_utc_offset = 1;  // UTC itself: offset 0
  }
  return out;
}

wr_dateline to_c(const std::optional<wr::Dateline>& d) noexcept {
  wr_dateline out{};
  out.place.zone = to_c(std::string_view());
  out.place.country = out.place.zone;
  if (!d) return out;
  out.present = 1;
  out.span = to_c(d->span);
  if (d->place) {
    out.place.present = 1;
    out.place.span = to_c(d->place->span);
    out.place.zone = to_c(d->place->zone);
    out.place.country = to_c(d->place->country);
  }
  out.agency = to_c(d->agency);
  if (d->date) {
    out.date.present = 1;
    out.date.span = to_c(d->date->span);
    if (d->date->value) {
      out.date.has_value = 1;
      out.date.value = to_c(*d->date->value);
    }
  }
  return out;
}

// The wire header needs the article: the word count's number is read from its text.
wr_wire wire_of(const wr::Article& a) noexcept {
  wr_wire out{};
  const auto& h = a.wire();
  if (!h) return out;
  out.present = 1;
  out.service = to_c(h->service);
  out.sequence = to_c(h->sequence);
  out.priority = to_c(h->priority);
  out.priority_level = h->priority_level;
  out.category = to_c(h->category);
  out.slug = to_c(h->slug);
  out.word_count = to_c(h->word_count);
  if (const auto words = a.word_count()) {
    out.has_word_count_value = 1;
    out.word_count_value = *words;
  }
  out.take = to_c(h->take);
  out.selector = to_c(h->selector);
  out.agency = to_c(h->agency);
  out.agency_sequence = to_c(h->agency_sequence);
  out.reference = to_c(h->reference);
  out.filing_date = to_c(h->filing_date);
  if (h->embargo) {
    out.embargo.present = 1;
    out.embargo.span = to_c(h->embargo->span);
    if (h->embargo->value) {
      out.embargo.has_value = 1;
      out.embargo.value = to_c(*h->embargo->value);
    }
  }
  out.preserved = h->preserved ? 1 : 0;
  out.notepad = to_c(h->notepad);
  out.nonpublic = to_c(h->nonpublic);
  out.signoff = to_c(h->signoff);
  return out;
}

wr_story to_c(const std::optional<wr::StoryPosition>& s) noexcept {
  return s ? wr_story{1, s->index, to_c(s->span)} : wr_story{0, 0, {0, 0}};
}

// ---- C values to C++ ----

// A C enumeration value as the C++ enum, when it is within [0, last].
template <class E>
bool from_c(std::int32_t value, std::int32_t last, E& out) noexcept {
  if (value < 0 || value > last) return false;
  out = static_cast<E>(value);
  return true;
}

wr_status to_c(wr::Status status) noexcept {
  switch (status) {
    case wr::Status::ok: return WR_OK;
    case wr::Status::invalid_utf8: return WR_ERR_INVALID_UTF8;
    case wr::Status::too_large: return WR_ERR_TOO_LARGE;
    case wr::Status::bad_option: return WR_ERR_BAD_OPTION;
  }
  return WR_ERR_INTERNAL;
}

// Where a rejected parse failed: the diagnostic that says why carries the offset.
std::uint32_t failure_offset(const wr::Article& article) noexcept {
  for (const wr::Diagnostic& d : article.diagnostics()) {
    if (d.code == wr::DiagnosticCode::invalid_utf8 || d.code == wr::DiagnosticCode::too_large ||
        d.code == wr::DiagnosticCode::too_many_diagnostics)
      return d.offset;
  }
  return 0;
}

wr_status parse_into(wr_article& out, const char* text, std::size_t size, const wr_options* options,
                     std::uint32_t* error_offset) {
  const wr::Options defaults;
  const wr::Options& o = options != nullptr ? options->options : defaults;
  std::string_view input(text, size);
  // Too large an input is rejected before a byte of it is read, so it is never copied.
  const bool fits = size <= std::min(o.max_input_bytes, wr::max_supported_input_bytes);
  out.story.reset();
  if (options != nullptr && options->copy_input && fits) {
    out.input_copy.assign(input);
    input = out.input_copy;
  }
  wr::Parser(o).parse_into(input, out.article);
  const wr_status status = to_c(out.article.status());
  if (status != WR_OK && error_offset != nullptr) *error_offset = failure_offset(out.article);
  return status;
}


// Ids are short labels; a longer one is refused before it is read.
constexpr std::size_t max_id_size = 64 * 1024;
// IANA zone names are short; a longer one is refused before it is read.
constexpr std::size_t max_zone_size = 256;

// ---- the article's lists: one count and one indexed read each ----

template <class List>
wr_status list_count(const wr_article* article, std::size_t* out, List list) noexcept {
  return guarded([&]() -> wr_status {
    if (article == nullptr || out == nullptr) return WR_ERR_NULL;
    *out = std::invoke(list, article->article).size();
    return WR_OK;
  });
}

template <class Out, class List>
wr_status list_item(const wr_article* article, std::size_t index, Out* out, List list) noexcept {
  return guarded([&]() -> wr_status {
    if (article == nullptr || out == nullptr) return WR_ERR_NULL;
    const auto items = std::invoke(list, article->article);
    if (index >= items.size()) return WR_ERR_OUT_OF_RANGE;
    *out = to_c(items[index]);
    return WR_OK;
  });
}

// A single field: `read(article)` gives the C value.
template <class Out, class Read>
wr_status field_of(const wr_article* article, Out* out, Read read) noexcept {
  return guarded([&]() -> wr_status {
    if (article == nullptr || out == nullptr) return WR_ERR_NULL;
    *out = read(article->article);
    return WR_OK;
  });
}

// Sets one option: `apply` returns false for a value out of range.
template <class Apply>
wr_status set_option(wr_options* options, Apply apply) noexcept {
  return guarded([&]() -> wr_status {
    if (options == nullptr) return WR_ERR_NULL;
    return apply(*options) ? WR_OK : WR_ERR_INVALID_ARGUMENT;
  });
}

// The name of a C enumeration value, or "unknown" past `last`.
template <class E>
const char* name_of(std::int32_t value, std::int32_t last) noexcept {
  E e{};
  return from_c(value, last, e) ? wr::to_string(e) : "unknown";
}

}  // namespace

extern "C" {

// ---- results and versions ----

const char* wr_status_str(wr_status status) {
  switch (status) {
    case WR_OK: return "ok";
    case WR_ERR_NULL: return "a required pointer argument was NULL";
    case WR_ERR_INVALID_ARGUMENT: return "invalid argument";
    case WR_ERR_OUT_OF_RANGE: return "index out of range";
    case WR_ERR_INVALID_UTF8: return "the input is not valid UTF-8";
    case WR_ERR_TOO_LARGE: return "the input is too large";
    case WR_ERR_BAD_OPTION: return "an option names something the library cannot use";
    case WR_ERR_OUT_OF_MEMORY: return "out of memory";
    case WR_ERR_INTERNAL: return "internal error";
    default: return "unknown status";
  }
}

const char* wr_version(void) { return wr::version(); }

uint32_t wr_version_number(void) { return WR_VERSION_MAJOR * 10000u + WR_VERSION_MINOR * 100u + WR_VERSION_PATCH; }

uint32_t wr_abi_version(void) { return WR_ABI_VERSION; }

wr_status wr_time_iso8601(const wr_time* time, char* out, size_t capacity, size_t* out_size) {
  return guarded([&]() -> wr_status {
    if (time == nullptr || out == nullptr || out_size == nullptr) return WR_ERR_NULL;
    wr::TimeValue v;
    // Fields in their calendar ranges keep the text within WR_ISO8601_MAX_SIZE.
    if (capacity < WR_ISO8601_MAX_SIZE || !from_c(time->precision, WR_PRECISION_WEEK, v.precision) ||
        time->month > 12 || time->day > 31 || time->hour > 23 || time->minute > 59 || time->second > 60 ||
        time->millisecond > 999 || time->utc_offset_minutes > 24 * 60 || time->utc_offset_minutes < -24 * 60)
      return WR_ERR_INVALID_ARGUMENT;
    v.time = {time->year, time->month, time->day, time->hour, time->minute, time->second, time->millisecond};
    v.has_utc_offset = time->has_utc_offset != 0;
    v.utc_offset_minutes = time->utc_offset_minutes;
    *out_size = wr::iso8601(v, out);
    return WR_OK;
  });
}

// ---- options ----

wr_status wr_options_new(wr_options** out_options) {
  return guarded([&]() -> wr_status {
    if (out_options == nullptr) return WR_ERR_NULL;
    *out_options = new wr_options();
    return WR_OK;
  });
}

void wr_options_free(wr_options* options) { delete options; }

wr_status wr_options_set_format(wr_options* options, wr_format format) {
  return set_option(options, [&](wr_options& o) { return from_c(format, WR_FORMAT_IPTC7901, o.options.format); });
}

wr_status wr_options_set_encoding(wr_options* options, wr_encoding encoding) {
  return set_option(options,
                    [&](wr_options& o) { return from_c(encoding, WR_ENCODING_WINDOWS1252, o.options.encoding); });
}

wr_status wr_options_set_language(wr_options* options, wr_language language) {
  return set_option(options, [&](wr_options& o) { return from_c(language, WR_LANGUAGE_EN, o.options.language); });
}

wr_status wr_options_set_default_zone(wr_options* options, const char* zone, size_t size) {
  return guarded([&]() -> wr_status {
    if (options == nullptr || (zone == nullptr && size > 0)) return WR_ERR_NULL;
    if (size > max_zone_size) return WR_ERR_INVALID_ARGUMENT;
    options->default_zone.assign(zone == nullptr ? "" : zone, size);
    options->options.default_zone = options->default_zone;
    return WR_OK;
  });
}

wr_status wr_options_set_reject_invalid_utf8(wr_options* options, int reject) {
  return set_option(options, [&](wr_options& o) {
    o.options.reject_invalid_utf8 = reject != 0;
    return true;
  });
}

wr_status wr_options_set_max_input_bytes(wr_options* options, uint64_t max_bytes) {
  return set_option(options, [&](wr_options& o) {
    if (max_bytes > wr::max_supported_input_bytes) return false;
    o.options.max_input_bytes = max_bytes;
    return true;
  });
}

wr_status wr_options_set_max_diagnostics(wr_options* options, uint32_t max_diagnostics) {
  return set_option(options, [&](wr_options& o) {
    o.options.max_diagnostics = max_diagnostics;
    return true;
  });
}

wr_status wr_options_set_max_quotes(wr_options* options, uint32_t max_quotes) {
  return set_option(options, [&](wr_options& o) {
    o.options.max_quotes = max_quotes;
    return true;
  });
}

wr_status wr_options_set_max_entities(wr_options* options, uint32_t max_entities) {
  return set_option(options, [&](wr_options& o) {
    o.options.max_entities = max_entities;
    return true;
  });
}

wr_status wr_options_set_copy_input(wr_options* options, int copy) {
  return set_option(options, [&](wr_options& o) {
    o.copy_input = copy != 0;
    return true;
  });
}

// ---- parsing ----

wr_status wr_parse(const char* text, size_t size, const wr_options* options, wr_article** out_article,
                   uint32_t* out_error_offset) {
  return guarded([&]() -> wr_status {
    if (out_article == nullptr || (text == nullptr && size > 0)) return WR_ERR_NULL;
    auto article = std::make_unique<wr_article>();
    const wr_status status = parse_into(*article, text, size, options, out_error_offset);
    if (status == WR_OK) *out_article = article.release();
    return status;
  });
}

wr_status wr_parse_into(wr_article* article, const char* text, size_t size, const wr_options* options,
                        uint32_t* out_error_offset) {
  return guarded([&]() -> wr_status {
    if (article == nullptr || (text == nullptr && size > 0)) return WR_ERR_NULL;
    return parse_into(*article, text, size, options, out_error_offset);
  });
}

void wr_article_free(wr_article* article) { delete article; }

// ---- the article ----

wr_status wr_article_text(const wr_article* article, wr_str* out_text) {
  return field_of(article, out_text, [](const wr::Article& a) { return to_c(a.text()); });
}

wr_status wr_article_slice(const wr_article* article, wr_span span, wr_str* out_text) {
  return guarded([&]() -> wr_status {
    if (article == nullptr || out_text == nullptr) return WR_ERR_NULL;
    const std::string_view text = article->article.text();
    if (span.begin > span.end || span.end > text.size()) return WR_ERR_INVALID_ARGUMENT;
    *out_text = to_c(text.substr(span.begin, span.end - span.begin));
    return WR_OK;
  });
}

wr_status wr_article_format(const wr_article* article, wr_format* out_format) {
  return field_of(article, out_format, [](const wr::Article& a) { return value_of(a.format()); });
}

wr_status wr_article_language(const wr_article* article, wr_language* out_language) {
  return field_of(article, out_language, [](const wr::Article& a) { return value_of(a.language()); });
}

wr_status wr_article_encoding(const wr_article* article, wr_encoding* out_encoding) {
  return field_of(article, out_encoding, [](const wr::Article& a) { return value_of(a.encoding()); });
}

wr_status wr_article_transcoded(const wr_article* article, int* out_transcoded) {
  return field_of(article, out_transcoded, [](const wr::Article& a) { return a.transcoded() ? 1 : 0; });
}

wr_status wr_article_status(const wr_article* article, wr_status* out_status, uint32_t* out_error_offset) {
  return guarded([&]() -> wr_status {
    if (article == nullptr || out_status == nullptr) return WR_ERR_NULL;
    *out_status = to_c(article->article.status());
    if (*out_status != WR_OK && out_error_offset != nullptr) *out_error_offset = failure_offset(article->article);
    return WR_OK;
  });
}

wr_status wr_article_published(const wr_article* article, wr_published* out) {
  return field_of(article, out, [](const wr::Article& a) { return to_c(a.published()); });
}

wr_status wr_article_headline(const wr_article* article, wr_opt_span* out) {
  return field_of(article, out, [](const wr::Article& a) { return to_c(a.headline()); });
}

wr_status wr_article_dateline(const wr_article* article, wr_dateline* out) {
  return field_of(article, out, [](const wr::Article& a) { return to_c(a.dateline()); });
}

wr_status wr_article_byline(const wr_article* article, wr_opt_span* out) {
  return field_of(article, out, [](const wr::Article& a) {
    return a.byline() ? wr_opt_span{1, to_c(a.byline()->span)} : wr_opt_span{0, {0, 0}};
  });
}

wr_status wr_article_trailer(const wr_article* article, wr_opt_span* out) {
  return field_of(article, out, [](const wr::Article& a) { return to_c(a.trailer()); });
}

wr_status wr_article_wire(const wr_article* article, wr_wire* out) {
  return field_of(article, out, wire_of);
}

wr_status wr_article_story(const wr_article* article, wr_story* out) {
  return guarded([&]() -> wr_status {
    if (article == nullptr || out == nullptr) return WR_ERR_NULL;
    *out = to_c(article->story);
    return WR_OK;
  });
}

wr_status wr_article_region_count(const wr_article* article, size_t* out_count) {
  return list_count(article, out_count, &wr::Article::regions);
}
wr_status wr_article_region(const wr_article* article, size_t index, wr_region* out) {
  return list_item(article, index, out, &wr::Article::regions);
}

wr_status wr_article_author_count(const wr_article* article, size_t* out_count) {
  return list_count(article, out_count, &wr::Article::authors);
}
wr_status wr_article_author(const wr_article* article, size_t index, wr_span* out) {
  return list_item(article, index, out, &wr::Article::authors);
}

wr_status wr_article_paragraph_count(const wr_article* article, size_t* out_count) {
  return list_count(article, out_count, &wr::Article::paragraphs);
}
wr_status wr_article_paragraph(const wr_article* article, size_t index, wr_span* out) {
  return list_item(article, index, out, &wr::Article::paragraphs);
}

wr_status wr_article_sentence_count(const wr_article* article, size_t* out_count) {
  return list_count(article, out_count, &wr::Article::sentences);
}
wr_status wr_article_sentence(const wr_article* article, size_t index, wr_span* out) {
  return list_item(article, index, out, &wr::Article::sentences);
}

wr_status wr_article_token_count(const wr_article* article, size_t* out_count) {
  return list_count(article, out_count, &wr::Article::tokens);
}
wr_status wr_article_token(const wr_article* article, size_t index, wr_token* out) {
  return list_item(article, index, out, &wr::Article::tokens);
}

wr_status wr_article_quote_count(const wr_article* article, size_t* out_count) {
  return list_count(article, out_count, &wr::Article::quotes);
}
wr_status wr_article_quote(const wr_article* article, size_t index, wr_quote* out) {
  return list_item(article, index, out, &wr::Article::quotes);
}

wr_status wr_article_entity_count(const wr_article* article, size_t* out_count) {
  return list_count(article, out_count, &wr::Article::entities);
}
wr_status wr_article_entity(const wr_article* article, size_t index, wr_entity* out) {
  return list_item(article, index, out, &wr::Article::entities);
}

wr_status wr_article_time_count(const wr_article* article, size_t* out_count) {
  return list_count(article, out_count, &wr::Article::times);
}
wr_status wr_article_time(const wr_article* article, size_t index, wr_time_expression* out) {
  return list_item(article, index, out, &wr::Article::times);
}

wr_status wr_article_tag_count(const wr_article* article, size_t* out_count) {
  return list_count(article, out_count, &wr::Article::tags);
}
wr_status wr_article_tag(const wr_article* article, size_t index, wr_span* out) {
  return list_item(article, index, out, &wr::Article::tags);
}

wr_status wr_article_diagnostic_count(const wr_article* article, size_t* out_count) {
  return list_count(article, out_count, &wr::Article::diagnostics);
}
wr_status wr_article_diagnostic(const wr_article* article, size_t index, wr_diagnostic* out) {
  return list_item(article, index, out, &wr::Article::diagnostics);
}

wr_status wr_article_credit_count(const wr_article* article, size_t* out_count) {
  return list_count(article, out_count, &wr::Article::credits);
}
wr_status wr_article_credit(const wr_article* article, size_t index, wr_credit* out) {
  return list_item(article, index, out, &wr::Article::credits);
}

wr_status wr_article_keyword_count(const wr_article* article, size_t* out_count) {
  return list_count(article, out_count, &wr::Article::keywords);
}
wr_status wr_article_keyword(const wr_article* article, size_t index, wr_span* out) {
  return list_item(article, index, out, &wr::Article::keywords);
}

wr_status wr_article_flag_count(const wr_article* article, size_t* out_count) {
  return list_count(article, out_count, &wr::Article::flags);
}
wr_status wr_article_flag(const wr_article* article, size_t index, wr_span* out) {
  return list_item(article, index, out, &wr::Article::flags);
}

wr_status wr_article_ednote_count(const wr_article* article, size_t* out_count) {
  return list_count(article, out_count, &wr::Article::ednotes);
}
wr_status wr_article_ednote(const wr_article* article, size_t index, wr_span* out) {
  return list_item(article, index, out, &wr::Article::ednotes);
}

// ---- names ----

const char* wr_format_name(wr_format format) { return name_of<wr::Format>(format, WR_FORMAT_IPTC7901); }
const char* wr_encoding_name(wr_encoding encoding) {
  return name_of<wr::Encoding>(encoding, WR_ENCODING_WINDOWS1252);
}
const char* wr_language_name(wr_language language) { return name_of<wr::Language>(language, WR_LANGUAGE_EN); }
const char* wr_region_kind_name(wr_region_kind kind) {
  return name_of<wr::RegionKind>(kind, WR_REGION_UNCLASSIFIED);
}
const char* wr_token_kind_name(wr_token_kind kind) { return name_of<wr::TokenKind>(kind, WR_TOKEN_INVALID); }
const char* wr_quote_kind_name(wr_quote_kind kind) { return name_of<wr::QuoteKind>(kind, WR_QUOTE_INDIRECT); }
const char* wr_entity_type_name(wr_entity_type type) {
  return name_of<wr::EntityType>(type, WR_ENTITY_ORGANIZATION);
}
const char* wr_credit_role_name(wr_credit_role role) { return name_of<wr::CreditRole>(role, WR_CREDIT_PHOTO); }
// Diagnostic codes are named by the library itself, so codes newer than this header have names.
const char* wr_diagnostic_code_name(wr_diagnostic_code code) {
  return name_of<wr::DiagnosticCode>(code, UINT16_MAX);
}
const char* wr_diagnostic_code_message(wr_diagnostic_code code) {
  wr::DiagnosticCode c{};
  return from_c(code, UINT16_MAX, c) ? wr::describe(c) : "unknown diagnostic";
}

// ---- JSON ----

wr_status wr_buffer_new(wr_buffer** out_buffer) {
  return guarded([&]() -> wr_status {
    if (out_buffer == nullptr) return WR_ERR_NULL;
    *out_buffer = new wr_buffer();
    return WR_OK;
  });
}

void wr_buffer_free(wr_buffer* buffer) { delete buffer; }

wr_status wr_buffer_data(const wr_buffer* buffer, wr_str* out_data) {
  return guarded([&]() -> wr_status {
    if (buffer == nullptr || out_data == nullptr) return WR_ERR_NULL;
    *out_data = {buffer->bytes.data(), buffer->bytes.size()};
    return WR_OK;
  });
}

wr_status wr_article_json(const wr_article* article, uint32_t flags, const char* id_json, size_t id_size,
                          wr_buffer* out_buffer) {
  return guarded([&]() -> wr_status {
    if (article == nullptr || out_buffer == nullptr || (id_json == nullptr && id_size > 0)) return WR_ERR_NULL;
    if ((flags & ~(WR_JSON_TOKENS | WR_JSON_PRETTY)) != 0 || id_size > max_id_size) return WR_ERR_INVALID_ARGUMENT;
    const std::string_view id(id_json, id_size);
    if (!id.empty() && !wr::is_json_scalar(id)) return WR_ERR_INVALID_ARGUMENT;
    wr::JsonOptions json;
    json.tokens = (flags & WR_JSON_TOKENS) != 0;
    json.pretty = (flags & WR_JSON_PRETTY) != 0;
    json.id_json = id;
    json.story = article->story;
    out_buffer->bytes.clear();
    wr::append_json(article->article, json, out_buffer->bytes);
    return WR_OK;
  });
}

// ---- streams ----

wr_status wr_stream_new(const char* buffer, size_t size, const wr_options* options, wr_stream** out_stream) {
  return guarded([&]() -> wr_status {
    if (out_stream == nullptr || (buffer == nullptr && size > 0)) return WR_ERR_NULL;
    // Story spans are 32-bit offsets into the buffer; refused before a byte of it is read.
    if (size > wr::max_supported_input_bytes) return WR_ERR_TOO_LARGE;
    const wr_options defaults;
    *out_stream = new wr_stream(std::string_view(buffer, size), options != nullptr ? *options : defaults);
    return WR_OK;
  });
}

wr_status wr_stream_next(wr_stream* stream, wr_article** out_article) {
  return guarded([&]() -> wr_status {
    if (stream == nullptr || out_article == nullptr) return WR_ERR_NULL;
    auto article = std::make_unique<wr_article>();  // before the cut: no story is lost to a failed allocation
    wr::Span story;
    if (!stream->cutter.next(story)) {
      *out_article = nullptr;
      return WR_OK;
    }
    const std::string_view text = story.in(stream->buffer);
    // A rejected story is an article too: its status and diagnostic say why.
    parse_into(*article, text.data(), text.size(), &stream->options, nullptr);
    // As the CLI does: a story position only for a buffer of many.
    if (story.size() != stream->buffer.size()) article->story = wr::StoryPosition{stream->index, story};
    ++stream->index;
    *out_article = article.release();
    return WR_OK;
  });
}

void wr_stream_free(wr_stream* stream) { delete stream; }

}  // extern "C"
