// Datelines of the common agency shapes; places resolved with ICU; dates against publication.
#include "support.hpp"

#include "dateline/dateline.hpp"

using namespace wirereport;
using namespace wirereport::detail;

namespace {

struct Expected {
  std::string_view paragraph;
  std::string_view dateline;
  std::string_view place;
  std::string_view zone;
  std::string_view country;
  std::string_view agency;
  std::string_view date;
  std::string_view value;
};

Published published_on(int year, int month, int day) {
  Published p;
  p.local = {year, static_cast<std::uint8_t>(month), static_cast<std::uint8_t>(day), 12, 0, 0, 0};
  return p;
}

std::string value_of(const Dateline& d) {
  if (!d.date || !d.date->value) return "";
  return iso8601(*d.date->value);
}

}  // namespace

TEST_CASE("agency dateline shapes") {
  const Expected cases[] = {
      {"Moskau - Der Präsident reiste ab.", "Moskau -", "Moskau", "Europe/Moscow", "RU", "", "", ""},
      {"Berlin (dpa) - Der Bundestag tagt.", "Berlin (dpa) -", "Berlin", "Europe/Berlin", "DE", "dpa", "", ""},
      {"Peine (dpa/lni) - Ein Feuer brach aus.", "Peine (dpa/lni) -", "Peine", "Europe/Berlin", "DE", "dpa/lni", "",
       ""},
      {"WASHINGTON, Sept 14 (Reuters) - The Senate voted.", "WASHINGTON, Sept 14 (Reuters) -", "WASHINGTON",
       "America/New_York", "US", "Reuters", "Sept 14", "2023-09-14"},
      {"NEW YORK (AP) \u2014 Stocks rose.", "NEW YORK (AP) \u2014", "NEW YORK", "America/New_York", "US", "AP", "", ""},
      {"Paris (AFP) - Le gouvernement a d\u00e9cid\u00e9.", "Paris (AFP) -", "Paris", "Europe/Paris", "FR", "AFP", "", ""},
      {"Wien \u2013 Die Regierung tagte.", "Wien \u2013", "Wien", "Europe/Vienna", "AT", "", "", ""},
      {"Tel Aviv/Beirut (dpa) - Die Lage blieb angespannt.", "Tel Aviv/Beirut (dpa) -", "Tel Aviv/Beirut",
       "Asia/Jerusalem", "IL", "dpa", "", ""},
      {"SAO PAULO, Brazil, March 2 - Coffee prices fell.", "SAO PAULO, Brazil, March 2 -", "SAO PAULO, Brazil",
       "America/Sao_Paulo", "BR", "", "March 2", "2023-03-02"},
      {"BUENOS AIRES, Argentina (AP) _ For years, the clinic waited.", "BUENOS AIRES, Argentina (AP) _",
       "BUENOS AIRES, Argentina", "America/Buenos_Aires", "AR", "AP", "", ""},
      {"PORTLAND, Ore., Feb 26 - Red Rock Inns said it filed.", "PORTLAND, Ore., Feb 26 -", "PORTLAND, Ore.",
       "America/Los_Angeles", "US", "", "Feb 26", "2023-02-26"},  // the state decides: lib/dateline/us_states.inc
      {"OKLAHOMA CITY, Okla. March 11, Reuter - The commissioner will appeal.",
       "OKLAHOMA CITY, Okla. March 11, Reuter -", "OKLAHOMA CITY, Okla.", "America/Chicago", "US", "Reuter",
       "March 11", "2023-03-11"},
      {"TOKYO, Feb 27 -\nThe ministry proposed a coupon.", "TOKYO, Feb 27 -", "TOKYO", "Asia/Tokyo", "JP", "",
       "Feb 27", "2023-02-27"},
      {"MADRID, 21 Nov. 2024 (Europa Press) - El Gobierno aprobó.", "MADRID, 21 Nov. 2024 (Europa Press) -",
       "MADRID", "Europe/Madrid", "ES", "Europa Press", "21 Nov. 2024", "2024-11-21"},
      // Shapes of hurried wire copy.
      {"DENVER, March 4 -Acme Corp said it will cut prices.", "DENVER, March 4 -", "DENVER", "America/Denver", "US",
       "", "March 4", "2023-03-04"},
      {"BETHESDA, Md., - March 4 - Acme Corp named a director.", "BETHESDA, Md., - March 4 -", "BETHESDA, Md.",
       "America/New_York", "US", "", "March 4", "2023-03-04"},
      {"****BOSTON, March 25 - Acme Corp bought a mill.", "BOSTON, March 25 -", "BOSTON", "America/New_York", "US",
       "", "March 25", "2023-03-25"},
      {"tulsa, april 7 - Grain receipts rose.", "tulsa, april 7 -", "tulsa", "", "", "", "april 7", "2023-04-07"},
      {"GRONINGEN, the Netherlands, March 31 - Trade rose.", "GRONINGEN, the Netherlands, March 31 -",
       "GRONINGEN, the Netherlands", "Europe/Amsterdam", "NL", "", "March 31", "2023-03-31"},
  };
  const std::optional<Published> published = published_on(2023, 9, 15);
  for (const Expected& e : cases) {
    CAPTURE(e.paragraph);
    const auto m = find_dateline(e.paragraph, {0, static_cast<std::uint32_t>(e.paragraph.size())}, published,
                                 DatelineSlot::expected);
    REQUIRE(m);
    const Dateline& d = m->dateline;
    CHECK(d.span.in(e.paragraph) == e.dateline);
    REQUIRE(d.place);
    CHECK(d.place->span.in(e.paragraph) == e.place);
    CHECK(d.place->zone == e.zone);
    CHECK(d.place->country == e.country);
    CHECK((d.agency ? d.agency->in(e.paragraph) : std::string_view()) == e.agency);
    CHECK((d.date ? d.date->span.in(e.paragraph) : std::string_view()) == e.date);
    CHECK(value_of(d) == e.value);
    CHECK(std::isupper(static_cast<unsigned char>(e.paragraph[m->body_begin])) != 0);
  }
}

TEST_CASE("no dateline where there is none") {
  const std::optional<Published> none;
  for (std::string_view p : {"The council voted 7-2 on Tuesday - a surprise.", "Putin nimmt Einladung an",
                             "US-Präsident Biden sagte - nach Angaben von Beobachtern - wenig.",
                             "Im Jahr 2023 - so der Bericht - stieg die Zahl.", "- eine Aufzählung",
                             "on March 2 - a Monday - it rained.", "In Berlin, March 2 - the talks", ""}) {
    CAPTURE(p);
    CHECK_FALSE(find_dateline(p, {0, static_cast<std::uint32_t>(p.size())}, none, DatelineSlot::optional));
  }
  // Wire copy in lower case is still a dateline where the format puts one.
  const std::string_view lower = "Caracas, feb 26 - venezuela is seeking new loans.";
  CHECK(find_dateline(lower, {0, static_cast<std::uint32_t>(lower.size())}, none, DatelineSlot::expected));
  CHECK_FALSE(find_dateline(lower, {0, static_cast<std::uint32_t>(lower.size())}, none, DatelineSlot::optional));
}

TEST_CASE("dateline dates roll over the year boundary") {
  auto iso = [](const CivilTime& t) { return iso8601(TimeValue{t, Precision::day, false, 0}); };
  CHECK(iso(dateline_date(12, 30, {2024, 1, 2})) == "2023-12-30");
  CHECK(iso(dateline_date(1, 2, {2023, 12, 31})) == "2024-01-02");
  CHECK(iso(dateline_date(2, 27, {1987, 2, 26})) == "1987-02-27");  // filed late on the day before
  CHECK(iso(dateline_date(2, 26, {2023, 9, 15})) == "2023-02-26");  // months back, same year
  CHECK(iso(dateline_date(2, 29, {2023, 3, 1})) == "2020-02-29");   // the last year that had one
}
