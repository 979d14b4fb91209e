// The C ABI (wirereport.h): wr_parse on the bytes, with options that vary with the input's size
// (format, encoding, strictness, zone, borrowing or copying, limits), then every list through its count
// and indexed reads (one past the end must be WR_ERR_OUT_OF_RANGE), a slice of every span, and
// the JSON rendered through the C ABI, which must equal to_json() of the same parse in C++.
// One article reused with wr_parse_into renders what a fresh one renders.
#include <cstdint>
#include <string>
#include <string_view>

#include "expect.hpp"
#include "wirereport/wirereport.h"

namespace {

using wirereport::fuzz::expect;

struct Setup {
  wr_format format;
  wr_encoding encoding;
  bool reject;
  bool copy;
  bool zone;
  std::uint32_t json_flags;
  bool small_limits;  // one quote, two entities
};

// The options, from the size: every combination is met as the fuzzer varies the length.
Setup setup_for(std::size_t size) {
  return {static_cast<wr_format>(size % 7), static_cast<wr_encoding>(size / 7 % 4), size / 28 % 2 == 1,
          size / 56 % 2 == 1, size % 3 == 0, static_cast<std::uint32_t>(size % 4), size % 5 == 0};
}

wirereport::Options cpp_options(const Setup& s) {
  wirereport::Options o;
  o.format = static_cast<wirereport::Format>(s.format);
  o.encoding = static_cast<wirereport::Encoding>(s.encoding);
  o.reject_invalid_utf8 = s.reject;
  if (s.zone) o.default_zone = "Europe/Berlin";
  if (s.small_limits) {
    o.max_quotes = 1;
    o.max_entities = 2;
  }
  return o;
}

bool same(wr_span c, wirereport::Span s) { return c.begin == s.begin && c.end == s.end; }

// A span of the article's text: its slice has its size; a span past the end is refused.
void check_slice(const wr_article* a, wr_span span, std::size_t text_size) {
  wr_str s{};
  expect(wr_article_slice(a, span, &s) == WR_OK && s.size == span.end - span.begin, "a span's slice");
  const wr_span past{span.begin, static_cast<std::uint32_t>(text_size + 1)};
  expect(wr_article_slice(a, past, &s) == WR_ERR_INVALID_ARGUMENT, "a slice past the end is not refused");
}

// A list of the C ABI against the C++ one: the same count, the same items, one past the end
// refused, and each item's span sliced.
template <class CItem, class CppItem, class Count, class Get, class Same>
void check_list(const wr_article* a, Count count, Get get, std::span<const CppItem> expected, Same same_item,
                std::size_t text_size, const char* what) {
  std::size_t n = 0;
  expect(count(a, &n) == WR_OK && n == expected.size(), what);
  CItem item{};
  for (std::size_t i = 0; i < n; ++i) {
    expect(get(a, i, &item) == WR_OK && same_item(item, expected[i]), what);
    if constexpr (requires { item.span; }) {
      check_slice(a, item.span, text_size);
    } else {
      check_slice(a, item, text_size);
    }
  }
  expect(get(a, n, &item) == WR_ERR_OUT_OF_RANGE, "an index past the end is not WR_ERR_OUT_OF_RANGE");
  expect(count(nullptr, &n) == WR_ERR_NULL && get(nullptr, 0, &item) == WR_ERR_NULL, "NULL is not WR_ERR_NULL");
}

std::string json_of(const wr_article* a, std::uint32_t flags, std::string_view id) {
  wr_buffer* buffer = nullptr;
  expect(wr_buffer_new(&buffer) == WR_OK, "wr_buffer_new");
  expect(wr_article_json(a, flags, id.data(), id.size(), buffer) == WR_OK, "wr_article_json");
  wr_str data{};
  expect(wr_buffer_data(buffer, &data) == WR_OK, "wr_buffer_data");
  std::string out(data.data, data.size);
  wr_buffer_free(buffer);
  return out;
}

void check_article(const wr_article* a, const wirereport::Article& cpp, const Setup& setup) {
  wr_str text{};
  expect(wr_article_text(a, &text) == WR_OK && text.size == cpp.text().size(), "the article's text");
  const std::size_t size = text.size;

  check_list<wr_region>(
      a, wr_article_region_count, wr_article_region, cpp.regions(),
      [](const wr_region& c, const wirereport::Region& r) {
        return same(c.span, r.span) && c.kind == static_cast<wr_region_kind>(r.kind);
      },
      size, "regions");
  auto same_span = [](const wr_span& c, const wirereport::Span& s) { return same(c, s); };
  check_list<wr_span>(a, wr_article_paragraph_count, wr_article_paragraph, cpp.paragraphs(), same_span, size,
                      "paragraphs");
  check_list<wr_span>(a, wr_article_sentence_count, wr_article_sentence, cpp.sentences(), same_span, size,
                      "sentences");
  check_list<wr_span>(a, wr_article_author_count, wr_article_author, cpp.authors(), same_span, size, "authors");
  check_list<wr_span>(a, wr_article_tag_count, wr_article_tag, cpp.tags(), same_span, size, "tags");
  check_list<wr_token>(
      a, wr_article_token_count, wr_article_token, cpp.tokens(),
      [](const wr_token& c, const wirereport::Token& t) {
        return same(c.span, t.span) && c.kind == static_cast<wr_token_kind>(t.kind) && c.flags == t.flags;
      },
      size, "tokens");
  check_list<wr_quote>(
      a, wr_article_quote_count, wr_article_quote, cpp.quotes(),
      [](const wr_quote& c, const wirereport::Quote& q) { return same(c.span, q.span); }, size, "quotes");
  check_list<wr_entity>(
      a, wr_article_entity_count, wr_article_entity, cpp.entities(),
      [](const wr_entity& c, const wirereport::Entity& e) { return same(c.span, e.span) && same(c.key, e.key); },
      size, "entities");
  check_list<wr_time_expression>(
      a, wr_article_time_count, wr_article_time, cpp.times(),
      [](const wr_time_expression& c, const wirereport::TimeExpression& t) { return same(c.span, t.span); }, size,
      "times");

  std::size_t diagnostics = 0;
  expect(wr_article_diagnostic_count(a, &diagnostics) == WR_OK && diagnostics == cpp.diagnostics().size(),
         "diagnostics");
  for (std::size_t i = 0; i < diagnostics; ++i) {
    wr_diagnostic d{};
    expect(wr_article_diagnostic(a, i, &d) == WR_OK && d.offset == cpp.diagnostics()[i].offset &&
               std::string_view(wr_diagnostic_code_name(d.code)) == to_string(cpp.diagnostics()[i].code),
           "a diagnostic");
  }

  wr_opt_span headline{};
  expect(wr_article_headline(a, &headline) == WR_OK && headline.present == (cpp.headline() ? 1 : 0),
         "the headline");
  wr_dateline dateline{};
  expect(wr_article_dateline(a, &dateline) == WR_OK && dateline.present == (cpp.dateline() ? 1 : 0),
         "the dateline");
  wr_published published{};
  expect(wr_article_published(a, &published) == WR_OK && published.present == (cpp.published() ? 1 : 0),
         "the timestamp");
  if (published.present) {
    char iso[WR_ISO8601_MAX_SIZE];
    std::size_t n = 0;
    expect(wr_time_iso8601(&published.local, iso, sizeof iso, &n) == WR_OK && n > 0, "wr_time_iso8601");
  }

  // The whole document, through the C ABI and in C++.
  wirereport::JsonOptions json;
  json.tokens = (setup.json_flags & WR_JSON_TOKENS) != 0;
  json.pretty = (setup.json_flags & WR_JSON_PRETTY) != 0;
  json.id_json = "\"c\"";
  expect(json_of(a, setup.json_flags, json.id_json) == wirereport::to_json(cpp, json),
         "the C ABI's JSON differs from to_json()");
  wr_buffer* buffer = nullptr;
  expect(wr_buffer_new(&buffer) == WR_OK, "wr_buffer_new");
  expect(wr_article_json(a, 0x80, nullptr, 0, buffer) == WR_ERR_INVALID_ARGUMENT, "unknown JSON flags");
  expect(wr_article_json(a, 0, "{", 1, buffer) == WR_ERR_INVALID_ARGUMENT, "an id that is not a JSON scalar");
  wr_buffer_free(buffer);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const Setup setup = setup_for(size);

  wr_options* options = nullptr;
  expect(wr_options_new(&options) == WR_OK, "wr_options_new");
  expect(wr_options_set_format(options, setup.format) == WR_OK, "wr_options_set_format");
  expect(wr_options_set_encoding(options, setup.encoding) == WR_OK, "wr_options_set_encoding");
  expect(wr_options_set_reject_invalid_utf8(options, setup.reject ? 1 : 0) == WR_OK, "reject_invalid_utf8");
  expect(wr_options_set_copy_input(options, setup.copy ? 1 : 0) == WR_OK, "copy_input");
  if (setup.zone) expect(wr_options_set_default_zone(options, "Europe/Berlin", 13) == WR_OK, "default_zone");
  if (setup.small_limits) {
    expect(wr_options_set_max_quotes(options, 1) == WR_OK && wr_options_set_max_entities(options, 2) == WR_OK,
           "the limits");
  }
  expect(wr_options_set_max_quotes(nullptr, 1) == WR_ERR_NULL, "NULL options");
  expect(wr_options_set_format(options, 7) == WR_ERR_INVALID_ARGUMENT, "a format out of range");

  const wirereport::Article cpp = wirereport::parse(text, cpp_options(setup));
  wr_article* article = nullptr;
  std::uint32_t offset = UINT32_MAX;
  const wr_status status = wr_parse(text.data(), size, options, &article, &offset);
  if (cpp.ok()) {
    expect(status == WR_OK && article != nullptr, "wr_parse failed where parse() did not");
    check_article(article, cpp, setup);

    // One article reused: after other input, the same bytes give the same document.
    static wr_article* reused = nullptr;
    if (reused == nullptr) expect(wr_parse("", 0, nullptr, &reused, nullptr) == WR_OK, "an empty parse");
    expect(wr_parse_into(reused, text.data(), size, options, nullptr) == WR_OK, "wr_parse_into");
    expect(json_of(reused, WR_JSON_TOKENS, "") == json_of(article, WR_JSON_TOKENS, ""),
           "a reused article renders differently");
  } else {
    expect(status != WR_OK && article == nullptr, "a rejected parse gave an article");
    expect(offset <= size, "the error offset is past the end");
  }
  wr_article_free(article);
  wr_options_free(options);
  wr_article_free(nullptr);
  wr_options_free(nullptr);
  return 0;
}
