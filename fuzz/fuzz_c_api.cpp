// The C ABI (wirereport.h): wr_parse on the bytes, with options that vary with the input's size
// (format, encoding, strictness, zone, borrowing or copying, limits), then every list through its count
// and indexed reads (one past the end must be WR_ERR_OUT_OF_RANGE), a slice of every span, and
// the JSON rendered through the C ABI, which must equal to_json() of the same parse in C++.
// One article reused with wr_parse_into renders what a fresh one renders. The same bytes as a
// buffer of many stories through wr_stream_*: each story equals its C++ StoryStream article.
#include <cstdint>
#include <optional>
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
bool same(wr_opt_span c, const std::optional<wirereport::Span>& s) {
  return c.present == (s ? 1 : 0) && (!s || same(c.span, *s));
}
bool same(wr_str c, std::string_view s) { return std::string_view(c.data, c.size) == s; }

// The wire header through the C ABI against the C++ one, field by field.
bool same_wire(const wr_wire& c, const std::optional<wirereport::WireHeader>& w) {
  if (c.present != (w ? 1 : 0)) return false;
  if (!w) return true;
  const bool embargo = c.embargo.present == (w->embargo ? 1 : 0) &&
                       (!w->embargo || (same(c.embargo.span, w->embargo->span) &&
                                        c.embargo.has_value == (w->embargo->value ? 1 : 0)));
  return same(c.service, w->service) && same(c.sequence, w->sequence) && same(c.priority, w->priority) &&
         c.priority_level == w->priority_level && same(c.category, w->category) && same(c.slug, w->slug) &&
         same(c.word_count, w->word_count) && same(c.take, w->take) && same(c.selector, w->selector) &&
         same(c.agency, w->agency) && same(c.agency_sequence, w->agency_sequence) &&
         same(c.reference, w->reference) && same(c.filing_date, w->filing_date) && embargo &&
         c.preserved == (w->preserved ? 1 : 0) && same(c.notepad, w->notepad) && same(c.nonpublic, w->nonpublic) &&
         same(c.signoff, w->signoff);
}

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
    } else if constexpr (requires { item.name; }) {
      check_slice(a, item.name, text_size);  // a credit
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

// `story`: where the article lies in a buffer of many, for the articles of a stream.
void check_article(const wr_article* a, const wirereport::Article& cpp, const Setup& setup,
                   const std::optional<wirereport::StoryPosition>& story = std::nullopt) {
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
      [](const wr_quote& c, const wirereport::Quote& q) {
        return same(c.span, q.span) && c.kind == static_cast<wr_quote_kind>(q.kind) && same(c.speaker, q.speaker) &&
               same(c.cue, q.cue) && same(c.speaker_mention, q.speaker_mention) && same(c.speaker_key, q.speaker_key);
      },
      size, "quotes");
  check_list<wr_entity>(
      a, wr_article_entity_count, wr_article_entity, cpp.entities(),
      [](const wr_entity& c, const wirereport::Entity& e) {
        return same(c.span, e.span) && c.type == static_cast<wr_entity_type>(e.type) && same(c.key, e.key) &&
               same(c.zone, e.zone) && same(c.country, e.country);
      },
      size, "entities");
  check_list<wr_credit>(
      a, wr_article_credit_count, wr_article_credit, cpp.credits(),
      [](const wr_credit& c, const wirereport::Credit& credit) {
        return c.role == static_cast<wr_credit_role>(credit.role) && same(c.name, credit.name) &&
               std::string_view(wr_credit_role_name(c.role)) != "unknown";
      },
      size, "credits");
  check_list<wr_span>(a, wr_article_keyword_count, wr_article_keyword, cpp.keywords(), same_span, size, "keywords");
  check_list<wr_span>(a, wr_article_flag_count, wr_article_flag, cpp.flags(), same_span, size, "flags");
  check_list<wr_span>(a, wr_article_ednote_count, wr_article_ednote, cpp.ednotes(), same_span, size, "ednotes");
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

  wr_format format{};
  wr_language language{};
  wr_encoding encoding{};
  int transcoded = -1;
  expect(wr_article_format(a, &format) == WR_OK && format == static_cast<wr_format>(cpp.format()) &&
             wr_article_language(a, &language) == WR_OK && language == static_cast<wr_language>(cpp.language()) &&
             wr_article_encoding(a, &encoding) == WR_OK && encoding == static_cast<wr_encoding>(cpp.encoding()) &&
             wr_article_transcoded(a, &transcoded) == WR_OK && transcoded == (cpp.transcoded() ? 1 : 0),
         "format, language, encoding or transcoding");
  expect(std::string_view(wr_format_name(format)) == to_string(cpp.format()) &&
             std::string_view(wr_language_name(language)) == to_string(cpp.language()),
         "the names of the format and the language");
  wr_status status = WR_ERR_INTERNAL;
  expect(wr_article_status(a, &status, nullptr) == WR_OK && status == WR_OK, "the article's status");
  wr_wire wire{};
  expect(wr_article_wire(a, &wire) == WR_OK && same_wire(wire, cpp.wire()), "the wire header");
  wr_opt_span byline{};
  wr_opt_span trailer{};
  expect(wr_article_byline(a, &byline) == WR_OK && same(byline, cpp.byline() ? std::optional(cpp.byline()->span)
                                                                                    : std::nullopt),
         "the byline");
  expect(wr_article_trailer(a, &trailer) == WR_OK && same(trailer, cpp.trailer()), "the trailer");
  expect(wr_article_wire(nullptr, &wire) == WR_ERR_NULL && wr_article_wire(a, nullptr) == WR_ERR_NULL,
         "NULL is not WR_ERR_NULL");

  wr_story position{};
  expect(wr_article_story(a, &position) == WR_OK && position.present == (story ? 1 : 0) &&
             (!story || (position.index == story->index && same(position.span, story->span))),
         "the story's position");

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
  json.story = story;
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

  // The same bytes as a buffer of many stories: wr_stream_* against StoryStream, story by story.
  wr_stream* stream = nullptr;
  expect(wr_stream_new(text.data(), size, options, &stream) == WR_OK, "wr_stream_new");
  wirereport::StoryStream cpp_stories(text, cpp_options(setup));
  for (;;) {
    wr_article* story = nullptr;
    expect(wr_stream_next(stream, &story) == WR_OK, "wr_stream_next");
    const bool more = cpp_stories.next();
    expect((story != nullptr) == more, "wr_stream_next cuts other stories than StoryStream");
    if (!more) break;
    const wirereport::Article& cpp_story = cpp_stories.article();
    if (cpp_story.ok()) {
      // As the CLI does, a story has a position only in a buffer of more than one.
      std::optional<wirereport::StoryPosition> position;
      if (cpp_stories.span().size() != size) position = wirereport::StoryPosition{cpp_stories.index(), cpp_stories.span()};
      check_article(story, cpp_story, setup, position);
    } else {
      wr_status story_status = WR_OK;
      expect(wr_article_status(story, &story_status, nullptr) == WR_OK && story_status != WR_OK,
             "a rejected story's status");
    }
    wr_article_free(story);
  }
  wr_article* none = nullptr;
  expect(wr_stream_next(stream, &none) == WR_OK && none == nullptr, "a finished stream goes on");
  wr_stream_free(stream);
  wr_stream_free(nullptr);
  expect(wr_stream_next(nullptr, &none) == WR_ERR_NULL, "NULL is not WR_ERR_NULL");

  wr_options_free(options);
  wr_article_free(nullptr);
  wr_options_free(nullptr);
  return 0;
}
