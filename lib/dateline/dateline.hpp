// The dateline at the start of a story: "WASHINGTON, Sept 14 (Reuters) - ", "Berlin (dpa) - ",
// "SAO PAULO, Brazil, March 2 - ", "Moskau - ", "BUENOS AIRES, Argentina (AP) _ ".
#pragma once

#include <optional>
#include <string_view>

#include "wirereport/article.hpp"

namespace wirereport::detail {

struct DatelineMatch {
  Dateline dateline;
  std::uint32_t body_begin = 0;  // first byte of the story text after the separator
};

// Whether the format puts a dateline at this paragraph (Reuters, agency and machine wire copy)
// or one only may stand there (web copy): the latter asks for more evidence.
enum class DatelineSlot : std::uint8_t { expected, optional };

// Looks for a dateline at the start of `paragraph`: a place, a date and an agency before a dash
// ("WASHINGTON, Sept 14 (Reuters) - ", "ATLANTA (AP) _ "), an agency alone ("(Bloomberg) -- "),
// or a parenthesised agency with no dash ("Bonn (KNA) Die ..."). The date's year comes from
// `published` (see dateline_date); without one the date has no value.
[[nodiscard]] std::optional<DatelineMatch> find_dateline(std::string_view text, Span paragraph,
                                                         const std::optional<Published>& published,
                                                         DatelineSlot slot);

// True when a '/'-part of a dateline's source names an agency: "dpa", "dpa/lni", "tca/dpa".
[[nodiscard]] bool names_agency(std::string_view source);

// The IANA zone an agency's wire times are written in when they name none ("dpa", "lni":
// "Europe/Berlin"), or null when not known.
[[nodiscard]] std::optional<std::string_view> agency_zone(std::string_view agency);

// The year of a dateline's month and day: the latest such date no more than a week after the
// publication date. A dateline names the day of the events, which is past or today; the week
// allows for copy dated ahead across midnight or time zones ("Jan 2" in a 31 December file).
[[nodiscard]] CivilTime dateline_date(int month, int day, const CivilTime& reference);

}  // namespace wirereport::detail
