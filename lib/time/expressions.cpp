#include "time/expressions.hpp"

#include <cstdint>
#include <optional>
#include <string>

#include "lang/time_lexicon.hpp"
#include "text/utf8.hpp"
#include "time/civil.hpp"
#include "time/names.hpp"
#include "time/zones.hpp"
#include "wirereport/extract.hpp"

namespace wirereport::detail {

namespace {

using Kind = TimeWordKind;

// How far a clause is searched for tense markers, in tokens each way.
constexpr std::size_t clause_reach = 40;

// The publication time, as the expressions need it.
struct Reference {
  bool known = false;
  CivilTime local;
  std::int64_t day = 0;  // days since 1970-01-01 of the local date
  const Zone* zone = nullptr;
  std::optional<std::int16_t> offset;  // fixed UTC offset of the publication, when known
  std::optional<CivilTime> utc;
};

Reference make_reference(const Published* published) {
  Reference ref;
  if (published == nullptr || published->local.month == 0 || published->local.day == 0) return ref;
  ref.known = true;
  ref.local = published->local;
  ref.day = days_from_civil(ref.local.year, ref.local.month, ref.local.day);
  ref.zone = ZoneDirectory::instance().find_zone(published->zone);
  ref.utc = published->utc;
  if (published->utc)
    ref.offset = static_cast<std::int16_t>((epoch_ms(published->local) - epoch_ms(*published->utc)) / 60'000);
  return ref;
}

// Digits of `s` as a number when `s` is only digits (at most 4); -1 otherwise.
int digits_value(std::string_view s) {
  if (s.empty() || s.size() > 4) return -1;
  int v = 0;
  for (char c : s) {
    if (!is_ascii_digit(c)) return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

bool is_year(int y) { return y >= 1000 && y <= 2999; }

// The day of a month and day without a year: the one closest to the reference ("Dec. 30" in
// a 2 January report is three days back, not a year ahead); 0 when no year has that date.
std::int64_t closest_day(int month, int day, const CivilTime& reference) {
  const std::int64_t ref = days_from_civil(reference.year, reference.month, reference.day);
  std::int64_t best = 0;
  std::int64_t best_distance = INT64_MAX;
  // February 29 may be up to four years away.
  for (std::int32_t year = reference.year - 4; year <= reference.year + 4; ++year) {
    if (!is_valid_date(year, static_cast<unsigned>(month), static_cast<unsigned>(day))) continue;
    const std::int64_t d = days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    const std::int64_t distance = d > ref ? d - ref : ref - d;
    if (distance < best_distance) {
      best_distance = distance;
      best = d;
    }
  }
  return best_distance == INT64_MAX ? 0 : best;
}

TimeValue date_value(std::int64_t day, Precision precision = Precision::day) {
  TimeValue v;
  v.time = civil_from_days(day);
  v.precision = precision;
  return v;
}

TimeValue month_value(std::int32_t year, int month) {
  TimeValue v;
  v.time.year = year;
  v.time.month = static_cast<std::uint8_t>(month);
  v.time.day = 1;
  v.precision = Precision::month;
  return v;
}

TimeValue year_value(std::int32_t year) {
  TimeValue v;
  v.time.year = year;
  v.time.month = 1;
  v.time.day = 1;
  v.precision = Precision::year;
  return v;
}

struct Match {
  std::size_t end = 0;  // one past the last token
  std::optional<TimeValue> value;
};

class TimeScanner {
  using Memo = TimeScratch::Memo;

 public:
  // The scanner works in `scratch`, which it clears.
  TimeScanner(std::string_view text, std::span<const Token> tokens, Language language, const Published* published,
              std::vector<TimeExpression>& out, TimeScratch& scratch)
      : text_(text),
        tokens_(tokens),
        language_(language),
        ref_(make_reference(published)),
        out_(out),
        words_(scratch.words),
        scratch_(scratch.folded) {
    words_.clear();
  }

  void run() {
    const std::size_t n = tokens_.size();
    std::size_t i = 0;
    while (i < n) {
      if (starts_block(text_, tokens_, i)) sentence_date_.reset();
      std::size_t next = i + 1;
      if (may_start(i)) next = std::max(next, try_at(i));
      for (std::size_t k = i; k < next; ++k)
        if (tokens_[k].has(token_flag::sentence_final) && tokens_[k].kind == TokenKind::punctuation)
          sentence_date_.reset();
      i = next;
    }
  }

 private:
  // ---- token access -------------------------------------------------------------------------
  [[nodiscard]] std::string_view word(std::size_t i) const { return tokens_[i].span.in(text_); }
  [[nodiscard]] bool is_word(std::size_t i) const { return i < tokens_.size() && tokens_[i].kind == TokenKind::word; }
  [[nodiscard]] bool is_number(std::size_t i) const {
    return i < tokens_.size() && tokens_[i].kind == TokenKind::number;
  }
  [[nodiscard]] bool is_punct(std::size_t i, std::string_view p) const {
    return i < tokens_.size() && tokens_[i].kind == TokenKind::punctuation && word(i) == p;
  }
  // What the time lexicon says of token i; patterns ask again and again, so each token is
  // looked up once.
  [[nodiscard]] Memo& memo_of(std::size_t i) {
    if (words_.empty()) words_.resize(tokens_.size());
    return words_[i];
  }
  [[nodiscard]] TimeWord time_word(std::size_t i) {
    if (!is_word(i)) return {};
    Memo& memo = memo_of(i);
    if (!memo.known) {
      memo.known = true;
      const std::string_view w = word(i);
      if (w.size() <= 24) {
        scratch_.clear();
        append_folded(w, scratch_);
        memo.word = TimeLexicon::instance().find(scratch_);
      }
    }
    return memo.word;
  }
  [[nodiscard]] bool has(std::size_t i, Kind k) { return time_word(i).is(k); }
  // 1..12 for a month word; wide names only when `wide_only` (a bare "Mai", not "Jan").
  [[nodiscard]] int month(std::size_t i, bool wide_only = false) {
    if (!is_word(i)) return 0;
    const std::string_view w = word(i);
    if (wide_only && (w.back() == '.' || w.size() < 3 || tokens_[i].has(token_flag::all_caps))) return 0;
    if (wide_only && w.size() == 3 && month_name(i) != 5) return 0;  // "Mai", "May"
    if (!tokens_[i].has(token_flag::capitalized)) return 0;
    return month_name(i);
  }
  // CalendarNames::month() of word i; patterns ask again and again, so each is looked up once.
  [[nodiscard]] int month_name(std::size_t i) {
    Memo& memo = memo_of(i);
    if (memo.month < 0) memo.month = static_cast<std::int8_t>(CalendarNames::instance().month(word(i)));
    return memo.month;
  }
  // 0 (Sunday) .. 6 for a full weekday name ("Donnerstag", "Thursday"); -1 otherwise.
  [[nodiscard]] int weekday_of(std::string_view w) const {
    if (w.size() < 6) return -1;  // abbreviations ("Do", "Sat") are ordinary words too
    return CalendarNames::instance().weekday(w);
  }
  // Day of month from "15.", "15", "14th"; 0 otherwise.
  [[nodiscard]] int day_number(std::size_t i, bool allow_period) const {
    if (i >= tokens_.size()) return 0;
    std::string_view w = word(i);
    if (tokens_[i].kind == TokenKind::number) {
      if (w.back() == '.') {
        if (!allow_period) return 0;
        w.remove_suffix(1);
      }
    } else if (tokens_[i].kind == TokenKind::word && w.size() >= 3) {
      const std::string_view suffix = w.substr(w.size() - 2);
      if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
      w.remove_suffix(2);
    } else {
      return 0;
    }
    const int d = w.size() <= 2 ? digits_value(w) : -1;
    return d >= 1 && d <= 31 ? d : 0;
  }
  [[nodiscard]] int year_number(std::size_t i) const {
    if (!is_number(i)) return 0;
    const int y = digits_value(word(i));
    return is_year(y) ? y : 0;
  }

  // ---- tense ----------------------------------------------------------------------------------
  [[nodiscard]] bool is_clause_boundary(std::size_t i) const {
    const Token& t = tokens_[i];
    if (t.kind == TokenKind::quote_open || t.kind == TokenKind::quote_close || t.kind == TokenKind::quote_ambiguous)
      return true;
    if (t.kind != TokenKind::punctuation) return false;
    const std::string_view p = word(i);
    return t.has(token_flag::sentence_final) || p == "," || p == ";" || p == ":" || p == "(" || p == ")" ||
           p == "\u2013" || p == "\u2014";
  }
  // Does the clause around tokens [first, end) speak of the future ("will am Donnerstag reisen")?
  [[nodiscard]] bool future_clause(std::size_t first, std::size_t end) {
    for (std::size_t k = first, steps = 0; k > 0 && steps < clause_reach; ++steps) {
      if (starts_block(text_, tokens_, k)) break;
      --k;
      if (is_clause_boundary(k)) break;
      if (has(k, Kind::future)) return true;
    }
    for (std::size_t k = end, steps = 0; k < tokens_.size() && steps < clause_reach; ++k, ++steps) {
      if (is_clause_boundary(k) || starts_block(text_, tokens_, k)) break;
      if (has(k, Kind::future)) return true;
    }
    return false;
  }

  // ---- resolution -----------------------------------------------------------------------------
  // The day of weekday `w`: `modifier` -1 the latest before the reference, +1 the next after,
  // 0 the one in the reference's week (Monday to Sunday); without one the tense decides, and
  // the reference's own weekday is the reference day.
  [[nodiscard]] std::int64_t weekday_day(int w, std::optional<int> modifier, bool future) const {
    const int r = static_cast<int>(weekday(ref_.day));
    const int back = (r - w + 7) % 7;
    const int ahead = (w - r + 7) % 7;
    if (!modifier) {
      if (w == r) return ref_.day;
      return future ? ref_.day + ahead : ref_.day - back;
    }
    if (*modifier < 0) return ref_.day - (back == 0 ? 7 : back);
    if (*modifier > 0) return ref_.day + (ahead == 0 ? 7 : ahead);
    const std::int64_t monday = ref_.day - (r + 6) % 7;
    return monday + (w + 6) % 7;
  }
  // A month without a year: in a clause about the future the next such month, otherwise the
  // closest one (a January report's "im Dezember" is the December just past).
  [[nodiscard]] TimeValue month_without_year(int m, bool future) const {
    const int current = ref_.local.month;
    std::int32_t year = ref_.local.year;
    if (future) {
      if (m < current) ++year;
    } else if (m - current > 6) {
      --year;
    } else if (current - m > 6) {
      ++year;
    }
    return month_value(year, m);
  }

  // ---- patterns -------------------------------------------------------------------------------
  // Whether a pattern may start at token i: a number, or a word that is a time word, has a
  // capital (month and weekday names), a digit ("14th", "3pm") or a hyphen ("mid-October").
  // Most words are none of these and skip the patterns.
  bool may_start(std::size_t i) {
    const Token& t = tokens_[i];
    if (t.kind == TokenKind::number) return true;
    if (t.kind != TokenKind::word) return false;
    constexpr std::uint16_t shapes = token_flag::capitalized | token_flag::has_digit | token_flag::has_hyphen;
    return (t.flags & shapes) != 0 || time_word(i).kinds != 0;
  }

  // Tries every pattern at token i; returns the token after the expression, or i.
  std::size_t try_at(std::size_t i) {
    const bool lead = i > 0 && (has(i - 1, Kind::anchor) || has(i - 1, Kind::preposition));
    if (time_word(i).is(Kind::preposition) && i + 1 < tokens_.size()) {
      if (auto m = match(i + 1, true)) return emit(i, *m);
    }
    if (auto m = match(i, lead)) return emit(i, *m);
    return i;
  }

  std::size_t emit(std::size_t first, const Match& m) {
    out_.push_back({{tokens_[first].span.begin, tokens_[m.end - 1].span.end}, m.value});
    if (m.value && m.value->precision == Precision::day) sentence_date_ = m.value->time;
    return m.end;
  }

  // `lead`: a preposition or anchor ("im", "seit", "in") stands before token i.
  std::optional<Match> match(std::size_t i, bool lead) {
    if (auto m = numeric_date(i)) return m;
    if (auto m = day_month(i)) return m;
    if (auto m = month_day(i)) return m;
    if (auto m = period_part(i)) return m;
    if (auto m = modified(i)) return m;
    if (auto m = weekday_expression(i, std::nullopt, i)) return m;
    if (auto m = relative_day(i)) return m;
    if (auto m = clock_time(i, lead)) return m;
    if (auto m = year_expression(i, lead)) return m;
    if (lead) {
      if (const int mo = month(i, true); mo > 0) return month_or_month_year(i, mo, i + 1);
    }
    return std::nullopt;
  }

  // "14.09.2023", "14.9.2023", "2023-09-14".
  std::optional<Match> numeric_date(std::size_t i) {
    if (!is_number(i)) return std::nullopt;
    const std::string_view w = word(i);
    int parts[3] = {};
    std::size_t count = 0;
    std::size_t start = 0;
    const char sep = w.find('-') != std::string_view::npos ? '-' : '.';
    for (std::size_t k = 0; k <= w.size(); ++k) {
      if (k < w.size() && w[k] != sep) continue;
      if (count == 3) return std::nullopt;
      parts[count++] = digits_value(w.substr(start, k - start));
      start = k + 1;
    }
    if (count != 3) return std::nullopt;
    int y = 0, m = 0, d = 0;
    if (sep == '-') {
      y = parts[0], m = parts[1], d = parts[2];
    } else {
      d = parts[0], m = parts[1], y = parts[2];
    }
    if (!is_year(y) || !is_valid_date(y, static_cast<unsigned>(m), static_cast<unsigned>(d))) return std::nullopt;
    return Match{i + 1, date_value(days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)))};
  }

  // A date from a month and day, with a year when one follows.
  Match dated(std::size_t end, int m, int d, int y) {
    Match match{end, std::nullopt};
    if (y > 0) {
      if (is_valid_date(y, static_cast<unsigned>(m), static_cast<unsigned>(d)))
        match.value = date_value(days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)));
    } else if (ref_.known && d <= static_cast<int>(days_in_month(2000, static_cast<unsigned>(m)))) {
      match.value = date_value(closest_day(m, d, ref_.local));
    }
    return match;
  }

  // "15. September 2023", "15 September", "3. Okt.".
  std::optional<Match> day_month(std::size_t i) {
    const int d = day_number(i, true);
    if (d == 0) return std::nullopt;
    const int m = month(i + 1);
    if (m == 0) return std::nullopt;
    const int y = year_number(i + 2);
    return dated(y > 0 ? i + 3 : i + 2, m, d, y);
  }

  // "Sept. 14", "September 14, 2023", "Dec. 30", "May 5th".
  std::optional<Match> month_day(std::size_t i) {
    const int m = month(i);
    if (m == 0) return std::nullopt;
    const int d = day_number(i + 1, false);
    if (d == 0) return std::nullopt;
    if (is_punct(i + 2, ",") && year_number(i + 3) > 0) return dated(i + 4, m, d, year_number(i + 3));
    if (year_number(i + 2) > 0) return dated(i + 3, m, d, year_number(i + 2));
    return dated(i + 2, m, d, 0);
  }

  // A month at token `at`, with the year that follows it, ending the expression at `end`.
  Match month_or_month_year(std::size_t at, int m, std::size_t end) {
    if (const int y = year_number(end); y > 0) return {end + 1, month_value(y, m)};
    Match match{end, std::nullopt};
    if (ref_.known) match.value = month_without_year(m, future_clause(at, end));
    return match;
  }

  // "Mitte Oktober", "Anfang 2024", "Ende des Jahres" is not one; "early October", "mid-October",
  // "end of 2024".
  std::optional<Match> period_part(std::size_t i) {
    if (!is_word(i)) return std::nullopt;
    std::size_t at = i + 1;
    const std::string_view w = word(i);
    // "mid-October": the part and the month in one token.
    if (const std::size_t dash = w.find('-'); dash != std::string_view::npos && dash + 1 < w.size()) {
      scratch_.clear();
      append_folded(w.substr(0, dash), scratch_);
      if (!TimeLexicon::instance().find(scratch_).is(Kind::period_part)) return std::nullopt;
      const int m = CalendarNames::instance().month(w.substr(dash + 1));
      if (m == 0) return std::nullopt;
      return month_or_month_year(i, m, i + 1);
    }
    if (!has(i, Kind::period_part)) return std::nullopt;
    if (is_word(at) && word(at) == "of") ++at;
    if (const int m = month(at, true); m > 0) return month_or_month_year(i, m, at + 1);
    if (const int y = year_number(at); y > 0) return Match{at + 1, year_value(y)};
    return std::nullopt;
  }

  // "vergangene Woche", "next month", "dieses Jahr", "last Thursday", "last night".
  std::optional<Match> modified(std::size_t i) {
    const TimeWord mod = time_word(i);
    if (!mod.is(Kind::modifier)) return std::nullopt;
    const int direction = mod.value(Kind::modifier);
    if (auto m = weekday_expression(i + 1, direction, i)) return m;
    const TimeWord next = time_word(i + 1);
    if (next.is(Kind::day_part)) {  // "last night", "this morning"
      const bool night = direction < 0;
      if (!(night || direction == 0)) return std::nullopt;
      Match m{i + 2, std::nullopt};
      if (ref_.known) m.value = date_value(ref_.day + (night ? -1 : 0));
      return m;
    }
    if (!next.is(Kind::unit) || is_duration(i)) return std::nullopt;
    Match m{i + 2, std::nullopt};
    if (!ref_.known) return m;
    switch (next.value(Kind::unit)) {
      case 1: {
        const std::int64_t day = ref_.day + 7 * direction;
        m.value = date_value(day - (weekday(day) + 6) % 7, Precision::week);
        break;
      }
      case 2: {
        const int months = ref_.local.year * 12 + (ref_.local.month - 1) + direction;
        m.value = month_value(months / 12, months % 12 + 1);
        break;
      }
      default: m.value = year_value(ref_.local.year + direction); break;
    }
    return m;
  }

  // "für die nächste Woche", "for the next year": a span of time before the modifier at i.
  bool is_duration(std::size_t i) {
    if (i == 0) return false;
    std::size_t k = i - 1;
    const std::string_view w = word(k);
    const bool article = w == "die" || w == "den" || w == "der" || w == "das" || w == "the";
    if (article && k > 0) --k;
    return has(k, Kind::duration_lead);
  }

  // "Donnerstag", "Thursday night", "Donnerstagabend", "Donnerstag, 14. September".
  // `first` is where the expression starts (before a modifier).
  std::optional<Match> weekday_expression(std::size_t i, std::optional<int> modifier, std::size_t first) {
    if (!is_word(i) || !tokens_[i].has(token_flag::capitalized)) return std::nullopt;
    const std::string_view w = word(i);
    int wd = weekday_of(w);
    if (wd < 0) wd = compound_weekday(w);
    if (wd < 0) return std::nullopt;
    std::size_t end = i + 1;
    if (is_punct(end, ",")) {  // the date that follows the weekday gives the value
      if (auto date = day_month(end + 1)) return date;
      if (auto date = month_day(end + 1)) return date;
    }
    if (time_word(end).is(Kind::day_part) && !time_word(end).is(Kind::rel_day)) ++end;
    Match m{end, std::nullopt};
    if (ref_.known) m.value = date_value(weekday_day(wd, modifier, !modifier && future_clause(first, end)));
    return m;
  }

  // "Donnerstagabend", "Dienstagmorgen": a weekday and a part of the day in one word.
  int compound_weekday(std::string_view w) {
    if (w.size() < 9 || w.size() > 32) return -1;
    scratch_.clear();
    append_folded(w, scratch_);
    const std::string_view folded = scratch_;
    for (std::size_t cut = 6; cut + 3 <= folded.size(); ++cut) {
      if (!TimeLexicon::instance().find(folded.substr(cut)).is(Kind::day_part)) continue;
      return weekday_of(w.substr(0, cut));
    }
    return -1;
  }

  // "gestern", "heute Morgen", "tomorrow night".
  std::optional<Match> relative_day(std::size_t i) {
    const TimeWord tw = time_word(i);
    if (!tw.is(Kind::rel_day)) return std::nullopt;
    // German "Morgen" with a capital is the morning; "morgen" is tomorrow.
    if (tw.value(Kind::rel_day) == 1 && language_ != Language::en && tokens_[i].has(token_flag::capitalized))
      return std::nullopt;
    std::size_t end = i + 1;
    if (time_word(end).is(Kind::day_part)) ++end;
    Match m{end, std::nullopt};
    if (ref_.known) m.value = date_value(ref_.day + tw.value(Kind::rel_day));
    return m;
  }

  // "11:52 Uhr", "11.30 Uhr", "3 p.m. EDT", "3pm", "1509 GMT", "gegen Mittag".
  std::optional<Match> clock_time(std::size_t i, bool lead) {
    int hour = -1;
    int minute = 0;
    std::size_t end = i + 1;
    if (const TimeWord tw = time_word(i); tw.is(Kind::named_time)) {
      if (!lead) return std::nullopt;
      hour = tw.value(Kind::named_time);
    } else if (is_number(i) || is_word(i)) {
      const std::string_view w = word(i);
      std::size_t k = 0;
      while (k < w.size() && is_ascii_digit(w[k])) ++k;
      if (k == 0 || k > 4) return std::nullopt;
      const int first = digits_value(w.substr(0, k));
      std::string_view rest = w.substr(k);
      if (!rest.empty() && (rest[0] == ':' || rest[0] == '.') && rest.size() >= 3) {
        if (k > 2) return std::nullopt;
        const int mm = digits_value(rest.substr(1, 2));
        if (mm < 0 || mm > 59) return std::nullopt;
        hour = first;
        minute = mm;
        rest.remove_prefix(3);
        if (!rest.empty() && rest[0] == ':' && rest.size() == 3) rest.remove_prefix(3);  // seconds
      } else if (k <= 2) {
        hour = first;
      } else if (k == 4) {  // "1509 GMT": hours and minutes without a separator
        hour = first / 100;
        minute = first % 100;
        if (minute > 59 || !zone_after(end)) return std::nullopt;
      } else {
        return std::nullopt;
      }
      if (!rest.empty()) {  // "3pm", "10.30am"
        scratch_.clear();
        append_folded(rest, scratch_);
        const TimeWord suffix = TimeLexicon::instance().find(scratch_);
        if (!suffix.is(Kind::meridiem)) return std::nullopt;
        if (!apply_meridiem(hour, suffix.value(Kind::meridiem))) return std::nullopt;
      } else if (k == 4) {
        // zone checked above
      } else if (const TimeWord next = time_word(end); next.is(Kind::clock)) {
        ++end;
      } else if (next.is(Kind::meridiem) && (word(end).size() > 2 || language_ == Language::en)) {
        if (!apply_meridiem(hour, next.value(Kind::meridiem))) return std::nullopt;
        ++end;
      } else if (!zone_after(end)) {  // "11:52 GMT"
        return std::nullopt;
      }
    } else {
      return std::nullopt;
    }
    if (hour < 0 || hour > 24 || (hour == 24 && minute != 0)) return std::nullopt;
    std::optional<ZoneDirectory::Abbreviation> zone = zone_after(end);
    if (zone) ++end;
    return Match{end, clock_value(hour % 24, minute, zone)};
  }

  static bool apply_meridiem(int& hour, int add) {
    if (hour < 1 || hour > 12) return false;
    hour = hour % 12 + add;
    return true;
  }

  // A zone abbreviation at token i ("EDT", "MESZ", "GMT").
  std::optional<ZoneDirectory::Abbreviation> zone_after(std::size_t i) const {
    if (!is_word(i) || word(i).size() < 2 || word(i).size() > 5 || !tokens_[i].has(token_flag::all_caps))
      return std::nullopt;
    return ZoneDirectory::instance().find_abbreviation(word(i));
  }

  // The date-time of a clock time: on the day the sentence named, else on the publication day
  // (in the named zone when there is one); the offset from the named zone, else the
  // publication's zone at that local time (DST-correct).
  std::optional<TimeValue> clock_value(int hour, int minute, const std::optional<ZoneDirectory::Abbreviation>& zone) {
    CivilTime day;
    if (sentence_date_) {
      day = *sentence_date_;
    } else if (!ref_.known) {
      return std::nullopt;
    } else if (zone && ref_.utc) {
      day = civil_from_epoch_ms(epoch_ms(*ref_.utc) + std::int64_t{zone->offset_minutes} * 60'000);
    } else {
      day = ref_.local;
    }
    TimeValue v;
    v.time = CivilTime{day.year, day.month, day.day, static_cast<std::uint8_t>(hour),
                       static_cast<std::uint8_t>(minute), 0, 0};
    v.precision = Precision::minute;
    if (zone) {
      v.has_utc_offset = true;
      v.utc_offset_minutes = zone->offset_minutes;
    } else if (ref_.zone != nullptr) {
      v.has_utc_offset = true;
      v.utc_offset_minutes = static_cast<std::int16_t>(ZoneDirectory::instance().offset_minutes_at_local(*ref_.zone, v.time));
    } else if (ref_.offset) {
      v.has_utc_offset = true;
      v.utc_offset_minutes = *ref_.offset;
    }
    return v;
  }

  // "im Jahr 2024", "seit 2020", "in 2024".
  std::optional<Match> year_expression(std::size_t i, bool lead) {
    if (const TimeWord tw = time_word(i); tw.is(Kind::unit) && tw.value(Kind::unit) == 3) {
      if (const int y = year_number(i + 1); y > 0) return Match{i + 2, year_value(y)};
      return std::nullopt;
    }
    if (!lead) return std::nullopt;
    const int y = year_number(i);
    if (y == 0) return std::nullopt;
    // "seit 2020 Menschen": a number before a noun counts things.
    if (is_word(i + 1) && tokens_[i + 1].has(token_flag::capitalized)) return std::nullopt;
    return Match{i + 1, year_value(y)};
  }

  std::string_view text_;
  std::span<const Token> tokens_;
  Language language_;
  Reference ref_;
  std::vector<TimeExpression>& out_;
  std::vector<Memo>& words_;                // per token, filled on first use
  std::string& scratch_;                    // folded words
  std::optional<CivilTime> sentence_date_;  // the last day named in the current sentence
};

}  // namespace

void extract_times(std::string_view text, std::span<const Token> tokens, Language language,
                   const Published* published, std::vector<TimeExpression>& out, TimeScratch& scratch) {
  TimeScanner(text, tokens, language, published, out, scratch).run();
}

}  // namespace wirereport::detail

namespace wirereport {

void extract_times_append(std::string_view text, std::span<const Token> tokens, Language language,
                          const std::optional<Published>& published, std::vector<TimeExpression>& out) {
  detail::TimeScratch scratch;
  detail::extract_times(text, tokens, language, published ? &*published : nullptr, out, scratch);
}

std::vector<TimeExpression> extract_times(std::string_view text, std::span<const Token> tokens, Language language,
                                          const std::optional<Published>& published) {
  std::vector<TimeExpression> out;
  extract_times_append(text, tokens, language, published, out);
  return out;
}

}  // namespace wirereport
