#include "time/names.hpp"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>

#include "text/utf8.hpp"

namespace wirereport::detail {

namespace {

// German and English locales whose names differ: en_GB writes "Sept", de_AT "Jänner".
constexpr const char* locales[] = {"en", "en_GB", "de", "de_AT", "de_CH"};

void add_names(TextIndex<int>& table, const icu::UnicodeString* names,
               int32_t count, int first_value) {
  for (int32_t i = 0; i < count; ++i) {
    std::string name;
    names[i].toUTF8String(name);
    if (!name.empty() && name.back() == '.') name.pop_back();
    if (name.empty()) continue;
    std::string key;
    append_folded(name, key);
    table.emplace(key, first_value + static_cast<int>(i));
  }
}

}  // namespace

const CalendarNames& CalendarNames::instance() {
  static const CalendarNames names;
  return names;
}

CalendarNames::CalendarNames() {
  using Symbols = icu::DateFormatSymbols;
  for (const char* locale : locales) {
    UErrorCode status = U_ZERO_ERROR;
    const Symbols symbols(icu::Locale(locale), status);
    if (U_FAILURE(status)) continue;
    for (auto context : {Symbols::FORMAT, Symbols::STANDALONE}) {
      for (auto width : {Symbols::WIDE, Symbols::ABBREVIATED}) {
        int32_t count = 0;
        const icu::UnicodeString* months = symbols.getMonths(count, context, width);
        add_names(months_, months, count, 1);
        // Weekdays are indexed from 1 (UCAL_SUNDAY); index 0 is empty.
        const icu::UnicodeString* days = symbols.getWeekdays(count, context, width);
        add_names(weekdays_, days, count, -1);
      }
    }
  }
}

int CalendarNames::lookup(const TextIndex<int>& table, std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.empty() || word.size() > 24) return -1;
  FoldBuffer buffer;
  const int* value = table.find(fold_into(word, buffer));
  return value == nullptr ? -1 : *value;
}

int CalendarNames::month(std::string_view word) const {
  const int m = lookup(months_, word);
  return m < 0 ? 0 : m;
}

int CalendarNames::weekday(std::string_view word) const { return lookup(weekdays_, word); }

}  // namespace wirereport::detail
