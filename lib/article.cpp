// Names of the model's enumerations, diagnostics bookkeeping, ISO 8601 rendering.
#include <cstdio>

#include "time/civil.hpp"
#include "diagnostics.hpp"
#include "wirereport/wirereport.hpp"

namespace wirereport {

const char* version() noexcept { return WR_VERSION_STRING; }

const char* to_string(Format format) noexcept {
  switch (format) {
    case Format::auto_detect: return "auto";
    case Format::text: return "text";
    case Format::web: return "web";
    case Format::reuters: return "reuters";
    case Format::agency: return "agency";
    case Format::anpa1312: return "anpa1312";
    case Format::iptc7901: return "iptc7901";
  }
  return "unknown";
}

const char* to_string(Encoding encoding) noexcept {
  switch (encoding) {
    case Encoding::auto_detect: return "auto";
    case Encoding::utf8: return "utf-8";
    case Encoding::latin1: return "iso-8859-1";
    case Encoding::windows1252: return "windows-1252";
  }
  return "unknown";
}

const char* to_string(Language language) noexcept {
  switch (language) {
    case Language::unknown: return "und";
    case Language::de: return "de";
    case Language::en: return "en";
  }
  return "und";
}

const char* to_string(RegionKind kind) noexcept {
  switch (kind) {
    case RegionKind::header: return "header";
    case RegionKind::headline: return "headline";
    case RegionKind::dateline: return "dateline";
    case RegionKind::byline: return "byline";
    case RegionKind::body: return "body";
    case RegionKind::trailer: return "trailer";
    case RegionKind::unclassified: return "unclassified";
  }
  return "unclassified";
}

const char* to_string(QuoteKind kind) noexcept {
  return kind == QuoteKind::indirect ? "indirect" : "direct";
}

const char* to_string(EntityType type) noexcept {
  switch (type) {
    case EntityType::person: return "person";
    case EntityType::place: return "place";
    case EntityType::organization: return "organization";
  }
  return "person";
}

const char* to_string(CreditRole role) noexcept {
  switch (role) {
    case CreditRole::author: return "author";
    case CreditRole::reporting: return "reporting";
    case CreditRole::additional_reporting: return "additional_reporting";
    case CreditRole::writing: return "writing";
    case CreditRole::editing: return "editing";
    case CreditRole::contributing: return "contributing";
    case CreditRole::photo: return "photo";
  }
  return "reporting";
}

std::optional<std::uint32_t> Article::word_count() const noexcept {
  if (!state_.wire || !state_.wire->word_count) return std::nullopt;
  std::uint32_t n = 0;
  for (char c : view(*state_.wire->word_count)) {
    if (c < '0' || c > '9' || n > 100'000'000) return std::nullopt;
    n = n * 10 + static_cast<std::uint32_t>(c - '0');
  }
  return n;
}

const char* to_string(TokenKind kind) noexcept {
  switch (kind) {
    case TokenKind::word: return "word";
    case TokenKind::number: return "number";
    case TokenKind::punctuation: return "punctuation";
    case TokenKind::symbol: return "symbol";
    case TokenKind::quote_open: return "quote_open";
    case TokenKind::quote_close: return "quote_close";
    case TokenKind::quote_ambiguous: return "quote_ambiguous";
    case TokenKind::url: return "url";
    case TokenKind::email: return "email";
    case TokenKind::handle: return "handle";
    case TokenKind::hashtag: return "hashtag";
    case TokenKind::invalid: return "invalid";
  }
  return "word";
}

const char* to_string(DiagnosticCode code) noexcept {
  switch (code) {
    case DiagnosticCode::empty_input: return "empty_input";
    case DiagnosticCode::invalid_utf8: return "invalid_utf8";
    case DiagnosticCode::transcoded: return "transcoded";
    case DiagnosticCode::control_characters: return "control_characters";
    case DiagnosticCode::nul_bytes: return "nul_bytes";
    case DiagnosticCode::too_large: return "too_large";
    case DiagnosticCode::too_many_diagnostics: return "too_many_diagnostics";
    case DiagnosticCode::unknown_zone: return "unknown_zone";
    case DiagnosticCode::unparsed_timestamp: return "unparsed_timestamp";
    case DiagnosticCode::no_headline: return "no_headline";
    case DiagnosticCode::no_dateline: return "no_dateline";
    case DiagnosticCode::unclassified_text: return "unclassified_text";
    case DiagnosticCode::mixed_line_endings: return "mixed_line_endings";
    case DiagnosticCode::unbalanced_quote: return "unbalanced_quote";
    case DiagnosticCode::truncated_story: return "truncated_story";
    case DiagnosticCode::unparsed_header: return "unparsed_header";
    case DiagnosticCode::too_many_quotes: return "too_many_quotes";
    case DiagnosticCode::too_many_entities: return "too_many_entities";
  }
  return "unknown";
}

const char* describe(DiagnosticCode code) noexcept {
  switch (code) {
    case DiagnosticCode::empty_input: return "the input holds no text";
    case DiagnosticCode::invalid_utf8: return "bytes that are not valid UTF-8, kept as they are";
    case DiagnosticCode::transcoded: return "the input was not UTF-8 and was transcoded to UTF-8";
    case DiagnosticCode::control_characters: return "control characters in the text";
    case DiagnosticCode::nul_bytes: return "NUL bytes in the text";
    case DiagnosticCode::too_large: return "the input is larger than the size limit; nothing was parsed";
    case DiagnosticCode::too_many_diagnostics: return "further diagnostics were dropped";
    case DiagnosticCode::unknown_zone: return "a time zone name that is not known";
    case DiagnosticCode::unparsed_timestamp: return "a timestamp line that could not be read";
    case DiagnosticCode::no_headline: return "no headline where the format has one";
    case DiagnosticCode::no_dateline: return "no dateline where the format has one";
    case DiagnosticCode::unclassified_text: return "text the layout could not place";
    case DiagnosticCode::mixed_line_endings: return "the text mixes CRLF, LF and CR line ends";
    case DiagnosticCode::unbalanced_quote: return "a quotation mark without its partner";
    case DiagnosticCode::truncated_story: return "the story ends before its end-of-text mark";
    case DiagnosticCode::unparsed_header: return "a wire header line that does not read as the format's fields";
    case DiagnosticCode::too_many_quotes: return "more quotes than the limit; the later ones were dropped";
    case DiagnosticCode::too_many_entities: return "more entities than the limit; the later ones were dropped";
  }
  return "unknown diagnostic";
}

const char* to_string(Status status) noexcept {
  switch (status) {
    case Status::ok: return "ok";
    case Status::invalid_utf8: return "invalid UTF-8";
    case Status::too_large: return "input too large";
    case Status::bad_option: return "bad option";
  }
  return "unknown status";
}

namespace {
std::size_t write_number(char* out, long value, int width) noexcept {
  // snprintf into a buffer sized for any value; width pads with zeros.
  char buf[24];
  const int n = std::snprintf(buf, sizeof buf, "%0*ld", width, value);
  for (int i = 0; i < n; ++i) out[i] = buf[i];
  return static_cast<std::size_t>(n);
}
}  // namespace

std::size_t iso8601(const CivilTime& t, Precision p, char* out) noexcept {
  if (p == Precision::week) {
    // ISO 8601 week date: the week belongs to the year of its Thursday.
    const std::int64_t day = detail::days_from_civil(t.year, t.month, t.day);
    const std::int64_t thursday = day - (static_cast<std::int64_t>(detail::weekday(day)) + 6) % 7 + 3;
    const std::int32_t year = detail::civil_from_days(thursday).year;
    const std::int64_t week = (thursday - detail::days_from_civil(year, 1, 1)) / 7 + 1;
    std::size_t n = write_number(out, year, 4);
    out[n++] = '-';
    out[n++] = 'W';
    return n + write_number(out + n, static_cast<long>(week), 2);
  }
  std::size_t n = write_number(out, t.year, 4);
  if (p == Precision::year) return n;
  out[n++] = '-';
  n += write_number(out + n, t.month, 2);
  if (p == Precision::month) return n;
  out[n++] = '-';
  n += write_number(out + n, t.day, 2);
  if (p == Precision::day) return n;
  out[n++] = 'T';
  n += write_number(out + n, t.hour, 2);
  out[n++] = ':';
  n += write_number(out + n, t.minute, 2);
  out[n++] = ':';
  n += write_number(out + n, t.second, 2);
  if (p == Precision::millisecond) {
    out[n++] = '.';
    n += write_number(out + n, t.millisecond, 3);
  }
  return n;
}

std::size_t iso8601(const TimeValue& v, char* out) noexcept {
  std::size_t n = iso8601(v.time, v.precision, out);
  if (!v.has_utc_offset || !has_time_of_day(v.precision)) return n;
  if (v.utc_offset_minutes == 0) {
    out[n++] = 'Z';
    return n;
  }
  const int offset = v.utc_offset_minutes < 0 ? -v.utc_offset_minutes : v.utc_offset_minutes;
  out[n++] = v.utc_offset_minutes < 0 ? '-' : '+';
  n += write_number(out + n, offset / 60, 2);
  out[n++] = ':';
  n += write_number(out + n, offset % 60, 2);
  return n;
}

std::string iso8601(const TimeValue& v) {
  char buf[iso8601_max_size];
  return std::string(buf, iso8601(v, buf));
}

namespace detail {

void ArticleState::clear() noexcept {
  source = {};
  transcoded.clear();
  uses_transcoded = false;
  content_begin = 0;
  status = Status::ok;
  format = Format::text;
  encoding = Encoding::utf8;
  language = Language::unknown;
  regions.clear();
  published.reset();
  headline.reset();
  dateline.reset();
  byline.reset();
  authors.clear();
  paragraphs.clear();
  sentences.clear();
  tokens.clear();
  quotes.clear();
  entities.clear();
  times.clear();
  tags.clear();
  trailer.reset();
  credits.clear();
  wire.reset();
  keywords.clear();
  flags.clear();
  ednotes.clear();
  diagnostics.clear();
  dropped_diagnostics = 0;
  first_dropped_offset = 0;
}

void report(ArticleState& state, DiagnosticCode code, std::uint32_t offset) {
  if (state.diagnostics.size() < state.diagnostic_limit) {
    state.diagnostics.push_back({code, offset});
  } else {
    if (state.dropped_diagnostics == 0) state.first_dropped_offset = offset;
    ++state.dropped_diagnostics;
  }
}

}  // namespace detail
}  // namespace wirereport
