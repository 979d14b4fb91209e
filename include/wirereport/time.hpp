// Calendar values: a wall-clock time and the precision it is known to.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "wirereport/export.h"

namespace wirereport {

// A date and time on the proleptic Gregorian calendar, without a zone.
struct CivilTime {
  std::int32_t year = 0;
  std::uint8_t month = 0;  // 1..12, 0 when unknown
  std::uint8_t day = 0;    // 1..31, 0 when unknown
  std::uint8_t hour = 0;
  std::uint8_t minute = 0;
  std::uint8_t second = 0;
  std::uint16_t millisecond = 0;

  friend constexpr bool operator==(const CivilTime&, const CivilTime&) = default;
};

// How much of a CivilTime is known: "Ende 2024" is a year, "Mitte Oktober" a month,
// "am Dienstag" a day, "11:52 Uhr" a minute; "vergangene Woche" a week (the CivilTime is its
// Monday). `week` comes last to keep the values of the C ABI; use has_time_of_day() rather than
// comparing values.
enum class Precision : std::uint8_t { year, month, day, minute, second, millisecond, week };

// True for minute, second and millisecond: the value has a clock time, not only a date.
[[nodiscard]] constexpr bool has_time_of_day(Precision p) noexcept {
  return p == Precision::minute || p == Precision::second || p == Precision::millisecond;
}

// A resolved time expression. `utc_offset_minutes` is set when the zone is known
// ("3 p.m. EDT", "1509 GMT", or a text whose publication zone is known).
struct TimeValue {
  CivilTime time;
  Precision precision = Precision::day;
  bool has_utc_offset = false;
  std::int16_t utc_offset_minutes = 0;
};

// Longest text iso8601() writes ("-2147483648-12-31T23:59:59.999+23:59" fits).
inline constexpr std::size_t iso8601_max_size = 40;

// Writes `t` as ISO 8601 up to `p` into `out` (at least iso8601_max_size bytes) and returns
// the length: "2023", "2023-09", "2023-W37" (ISO week), "2023-09-15", "2023-09-15T11:52:00",
// "...T11:52:00.790".
// Minute precision still writes seconds, as the JSON contract's `local` does.
WIREREPORT_API std::size_t iso8601(const CivilTime& t, Precision p, char* out) noexcept;
// The same for a TimeValue, with "Z" or "+02:00" appended when the offset is known.
WIREREPORT_API std::size_t iso8601(const TimeValue& v, char* out) noexcept;
WIREREPORT_API std::string iso8601(const TimeValue& v);

}  // namespace wirereport
