#include "time/published.hpp"

#include "time/civil.hpp"
#include "time/names.hpp"
#include "text/utf8.hpp"

namespace wirereport::detail {

namespace {

// A cursor over one line: reads numbers, words and separators, remembering where it is.
class Cursor {
 public:
  Cursor(std::string_view text, Span line) : text_(text), pos_(line.begin), end_(line.end) {}

  [[nodiscard]] bool at_end() const noexcept { return pos_ >= end_; }
  [[nodiscard]] std::uint32_t pos() const noexcept { return pos_; }
  void reset(std::uint32_t pos) noexcept { pos_ = pos; }
  [[nodiscard]] char peek() const noexcept { return at_end() ? '\0' : text_[pos_]; }

  void skip_spaces() noexcept {
    while (!at_end() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
  }
  bool take(char c) noexcept {
    if (peek() != c) return false;
    ++pos_;
    return true;
  }
  // Digits: returns the count read (0 when none), the value in `value`.
  int number(int& value, int max_digits = 9) noexcept {
    int digits = 0;
    value = 0;
    while (!at_end() && digits < max_digits && is_ascii_digit(text_[pos_])) {
      value = value * 10 + (text_[pos_] - '0');
      ++pos_;
      ++digits;
    }
    return digits;
  }
  // A run of letters (any script), optionally with '/', '_' and '-' inside, as in IANA names.
  std::string_view word(bool zone_chars = false) noexcept {
    const std::uint32_t start = pos_;
    while (!at_end()) {
      const CodePoint cp = decode_utf8(text_, pos_);
      if (cp.length == 0) break;
      const bool inner = zone_chars && pos_ > start && (cp.value == '/' || cp.value == '_' || cp.value == '-');
      if (!is_letter(cp.value) && !inner) break;
      pos_ += cp.length;
    }
    return text_.substr(start, pos_ - start);
  }

 private:
  std::string_view text_;
  std::uint32_t pos_;
  std::uint32_t end_;
};

int expand_year(int value, int digits) noexcept {
  if (digits == 4) return value;
  if (digits == 2) return value < 70 ? 2000 + value : 1900 + value;
  return -1;
}

// "Sep 15, 2023", "September 15 2023", "Sept. 15, 2023"
bool month_day_year(Cursor& c, CivilTime& t) {
  const std::uint32_t start = c.pos();
  const int month = CalendarNames::instance().month(c.word());
  c.take('.');
  c.skip_spaces();
  int day = 0;
  int year = 0;
  if (month > 0 && c.number(day, 2) > 0) {
    c.take(',');
    c.skip_spaces();
    const int digits = c.number(year, 4);
    if (digits == 4) {
      t.year = year;
      t.month = static_cast<std::uint8_t>(month);
      t.day = static_cast<std::uint8_t>(day);
      return true;
    }
  }
  c.reset(start);
  return false;
}

// "15.09.2023", "15. September 2023", "15 September 2023", "26-FEB-1987", "2023-09-15"
bool numeric_first_date(Cursor& c, CivilTime& t) {
  const std::uint32_t start = c.pos();
  int first = 0;
  const int first_digits = c.number(first, 4);
  if (first_digits == 4 && c.take('-')) {  // ISO 8601
    int month = 0;
    int day = 0;
    if (c.number(month, 2) == 2 && c.take('-') && c.number(day, 2) == 2) {
      t.year = first;
      t.month = static_cast<std::uint8_t>(month);
      t.day = static_cast<std::uint8_t>(day);
      return true;
    }
  } else if (first_digits >= 1 && first_digits <= 2) {
    const std::uint32_t after_day = c.pos();
    int month = 0;
    int year = 0;
    int year_digits = 0;
    if (c.take('.')) {
      const std::uint32_t after_dot = c.pos();
      if (c.number(month, 2) > 0 && c.take('.')) {  // 15.09.2023
        year_digits = c.number(year, 4);
      } else {  // 15. September 2023
        c.reset(after_dot);
        c.skip_spaces();
        month = CalendarNames::instance().month(c.word());
        c.take('.');
        c.skip_spaces();
        year_digits = c.number(year, 4);
      }
    } else if (c.take('-')) {  // 26-FEB-1987
      month = CalendarNames::instance().month(c.word());
      if (c.take('-')) year_digits = c.number(year, 4);
    } else {  // 15 September 2023
      c.reset(after_day);
      c.skip_spaces();
      month = CalendarNames::instance().month(c.word());
      c.take('.');
      c.take(',');
      c.skip_spaces();
      year_digits = c.number(year, 4);
    }
    year = expand_year(year, year_digits);
    if (month > 0 && year >= 0) {
      t.year = year;
      t.month = static_cast<std::uint8_t>(month);
      t.day = static_cast<std::uint8_t>(first);
      return true;
    }
  }
  c.reset(start);
  return false;
}

// "11:52", "11:52:07", "15:01:01.79", "3:05 p.m.", "11.52 Uhr"; sets the precision.
bool parse_time(Cursor& c, CivilTime& t, Precision& precision) {
  const std::uint32_t start = c.pos();
  int hour = 0;
  int minute = 0;
  if (c.number(hour, 2) == 0) return false;
  const char sep = c.peek();
  if ((sep != ':' && sep != '.') || !c.take(sep) || c.number(minute, 2) != 2) {
    c.reset(start);
    return false;
  }
  precision = Precision::minute;
  int second = 0;
  int fraction = 0;
  if (sep == ':' && c.take(':')) {
    if (c.number(second, 2) != 2) {
      c.reset(start);
      return false;
    }
    precision = Precision::second;
    const std::uint32_t before_fraction = c.pos();
    if (c.take('.')) {
      const int digits = c.number(fraction, 3);
      if (digits == 0) {
        c.reset(before_fraction);
      } else {
        for (int d = digits; d < 3; ++d) fraction *= 10;
        precision = Precision::millisecond;
      }
    }
  }
  // am/pm, "a.m.", "p.m.", and the German "Uhr".
  const std::uint32_t before_suffix = c.pos();
  c.skip_spaces();
  const std::string_view suffix = c.word();
  bool pm = false;
  bool am = false;
  if (iequals_ascii(suffix, "pm") || iequals_ascii(suffix, "am")) {
    pm = iequals_ascii(suffix, "pm");
    am = !pm;
  } else if ((iequals_ascii(suffix, "p") || iequals_ascii(suffix, "a")) && c.take('.')) {
    const std::string_view m = c.word();
    if (iequals_ascii(m, "m") && c.take('.')) {
      pm = iequals_ascii(suffix, "p");
      am = !pm;
    } else {
      c.reset(before_suffix);
    }
  } else if (iequals_ascii(suffix, "Uhr")) {
    // nothing to change
  } else {
    c.reset(before_suffix);
  }
  if (pm || am) {
    if (hour < 1 || hour > 12) return false;
    hour = hour % 12 + (pm ? 12 : 0);
  } else if (sep == '.' && c.pos() == before_suffix) {
    // "11.52" without "Uhr" is a number, not a time.
    c.reset(start);
    return false;
  }
  if (hour > 23 || minute > 59 || second > 60) return false;
  t.hour = static_cast<std::uint8_t>(hour);
  t.minute = static_cast<std::uint8_t>(minute);
  t.second = static_cast<std::uint8_t>(second);
  t.millisecond = static_cast<std::uint16_t>(fraction);
  return true;
}

// "+02:00", "+0200", "-05"
bool parse_offset(Cursor& c, int& minutes) {
  const std::uint32_t start = c.pos();
  const char sign = c.peek();
  if ((sign != '+' && sign != '-') || !c.take(sign)) return false;
  int hh = 0;
  int mm = 0;
  const int digits = c.number(hh, 2);
  if (digits != 2) {
    c.reset(start);
    return false;
  }
  if (c.take(':')) {
    if (c.number(mm, 2) != 2) {
      c.reset(start);
      return false;
    }
  } else {
    c.number(mm, 2);
  }
  if (hh > 14 || mm > 59) {
    c.reset(start);
    return false;
  }
  minutes = (sign == '-' ? -1 : 1) * (hh * 60 + mm);
  return true;
}

void apply_offset(Published& p, int offset_minutes) {
  p.utc = civil_from_epoch_ms(epoch_ms(p.local) - std::int64_t{offset_minutes} * 60'000);
}

}  // namespace

void resolve_in_zone(Published& published, const Zone& zone) {
  const ZoneDirectory& zones = ZoneDirectory::instance();
  published.zone = zone.id;
  published.utc = to_utc(zones, zone, published.local);
}

std::optional<TimestampResult> parse_timestamp(std::string_view text, Span line, const Zone* default_zone) {
  Cursor c(text, line);
  c.skip_spaces();
  const std::uint32_t begin = c.pos();

  // An optional leading weekday: "Freitag, 15. September 2023", "Friday, Sept. 15, 2023".
  {
    const std::uint32_t start = c.pos();
    const std::string_view word = c.word();
    c.take('.');
    if (!word.empty() && CalendarNames::instance().weekday(word) >= 0 && (c.take(','), true)) {
      c.skip_spaces();
    } else {
      c.reset(start);
    }
  }

  TimestampResult result;
  Published& p = result.published;
  if (!month_day_year(c, p.local) && !numeric_first_date(c, p.local)) return std::nullopt;
  if (!is_valid_date(p.local.year, p.local.month, p.local.day)) return std::nullopt;
  p.precision = Precision::day;

  // Separators between date and time: ",", "T", "at", "um", "|", "-", "–", "/".
  const std::uint32_t after_date = c.pos();
  const bool iso_t = c.take('T');
  if (!iso_t) {
    c.skip_spaces();
    c.take(',') || c.take('|') || c.take('-') || c.take('/');
    c.skip_spaces();
    const std::uint32_t before_word = c.pos();
    const std::string_view word = c.word();
    if (iequals_ascii(word, "at") || iequals_ascii(word, "um")) {
      c.skip_spaces();
    } else {
      c.reset(before_word);
    }
  }
  if (!parse_time(c, p.local, p.precision)) c.reset(after_date);

  // The zone: an IANA name, an abbreviation, or a numeric offset.
  const ZoneDirectory& zones = ZoneDirectory::instance();
  const std::uint32_t before_zone = c.pos();
  c.skip_spaces();
  const std::uint32_t zone_begin = c.pos();
  int offset = 0;
  bool zoned = false;
  if (has_time_of_day(p.precision) && c.take('Z')) {
    if (const Zone* utc = zones.find_zone("UTC")) resolve_in_zone(p, *utc);
    zoned = true;
  } else if (has_time_of_day(p.precision) && parse_offset(c, offset)) {
    apply_offset(p, offset);  // an offset fixes UTC but names no zone
    zoned = true;
  } else {
    const std::string_view name = c.word(/*zone_chars=*/true);
    if (!name.empty()) {
      if (const Zone* zone = zones.find_zone(name); zone != nullptr && name.find('/') != std::string_view::npos) {
        resolve_in_zone(p, *zone);
        zoned = true;
      } else if (auto abbreviation = zones.find_abbreviation(name)) {
        p.zone = abbreviation->zone->id;
        apply_offset(p, abbreviation->offset_minutes);
        zoned = true;
      } else if (const Zone* plain = zones.find_zone(name)) {  // "UTC"
        resolve_in_zone(p, *plain);
        zoned = true;
      } else {
        result.names_unknown_zone = true;
      }
    }
  }
  if (zoned || result.names_unknown_zone) {
    result.zone_span = {zone_begin, c.pos()};
  } else {
    c.reset(before_zone);
  }
  c.skip_spaces();
  if (!c.at_end()) return std::nullopt;  // more than a timestamp on this line
  if (!zoned && default_zone != nullptr) resolve_in_zone(p, *default_zone);
  p.span = {begin, c.pos()};
  while (p.span.end > p.span.begin && is_ascii_space(text[p.span.end - 1])) --p.span.end;
  return result;
}

}  // namespace wirereport::detail
