// Month and weekday names of German and English, read from ICU's localized date symbols.
#pragma once

#include <string_view>

#include "text/keys.hpp"

namespace wirereport::detail {

class CalendarNames {
 public:
  [[nodiscard]] static const CalendarNames& instance();

  // 1..12 for a month name or abbreviation in any case, with or without a final period
  // ("September", "Sept.", "SEP", "März", "Jänner"); 0 otherwise.
  [[nodiscard]] int month(std::string_view word) const;
  // 0 (Sunday) .. 6 (Saturday) for a weekday name or abbreviation; -1 otherwise.
  [[nodiscard]] int weekday(std::string_view word) const;

 private:
  CalendarNames();
  [[nodiscard]] static int lookup(const TextIndex<int>& table, std::string_view word);

  TextIndex<int> months_;    // folded name -> month
  TextIndex<int> weekdays_;  // folded name -> weekday
};

}  // namespace wirereport::detail
