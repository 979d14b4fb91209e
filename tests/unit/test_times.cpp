// Time expressions resolved against the publication time, on sentences written for these tests.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "time/zones.hpp"
#include "wirereport/extract.hpp"
#include "wirereport/tokens.hpp"

namespace {

using wirereport::CivilTime;
using wirereport::Language;
using wirereport::Published;

// A publication time: local wall time, and its IANA zone when `zone` is not empty.
std::optional<Published> published_at(CivilTime local, std::string_view zone = {}) {
  Published p;
  p.local = local;
  if (!zone.empty()) {
    const auto& zones = wirereport::detail::ZoneDirectory::instance();
    const wirereport::detail::Zone* z = zones.find_zone(zone);
    REQUIRE(z != nullptr);
    p.zone = z->id;
    p.utc = wirereport::detail::to_utc(zones, *z, local);
  }
  return p;
}

struct Found {
  std::string text;
  std::string value;  // ISO 8601, or "null"
};

std::vector<Found> times(std::string_view text, Language language, const std::optional<Published>& published) {
  const std::vector<wirereport::Token> tokens = wirereport::tokenize(text, language);
  std::vector<Found> out;
  for (const auto& t : wirereport::extract_times(text, tokens, language, published))
    out.push_back({std::string(t.span.in(text)), t.value ? wirereport::iso8601(*t.value) : "null"});
  return out;
}

// The one expression in `text`, as "text = value".
std::string one(std::string_view text, Language language, const std::optional<Published>& published) {
  const auto found = times(text, language, published);
  if (found.size() != 1) {
    std::string all = std::to_string(found.size()) + " expressions:";
    for (const Found& f : found) all += " [" + f.text + " = " + f.value + "]";
    return all;
  }
  return found[0].text + " = " + found[0].value;
}

// Friday, 15 September 2023, 11:52 in Berlin (summer time, UTC+2).
const CivilTime friday{2023, 9, 15, 11, 52, 0, 0};

}  // namespace

TEST_CASE("weekdays: past tense is the latest such day, future the next one") {
  const auto pub = published_at(friday, "Europe/Berlin");
  CHECK(one("Die Ministerin kam am Dienstag nach Prag.", Language::de, pub) == "am Dienstag = 2023-09-12");
  CHECK(one("Die Ministerin will am Donnerstag nach Prag reisen.", Language::de, pub) == "am Donnerstag = 2023-09-21");
  CHECK(one("Sie sagte am Montag, sie werde am Mittwoch reisen.", Language::de, pub) ==
        "2 expressions: [am Montag = 2023-09-11] [am Mittwoch = 2023-09-20]");
  CHECK(one("The minister arrived in Prague on Tuesday.", Language::en, pub) == "on Tuesday = 2023-09-12");
  CHECK(one("The minister will travel to Prague on Thursday.", Language::en, pub) == "on Thursday = 2023-09-21");
  CHECK(one("Officials met on Friday.", Language::en, pub) == "on Friday = 2023-09-15");  // the day itself
  CHECK(one("Talks ran late into Thursday night.", Language::en, pub) == "Thursday night = 2023-09-14");
  CHECK(one("Der Streit begann am Donnerstagabend.", Language::de, pub) == "am Donnerstagabend = 2023-09-14");
  CHECK(one("Last Friday the port reopened.", Language::en, pub) == "Last Friday = 2023-09-08");
  CHECK(one("Die Gespräche sollen kommenden Montag beginnen.", Language::de, pub) == "kommenden Montag = 2023-09-18");
}

TEST_CASE("relative days, weeks, months and years") {
  const auto pub = published_at(friday, "Europe/Berlin");
  CHECK(one("Der Zug fuhr gestern ab.", Language::de, pub) == "gestern = 2023-09-14");
  CHECK(one("Heute tagt der Rat.", Language::de, pub) == "Heute = 2023-09-15");
  CHECK(one("Der Rat tagt morgen.", Language::de, pub) == "morgen = 2023-09-16");
  CHECK(one("Am Morgen tagte der Rat.", Language::de, pub) == "0 expressions:");  // the morning, not tomorrow
  CHECK(one("The train left yesterday.", Language::en, pub) == "yesterday = 2023-09-14");
  CHECK(one("The council meets today.", Language::en, pub) == "today = 2023-09-15");
  CHECK(one("The council meets tomorrow.", Language::en, pub) == "tomorrow = 2023-09-16");
  CHECK(one("Das Werk schloss vergangene Woche.", Language::de, pub) == "vergangene Woche = 2023-W36");
  CHECK(one("The plant closed last week.", Language::en, pub) == "last week = 2023-W36");
  CHECK(one("Die Wahl ist im nächsten Monat.", Language::de, pub) == "im nächsten Monat = 2023-10");
  CHECK(one("The vote is due next month.", Language::en, pub) == "next month = 2023-10");
  CHECK(one("Im vergangenen Jahr stieg der Umsatz.", Language::de, pub) == "Im vergangenen Jahr = 2022");
}

TEST_CASE("durations are not dates") {
  const auto pub = published_at(friday, "Europe/Berlin");
  CHECK(one("Es war das erste Treffen seit vier Jahren.", Language::de, pub) == "0 expressions:");
  CHECK(one("Sie planen für die nächsten 100 Jahre.", Language::de, pub) == "0 expressions:");
  CHECK(one("Die Sperre gilt für die nächste Woche.", Language::de, pub) == "0 expressions:");
  CHECK(one("The ban holds for the next week.", Language::en, pub) == "0 expressions:");
  CHECK(one("The mine was closed for four years.", Language::en, pub) == "0 expressions:");
}

TEST_CASE("absolute dates, months and years") {
  const auto pub = published_at(friday, "Europe/Berlin");
  CHECK(one("Das Abkommen trat am 15. September 2023 in Kraft.", Language::de, pub) ==
        "am 15. September 2023 = 2023-09-15");
  CHECK(one("Die Frist endete am 3. Juli.", Language::de, pub) == "am 3. Juli = 2023-07-03");
  CHECK(one("Die Frist endete am 14.09.2023.", Language::de, pub) == "am 14.09.2023 = 2023-09-14");
  CHECK(one("Filed 2023-09-14 in Delaware.", Language::en, pub) == "2023-09-14 = 2023-09-14");
  CHECK(one("The deal closed on Sept. 14.", Language::en, pub) == "on Sept. 14 = 2023-09-14");
  CHECK(one("The deal closed on September 14, 2022.", Language::en, pub) == "on September 14, 2022 = 2022-09-14");
  CHECK(one("Die Wahl ist Mitte Oktober.", Language::de, pub) == "Mitte Oktober = 2023-10");
  CHECK(one("Die Wahl ist Anfang Oktober.", Language::de, pub) == "Anfang Oktober = 2023-10");
  CHECK(one("The vote is expected in mid-October.", Language::en, pub) == "in mid-October = 2023-10");
  CHECK(one("Der Bau soll Ende 2024 fertig sein.", Language::de, pub) == "Ende 2024 = 2024");
  CHECK(one("The plant opens in late 2024.", Language::en, pub) == "in late 2024 = 2024");
  CHECK(one("Die Firma besteht seit 2020 nicht mehr.", Language::de, pub) == "2020 = 2020");
  CHECK(one("Im Mai wurde gewählt.", Language::de, pub) == "Im Mai = 2023-05");
  CHECK(one("Theresa May spoke.", Language::en, pub) == "0 expressions:");
}

TEST_CASE("clock times with and without zones") {
  const auto pub = published_at(friday, "Europe/Berlin");
  CHECK(one("Die Sitzung begann um 11:52 Uhr.", Language::de, pub) == "um 11:52 Uhr = 2023-09-15T11:52:00+02:00");
  CHECK(one("Die Sitzung begann um 9.30 Uhr MEZ.", Language::de, pub) == "um 9.30 Uhr MEZ = 2023-09-15T09:30:00+01:00");
  CHECK(one("Die Sitzung endete gegen Mittag.", Language::de, pub) == "gegen Mittag = 2023-09-15T12:00:00+02:00");
  // 11:52 in Berlin is 05:52 in New York, still 15 September there.
  CHECK(one("Trading resumed at 3 p.m. EDT.", Language::en, pub) == "at 3 p.m. EDT = 2023-09-15T15:00:00-04:00");
  CHECK(one("The index rose at 1509 GMT.", Language::en, pub) == "at 1509 GMT = 2023-09-15T15:09:00Z");
  CHECK(one("The meeting ends at 5pm.", Language::en, pub) == "at 5pm = 2023-09-15T17:00:00+02:00");
  // The day the sentence names is the day of its clock time.
  CHECK(one("Am Donnerstag um 18 Uhr traf er ein.", Language::de, pub) ==
        "2 expressions: [Am Donnerstag = 2023-09-14] [um 18 Uhr = 2023-09-14T18:00:00+02:00]");
}

TEST_CASE("a DST change: the offset of each local time, not of the publication") {
  // Sunday 29 October 2023, 10:00 in Berlin: summer time ended at 03:00 that night.
  const auto pub = published_at({2023, 10, 29, 10, 0, 0, 0}, "Europe/Berlin");
  CHECK(one("Die Messe beginnt um 11 Uhr.", Language::de, pub) == "um 11 Uhr = 2023-10-29T11:00:00+01:00");
  CHECK(one("Am Samstag um 11 Uhr war es noch warm.", Language::de, pub) ==
        "2 expressions: [Am Samstag = 2023-10-28] [um 11 Uhr = 2023-10-28T11:00:00+02:00]");
}

TEST_CASE("a year boundary: a 2 January report and the end of December") {
  const auto pub = published_at({2024, 1, 2, 9, 0, 0, 0}, "America/New_York");
  CHECK(one("The fire broke out on Dec. 30.", Language::en, pub) == "on Dec. 30 = 2023-12-30");
  CHECK(one("Der Brand brach am 30. Dezember aus.", Language::de, pub) == "am 30. Dezember = 2023-12-30");
  CHECK(one("The office reopens on Jan. 5.", Language::en, pub) == "on Jan. 5 = 2024-01-05");
  CHECK(one("Sales fell in December.", Language::en, pub) == "in December = 2023-12");
  CHECK(one("The factory closed last week.", Language::en, pub) == "last week = 2023-W52");
  CHECK(one("The factory reopened on Saturday.", Language::en, pub) == "on Saturday = 2023-12-30");
}

TEST_CASE("reports without a zone, and without a publication time") {
  const auto local_only = published_at(friday);
  CHECK(one("Die Sitzung begann um 11:52 Uhr.", Language::de, local_only) == "um 11:52 Uhr = 2023-09-15T11:52:00");
  CHECK(one("Die Sitzung war gestern.", Language::de, local_only) == "gestern = 2023-09-14");
  CHECK(one("It began at 1509 GMT.", Language::en, local_only) == "at 1509 GMT = 2023-09-15T15:09:00Z");
  // Unresolvable: the span stays, the value is null.
  CHECK(one("Sie kam am Dienstag.", Language::de, std::nullopt) == "am Dienstag = null");
  CHECK(one("She arrived yesterday.", Language::en, std::nullopt) == "yesterday = null");
  CHECK(one("Am 15. September 2023 kam sie.", Language::de, std::nullopt) == "Am 15. September 2023 = 2023-09-15");
}

TEST_CASE("the parser fills times from the publication line") {
  const std::string text =
      "Sep 15, 2023 11:52 Europe/Berlin\n"
      "  \xE2\x80\xA2 Minister reist nach Prag\n\n"
      "Berlin - Die Ministerin kam am Dienstag nach Prag und reist am Donnerstag weiter.\n";
  const wirereport::Article a = wirereport::parse(text);
  REQUIRE(a.times().size() == 2);
  CHECK(a.view(a.times()[0].span) == "am Dienstag");
  CHECK(wirereport::iso8601(*a.times()[0].value) == "2023-09-12");
  CHECK(a.view(a.times()[1].span) == "am Donnerstag");
}
