// Words of time expressions (relative days, units, modifiers, clock words, tense markers),
// German and English, from lib/lang/time_words.inc. Months and weekdays come from ICU
// (time/names.hpp), not from here.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/keys.hpp"

namespace wirereport::detail {

enum class TimeWordKind : std::uint8_t {
  rel_day,        // "gestern": value = days from the publication date
  day_part,       // "Abend", "night"
  unit,           // "Woche" 1, "Monat" 2, "Jahr" 3
  modifier,       // "vergangene" -1, "nächste" +1, "diese" 0
  period_part,    // "Anfang" 1, "Mitte" 2, "Ende" 3
  preposition,    // "am", "on": kept in the span
  anchor,         // "seit", "bis", "in": makes a bare month or year a date
  clock,          // "Uhr"
  named_time,     // "Mittag": value = hour
  meridiem,       // "a.m." 0, "p.m." 12
  future,         // "wird", "will": the clause speaks of the future
  duration_lead,  // "für", "for": what follows is a span of time, not a date
};
inline constexpr std::size_t time_word_kinds = 12;

struct TimeWord {
  std::uint16_t kinds = 0;  // bit (1 << kind) per kind the word has
  std::array<std::int8_t, time_word_kinds> values{};

  [[nodiscard]] bool is(TimeWordKind k) const noexcept { return (kinds & (1u << static_cast<unsigned>(k))) != 0; }
  [[nodiscard]] int value(TimeWordKind k) const noexcept { return values[static_cast<std::size_t>(k)]; }
};

class TimeLexicon {
 public:
  [[nodiscard]] static const TimeLexicon& instance();
  // The word's kinds; `folded` is the token folded to lower case (text/utf8.hpp).
  [[nodiscard]] TimeWord find(std::string_view folded) const;

 private:
  TimeLexicon();
  TextIndex<TimeWord> words_;  // the words folded as tokens are
};

}  // namespace wirereport::detail
