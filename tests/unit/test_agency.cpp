// Modern agency text on fixtures written for the project (tests/fixtures/agency/): every
// dateline, byline and trailer shape, German and English; and the credit reader alone.
#include <doctest/doctest.h>

#include <utility>
#include <vector>

#include "dateline/dateline.hpp"
#include "layout/credits.hpp"
#include "test_wire_support.hpp"

using wirereport::test::text_of;
using wire_test::collapse;

using wirereport::CreditRole;
using wirereport::Format;

namespace {

struct Expected {
  const char* file;
  const char* headline;
  const char* dateline;
  const char* agency;
  const char* place;   // "<none>" when the dateline has none
  const char* byline;  // "<none>" when none
  std::vector<const char*> authors;
  std::vector<std::pair<CreditRole, const char*>> credits;
  const char* trailer;  // "<none>" when none
};

std::vector<std::pair<CreditRole, std::string_view>> credits_of(const wirereport::Article& a) {
  std::vector<std::pair<CreditRole, std::string_view>> out;
  for (const wirereport::Credit& c : a.credits()) out.emplace_back(c.role, a.view(c.name));
  return out;
}

}  // namespace

TEST_CASE("agency: datelines, bylines and trailers of each agency") {
  const std::vector<Expected> cases = {
      {"agency/reuters_en.txt", "Dockworkers at Rotterdam agree wage deal, ending two-day strike",
       "ROTTERDAM, Sept 14 (Reuters) -", "Reuters", "ROTTERDAM", "By Anneke Vos and Pieter de Graaf",
       {"Anneke Vos", "Pieter de Graaf"},
       {{CreditRole::reporting, "Anneke Vos"},
        {CreditRole::reporting, "Pieter de Graaf"},
        {CreditRole::additional_reporting, "Tom Healy"},
        {CreditRole::writing, "Clara Weiss"},
        {CreditRole::editing, "Mark Olden"},
        {CreditRole::editing, "Ruth Pike"}},
       "(Reporting by Anneke Vos in Rotterdam and Pieter de Graaf in Amsterdam; Additional reporting by Tom Healy "
       "in London; Writing by Clara Weiss; Editing by Mark Olden and Ruth Pike)\n\xC2\xA9 2023 Reuters"},
      {"agency/ap_en.txt", "Mountain town votes to keep its last covered bridge", "BRATTLEBORO, Vt. (AP) \xE2\x80\x94",
       "AP", "BRATTLEBORO, Vt.", "By JUNE HARLOW and ERIC TANNER", {"JUNE HARLOW", "ERIC TANNER"},
       {{CreditRole::contributing, "Holly Brennan"}},
       "Associated Press writer Holly Brennan in Montpelier contributed to this report.\n\nCopyright 2024 The "
       "Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or "
       "redistributed without permission."},
      {"agency/afp_en.txt", "Chile lifts water rationing in capital after rains", "Santiago (AFP) -", "AFP",
       "Santiago", "<none>", {}, {}, "<none>"},
      {"agency/bloomberg_en.txt", "Copper Climbs as Traders Bet on Stronger Demand From Chinese Mills",
       "(Bloomberg) --", "Bloomberg", "<none>", "By Rosa Alvarez", {"Rosa Alvarez"},
       {{CreditRole::reporting, "Rosa Alvarez"}, {CreditRole::editing, "Tom Bryce"}, {CreditRole::editing, "Ken Mori"}},
       "To contact the reporter on this story:\nRosa Alvarez in London at ralvarez@example.com\n\nTo contact the "
       "editors responsible for this story:\nTom Bryce at tbryce@example.com\nKen Mori"},
      {"agency/dpa_de.txt", "Streit um Windpark: Gemeinderat vertagt Entscheidung", "Husum (dpa) -", "dpa", "Husum",
       "Von Lena Hofmann und J\xC3\xB6rg Albers, dpa", {"Lena Hofmann", "J\xC3\xB6rg Albers"},
       {{CreditRole::contributing, "Ole Petersen"}},
       "Mitarbeit: Ole Petersen\n\xC2\xA9 dpa-infocom, dpa:240515-99-123456/3"},
      {"agency/kna_de.txt", "Bisch\xC3\xB6" "fe beraten \xC3\xBC" "ber Gemeindereform", "Fulda (KNA)", "KNA", "Fulda",
       "<none>", {}, {}, "<none>"},
      {"agency/apa_de.txt", "Neue Stra\xC3\x9F" "enbahnlinie in Graz er\xC3\xB6" "ffnet", "Graz (APA) -", "APA",
       "Graz", "<none>", {}, {{CreditRole::editing, "Martin Gruber"}}, "Redaktion: Martin Gruber"},
      {"agency/sda_de.txt", "Bundesrat will Nachtz\xC3\xBC" "ge f\xC3\xB6rdern", "Bern (SDA) -", "SDA", "Bern", "<none>", {},
       {}, "Copyright Keystone-SDA. Alle Rechte vorbehalten."},
  };
  for (const Expected& e : cases) {
    CAPTURE(e.file);
    const std::string text = wirereport::test::project_file(std::string("tests/fixtures/") + e.file);
    const wirereport::Article a = wirereport::parse(text);
    CHECK(wirereport::test::regions_tile(a));
    CHECK(a.format() == Format::agency);
    CHECK(a.wire() == std::nullopt);
    CHECK(text_of(a, a.headline()) == e.headline);
    REQUIRE(a.dateline());
    CHECK(a.view(a.dateline()->span) == e.dateline);
    CHECK(text_of(a, a.dateline()->agency) == e.agency);
    CHECK(text_of(a, a.dateline()->place ? std::optional(a.dateline()->place->span) : std::nullopt) == e.place);
    CHECK(text_of(a, a.byline() ? std::optional(a.byline()->span) : std::nullopt) == e.byline);
    REQUIRE(a.authors().size() == e.authors.size());
    for (std::size_t i = 0; i < e.authors.size(); ++i) CHECK(a.view(a.authors()[i]) == e.authors[i]);
    const auto credits = credits_of(a);
    REQUIRE(credits.size() == e.credits.size());
    for (std::size_t i = 0; i < credits.size(); ++i) {
      CHECK(credits[i].first == e.credits[i].first);
      CHECK(credits[i].second == e.credits[i].second);
    }
    CHECK(text_of(a, a.trailer()) == e.trailer);
    // The story's first paragraph starts with the dateline; no paragraph is a head or trailer line.
    REQUIRE_FALSE(a.paragraphs().empty());
    CHECK(a.paragraphs().front().begin == a.dateline()->span.begin);
    for (const wirereport::Span p : a.paragraphs()) {
      CHECK(a.view(p) != e.headline);
      CHECK(wirereport::detail::classify_trailer_line(a.view(p)) == wirereport::detail::TrailerLine::none);
    }
  }
}

TEST_CASE("agency: a timestamp line and a byline title line") {
  const std::string text =
      "Sep 14, 2023 10:05 UTC\n"
      "Grain barges resume Rhine trips as water rises\n"
      "By Hanna Krol\n"
      "Reuters\n"
      "\n"
      "FRANKFURT, Sept 14 (Reuters) - Barges resumed trips on the Rhine on Thursday.\n"
      "\n"
      "Our Standards: The Thomson Reuters Trust Principles.\n";
  const wirereport::Article a = wirereport::parse(text);
  CHECK(wirereport::test::regions_tile(a));
  CHECK(a.format() == Format::agency);
  REQUIRE(a.published());
  CHECK(a.published()->utc == wirereport::CivilTime{2023, 9, 14, 10, 5, 0, 0});
  CHECK(text_of(a, a.headline()) == "Grain barges resume Rhine trips as water rises");
  CHECK(a.view(a.byline()->span) == "By Hanna Krol");
  REQUIRE(a.dateline());
  REQUIRE(a.dateline()->date);
  CHECK(a.dateline()->date->value->time == wirereport::CivilTime{2023, 9, 14, 0, 0, 0, 0});
  CHECK(a.paragraphs().size() == 1);
  CHECK(text_of(a, a.trailer()) == "Our Standards: The Thomson Reuters Trust Principles.");
  // The byline title line is neither headline nor story text.
  for (const wirereport::Region& r : a.regions())
    if (a.view(r.span).find("Reuters\n") == 0) CHECK(r.kind == wirereport::RegionKind::byline);
}

TEST_CASE("agency: a teaser before the dateline stays story text; a wrapped credit is read whole") {
  const std::string text =
      "Stadt plant neue Radwege\n"
      "\n"
      "Mehr Platz f\xC3\xBCr Radfahrer: Die Stadt will bis 2026 zw\xC3\xB6lf Kilometer neue Wege bauen.\n"
      "\n"
      "Leipzig (dpa) - Die Stadt Leipzig will ihr Radwegenetz deutlich ausbauen.\n"
      "\n"
      "(Reporting by Ina Roth;\n"
      "Editing by Kai Brandt)\n";
  const wirereport::Article a = wirereport::parse(text);
  CHECK(wirereport::test::regions_tile(a));
  CHECK(text_of(a, a.headline()) == "Stadt plant neue Radwege");
  REQUIRE(a.paragraphs().size() == 2);
  CHECK(a.view(a.paragraphs()[0]).substr(0, 17) == "Mehr Platz f\xC3\xBCr R");
  CHECK(a.paragraphs()[1].begin == a.dateline()->span.begin);
  REQUIRE(a.credits().size() == 2);
  CHECK(a.view(a.credits()[1].name) == "Kai Brandt");
}

TEST_CASE("agency: detection leaves web copy, Reuters-21578 and bare text alone") {
  CHECK(wirereport::parse(wirereport::test::project_file("tests/fixtures/agency/reuters_en.txt")).format() == Format::agency);
  CHECK(wirereport::parse(std::string_view("Sep 15, 2023 11:52 Europe/Berlin\n  \xE2\x80\xA2 Titel\n\n"
                                           "Berlin (dpa) - Text.\n"))
            .format() == Format::web);
  CHECK(wirereport::parse(std::string_view("26-FEB-1987 15:01:01.79\nTITLE\n\n    NEW YORK, Feb 26 - Text.\n"))
            .format() == Format::reuters);
  CHECK(wirereport::parse(std::string_view("Wien \xE2\x80\x93 Der Gemeinderat tagt.\n\nZweiter Absatz.\n")).format() ==
        Format::text);
  CHECK(wirereport::parse(std::string_view("The council met (briefly) - and left.\n")).format() == Format::text);
}

TEST_CASE("credits: cues, names, places and contact details") {
  using wirereport::detail::parse_credits;
  auto names = [](std::string_view text) {
    std::vector<wirereport::Credit> out;
    parse_credits(text, {0, static_cast<std::uint32_t>(text.size())}, out);
    std::vector<std::pair<CreditRole, std::string_view>> result;
    for (const auto& c : out) result.emplace_back(c.role, c.name.in(text));
    return result;
  };
  using V = std::vector<std::pair<CreditRole, std::string_view>>;
  CHECK(names("(Reporting by Jane Roe and John Doe in Paris, Writing by Ann Lee; Editing by Bo Kim)") ==
        V{{CreditRole::reporting, "Jane Roe"},
          {CreditRole::reporting, "John Doe"},
          {CreditRole::writing, "Ann Lee"},
          {CreditRole::editing, "Bo Kim"}});
  CHECK(names("- Reporting by: Ursula von der Leyen-Maier in Brussels") ==
        V{{CreditRole::reporting, "Ursula von der Leyen-Maier"}});
  CHECK(names("- Autor/in: Max Muster (Bonn) +49 228 000000, max.muster@example.com und Eva Beispiel (Wien)") ==
        V{{CreditRole::author, "Max Muster"}, {CreditRole::author, "Eva Beispiel"}});
  CHECK(names("Editing by: Tom Krasovic, The Daily Example") == V{{CreditRole::editing, "Tom Krasovic"}});
  CHECK(names("Redaktion: Politik-Inland") == V{});
  CHECK(names("Photos by Li Wei") == V{{CreditRole::photo, "Li Wei"}});
  CHECK(names("The reporting by the committee was late.") == V{});
}

TEST_CASE("credits: AP contributor notes") {
  using wirereport::detail::parse_contributor_note;
  auto note = [](std::string_view text) {
    std::vector<wirereport::Credit> out;
    const bool is_note = parse_contributor_note(text, {0, static_cast<std::uint32_t>(text.size())}, out);
    std::vector<std::string_view> result;
    for (const auto& c : out) result.push_back(c.name.in(text));
    return std::make_pair(is_note, result);
  };
  using N = std::vector<std::string_view>;
  CHECK(note("Brask reported from Augusta. AP writers Ida Cole in Bangor and Lee Ward contributed to this report.") ==
        std::make_pair(true, N{"Brask", "Ida Cole", "Lee Ward"}));
  CHECK(note("AP video journalist Sam Ortiz helped with this story.") == std::make_pair(true, N{"Sam Ortiz"}));
  CHECK(note("The mayor said the bridge will reopen. Officials contributed to this report.") ==
        std::make_pair(false, N{}));
  CHECK(note("Nobody said anything.") == std::make_pair(false, N{}));
}

TEST_CASE("trailer lines") {
  using wirereport::detail::classify_trailer_line;
  using wirereport::detail::TrailerLine;
  CHECK(classify_trailer_line("\xC2\xA9 2024 Reuters") == TrailerLine::copyright);
  CHECK(classify_trailer_line("(c) 2024 Example Media") == TrailerLine::copyright);
  CHECK(classify_trailer_line("Copyright 2024 The Associated Press. All rights reserved.") == TrailerLine::copyright);
  CHECK(classify_trailer_line("Reuters") == TrailerLine::mark);
  CHECK(classify_trailer_line("(dpa)") == TrailerLine::mark);
  CHECK(classify_trailer_line("Mitarbeit: Ole Petersen") == TrailerLine::credits);
  CHECK(classify_trailer_line("(Editing by Kai Brandt)") == TrailerLine::credits);
  CHECK(classify_trailer_line("Reporting by the BBC showed a rise.") == TrailerLine::none);
  CHECK(classify_trailer_line("The union said it would strike.") == TrailerLine::none);
}

TEST_CASE("dateline: agency-only and dash-less agency datelines") {
  using wirereport::detail::find_dateline;
  auto dateline = [](std::string_view text) {
    const auto m = find_dateline(text, {0, static_cast<std::uint32_t>(text.size())}, std::nullopt, wirereport::detail::DatelineSlot::expected);
    return m ? std::string(m->dateline.span.in(text)) : std::string();
  };
  CHECK(dateline("(Bloomberg) -- Stocks rose.") == "(Bloomberg) --");
  CHECK(dateline("Bonn (KNA) Die Bischöfe tagen.") == "Bonn (KNA)");
  CHECK(dateline("Peine (dpa/lni) - Ein Zug.") == "Peine (dpa/lni) -");
  CHECK(dateline("Tel Aviv/Beirut (dpa) - Text.") == "Tel Aviv/Beirut (dpa) -");
  CHECK(dateline("(Friends) -- not an agency.") == "");
  CHECK(dateline("Bonn (Germany) Die Stadt.") == "");
  CHECK(dateline("Bonn (KNA) die Stadt.") == "");
}

TEST_CASE("dateline: a US state after the city decides the zone") {
  using wirereport::detail::find_dateline;
  auto place = [](std::string_view text) {
    const auto m = find_dateline(text, {0, static_cast<std::uint32_t>(text.size())}, std::nullopt, wirereport::detail::DatelineSlot::expected);
    REQUIRE(m);
    REQUIRE(m->dateline.place);
    return std::make_pair(std::string(m->dateline.place->zone), std::string(m->dateline.place->country));
  };
  CHECK(place("CHATHAM, Mass. (AP) _ A lobster died.") == std::make_pair(std::string("America/New_York"), std::string("US")));
  CHECK(place("ROSCOE, South Dakota (AP) _ Text.") == std::make_pair(std::string("America/Chicago"), std::string("US")));
  CHECK(place("TBILISI, Georgia (AP) _ Text.").second == "GE");
}

TEST_CASE("agency: a teaser right under the headline") {
  const std::string text =
      "Port strike ends\n"
      "Workers accepted the offer late on Monday after a week of talks that had stalled twice.\n"
      "Dockers return to work on Tuesday.\n"
      "\n"
      "HAMBURG (Reuters) - Dock workers in Hamburg ended their strike.\n";
  const wirereport::Article a = wirereport::parse(text);
  CHECK(wirereport::test::regions_tile(a));
  CHECK(text_of(a, a.headline()) == "Port strike ends");
  REQUIRE(a.paragraphs().size() == 2);
  CHECK(a.view(a.paragraphs()[0]).substr(0, 16) == "Workers accepted");
  CHECK(a.paragraphs()[1].begin == a.dateline()->span.begin);
}
