// Calendar arithmetic, month names from ICU, timestamp lines, zones and DST.
#include "support.hpp"

#include "time/civil.hpp"
#include "time/names.hpp"
#include "time/published.hpp"
#include "time/zones.hpp"

using namespace wirereport;
using namespace wirereport::detail;

namespace {
std::optional<TimestampResult> stamp(std::string_view line, const char* default_zone = nullptr) {
  const Zone* zone = default_zone ? ZoneDirectory::instance().find_zone(default_zone) : nullptr;
  return parse_timestamp(line, {0, static_cast<std::uint32_t>(line.size())}, zone);
}
std::string iso(const CivilTime& t, Precision p = Precision::minute) {
  char buf[iso8601_max_size];
  return std::string(buf, iso8601(t, p, buf));
}
}  // namespace

TEST_CASE("civil calendar") {
  CHECK(days_from_civil(1970, 1, 1) == 0);
  CHECK(days_from_civil(2000, 3, 1) == 11017);
  CHECK(weekday(days_from_civil(2023, 9, 15)) == 5);  // a Friday
  CHECK(weekday(days_from_civil(1987, 2, 26)) == 4);  // a Thursday
  for (std::int64_t d = -800000; d < 800000; d += 997) CHECK(days_from_civil(civil_from_days(d).year, civil_from_days(d).month, civil_from_days(d).day) == d);
  CHECK(days_in_month(2024, 2) == 29);
  CHECK(days_in_month(1900, 2) == 28);
  CHECK_FALSE(is_valid_date(2023, 2, 29));
  CHECK(iso(civil_from_epoch_ms(epoch_ms({2023, 9, 15, 11, 52, 7, 250})), Precision::millisecond) ==
        "2023-09-15T11:52:07.250");
}

TEST_CASE("month and weekday names come from ICU in German and English") {
  const CalendarNames& names = CalendarNames::instance();
  CHECK(names.month("September") == 9);
  CHECK(names.month("Sept.") == 9);
  CHECK(names.month("SEP") == 9);
  CHECK(names.month("März") == 3);
  CHECK(names.month("MÄRZ") == 3);
  CHECK(names.month("Jänner") == 1);
  CHECK(names.month("Mai") == 5);
  CHECK(names.month("Oct") == 10);
  CHECK(names.month("Okt.") == 10);
  CHECK(names.month("Mittwoch") == 0);
  CHECK(names.weekday("Donnerstag") == 4);
  CHECK(names.weekday("Thursday") == 4);
  CHECK(names.weekday("Sun") == 0);
  CHECK(names.weekday("Mai") == -1);
}

TEST_CASE("timestamp lines") {
  SUBCASE("web copy with an IANA zone") {
    const auto r = stamp("Sep 15, 2023 11:52 Europe/Berlin");
    REQUIRE(r);
    CHECK(iso(r->published.local) == "2023-09-15T11:52:00");
    CHECK(r->published.zone == "Europe/Berlin");
    REQUIRE(r->published.utc);
    CHECK(iso(*r->published.utc) == "2023-09-15T09:52:00");
  }
  SUBCASE("German form without a zone") {
    const auto r = stamp("15.09.2023, 11:52 Uhr");
    REQUIRE(r);
    CHECK(iso(r->published.local) == "2023-09-15T11:52:00");
    CHECK(r->published.zone.empty());
    CHECK_FALSE(r->published.utc);
  }
  SUBCASE("a default zone fills in") {
    const auto r = stamp("15.09.2023, 11:52 Uhr", "Europe/Vienna");
    REQUIRE(r);
    CHECK(r->published.zone == "Europe/Vienna");
    REQUIRE(r->published.utc);
    CHECK(iso(*r->published.utc) == "2023-09-15T09:52:00");
  }
  SUBCASE("weekday, written month and a German abbreviation") {
    const auto r = stamp("Freitag, 15. September 2023, 11:52 Uhr MESZ");
    REQUIRE(r);
    CHECK(r->published.zone == "Europe/Berlin");
    CHECK(iso(*r->published.utc) == "2023-09-15T09:52:00");
  }
  SUBCASE("Reuters-21578 with hundredths") {
    const auto r = stamp("26-FEB-1987 15:01:01.79");
    REQUIRE(r);
    CHECK(iso(r->published.local, r->published.precision) == "1987-02-26T15:01:01.790");
    CHECK_FALSE(r->published.utc);
  }
  SUBCASE("ISO 8601 with an offset fixes UTC but names no zone") {
    const auto r = stamp("2024-03-26T16:05:00+01:00");
    REQUIRE(r);
    CHECK(r->published.zone.empty());
    CHECK(iso(*r->published.utc) == "2024-03-26T15:05:00");
  }
  SUBCASE("English with p.m. and a US abbreviation") {
    const auto r = stamp("October 3, 2024 at 3:05 p.m. EDT");
    REQUIRE(r);
    CHECK(iso(r->published.local) == "2024-10-03T15:05:00");
    CHECK(iso(*r->published.utc) == "2024-10-03T19:05:00");
  }
  SUBCASE("an unknown zone name is flagged") {
    const auto r = stamp("Sep 15, 2023 11:52 Mars/Olympus");
    REQUIRE(r);
    CHECK(r->names_unknown_zone);
    CHECK_FALSE(r->published.utc);
  }
  SUBCASE("not timestamps") {
    CHECK_FALSE(stamp("Putin nimmt Einladung an"));
    CHECK_FALSE(stamp("Sep 15, 2023 was a Friday"));
    CHECK_FALSE(stamp("31.02.2023, 10:00 Uhr"));
    CHECK_FALSE(stamp("15.09.2023, 25:10 Uhr"));
  }
}

TEST_CASE("DST transitions resolve with ICU's rules") {
  // Europe/Berlin switches to CEST at 02:00 local on 2024-03-31 and back at 03:00 on 2024-10-27.
  CHECK(iso(*stamp("31.03.2024 01:30 Europe/Berlin")->published.utc) == "2024-03-31T00:30:00");
  CHECK(iso(*stamp("31.03.2024 03:30 Europe/Berlin")->published.utc) == "2024-03-31T01:30:00");
  // 02:30 does not exist that night; it is read with the offset before the change.
  CHECK(iso(*stamp("31.03.2024 02:30 Europe/Berlin")->published.utc) == "2024-03-31T01:30:00");
  // 02:30 on 27 October happens twice; the earlier (summer time) reading is taken.
  CHECK(iso(*stamp("27.10.2024 02:30 Europe/Berlin")->published.utc) == "2024-10-27T00:30:00");
  CHECK(iso(*stamp("Nov 3, 2024 08:00 America/New_York")->published.utc) == "2024-11-03T13:00:00");
}

TEST_CASE("zone names and places") {
  const ZoneDirectory& zones = ZoneDirectory::instance();
  REQUIRE(zones.find_zone("europe/berlin"));
  CHECK(zones.find_zone("US/Eastern")->id == "America/New_York");
  CHECK(zones.find_zone("Mars/Olympus") == nullptr);
  const auto moskau = zones.find_place("Moskau");
  REQUIRE(moskau);
  REQUIRE(moskau->zone);
  CHECK(moskau->zone->id == "Europe/Moscow");
  CHECK(moskau->country == "RU");
  CHECK(zones.find_place("MOSCOW")->zone->id == "Europe/Moscow");
  CHECK(zones.find_place("São Paulo")->country == "BR");
  CHECK(zones.find_place("SAO PAULO")->country == "BR");
  const auto russland = zones.find_place("Russland");
  REQUIRE(russland);
  CHECK(russland->zone == nullptr);  // a country with several zones names none
  CHECK(russland->country == "RU");
  CHECK(zones.find_place("Washington")->zone->id == "America/New_York");
  CHECK_FALSE(zones.find_place("Atlantis"));
}
