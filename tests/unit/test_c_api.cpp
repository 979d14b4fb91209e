// The C ABI's translation of fields the extractors fill (quotes, entities, times, bylines,
// dateline agency and date): the records are set by hand here, so each C struct is checked
// against its C++ record whatever the extractors find today.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "c_api.hpp"

namespace {

using namespace wirereport;

constexpr std::string_view report =
    "Jun 4, 2024 08:15 Europe/Berlin\n"
    "  \xE2\x80\xA2 Hafen Kiel meldet Rekord\n"
    "\n"
    "KIEL, 3. Juni (dpa) - Der Hafen hat im Mai so viele Passagiere abgefertigt wie nie. "
    "\xE2\x80\x9E" "Das ist stark\xE2\x80\x9C, sagte Hafenchef Tom Berger.\n";

Span span_of(std::string_view part) {
  const auto begin = static_cast<std::uint32_t>(report.find(part));
  REQUIRE(begin != std::string_view::npos);
  return {begin, begin + static_cast<std::uint32_t>(part.size())};
}

std::string_view text_of(const wr_article* a, wr_span span) {
  wr_str s{};
  REQUIRE(wr_article_slice(a, span, &s) == WR_OK);
  return {s.data, s.size};
}

struct ArticleHandle {
  wr_article* a = nullptr;
  ArticleHandle() { REQUIRE(wr_parse(report.data(), report.size(), nullptr, &a, nullptr) == WR_OK); }
  ~ArticleHandle() { wr_article_free(a); }
  detail::ArticleState& state() { return a->article.state(); }
};

}  // namespace

TEST_CASE("c_api: quotes with and without speaker and cue") {
  ArticleHandle h;
  h.state().quotes = {{span_of("Das ist stark"), QuoteKind::direct, span_of("Tom Berger"), span_of("sagte"), std::nullopt},
                      {span_of("Der Hafen hat"), QuoteKind::indirect, std::nullopt, std::nullopt, std::nullopt}};
  std::size_t count = 0;
  REQUIRE(wr_article_quote_count(h.a, &count) == WR_OK);
  CHECK(count == 2);
  wr_quote q{};
  REQUIRE(wr_article_quote(h.a, 0, &q) == WR_OK);
  CHECK(text_of(h.a, q.span) == "Das ist stark");
  CHECK(q.kind == WR_QUOTE_DIRECT);
  CHECK(q.speaker.present == 1);
  CHECK(text_of(h.a, q.speaker.span) == "Tom Berger");
  CHECK(q.cue.present == 1);
  CHECK(text_of(h.a, q.cue.span) == "sagte");
  REQUIRE(wr_article_quote(h.a, 1, &q) == WR_OK);
  CHECK(q.kind == WR_QUOTE_INDIRECT);
  CHECK(q.speaker.present == 0);
  CHECK(q.cue.present == 0);
  CHECK(wr_article_quote(h.a, 2, &q) == WR_ERR_OUT_OF_RANGE);
}

TEST_CASE("c_api: entities and times") {
  ArticleHandle h;
  h.state().entities = {{span_of("Tom Berger"), EntityType::person, span_of("Tom Berger")},
                        {span_of("Kiel"), EntityType::place, span_of("Kiel")}};
  TimeValue may{{2024, 5, 0, 0, 0, 0, 0}, Precision::month, false, 0};
  h.state().times = {{span_of("im Mai"), may}, {span_of("nie"), std::nullopt}};

  wr_entity e{};
  REQUIRE(wr_article_entity(h.a, 1, &e) == WR_OK);
  CHECK(e.type == WR_ENTITY_PLACE);
  CHECK(text_of(h.a, e.span) == "Kiel");
  CHECK(text_of(h.a, e.key) == "Kiel");
  CHECK(std::string_view(wr_entity_type_name(e.type)) == "place");

  wr_time_expression t{};
  REQUIRE(wr_article_time(h.a, 0, &t) == WR_OK);
  CHECK(text_of(h.a, t.span) == "im Mai");
  REQUIRE(t.has_value == 1);
  CHECK(t.value.year == 2024);
  CHECK(t.value.month == 5);
  CHECK(t.value.precision == WR_PRECISION_MONTH);
  char iso[WR_ISO8601_MAX_SIZE];
  std::size_t size = 0;
  REQUIRE(wr_time_iso8601(&t.value, iso, sizeof iso, &size) == WR_OK);
  CHECK(std::string_view(iso, size) == "2024-05");
  REQUIRE(wr_article_time(h.a, 1, &t) == WR_OK);
  CHECK(t.has_value == 0);
}

TEST_CASE("c_api: byline, authors, dateline agency and date") {
  ArticleHandle h;
  detail::ArticleState& s = h.state();
  s.byline = Byline{span_of("Hafenchef Tom Berger")};
  s.authors = {span_of("Tom Berger")};
  const TimeValue june3{{2024, 6, 3, 0, 0, 0, 0}, Precision::day, false, 0};
  s.dateline = Dateline{span_of("KIEL, 3. Juni (dpa) -"), Place{span_of("KIEL"), "Europe/Berlin", "DE"},
                        span_of("dpa"), DatelineDate{span_of("3. Juni"), june3}};

  wr_opt_span byline{};
  REQUIRE(wr_article_byline(h.a, &byline) == WR_OK);
  CHECK(byline.present == 1);
  CHECK(text_of(h.a, byline.span) == "Hafenchef Tom Berger");
  wr_span author{};
  REQUIRE(wr_article_author(h.a, 0, &author) == WR_OK);
  CHECK(text_of(h.a, author) == "Tom Berger");

  wr_dateline d{};
  REQUIRE(wr_article_dateline(h.a, &d) == WR_OK);
  CHECK(d.present == 1);
  CHECK(text_of(h.a, d.place.span) == "KIEL");
  CHECK(std::string_view(d.place.zone.data, d.place.zone.size) == "Europe/Berlin");
  CHECK(std::string_view(d.place.country.data, d.place.country.size) == "DE");
  CHECK(d.agency.present == 1);
  CHECK(text_of(h.a, d.agency.span) == "dpa");
  CHECK(d.date.present == 1);
  CHECK(text_of(h.a, d.date.span) == "3. Juni");
  CHECK(d.date.has_value == 1);
  CHECK(d.date.value.day == 3);
  CHECK(d.date.value.precision == WR_PRECISION_DAY);

  // The JSON through the C ABI is the C++ rendering.
  wr_buffer* b = nullptr;
  REQUIRE(wr_buffer_new(&b) == WR_OK);
  REQUIRE(wr_article_json(h.a, WR_JSON_TOKENS, "17", 2, b) == WR_OK);
  wr_str json{};
  REQUIRE(wr_buffer_data(b, &json) == WR_OK);
  JsonOptions options;
  options.tokens = true;
  options.id_json = "17";
  CHECK(std::string_view(json.data, json.size) == to_json(h.a->article, options));
  wr_buffer_free(b);
}

TEST_CASE("c_api: diagnostics are named by the library") {
  ArticleHandle h;
  h.state().diagnostics = {{DiagnosticCode::mixed_line_endings, 7}};
  wr_diagnostic d{};
  REQUIRE(wr_article_diagnostic(h.a, 0, &d) == WR_OK);
  CHECK(d.offset == 7);
  CHECK(std::string_view(wr_diagnostic_code_name(d.code)) == to_string(DiagnosticCode::mixed_line_endings));
  CHECK(std::string_view(wr_diagnostic_code_message(d.code)) == describe(DiagnosticCode::mixed_line_endings));
}

TEST_CASE("c_api: the speaker's pronoun and entity; a place's zone and country") {
  ArticleHandle h;
  h.state().quotes = {{span_of("Das ist stark"), QuoteKind::direct, span_of("Tom Berger"), span_of("sagte"),
                       span_of("Hafenchef"), span_of("Berger")}};
  h.state().entities = {{span_of("KIEL"), EntityType::place, span_of("KIEL"), "Europe/Berlin", "DE"},
                        {span_of("Tom Berger"), EntityType::person, span_of("Tom Berger")}};
  wr_quote q{};
  REQUIRE(wr_article_quote(h.a, 0, &q) == WR_OK);
  REQUIRE(q.speaker_mention.present == 1);
  CHECK(text_of(h.a, q.speaker_mention.span) == "Hafenchef");
  REQUIRE(q.speaker_key.present == 1);
  CHECK(text_of(h.a, q.speaker_key.span) == "Berger");
  h.state().quotes[0].speaker_mention.reset();
  h.state().quotes[0].speaker_key.reset();
  REQUIRE(wr_article_quote(h.a, 0, &q) == WR_OK);
  CHECK(q.speaker_mention.present == 0);
  CHECK(q.speaker_key.present == 0);

  wr_entity e{};
  REQUIRE(wr_article_entity(h.a, 0, &e) == WR_OK);
  CHECK(std::string_view(e.zone.data, e.zone.size) == "Europe/Berlin");
  CHECK(std::string_view(e.country.data, e.country.size) == "DE");
  REQUIRE(wr_article_entity(h.a, 1, &e) == WR_OK);
  CHECK(e.zone.data != nullptr);
  CHECK(e.zone.size == 0);
  CHECK(e.country.size == 0);
}

TEST_CASE("c_api: wire header, credits, keywords, flags, ednotes and the story's place") {
  ArticleHandle h;
  detail::ArticleState& s = h.state();
  WireHeader w;
  w.service = span_of("Jun");
  w.priority_level = 2;  // known from the framing, not written
  w.word_count = span_of("08:15");  // not a number
  w.embargo = Embargo{span_of("3. Juni"), std::nullopt};
  w.preserved = true;
  w.signoff = span_of("dpa");
  s.wire = w;
  s.keywords = {span_of("Hafen"), span_of("Kiel")};
  s.flags = {span_of("Rekord")};
  s.ednotes = {span_of("Passagiere")};
  s.credits = {{CreditRole::editing, span_of("Tom Berger")}, {CreditRole::photo, span_of("Hafenchef")}};

  wr_wire out{};
  REQUIRE(wr_article_wire(h.a, &out) == WR_OK);
  CHECK(out.present == 1);
  CHECK(text_of(h.a, out.service.span) == "Jun");
  CHECK(out.sequence.present == 0);
  CHECK(out.priority.present == 0);
  CHECK(out.priority_level == 2);
  CHECK(out.word_count.present == 1);
  CHECK(out.has_word_count_value == 0);
  CHECK(out.embargo.present == 1);
  CHECK(text_of(h.a, out.embargo.span) == "3. Juni");
  CHECK(out.embargo.has_value == 0);
  CHECK(out.preserved == 1);
  CHECK(out.notepad.present == 0);
  CHECK(text_of(h.a, out.signoff.span) == "dpa");
  s.wire->word_count = span_of("2024");
  REQUIRE(wr_article_wire(h.a, &out) == WR_OK);
  CHECK(out.has_word_count_value == 1);
  CHECK(out.word_count_value == 2024);

  std::size_t count = 0;
  wr_span span{};
  REQUIRE(wr_article_keyword_count(h.a, &count) == WR_OK);
  CHECK(count == 2);
  REQUIRE(wr_article_keyword(h.a, 1, &span) == WR_OK);
  CHECK(text_of(h.a, span) == "Kiel");
  REQUIRE(wr_article_flag(h.a, 0, &span) == WR_OK);
  CHECK(text_of(h.a, span) == "Rekord");
  REQUIRE(wr_article_ednote(h.a, 0, &span) == WR_OK);
  CHECK(text_of(h.a, span) == "Passagiere");
  CHECK(wr_article_ednote(h.a, 1, &span) == WR_ERR_OUT_OF_RANGE);
  wr_credit c{};
  REQUIRE(wr_article_credit(h.a, 1, &c) == WR_OK);
  CHECK(c.role == WR_CREDIT_PHOTO);
  CHECK(text_of(h.a, c.name) == "Hafenchef");
  CHECK(std::string_view(wr_credit_role_name(c.role)) == to_string(CreditRole::photo));

  h.a->story = StoryPosition{3, {100, 400}};
  wr_story story{};
  REQUIRE(wr_article_story(h.a, &story) == WR_OK);
  CHECK(story.present == 1);
  CHECK(story.index == 3);
  CHECK(story.span.begin == 100);
  CHECK(story.span.end == 400);

  // The JSON through the C ABI is the C++ rendering, story included.
  wr_buffer* b = nullptr;
  REQUIRE(wr_buffer_new(&b) == WR_OK);
  REQUIRE(wr_article_json(h.a, 0, nullptr, 0, b) == WR_OK);
  wr_str json{};
  REQUIRE(wr_buffer_data(b, &json) == WR_OK);
  JsonOptions options;
  options.story = StoryPosition{3, {100, 400}};
  CHECK(std::string_view(json.data, json.size) == to_json(h.a->article, options));
  wr_buffer_free(b);
}
