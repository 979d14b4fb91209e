// ANPA-1312 on fixtures written for the project (tests/fixtures/wire/anpa_*.tst).
#include <doctest/doctest.h>

#include "test_wire_support.hpp"

using wirereport::test::text_of;
using wire_test::collapse;

using wirereport::DiagnosticCode;
using wirereport::Format;

TEST_CASE("anpa1312: header, header lines, AP dateline, trailer time") {
  const std::string text = wirereport::test::project_file("tests/fixtures/wire/anpa_text.tst");
  const wirereport::Article a = wirereport::parse(text);
  CHECK(wirereport::test::regions_tile(a));
  CHECK(a.format() == Format::anpa1312);
  REQUIRE(a.wire());
  const wirereport::WireHeader& w = *a.wire();
  CHECK(text_of(a, w.service) == "W");
  CHECK(text_of(a, w.sequence) == "1234");
  CHECK(text_of(a, w.selector) == "glbsm");
  CHECK(text_of(a, w.priority) == "b");
  CHECK(w.priority_level == 3);
  CHECK(text_of(a, w.category) == "a");
  CHECK(text_of(a, w.slug) == "Harbor-FerryStrik");  // cycle "BC-" and desk "US--" removed
  CHECK(text_of(a, w.take) == "2ndLd-Writethru");
  CHECK(text_of(a, w.filing_date) == "04-02");
  CHECK(a.word_count() == 412u);
  CHECK_FALSE(w.preserved);
  REQUIRE(a.keywords().size() == 1);
  CHECK(a.view(a.keywords()[0]) == "BC-US--Harbor-Ferry Strike, 2nd Ld-Writethru");

  CHECK(text_of(a, a.headline()) == "Ferry crews walk out as harbor talks stall");
  REQUIRE(a.ednotes().size() == 1);
  CHECK(a.view(a.ednotes()[0]) == "A look at a dispute that has idled the city's ferries.");
  REQUIRE(a.byline());
  CHECK(a.view(a.byline()->span) == "By MARTA QUILL and OWEN BRASK");
  REQUIRE(a.authors().size() == 2);
  CHECK(a.view(a.authors()[1]) == "OWEN BRASK");

  REQUIRE(a.dateline());
  CHECK(a.view(a.dateline()->span) == "PORTLAND, Maine (AP) _");
  CHECK(text_of(a, a.dateline()->agency) == "AP");
  REQUIRE(a.dateline()->place);
  CHECK(a.view(a.dateline()->place->span) == "PORTLAND, Maine");

  // The "___" rule and the contributor note are the trailer, not story paragraphs.
  REQUIRE(a.paragraphs().size() == 3);
  CHECK(a.view(a.paragraphs()[0]).substr(0, 24) == "PORTLAND, Maine (AP) _ F");
  CHECK(a.view(a.paragraphs()[2]) == "Talks are set to resume on Thursday _ the third round this month.");
  REQUIRE(a.credits().size() == 1);
  CHECK(a.credits()[0].role == wirereport::CreditRole::contributing);
  CHECK(a.view(a.credits()[0].name) == "Nina Fairweather");

  REQUIRE(a.published());
  CHECK(a.published()->utc == wirereport::CivilTime{2024, 4, 2, 19, 7, 0, 0});
  CHECK(text_of(a, a.trailer()) == "AP-WF-04-02-24 1907GMT");
  CHECK(a.diagnostics().empty());
}

TEST_CASE("anpa1312: typewriter quotes are quotation marks") {
  const std::string text = wirereport::test::project_file("tests/fixtures/wire/anpa_text.tst");
  const wirereport::Article a = wirereport::parse(text);
  int open = 0;
  int close = 0;
  for (const wirereport::Token& t : a.tokens()) {
    if (t.kind == wirereport::TokenKind::quote_open && a.view(t.span) == "``") ++open;
    if (t.kind == wirereport::TokenKind::quote_close && a.view(t.span) == "''") ++close;
  }
  CHECK(open == 2);
  CHECK(close == 2);
}

TEST_CASE("anpa1312: a tabular story is kept as preserved text") {
  const std::string text = wirereport::test::project_file("tests/fixtures/wire/anpa_table.tst");
  const wirereport::Article a = wirereport::parse(text);
  CHECK(wirereport::test::regions_tile(a));
  REQUIRE(a.wire());
  CHECK(a.wire()->preserved);
  CHECK_FALSE(a.wire()->word_count);  // the header has no word count
  CHECK(text_of(a, a.wire()->slug) == "SOC--LeagueTable");
  CHECK(text_of(a, a.headline()) == "Harbor League Standings");
  REQUIRE(a.byline());
  CHECK(a.authors().empty());  // "By The Associated Press" names no person
  // One paragraph holds the whole table, TLI (0x08) and TTS space (0x10) bytes as sent.
  REQUIRE(a.paragraphs().size() == 1);
  const std::string_view table = a.view(a.paragraphs()[0]);
  CHECK(table.substr(0, 15) == "^NORTH DIVISION");
  CHECK(table.find("\x08Lakeside;7;2;1;23\x10") != std::string_view::npos);
  CHECK(table.find("Hillcrest;5;1;4;16") != std::string_view::npos);
  CHECK_FALSE(a.dateline());
}

TEST_CASE("anpa1312: an alert takes its headline from the first paragraph; Latin-1, no EOT") {
  const std::string text = wirereport::test::project_file("tests/fixtures/wire/anpa_alert.tst");
  const wirereport::Article a = wirereport::parse(text);
  CHECK(wirereport::test::regions_tile(a));
  CHECK(a.format() == Format::anpa1312);
  CHECK(a.transcoded());
  REQUIRE(a.wire());
  CHECK(a.wire()->priority_level == 1);  // flash
  REQUIRE(a.headline());
  CHECK(a.view(*a.headline()).substr(0, 33) == "Spain's caretaker government call");
  CHECK(a.view(*a.headline()).find("Le\xC3\xB3n") != std::string_view::npos);  // ó from Latin-1
  REQUIRE(a.dateline());
  CHECK(a.view(a.dateline()->span) == "MADRID (AP) _");
  CHECK(a.dateline()->place->zone == "Europe/Madrid");
  CHECK(wirereport::test::has_diagnostic(a, DiagnosticCode::mixed_line_endings));
  CHECK_FALSE(wirereport::test::has_diagnostic(a, DiagnosticCode::truncated_story));  // ETX is there
  // The headline lies inside the paragraph: its tokens are not counted twice.
  std::size_t in_headline = 0;
  for (const wirereport::Token& t : a.tokens()) in_headline += a.headline()->contains(t.span) ? 1u : 0u;
  CHECK(in_headline < a.tokens().size());
  CHECK(a.tokens().size() < 2 * in_headline);
}

TEST_CASE("anpa1312: a story cut before ETX is reported, and what is there is parsed") {
  std::string text = wirereport::test::project_file("tests/fixtures/wire/anpa_text.tst");
  text.resize(text.find("Talks are set"));
  const wirereport::Article a = wirereport::parse(text);
  CHECK(wirereport::test::regions_tile(a));
  CHECK(wirereport::test::has_diagnostic(a, DiagnosticCode::truncated_story));
  CHECK(text_of(a, a.headline()) == "Ferry crews walk out as harbor talks stall");
  CHECK(a.paragraphs().size() == 2);
  CHECK_FALSE(a.published());
}

TEST_CASE("anpa1312: header damage is a diagnostic, never a crash") {
  for (std::string_view text : {std::string_view("\x16\x16\x01"), std::string_view("\x16\x16\x01W12\x1f\n"),
                                std::string_view("\x16\x16\x01W1234\x1f-\nr\n\x02^<\n\x03"),
                                std::string_view("\x16\x16\x01W1234\x1f-\nr a\x13\x11 BC- 99-99\n\x02\t   \x03" "AP-\x04")}) {
    wirereport::Options options;
    options.format = Format::anpa1312;
    const wirereport::Article a = wirereport::parse(text, options);
    CHECK(wirereport::test::regions_tile(a));
    CHECK(a.format() == Format::anpa1312);
  }
}
