// The expectations FORMATS.md lists for the shared ANPA-1312 and IPTC 7901 files (read from
// ../shared/corpus/wire-formats, never copied here; each file is skipped, saying so, when absent),
// and the region tiling on every file of that folder.
#include <doctest/doctest.h>

#include <cstdio>
#include <functional>
#include <string>

#include "test_wire_support.hpp"

using wirereport::test::text_of;
using wire_test::collapse;
#include "time/names.hpp"
#include "time/zones.hpp"

using wirereport::Article;
using wirereport::CivilTime;
using wirereport::Format;

namespace {

// Parses a corpus file and runs `check` on it, or says that it is skipped.
void with_corpus_file(const std::string& relative, const std::function<void(const Article&)>& check) {
  const auto path = wirereport::test::shared_file("corpus/wire-formats/" + relative);  // says when skipped
  if (!path) return;
  CAPTURE(relative);
  const std::string text = wirereport::test::read_file(*path);
  const Article a = wirereport::parse(text);
  CHECK(wirereport::test::regions_tile(a));
  check(a);
}

bool has_paragraph_containing(const Article& a, std::string_view needle) {
  for (const wirereport::Span p : a.paragraphs())
    if (a.view(p).find(needle) != std::string_view::npos) return true;
  return false;
}

bool has_ednote(const Article& a, std::string_view note) {
  for (const wirereport::Span n : a.ednotes())
    if (a.view(n) == note) return true;
  return false;
}

// The first paragraph's story text after the dateline.
std::string_view after_dateline(const Article& a) {
  if (a.paragraphs().empty()) return {};
  std::string_view p = a.view(a.paragraphs().front());
  if (a.dateline() && a.dateline()->span.begin == a.paragraphs().front().begin)
    p.remove_prefix(a.dateline()->span.size() + 1);
  return p;
}

// superdesk's AP dateline text: "CITY, Mon D AGENCY -", the date in the place's zone.
std::string ap_dateline_text(const Article& a) {
  if (!a.dateline() || !a.dateline()->place || !a.dateline()->agency || !a.published() || !a.published()->utc)
    return {};
  const auto& zones = wirereport::detail::ZoneDirectory::instance();
  const wirereport::detail::Zone* zone = zones.find_zone(a.dateline()->place->zone);
  if (zone == nullptr) return {};
  CivilTime local = *a.published()->utc;
  const int offset = zones.offset_minutes_at_local(*zone, local);
  int minutes = local.hour * 60 + local.minute + offset;
  int day = local.day;
  if (minutes < 0) --day;  // the test data's local date differs by at most one day
  if (minutes >= 24 * 60) ++day;
  static constexpr const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, ", %s %d ", months[local.month - 1], day);
  return std::string(a.view(a.dateline()->place->span)) + buffer + std::string(a.view(*a.dateline()->agency)) + " -";
}

}  // namespace

TEST_CASE("FORMATS.md: ANPA-1312 expectations") {
  const std::string dir = "superdesk-core/anpa1312/";
  with_corpus_file(dir + "anpa-1.tst", [](const Article& a) {
    CHECK(a.format() == Format::anpa1312);
    REQUIRE(a.wire());
    CHECK(text_of(a, a.wire()->sequence) == "2870");  // provider_sequence
    CHECK(a.wire()->priority_level == 1);            // flash "f"
    CHECK(text_of(a, a.wire()->category) == "l");
    CHECK(a.word_count() == 1049u);
    CHECK(text_of(a, a.headline()) == "For Argentine chemo patients, mirrors can hurt");
    CHECK(a.view(a.byline()->span) == "By PAUL BYRNE and ALMUDENA CALATRAVA");
    CHECK(a.view(a.paragraphs().front()).substr(0, 6) == "BUENOS");
    // superdesk's slugline "Argentina-Cancer" is the keyword line cut at its first space; the
    // header's keyword (24 characters at most) is "BC-LT--Argentina-CancerB".
    CHECK(text_of(a, a.wire()->slug).substr(0, 16) == "Argentina-Cancer");
    REQUIRE_FALSE(a.keywords().empty());
    CHECK(a.view(a.keywords()[0]).find("--Argentina-Cancer ") != std::string_view::npos);
    REQUIRE(a.published());
    CHECK(a.published()->utc == CivilTime{2013, 11, 13, 15, 9, 0, 0});  // firstcreated
  });
  with_corpus_file(dir + "anpa-2.tst", [](const Article& a) {
    CHECK(has_ednote(a, "This is part of an Associated Press investigation into the hidden costs of green energy."));
    CHECK(text_of(a, a.wire()->take) == "1stLd-Writethru");
    // superdesk maps AP's category through a vocabulary of its own ("a" -> "i"); the raw code is "a".
    CHECK(text_of(a, a.wire()->category) == "a");
  });
  with_corpus_file(dir + "anpa-3.tst", [](const Article& a) { CHECK(a.wire()->preserved); });
  with_corpus_file(dir + "anpa-4.tst", [](const Article& a) {
    CHECK(has_paragraph_containing(a, "Ex-bodyguard testifies about lewd messages sent to Paltrow"));
  });
  with_corpus_file(dir + "ap_anpa-1.tst", [](const Article& a) {
    CHECK(text_of(a, a.wire()->slug).substr(0, 4) == "BKN-");  // basketball (subject 15008000 in superdesk)
    CHECK(ap_dateline_text(a) == "ATLANTA, Feb 19 AP -");
  });
  with_corpus_file(dir + "ap_anpa-2.tst", [](const Article& a) {
    CHECK(text_of(a, a.wire()->slug) == "BBO--BaseballExpanded");
    CHECK(a.wire()->preserved);
    CHECK(has_paragraph_containing(a, "\x08" "Baltimore;23;13;.639;_;_;8-2;L-1;16-6;7-7"));
  });
  with_corpus_file(dir + "ap_anpa-3.tst", [](const Article& a) { CHECK(text_of(a, a.wire()->category) == "d"); });
  with_corpus_file(dir + "ap_anpa-4.tst", [](const Article& a) {
    // superdesk writes the note back inside its brackets.
    CHECK(has_ednote(a, "Minor edits. A longer version of this story is available. With AP Photos. With "
                        "BC-AS--China-Lawyer Trial."));
  });
  with_corpus_file(dir + "ap_anpa-5.tst", [](const Article& a) {
    // An alert: no headline line; the headline is the first paragraph after "(AP) _ ".
    REQUIRE(a.headline());
    CHECK(a.view(*a.headline()) == after_dateline(a));
    CHECK(text_of(a, a.dateline()->agency) == "AP");
  });
  with_corpus_file(dir + "ap_anpa-6.tst", [](const Article& a) {
    CHECK(text_of(a, a.wire()->slug) == "BBO--WildCardGlance");
    CHECK_FALSE(a.wire()->word_count);
  });
  with_corpus_file(dir + "ap_anpa-7.tst", [](const Article& a) {
    CHECK(text_of(a, a.wire()->slug) == "10ThingstoKnow-Today");
  });
}

TEST_CASE("FORMATS.md: IPTC 7901 expectations") {
  const std::string dir = "superdesk-core/iptc7901/";
  with_corpus_file(dir + "IPTC7901.txt", [](const Article& a) {
    CHECK(a.format() == Format::iptc7901);
    REQUIRE(a.wire());
    CHECK(text_of(a, a.wire()->sequence) == "062");  // ingest_provider_sequence
    CHECK(text_of(a, a.wire()->category) == "i");
    CHECK(a.word_count() == 211u);
    CHECK(a.wire()->priority_level == 4);
    CHECK(text_of(a, a.wire()->slug) == "Germany-politics");
    CHECK(text_of(a, a.headline()) == "Germany Social Democrats: Coalition talks with Merkel could fail");
    CHECK(a.view(a.paragraphs().front()).substr(0, 6) == "Berlin");
    REQUIRE(a.dateline());
    CHECK(text_of(a, a.dateline()->agency) == "dpa");
    CHECK(a.view(a.dateline()->place->span) == "Berlin");
    CHECK(after_dateline(a).substr(0, 12) == "Negotiations");
    // The ednote (the block not for publication) has its contacts section. FORMATS.md names it
    // "## Editorial contacts", from a superdesk assertion that cannot fail (str.find() is -1, true);
    // in this file the section is "## dpa Contacts".
    REQUIRE(a.wire()->nonpublic);
    CHECK(a.view(*a.wire()->nonpublic).find("## dpa Contacts") != std::string_view::npos);
  });
  with_corpus_file(dir + "IPTC7901_odd_charset.txt", [](const Article& a) {
    CHECK(has_paragraph_containing(a, "M\xC3\xBCller"));
    REQUIRE(a.wire()->nonpublic);
    CHECK(a.view(*a.wire()->nonpublic).find("## Editorial contacts") != std::string_view::npos);
  });
  with_corpus_file(dir + "dpa_copyright.txt", [](const Article& a) {
    CHECK(text_of(a, a.wire()->category) == "rs");
    CHECK(text_of(a, a.headline()) == "Impressum");
    CHECK(text_of(a, a.wire()->slug) == "Impressum");
    CHECK(text_of(a, a.wire()->take) == "(Achtung)");
  });
  with_corpus_file(dir + "dpa_four_line.txt", [](const Article& a) {
    CHECK(text_of(a, a.headline()) == "Switzerland joins list of countries resisting UN migration pact");
    CHECK(text_of(a, a.wire()->slug) == "Switzerland/migration/UN");
    CHECK(collapse(text_of(a, a.wire()->take)) == "REFILE 1ST LEAD");
  });
  with_corpus_file(dir + "dpa_two_line.txt", [](const Article& a) {
    CHECK(text_of(a, a.headline()) == "Peace talks on Yemen to take place in Sweden next month, Mattis says");
    CHECK(text_of(a, a.wire()->slug) == "Yemen/conflict");
    CHECK(text_of(a, a.wire()->take) == "EXTRA");
  });
  with_corpus_file(dir + "dpa_two_by_line.txt", [](const Article& a) {
    CHECK(text_of(a, a.headline()) == "Chiefs-Rams 2.0? Would be a fun Super Bowl, but don't count on it");
    CHECK(text_of(a, a.wire()->slug) == "American Football/NFL");
  });
}

TEST_CASE("every wire-formats corpus file: regions tile each story, stories tile the file") {
  const auto path = wirereport::test::shared_file("corpus/wire-formats");
  if (!path) return;
  const std::filesystem::path dir = *path;
  int files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    CAPTURE(entry.path().string());
    const std::string text = wirereport::test::read_file(entry.path());
    CHECK(wirereport::test::regions_tile(wirereport::parse(text)));
    std::uint32_t pos = 0;
    for (const wirereport::StoryStream& story : wirereport::StoryStream(text)) {
      CHECK(story.span().begin == pos);
      pos = story.span().end;
      CHECK(wirereport::test::regions_tile(story.article()));
    }
    CHECK(pos == text.size());
    ++files;
  }
  MESSAGE(files << " corpus files checked");
  CHECK(files > 0);
}
