#include "time/civil.hpp"

namespace wirereport::detail {

// Howard Hinnant's days_from_civil / civil_from_days: eras of 400 years, March-based years.
std::int64_t days_from_civil(std::int32_t year, unsigned month, unsigned day) noexcept {
  const std::int64_t y = static_cast<std::int64_t>(year) - (month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<std::uint64_t>(y - era * 400);
  const std::uint64_t mp = month > 2 ? month - 3 : month + 9;
  const std::uint64_t doy = (153 * mp + 2) / 5 + day - 1;
  const std::uint64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

CivilTime civil_from_days(std::int64_t days) noexcept {
  const std::int64_t z = days + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<std::uint64_t>(z - era * 146097);
  const std::uint64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::uint64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::uint64_t mp = (5 * doy + 2) / 153;
  const std::uint64_t d = doy - (153 * mp + 2) / 5 + 1;
  const std::uint64_t m = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0);
  CivilTime t;
  t.year = static_cast<std::int32_t>(y);
  t.month = static_cast<std::uint8_t>(m);
  t.day = static_cast<std::uint8_t>(d);
  return t;
}

unsigned weekday(std::int64_t days) noexcept {
  return static_cast<unsigned>(days >= -4 ? (days + 4) % 7 : (days + 5) % 7 + 6);
}

unsigned days_in_month(std::int32_t year, unsigned month) noexcept {
  static constexpr unsigned char lengths[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29u : lengths[month - 1];
}

bool is_valid_date(std::int32_t year, unsigned month, unsigned day) noexcept {
  return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

std::int64_t epoch_ms(const CivilTime& t) noexcept {
  const std::int64_t days = days_from_civil(t.year, t.month, t.day);
  return ((days * 24 + t.hour) * 60 + t.minute) * 60'000 + t.second * 1000 + t.millisecond;
}

CivilTime civil_from_epoch_ms(std::int64_t ms) noexcept {
  constexpr std::int64_t day_ms = 86'400'000;
  std::int64_t days = ms / day_ms;
  std::int64_t rest = ms % day_ms;
  if (rest < 0) {
    rest += day_ms;
    --days;
  }
  CivilTime t = civil_from_days(days);
  t.hour = static_cast<std::uint8_t>(rest / 3'600'000);
  t.minute = static_cast<std::uint8_t>(rest / 60'000 % 60);
  t.second = static_cast<std::uint8_t>(rest / 1000 % 60);
  t.millisecond = static_cast<std::uint16_t>(rest % 1000);
  return t;
}

}  // namespace wirereport::detail
