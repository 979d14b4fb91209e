#include "dateline/dateline.hpp"

#include <array>

#include "lang/agencies.hpp"
#include "time/civil.hpp"
#include "time/names.hpp"
#include "time/zones.hpp"
#include "text/utf8.hpp"

namespace wirereport::detail {

namespace {

// A dateline sits within the first line and is short.
constexpr std::uint32_t max_head_bytes = 100;
constexpr int max_place_words = 7;

struct Separator {
  std::uint32_t begin = 0;  // first byte of the dash
  std::uint32_t end = 0;    // after the dash
};

bool is_dash_at(std::string_view text, std::uint32_t pos, std::uint32_t& len) {
  const char c = text[pos];
  if (c == '-' || c == '_') {
    len = 1;
    while (pos + len < text.size() && text[pos + len] == '-' && c == '-') ++len;
    return true;
  }
  // U+2013 EN DASH, U+2014 EM DASH
  if (text.substr(pos, 3) == "\xE2\x80\x93" || text.substr(pos, 3) == "\xE2\x80\x94") {
    len = 3;
    return true;
  }
  return false;
}

// The first dash from `from` on, in the paragraph's first line, that stands apart from words:
// whitespace (or the end of the line) after it, and whitespace, a digit or ')' before it. After
// a day number ("March 2 -The ...") the story may touch the dash.
std::optional<Separator> find_separator(std::string_view text, Span paragraph, std::uint32_t from) {
  const std::uint32_t limit = std::min(paragraph.end, paragraph.begin + max_head_bytes + 8);
  for (std::uint32_t pos = std::max(from, paragraph.begin + 1); pos < limit; ++pos) {
    const char c = text[pos];
    if (c == '\n' || c == '\r') return std::nullopt;
    std::uint32_t len = 0;
    if (!is_dash_at(text, pos, len)) continue;
    const std::uint32_t after = pos + len;
    const bool space_after = after >= paragraph.end || is_ascii_space(text[after]);
    const char before = text[pos - 1];
    const bool apart_before = before == ' ' || before == '\t' || is_ascii_digit(before) || before == ')';
    if (c == '_' && before != ' ') {
      pos = after - 1;
      continue;  // AP's "_" dash always has spaces around it
    }
    if (space_after && apart_before) return Separator{pos, after};
    const bool after_day = before == ' ' && pos >= paragraph.begin + 2 && is_ascii_digit(text[pos - 2]);
    if (after_day && c == '-' && len == 1) return Separator{pos, after};
    pos = after - 1;
  }
  return std::nullopt;
}

// Leading noise that wire copy sometimes puts before a dateline: "****NEW YORK".
Span skip_noise(std::string_view text, Span s) {
  while (s.begin < s.end && (text[s.begin] == '*' || text[s.begin] == '#' || text[s.begin] == '=')) ++s.begin;
  return s;
}

Span trim_span(std::string_view text, Span s) {
  while (s.begin < s.end && (is_ascii_space(text[s.begin]) || text[s.begin] == ',')) ++s.begin;
  while (s.end > s.begin && (is_ascii_space(text[s.end - 1]) || text[s.end - 1] == ',')) --s.end;
  return s;
}

// Words of the head: runs without spaces or commas.
struct Word {
  Span span;
};

int split_words(std::string_view text, Span head, std::array<Word, 24>& words) {
  int n = 0;
  std::uint32_t pos = head.begin;
  while (pos < head.end && n < static_cast<int>(words.size())) {
    while (pos < head.end && (text[pos] == ' ' || text[pos] == ',' || text[pos] == '\t')) ++pos;
    if (pos >= head.end) break;
    const std::uint32_t start = pos;
    while (pos < head.end && text[pos] != ' ' && text[pos] != ',' && text[pos] != '\t') ++pos;
    words[static_cast<std::size_t>(n++)] = Word{{start, pos}};
  }
  return n;
}

bool day_number(std::string_view w, int& day) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.empty() || w.size() > 2) return false;
  day = 0;
  for (char c : w) {
    if (!is_ascii_digit(c)) return false;
    day = day * 10 + (c - '0');
  }
  return day >= 1 && day <= 31;
}

bool year_number(std::string_view w, int& year) {
  if (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
  if (w.size() != 4) return false;
  year = 0;
  for (char c : w) {
    if (!is_ascii_digit(c)) return false;
    year = year * 10 + (c - '0');
  }
  return true;
}

bool starts_upper(std::string_view w) {
  if (w.empty()) return false;
  const CodePoint cp = decode_utf8(w, 0);
  return cp.length > 0 && is_upper(cp.value);
}

// Small words allowed inside a place name: "Rio de Janeiro", "Frankfurt am Main".
bool is_place_connector(std::string_view w) {
  static constexpr std::string_view connectors[] = {"de", "da", "do", "dos", "das", "del", "della", "di",
                                                    "du", "la", "le", "el", "am", "an", "im", "ob",
                                                    "der", "bei", "upon", "on", "sur", "en", "y", "and",
                                                    "the"};
  for (std::string_view c : connectors)
    if (w == c) return true;
  return false;
}

bool is_punctuation_only(std::string_view w) {
  for (char c : w)
    if (c != '.' && c != '-' && c != '/') return false;
  return true;
}

bool all_lower(std::string_view w) {
  for (std::size_t i = 0; i < w.size();) {
    const CodePoint cp = decode_utf8(w, i);
    if (cp.length == 0 || is_upper(cp.value)) return false;
    i += cp.length;
  }
  return true;
}

// Capitalised words (and connectors) make a place. After a date, which already marks the
// dateline, lower-case copy is accepted too ("Mexico city, march 18", "omaha, april 7"), but not
// a lower-case start before capitals ("on March 2 - ...", which is a sentence).
bool looks_like_place(std::string_view text, const std::array<Word, 24>& words, int first, int last,
                      int head_words, bool dated) {
  if (last <= first || last - first > max_place_words) return false;
  auto word = [&](int i) { return words[static_cast<std::size_t>(i)].span.in(text); };
  if (!starts_upper(word(first))) {
    if (!dated) return false;
    for (int i = first; i < head_words; ++i)
      if (!all_lower(word(i))) return false;
  }
  for (int i = first; i < last; ++i) {
    const std::string_view w = words[static_cast<std::size_t>(i)].span.in(text);
    if (is_punctuation_only(w)) continue;
    if (!dated && !starts_upper(w) && !is_place_connector(w)) return false;
    const CodePoint cp = decode_utf8(w, 0);
    if (cp.length == 0 || !is_letter(cp.value)) return false;
    for (char c : w)
      if (is_ascii_digit(c) || c == ':' || c == ';' || c == '"' || c == '!' || c == '?') return false;
  }
  return true;
}

struct UsState {
  std::string_view name;
  std::string_view zone;
};

constexpr UsState us_states[] = {
#include "dateline/us_states.inc"
};

// The zone of a US state named after a dateline's city ("Mass.", "South Dakota"), or null.
const Zone* us_state_zone(std::string_view name) {
  for (const UsState& s : us_states)
    if (iequals_ascii(name, s.name)) return ZoneDirectory::instance().find_zone(s.zone);
  return nullptr;
}

void resolve_place(std::string_view text, Place& place) {
  const ZoneDirectory& zones = ZoneDirectory::instance();
  const std::string_view full = place.span.in(text);
  // "CITY, State": the state decides the country and, unless the city is known there, the zone.
  if (const std::size_t comma = full.find(','); comma != std::string_view::npos) {
    std::string_view state = full.substr(comma + 1);
    while (!state.empty() && state.front() == ' ') state.remove_prefix(1);
    const auto city = zones.find_place(full.substr(0, comma));
    const auto country = zones.find_place(state);  // "TBILISI, Georgia" is not in the US
    const bool foreign = city && country && city->country == country->country && country->country != "US";
    const Zone* zone = foreign ? nullptr : us_state_zone(state);
    if (zone != nullptr) {
      const bool city_in_us = city && city->zone != nullptr && city->country == "US";
      place.zone = city_in_us ? std::string_view(city->zone->id) : std::string_view(zone->id);
      place.country = zones.country_code("US");
      return;
    }
  }
  // The whole name, then its first part ("SAO PAULO" of "SAO PAULO, Brazil", "Tel Aviv" of
  // "Tel Aviv/Beirut"), then its last part ("Brazil").
  std::optional<PlaceInfo> info = zones.find_place(full);
  const std::size_t cut = full.find_first_of(",/");
  if (!info && cut != std::string_view::npos) {
    std::string_view first = full.substr(0, cut);
    while (!first.empty() && first.back() == ' ') first.remove_suffix(1);
    info = zones.find_place(first);
    if (!info) {
      std::string_view rest = full.substr(full.find_last_of(",/") + 1);
      while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
      if (rest.starts_with("the ") || rest.starts_with("The ")) rest.remove_prefix(4);  // "the Netherlands"
      if (!rest.empty() && rest.back() == '.') rest.remove_suffix(1);
      if (auto region = zones.find_place(rest)) info = region;  // a country's zone if it has one
    }
  }
  if (info) {
    place.zone = info->zone != nullptr ? std::string_view(info->zone->id) : std::string_view{};
    place.country = info->country;
  }
}

}  // namespace

CivilTime dateline_date(int month, int day, const CivilTime& reference) {
  const std::int64_t latest = days_from_civil(reference.year, reference.month, reference.day) + 7;
  // February 29 can be up to eight years back (1896 -> 1904); other dates at most one.
  for (int year = reference.year + 1; year >= reference.year - 8; --year) {
    if (!is_valid_date(year, static_cast<unsigned>(month), static_cast<unsigned>(day))) continue;
    const std::int64_t d = days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    if (d <= latest) return civil_from_days(d);
  }
  return civil_from_days(latest - 7);
}

bool names_agency(std::string_view source) {
  bool any = false;
  std::size_t pos = 0;
  while (pos <= source.size()) {
    std::size_t cut = source.find('/', pos);
    if (cut == std::string_view::npos) cut = source.size();
    if (is_agency_name(source.substr(pos, cut - pos))) any = true;
    pos = cut + 1;
  }
  return any;
}

namespace {

// Where a dash-less agency dateline ends: "Bonn (KNA) Die ...": a parenthesised agency in the
// first line, then a space and a capital letter or an opening quote.
std::optional<Separator> find_agency_close(std::string_view text, Span paragraph) {
  const std::uint32_t limit = std::min(paragraph.end, paragraph.begin + max_head_bytes);
  for (std::uint32_t pos = paragraph.begin; pos < limit; ++pos) {
    const char c = text[pos];
    if (c == '\n' || c == '\r') return std::nullopt;
    if (c != '(') continue;
    const std::size_t close = text.substr(0, limit).find(')', pos);
    if (close == std::string_view::npos) return std::nullopt;
    if (!names_agency(text.substr(pos + 1, close - pos - 1))) continue;
    const auto after = static_cast<std::uint32_t>(close + 1);
    if (after + 1 >= paragraph.end || text[after] != ' ') return std::nullopt;
    const CodePoint next = decode_utf8(text, after + 1);
    const bool opens = next.value == U'"' || next.value == U'\u201E' || next.value == U'\u201C' ||
                       next.value == U'\u00AB' || next.value == U'\u00BB';
    if (next.length == 0 || !(is_upper(next.value) || opens)) return std::nullopt;
    return Separator{after, after};
  }
  return std::nullopt;
}

// Reads the head before a separator: place, date and agency. Null when it is no dateline.
std::optional<DatelineMatch> read_head(std::string_view text, Span paragraph, Separator first_separator,
                                       const std::optional<Published>& published, DatelineSlot slot) {
  std::optional<Separator> sep = first_separator;
  const Span noise_free = skip_noise(text, paragraph);
  Span head = trim_span(text, {noise_free.begin, sep->begin});
  if (head.empty() || head.size() > max_head_bytes) return std::nullopt;

  DatelineMatch match;
  Dateline& d = match.dateline;

  // "(Reuters)", "(dpa/lni)", "(AP)" at the end of the head.
  if (text[head.end - 1] == ')') {
    const std::string_view h = head.in(text);
    const std::size_t open = h.rfind('(');
    if (open == std::string_view::npos || open + 2 >= h.size()) return std::nullopt;
    d.agency = Span{head.begin + static_cast<std::uint32_t>(open) + 1, head.end - 1};
    head = trim_span(text, {head.begin, head.begin + static_cast<std::uint32_t>(open)});
  }

  std::array<Word, 24> words{};
  int n = split_words(text, head, words);
  if (n >= static_cast<int>(words.size())) return std::nullopt;
  // "(Bloomberg) -- ": an agency alone, when it is one.
  if (n == 0 && !(d.agency && names_agency(d.agency->in(text)))) return std::nullopt;
  // A bare agency after the date: "OKLAHOMA CITY, Okla. March 11, Reuter - ".
  if (!d.agency && n > 1 && is_agency_name(words[static_cast<std::size_t>(n - 1)].span.in(text))) {
    d.agency = words[static_cast<std::size_t>(n - 1)].span;
    --n;
  }

  // The date: "Feb 26", "Sept. 14", "March 2, 1987", "15. September", "21 Nov. 2024".
  const CalendarNames& names = CalendarNames::instance();
  int place_end = n;
  int month = 0;
  int day = 0;
  auto word = [&](int i) { return words[static_cast<std::size_t>(i)].span.in(text); };
  int year = 0;
  int last = n;
  const bool has_year = n >= 3 && year_number(word(n - 1), year);
  if (has_year) --last;
  if (last >= 2 && (month = names.month(word(last - 2))) > 0 && day_number(word(last - 1), day)) {
    place_end = last - 2;
  } else if (last >= 2 && day_number(word(last - 2), day) && (month = names.month(word(last - 1))) > 0) {
    place_end = last - 2;
  } else {
    month = 0;
    if (has_year) return std::nullopt;  // a year without a month and day is no dateline
    // The date after a first dash: "CHEVY CHASE, Md., - March 4 - Geico said ..."
    const auto second = n + 2 <= static_cast<int>(words.size()) ? find_separator(text, paragraph, sep->end)
                                                                 : std::nullopt;
    if (second) {
      std::array<Word, 24> tail{};
      const Span between = trim_span(text, {sep->end, second->begin});
      if (split_words(text, between, tail) == 2 && (month = names.month(tail[0].span.in(text))) > 0 &&
          day_number(tail[1].span.in(text), day)) {
        words[static_cast<std::size_t>(n)] = tail[0];
        words[static_cast<std::size_t>(n + 1)] = tail[1];
        place_end = n;
        n += 2;
        sep = second;
      } else {
        month = 0;
      }
    }
  }
  if (month > 0) {
    const Span date_span{words[static_cast<std::size_t>(place_end)].span.begin,
                         words[static_cast<std::size_t>(n - 1)].span.end};
    DatelineDate date{trim_span(text, date_span), std::nullopt};
    if (has_year) {
      if (is_valid_date(year, static_cast<unsigned>(month), static_cast<unsigned>(day))) {
        TimeValue v;
        v.time = civil_from_days(days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)));
        date.value = v;
      }
    } else if (published) {
      TimeValue v;
      v.time = dateline_date(month, day, published->local);
      date.value = v;
    }
    d.date = date;
  }

  if (place_end > 0) {
    if (!looks_like_place(text, words, 0, place_end, n, month > 0)) return std::nullopt;
    Place place;
    place.span = trim_span(text, {words[0].span.begin, words[static_cast<std::size_t>(place_end - 1)].span.end});
    while (place.span.end > place.span.begin && text[place.span.end - 1] == '-') --place.span.end;
    place.span = trim_span(text, place.span);
    resolve_place(text, place);
    d.place = place;
  } else if (!d.date && !d.agency) {
    return std::nullopt;
  }

  d.span = {noise_free.begin, sep->end};
  std::uint32_t body = sep->end;
  while (body < paragraph.end && is_ascii_space(text[body])) ++body;
  // Where a dateline only may stand, the story after it must start a sentence: "In Berlin,
  // March 2 - the talks" is prose. Wire copy, where the slot is fixed, is often lower case.
  if (slot == DatelineSlot::optional && body < paragraph.end) {
    const CodePoint first = decode_utf8(text, body);
    if (first.length > 0 && is_lower(first.value)) return std::nullopt;
  }
  match.body_begin = body;
  return match;
}

}  // namespace

std::optional<DatelineMatch> find_dateline(std::string_view text, Span paragraph,
                                           const std::optional<Published>& published, DatelineSlot slot) {
  if (const auto sep = find_separator(text, paragraph, paragraph.begin)) {
    if (auto match = read_head(text, paragraph, *sep, published, slot)) return match;
  }
  if (const auto close = find_agency_close(text, paragraph)) return read_head(text, paragraph, *close, published, slot);
  return std::nullopt;
}

std::optional<std::string_view> agency_zone(std::string_view agency) {
  // dpa and its regional services (lni = Niedersachsen, lsw = Baden-Württemberg, ...), the German,
  // Austrian and Swiss agencies: their wire times are local.
  static constexpr std::string_view berlin[] = {"dpa", "KNA", "epd", "ddp", "dapd", "AFX", "lmv", "lsw", "lhe",
                                                "lby", "lbn", "lni", "lnw", "lno", "lrs", "lsn", "lah", "lth"};
  std::string_view first = agency.substr(0, agency.find_first_of("-/ "));
  for (std::string_view a : berlin)
    if (iequals_ascii(first, a)) return std::string_view("Europe/Berlin");
  if (iequals_ascii(first, "APA")) return std::string_view("Europe/Vienna");
  if (iequals_ascii(first, "SDA") || iequals_ascii(first, "Keystone")) return std::string_view("Europe/Zurich");
  if (iequals_ascii(first, "AFP")) return std::string_view("Europe/Paris");
  if (iequals_ascii(first, "ANSA")) return std::string_view("Europe/Rome");
  if (iequals_ascii(first, "EFE")) return std::string_view("Europe/Madrid");
  return std::nullopt;
}

}  // namespace wirereport::detail
