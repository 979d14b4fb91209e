// Civil-calendar arithmetic (proleptic Gregorian), without ICU: days, weekdays, epoch times.
#pragma once

#include <cstdint>

#include "wirereport/time.hpp"

namespace wirereport::detail {

// Days since 1970-01-01 for a civil date (any year; month 1..12, day 1..31).
[[nodiscard]] std::int64_t days_from_civil(std::int32_t year, unsigned month, unsigned day) noexcept;
// The civil date of a day count since 1970-01-01 (hour and below left zero).
[[nodiscard]] CivilTime civil_from_days(std::int64_t days) noexcept;
// 0 = Sunday .. 6 = Saturday.
[[nodiscard]] unsigned weekday(std::int64_t days) noexcept;
[[nodiscard]] unsigned days_in_month(std::int32_t year, unsigned month) noexcept;
[[nodiscard]] bool is_valid_date(std::int32_t year, unsigned month, unsigned day) noexcept;

// Milliseconds since the epoch of a civil time read as UTC, and back.
[[nodiscard]] std::int64_t epoch_ms(const CivilTime& t) noexcept;
[[nodiscard]] CivilTime civil_from_epoch_ms(std::int64_t ms) noexcept;

}  // namespace wirereport::detail
