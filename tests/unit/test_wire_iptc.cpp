// IPTC 7901 on fixtures written for the project (tests/fixtures/wire/iptc_*.txt).
#include <doctest/doctest.h>

#include "test_wire_support.hpp"

using wirereport::test::text_of;
using wire_test::collapse;

using wirereport::CivilTime;
using wirereport::DiagnosticCode;
using wirereport::Format;

TEST_CASE("iptc7901: German dpa story with flags, embargo, teaser, notepad and sign-off") {
  const std::string text = wirereport::test::project_file("tests/fixtures/wire/iptc_de.txt");
  const wirereport::Article a = wirereport::parse(text);
  CHECK(wirereport::test::regions_tile(a));
  CHECK(a.format() == Format::iptc7901);
  REQUIRE(a.wire());
  const wirereport::WireHeader& w = *a.wire();
  CHECK(text_of(a, w.service) == "bdt");
  CHECK(text_of(a, w.sequence) == "0412");
  CHECK(text_of(a, w.priority) == "2");
  CHECK(w.priority_level == 2);
  CHECK(text_of(a, w.category) == "pl");
  CHECK(a.word_count() == 118u);
  CHECK_FALSE(w.selector);  // two spaces: no selector
  CHECK(text_of(a, w.agency) == "dpa");
  CHECK(text_of(a, w.agency_sequence) == "0389");
  CHECK(text_of(a, w.slug) == "Verkehr/Bahn/Niedersachsen");
  REQUIRE(a.keywords().size() == 3);
  CHECK(a.view(a.keywords()[2]) == "Niedersachsen");

  // Flags: Eil with its bells, a wrapped correction, the embargo.
  REQUIRE(a.flags().size() == 3);
  CHECK(a.view(a.flags()[0]) == "(Eil \x07\x07\x07\x07\x07)");
  CHECK(collapse(a.view(a.flags()[1])) ==
        "(Berichtigung: In einer früheren Version hieß es, die Strecke sei ab Montag gesperrt. Richtig ist Dienstag.)");
  REQUIRE(w.embargo);
  CHECK(a.view(w.embargo->span) == "Sperrfrist 14. Mai 18.00 Uhr");
  REQUIRE(w.embargo->value);
  CHECK(w.embargo->value->time == CivilTime{2024, 5, 14, 18, 0, 0, 0});
  CHECK(w.embargo->value->utc_offset_minutes == 120);  // Berlin in May

  // A headline wrapped over two lines, the byline with " =".
  CHECK(collapse(text_of(a, a.headline())) ==
        "Bahnstrecke Hannover-Bremen wird für Brückenarbeiten drei Wochen gesperrt");
  REQUIRE(a.byline());
  CHECK(a.view(a.byline()->span) == "Von Jana Beckmann und Tilo Ahrens, dpa");
  REQUIRE(a.authors().size() == 2);
  CHECK(a.view(a.authors()[0]) == "Jana Beckmann");

  // The teaser stays a paragraph; the dateline leads the second.
  REQUIRE(a.paragraphs().size() == 3);
  CHECK(a.view(a.paragraphs()[0]).substr(0, 19) == "Pendler zwischen Ha");
  REQUIRE(a.dateline());
  CHECK(a.view(a.dateline()->span) == "Verden (dpa/lni) -");
  CHECK(text_of(a, a.dateline()->agency) == "dpa/lni");
  CHECK(a.dateline()->span.begin == a.paragraphs()[1].begin);

  // Notepad, non-public block, closing line; the contacts give the credits.
  CHECK(text_of(a, w.notepad).substr(0, 12) == "# Notizblock");
  CHECK(text_of(a, w.nonpublic).substr(0, 26) == "Die folgenden Informatione");
  CHECK(text_of(a, w.signoff) == "dpa jbe/ta yyzz n1 kep");
  REQUIRE(a.credits().size() == 2);
  CHECK(a.credits()[0].role == wirereport::CreditRole::author);
  CHECK(a.view(a.credits()[0].name) == "Jana Beckmann");
  CHECK(a.credits()[1].role == wirereport::CreditRole::editing);
  CHECK(a.view(a.credits()[1].name) == "Paul Kern");

  // "131422 Mai 24": dpa's local time, Europe/Berlin in summer.
  REQUIRE(a.published());
  CHECK(a.published()->local == CivilTime{2024, 5, 13, 14, 22, 0, 0});
  CHECK(a.published()->zone == "Europe/Berlin");
  CHECK(a.published()->utc == CivilTime{2024, 5, 13, 12, 22, 0, 0});
  CHECK(a.diagnostics().empty());
}

TEST_CASE("iptc7901: English service in Latin-1 with URGENT:, REFILE and a GMT trailer") {
  const std::string text = wirereport::test::project_file("tests/fixtures/wire/iptc_en.txt");
  const wirereport::Article a = wirereport::parse(text);
  CHECK(wirereport::test::regions_tile(a));
  CHECK(a.format() == Format::iptc7901);
  CHECK(a.transcoded());
  REQUIRE(a.wire());
  CHECK(text_of(a, a.wire()->selector) == "ccccb");
  CHECK(text_of(a, a.wire()->take) == "REFILE");
  REQUIRE(a.flags().size() == 2);
  CHECK(a.view(a.flags()[1]) == "URGENT");
  CHECK(text_of(a, a.headline()) == "Austrian chancellor calls early vote after coalition row");
  CHECK(text_of(a, a.dateline()->agency) == "dpa");
  CHECK(a.view(a.paragraphs()[1]).find("\xC3\x96sterreich 1") != std::string_view::npos);
  REQUIRE(a.credits().size() == 3);
  CHECK(a.view(a.credits()[0].name) == "Greta Lindqvist");
  CHECK(collapse(a.view(a.credits()[1].name)) == "Marco Ferrante");  // wrapped over two lines
  CHECK(a.credits()[2].role == wirereport::CreditRole::editing);
  REQUIRE(a.published());
  CHECK(a.published()->utc == CivilTime{2024, 6, 7, 15, 32, 0, 0});
  CHECK(wirereport::test::has_diagnostic(a, DiagnosticCode::mixed_line_endings));
}

TEST_CASE("iptc7901: KNA header with selector and a dash-less dateline") {
  const std::string text = wirereport::test::project_file("tests/fixtures/wire/iptc_kna.txt");
  const wirereport::Article a = wirereport::parse(text);
  CHECK(wirereport::test::regions_tile(a));
  REQUIRE(a.wire());
  CHECK(text_of(a, a.wire()->service) == "bkn");
  CHECK(text_of(a, a.wire()->sequence) == "014");
  CHECK(text_of(a, a.wire()->selector) == "vvvvb");
  CHECK(text_of(a, a.wire()->agency) == "KNA");
  CHECK(text_of(a, a.wire()->agency_sequence) == "240611-89-00065#2");
  REQUIRE(a.dateline());
  CHECK(a.view(a.dateline()->span) == "Hannover (KNA)");
  CHECK(a.view(a.paragraphs()[0]).substr(a.dateline()->span.size() + 1, 10) == "Die Synode");
  CHECK(a.published()->zone == "Europe/Berlin");  // KNA writes local time
}

TEST_CASE("iptc7901: trailer times follow Berlin's daylight saving time") {
  const std::string winter = "\x01" "bdt0001 4 vm 5  dpa 0001\n\nTest/\n\x02Titel =\n\nBerlin (dpa) - Text.\n\n\x03"
                             "051030 Jan 24\n\x04";
  const wirereport::Article a = wirereport::parse(winter);
  REQUIRE(a.published());
  CHECK(a.published()->utc == CivilTime{2024, 1, 5, 9, 30, 0, 0});
  const std::string gmt = "\x01" "eca001 4 i 5 ccccb   dpa 001\n\nTest/\n\x02Title =\n\nBerlin (dpa) - Text.\n\n\x03"
                          "051030 GMT Jan 24\n\x04";
  const wirereport::Article b = wirereport::parse(gmt);
  REQUIRE(b.published());
  CHECK(b.published()->utc == CivilTime{2024, 1, 5, 10, 30, 0, 0});
}

TEST_CASE("iptc7901: damaged input is parsed as far as it goes") {
  wirereport::Options options;
  options.format = Format::iptc7901;
  for (std::string_view text :
       {std::string_view("\x01"), std::string_view("\x01xyz\n"), std::string_view("\x01" "bdt1 9 x 1\n\x02 =\n\x03"),
        std::string_view("\x01" "bdt0001 4 vm 5  dpa 0001\n\nA/\n\x02(Eil\n\n(Berichtigung\nx =\n\x03 9 Foo\x7f\x04"),
        std::string_view("no framing at all\n\nBerlin (dpa) - Text.")}) {
    const wirereport::Article a = wirereport::parse(text, options);
    CHECK(wirereport::test::regions_tile(a));
    CHECK(a.format() == Format::iptc7901);
  }
  const wirereport::Article a = wirereport::parse(std::string_view("\x01" "bdt0001 4 vm 5  dpa 0001\n\nA/\n\x02T =\n\nText."));
  CHECK(wirereport::test::has_diagnostic(a, DiagnosticCode::truncated_story));
  CHECK(text_of(a, a.headline()) == "T");
}

TEST_CASE("iptc7901: list items are paragraphs of their own, without the bullet") {
  const std::string text = "\x01" "bdt0001 4 pl 9  dpa 0001\n\nVorschau/\n\x02Tagesvorschau =\n\nHauptthemen\n\n"
                           "  * Einzelmeldungen\n  * Zusammenfassung, \xC2\xAB" "Erste Schritte\xC2\xBB - 96\nZl.\n"
                           "  * Grafik\n\ndpa pol\n\n\x03" "240600 Sep 24\n\x04";
  const wirereport::Article a = wirereport::parse(text);
  CHECK(wirereport::test::regions_tile(a));
  REQUIRE(a.paragraphs().size() == 4);
  CHECK(a.view(a.paragraphs()[0]) == "Hauptthemen");
  CHECK(a.view(a.paragraphs()[1]) == "Einzelmeldungen");
  CHECK(collapse(a.view(a.paragraphs()[2])) == "Zusammenfassung, \xC2\xAB" "Erste Schritte\xC2\xBB - 96 Zl.");
  CHECK(a.view(a.paragraphs()[3]) == "Grafik");
  CHECK(text_of(a, a.wire()->signoff) == "dpa pol");
}

TEST_CASE("iptc7901: head blocks without \" =\" and with a blank line after STX") {
  const std::string blank_first = "\x01" "bdt0001 4 vm 5  dpa 0001\n\nA/\n\x02\nTitel =\n\nBerlin (dpa) - Text.\n\x03";
  const wirereport::Article a = wirereport::parse(blank_first);
  CHECK(wirereport::test::regions_tile(a));
  CHECK(text_of(a, a.headline()) == "Titel");
  const std::string unclosed = "\x01" "bdt0001 4 vm 5  dpa 0001\n\nA/\n\x02Titel\nBerlin (dpa) - Eins zwei drei\n"
                               "vier fuenf sechs\nsieben acht neun\nzehn.\n\x03";
  const wirereport::Article b = wirereport::parse(unclosed);
  CHECK(wirereport::test::regions_tile(b));
  CHECK(text_of(b, b.headline()) == "Titel");
  REQUIRE(b.paragraphs().size() == 1);
  CHECK(b.view(b.paragraphs()[0]).substr(0, 14) == "Berlin (dpa) -");
  REQUIRE(b.dateline());
}

TEST_CASE("iptc7901: a word count longer than its four digits is not read") {
  // The header stays a header (service, sequence, agency); the count is left out, not read as
  // 240611 words. A fuzzer found the longer field (fuzz/corpus/regressions).
  std::string text = wirereport::test::project_file("tests/fixtures/wire/iptc_de.txt");
  const std::string header = "\x01" "bdt0412 2 pl 118  dpa 0389";
  REQUIRE(text.compare(0, header.size(), header) == 0);
  text.replace(0, header.size(), "\x01" "bdt0412 2 pl 240611  dpa 0389");
  const wirereport::Article a = wirereport::parse(text);
  CHECK(a.format() == Format::iptc7901);
  REQUIRE(a.wire());
  CHECK(text_of(a, a.wire()->sequence) == "0412");
  CHECK(text_of(a, a.wire()->agency) == "dpa");
  CHECK_FALSE(a.wire()->word_count);
  CHECK_FALSE(a.word_count());
}
