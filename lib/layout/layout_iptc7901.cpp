// IPTC 7901 (dpa, KNA and others), one message:
//
//   SOH eca062 4 i 211 ccccb   dpa 061     header: service and number, priority 1-6, ressort,
//                                          word count, selector (two spaces: none), agency,
//                                          agency number, reference
//   Germany-politics/                      slug line: keywords, each ending in '/'
//   STX (Eil BEL BEL BEL BEL BEL)          flag lines: (Eil ...), (Blitz ...), (Berichtigung: ...),
//   REFILE                                 (Achtung), REFILE, 1ST LEAD, URGENT:, Sperrfrist ...
//   Headline, maybe wrapped                the headline
//   Von Jane Roe, dpa =                    the byline; the last head line ends in " ="
//
//   Teaser paragraph (optional)
//   Berlin (dpa) - First paragraph ...     dateline-led paragraphs between blank lines,
//                                          hard-wrapped at about 69 columns
//   # Notizblock                           notepad sections ("## Redaktionelle Hinweise")
//   * * * *                                the block that is not for publication
//   dpa wsz jln npr                        the editors' closing line
//   ETX 251852 Sep 24                      day, hour, minute [zone] month year: local time of
//   DEL DEL EOT                            the agency (Europe/Berlin for dpa) unless "GMT"
#include <algorithm>
#include <array>
#include <string_view>

#include "dateline/dateline.hpp"
#include "diagnostics.hpp"
#include "layout/credits.hpp"
#include "layout/layout.hpp"
#include "layout/paragraphs.hpp"
#include "layout/regions.hpp"
#include "layout/wire_common.hpp"
#include "lang/agencies.hpp"
#include "text/lines.hpp"
#include "text/utf8.hpp"
#include "time/civil.hpp"
#include "time/names.hpp"

namespace wirereport::detail {

namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals_ascii(s.substr(0, prefix.size()), prefix);
}

}  // namespace

bool read_iptc7901_header(std::string_view text, Line line, WireHeader& wire) {
  const Line t = trimmed(text, line);
  FieldReader r(text, t.begin, t.end);
  const Span service = r.letters();
  const Span sequence = r.digits();
  if (service.empty() || sequence.empty() || !r.take(' ')) return false;
  const Span priority = r.digits();
  if (priority.size() != 1 || !r.take(' ')) return false;
  const Span category = r.letters();
  if (category.empty() || !r.take(' ')) return false;
  const Span words = r.digits();
  if (words.empty()) return false;
  wire.service = service;
  wire.sequence = sequence;
  wire.priority = priority;
  const char level = text[priority.begin];
  if (level >= '1' && level <= '6') wire.priority_level = static_cast<std::uint8_t>(level - '0');
  wire.category = category;
  if (is_word_count(words.in(text))) wire.word_count = words;

  // One space, then the selector; a second space means there is none.
  const std::uint32_t gap = r.skip_spaces();
  std::array<Span, 4> fields{};
  std::size_t n = 0;
  while (!r.at_end() && n < fields.size()) {
    fields[n++] = r.field();
    r.skip_spaces();
  }
  std::size_t i = 0;
  if (gap == 1 && n >= 3) wire.selector = fields[i++];
  if (i < n) wire.agency = fields[i++];
  if (i < n) wire.agency_sequence = fields[i++];
  if (i < n) wire.reference = Span{fields[i].begin, t.end};
  return true;
}

namespace {

// "131137 GMT Nov 13", "251852 Sep 24", "071341 GMT Okt 15": day, hour and minute, an optional
// zone, the month name and the year.
std::optional<Published> read_trailer_time(std::string_view text, Span line, std::string_view agency,
                                           const Zone* default_zone) {
  FieldReader r(text, line.begin, line.end);
  r.skip_spaces();
  const Span stamp = r.digits();
  if (stamp.size() != 6) return std::nullopt;
  r.skip_spaces();
  const CalendarNames& names = CalendarNames::instance();
  Span zone{};
  Span month_word = r.letters();
  int month = names.month(month_word.in(text));
  if (month == 0 && !month_word.empty()) {
    zone = month_word;
    r.skip_spaces();
    month_word = r.letters();
    month = names.month(month_word.in(text));
  }
  if (month == 0) return std::nullopt;
  r.take('.');
  r.skip_spaces();
  const Span year_digits = r.digits();
  if (year_digits.size() != 2 && year_digits.size() != 4) return std::nullopt;
  const std::string_view s = stamp.in(text);
  int year = number_value(year_digits.in(text));
  if (year_digits.size() == 2) year += year < 70 ? 2000 : 1900;
  const int day = number_value(s.substr(0, 2));
  const int hour = number_value(s.substr(2, 2));
  const int minute = number_value(s.substr(4, 2));
  if (!is_valid_date(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) || hour > 23 || minute > 59)
    return std::nullopt;
  Published p;
  p.span = {stamp.begin, year_digits.end};
  p.local = CivilTime{year, static_cast<std::uint8_t>(month), static_cast<std::uint8_t>(day),
                      static_cast<std::uint8_t>(hour), static_cast<std::uint8_t>(minute), 0, 0};
  p.precision = Precision::minute;
  resolve_wire_time(p, zone.in(text), agency, default_zone);
  return p;
}

// "Sperrfrist 9. Oktober 14.20 Uhr": day, month name, hour and minute in the agency's zone;
// the year is that of the latest such day at most a week after the publication (see dateline_date).
std::optional<TimeValue> read_embargo_time(std::string_view text, Span embargo, const std::optional<Published>& published,
                                           std::string_view agency) {
  if (!published) return std::nullopt;
  FieldReader r(text, embargo.begin, embargo.end);
  r.letters();  // "Sperrfrist"
  r.skip_spaces();
  const Span day = r.digits();
  if (day.empty() || day.size() > 2 || !r.take('.')) return std::nullopt;
  r.skip_spaces();
  const int month = CalendarNames::instance().month(r.letters().in(text));
  r.take('.');
  r.skip_spaces();
  const Span hour = r.digits();
  if (month == 0 || hour.empty() || hour.size() > 2 || !(r.take('.') || r.take(':'))) return std::nullopt;
  const Span minute = r.digits();
  if (minute.size() != 2) return std::nullopt;
  const int h = number_value(hour.in(text));
  const int m = number_value(minute.in(text));
  if (h > 23 || m > 59) return std::nullopt;
  TimeValue v;
  v.time = dateline_date(month, number_value(day.in(text)), published->local);
  v.time.hour = static_cast<std::uint8_t>(h);
  v.time.minute = static_cast<std::uint8_t>(m);
  v.precision = Precision::minute;
  const ZoneDirectory& zones = ZoneDirectory::instance();
  if (const auto name = agency_zone(agency)) {
    if (const Zone* zone = zones.find_zone(*name)) {
      v.has_utc_offset = true;
      v.utc_offset_minutes = static_cast<std::int16_t>(zones.offset_minutes_at_local(*zone, v.time));
    }
  }
  return v;
}

// A line of the head block, without surrounding blanks and without the closing " =".
struct HeadLine {
  Line line;
  Span content;
  enum class Kind : std::uint8_t { flag, headline, byline, header } kind = Kind::header;
  std::uint32_t headline_begin = 0;  // for "URGENT: headline": where the headline starts
  std::uint32_t take_end = 0;        // set on the first line of a flag that says which version
                                     // this is ("REFILE", "(Achtung)"): where that flag ends
};

// Lines that flag a story rather than title it: "REFILE", "1ST LEAD", "EXTRA", "KILL KILL KILL"
// (no lower-case letter), and the English and German signal words.
bool is_flag_line(std::string_view s) {
  static constexpr std::string_view signals[] = {"Correction", "Refile", "Update", "Berichtigung",
                                                 "Wiederholung", "Aktualisierung", "Achtung"};
  for (std::string_view w : signals)
    if (s == w) return true;
  if (s.size() > 40) return false;
  bool letter = false;
  for (std::size_t i = 0; i < s.size();) {
    const CodePoint cp = decode_utf8(s, i);
    if (cp.length == 0) return false;
    if (is_lower(cp.value)) return false;
    letter = letter || is_letter(cp.value);
    i += cp.length;
  }
  return letter;
}

// "URGENT: ", "FLASH: " before an English headline: the length of the prefix, or 0.
std::size_t priority_prefix(std::string_view s, std::uint8_t& level) {
  if (starts_with(s, "URGENT:")) {
    level = 2;
    return 7;
  }
  if (starts_with(s, "FLASH:")) {
    level = 1;
    return 6;
  }
  return 0;
}

std::uint8_t flag_priority(std::string_view flag) {
  if (starts_with(flag, "(Blitz")) return 1;
  if (starts_with(flag, "(Eil")) return 2;
  return 0;
}

bool is_byline_start(std::string_view s) {
  return starts_with(s, "By ") || starts_with(s, "Von ") || starts_with(s, "BY ") || starts_with(s, "VON ");
}

// The editors' closing line: the agency, then a few short initials: "dpa kre/su yysw a3 lön mda".
bool is_signoff(std::string_view line, std::string_view agency) {
  const std::size_t space = line.find(' ');
  const std::string_view first = line.substr(0, space);
  if (!(iequals_ascii(first, agency) || is_agency_name(first))) return false;
  int words = 0;
  std::size_t word_length = 0;
  for (char c : line) {
    if (c == '.' || c == ',' || c == ':' || c == ';' || c == '!' || c == '?') return false;
    if (c == ' ') {
      word_length = 0;
      continue;
    }
    if (word_length++ == 0) ++words;
    if (word_length > 12) return false;
  }
  return words <= 10;
}

// The head block after STX: lines up to the one that ends in "=", at most a dozen, never past a
// blank line (blank lines right after STX are skipped). A block that no "=" closes and that runs
// over a few lines is story text: then only its first line is the head. `lines` reads `story`
// and is left after the block. Returns how many lines were read into `out`.
std::size_t read_head_lines(std::string_view story, LineReader& lines, std::array<HeadLine, 12>& out) {
  constexpr std::size_t max_unclosed_lines = 3;
  std::size_t n = 0;
  bool closed = false;
  Line line;
  LineReader peek = lines;
  while (n < out.size() && peek.next(line)) {
    if (is_blank(line.in(story))) {
      if (n > 0) break;
      lines = peek;
      continue;
    }
    lines = peek;
    const Line t = trimmed(story, line);
    Span content{t.begin, t.end};
    closed = content.size() > 0 && story[content.end - 1] == '=';
    if (closed) content = trim(story, {content.begin, content.end - 1});
    out[n++] = HeadLine{line, content};
    if (closed) break;
  }
  if (!closed && n > max_unclosed_lines) {
    n = 1;
    lines = LineReader(story, out[0].line.next);
  }
  return n;
}

// Classifies the head lines: flags (also wrapped "(...)" groups), the headline (maybe over
// several lines), the byline. Fills state and the wire header's flags, take and embargo.
void read_head_block(std::string_view text, std::array<HeadLine, 12>& head, std::size_t n, ArticleState& state) {
  WireHeader& wire = *state.wire;
  std::optional<Span> headline;
  bool headline_open = false;
  for (std::size_t i = 0; i < n; ++i) {
    HeadLine& h = head[i];
    const std::string_view s = h.content.in(text);
    std::uint8_t level = 0;
    const bool was_open = headline_open;
    headline_open = false;
    if (s.empty()) continue;
    if (s.front() == '(') {
      // A flag in brackets may wrap: it ends on the line that ends with ')'.
      std::size_t j = i;
      while (j + 1 < n && head[j].content.in(text).back() != ')') ++j;
      if (head[j].content.in(text).back() != ')') j = i;
      const Span flag{h.content.begin, head[j].content.end};
      for (std::size_t k = i; k <= j; ++k) head[k].kind = HeadLine::Kind::flag;
      state.flags.push_back(flag);
      const std::string_view f = flag.in(text);
      if (const std::uint8_t p = flag_priority(f); p != 0 && wire.priority_level == 0) wire.priority_level = p;
      const std::size_t embargo = f.find("Sperrfrist");
      if (embargo != std::string_view::npos) {
        std::uint32_t stop = flag.end - 1;  // the ')'
        const std::size_t note = f.find(" - ", embargo);
        if (note != std::string_view::npos) stop = flag.begin + static_cast<std::uint32_t>(note);
        wire.embargo = Embargo{{flag.begin + static_cast<std::uint32_t>(embargo), stop}, std::nullopt};
      } else if (flag_priority(f) == 0) {
        h.take_end = flag.end;
      }
      i = j;
      continue;
    }
    if (starts_with(s, "Sperrfrist") || starts_with_ci(s, "embargoed")) {
      h.kind = HeadLine::Kind::flag;
      state.flags.push_back(h.content);
      wire.embargo = Embargo{h.content, std::nullopt};
      continue;
    }
    if (is_byline_start(s)) {
      h.kind = HeadLine::Kind::byline;
      if (!state.byline) {
        state.byline = Byline{h.content};
        split_authors(text, h.content, state);
      }
      continue;
    }
    if (const std::size_t prefix = priority_prefix(s, level); prefix > 0) {
      state.flags.push_back({h.content.begin, h.content.begin + static_cast<std::uint32_t>(prefix) - 1});
      if (wire.priority_level == 0) wire.priority_level = level;
      const Span rest = trim(text, {h.content.begin + static_cast<std::uint32_t>(prefix), h.content.end});
      h.kind = HeadLine::Kind::headline;
      h.headline_begin = rest.begin;
      if (!headline) headline = rest;
      headline_open = true;
      continue;
    }
    if (is_flag_line(s)) {
      h.kind = HeadLine::Kind::flag;
      state.flags.push_back(h.content);
      h.take_end = h.content.end;
      continue;
    }
    // A headline line; the next line continues it when the headline wraps.
    if (!headline) {
      headline = h.content;
    } else if (was_open) {
      headline->end = h.content.end;
    } else {
      continue;  // a second title line after a flag or byline stays in the header
    }
    h.kind = HeadLine::Kind::headline;
    h.headline_begin = h.content.begin;
    headline_open = true;
  }
  // Only flags: the line that closes the block is the headline ("T =", an all-caps title).
  if (!headline && n > 0 && head[n - 1].kind == HeadLine::Kind::flag && !state.flags.empty() &&
      state.flags.back() == head[n - 1].content) {
    HeadLine& last = head[n - 1];
    state.flags.pop_back();
    last.kind = HeadLine::Kind::headline;
    last.headline_begin = last.content.begin;
    last.take_end = 0;
    headline = last.content;
  }
  state.headline = headline;
  // The take: the version flags before the headline.
  for (std::size_t i = 0; i < n && head[i].kind != HeadLine::Kind::headline; ++i) {
    if (head[i].take_end != 0) wire.take = Span{wire.take ? wire.take->begin : head[i].content.begin, head[i].take_end};
  }
}

// The body's paragraphs: text between blank lines; a list item ("  * item", as dpa renders
// <li>) is a paragraph of its own, without its bullet.
void split_body(std::string_view text, std::uint32_t begin, std::uint32_t end, std::vector<Span>& out) {
  LineReader lines(text.substr(0, end), begin);
  Line line;
  std::optional<Span> open;
  auto close = [&] {
    if (open) {
      const Span p = trim(text, *open);
      if (!p.empty()) out.push_back(p);
    }
    open.reset();
  };
  while (lines.next(line)) {
    const std::string_view s = line.in(text);
    if (is_blank(s)) {
      close();
      continue;
    }
    const std::uint32_t indent = indentation(s);
    if (indent <= 4 && s.substr(indent, 2) == "* ") {
      close();
      open = Span{line.begin + indent + 2, line.end};
      continue;
    }
    if (!open) open = Span{line.begin, line.end};
    open->end = line.end;
  }
  close();
}

}  // namespace

void layout_iptc7901(const LayoutContext& ctx, ArticleState& state) {
  state.format = Format::iptc7901;
  state.wire.emplace();
  WireHeader& wire = *state.wire;
  const std::string_view text = ctx.text;
  const auto end = static_cast<std::uint32_t>(text.size());
  RegionBuilder regions(state.regions, 0);

  // Anything before SOH is not part of the message.
  const std::uint32_t start = find_byte(text, soh, ctx.begin, end);
  regions.mark(RegionKind::unclassified, start < end ? start : ctx.begin);
  if (!is_blank(text.substr(ctx.begin, regions.position() - ctx.begin)))
    report(state, DiagnosticCode::unclassified_text, ctx.begin);
  const std::uint32_t header_begin = start < end ? start + 1 : ctx.begin;

  // The header line.
  LineReader lines(text, header_begin);
  Line line;
  if (lines.next(line)) {
    if (!read_iptc7901_header(text, line, wire)) report(state, DiagnosticCode::unparsed_header, line.begin);
    regions.mark(RegionKind::header, line.next);
  }
  const std::string_view agency = wire.agency ? wire.agency->in(text) : std::string_view{};

  // ETX ends the text; the trailer's time is needed for the dates before it.
  const std::uint32_t etx_pos = find_byte(text, etx, regions.position(), end);
  if (etx_pos == end) {
    report(state, DiagnosticCode::truncated_story, end);
  } else {
    std::uint32_t stamp_end = etx_pos + 1;
    while (stamp_end < end && text[stamp_end] != '\r' && text[stamp_end] != '\n' && text[stamp_end] != eot) ++stamp_end;
    state.published = read_trailer_time(text, {etx_pos + 1, stamp_end}, agency, ctx.default_zone);
    if (!state.published) report(state, DiagnosticCode::unparsed_timestamp, etx_pos + 1);
  }
  const std::string_view story = text.substr(0, etx_pos);

  // The slug line(s) up to STX: keywords ending in '/'. Without STX, one line ending in '/'.
  const std::uint32_t stx_pos = find_byte(story, stx, regions.position(), etx_pos);
  std::uint32_t head_begin = regions.position();
  lines = LineReader(story, head_begin);
  while (lines.next(line) && line.begin < stx_pos) {
    const Line t = trimmed(text, {line.begin, std::min(line.end, stx_pos), line.next});
    if (t.begin < t.end) {
      if (stx_pos == etx_pos && (text[t.end - 1] != '/' || wire.slug)) break;
      Span slug{t.begin, t.end};
      while (slug.end > slug.begin && text[slug.end - 1] == '/') --slug.end;
      if (!wire.slug) wire.slug = slug;
      std::uint32_t part = slug.begin;
      for (std::uint32_t i = slug.begin; i <= slug.end; ++i) {
        if (i < slug.end && text[i] != '/') continue;
        const Span keyword = trim(text, {part, i});
        if (!keyword.empty()) state.keywords.push_back(keyword);
        part = i + 1;
      }
    }
    head_begin = std::min(line.next, stx_pos);
  }
  if (stx_pos < etx_pos) head_begin = stx_pos + 1;
  regions.mark(RegionKind::header, head_begin);

  // The head block: flags, headline, byline.
  lines = LineReader(story, regions.position());
  std::array<HeadLine, 12> head{};
  const std::size_t head_count = read_head_lines(story, lines, head);
  read_head_block(text, head, head_count, state);
  for (std::size_t i = 0; i < head_count; ++i) {
    const HeadLine& h = head[i];
    switch (h.kind) {
      case HeadLine::Kind::headline:
        // The indentation of a wrapped headline's next line is inside the headline's span.
        if (i == 0 || head[i - 1].kind != HeadLine::Kind::headline) regions.mark(RegionKind::header, h.headline_begin);
        regions.mark(RegionKind::headline, h.line.next);
        break;
      case HeadLine::Kind::byline: regions.mark(RegionKind::byline, h.line.next); break;
      default: regions.mark(RegionKind::header, h.line.next); break;
    }
  }
  if (!state.headline) report(state, DiagnosticCode::no_headline, regions.position());
  if (wire.embargo) wire.embargo->value = read_embargo_time(text, wire.embargo->span, state.published, agency);

  // The body ends at the notepad ("# ..."), the non-publication mark ("* * * *") or the
  // closing line, whichever comes first.
  const std::uint32_t body_begin = regions.position();
  std::uint32_t notepad_begin = etx_pos;
  std::uint32_t marker = etx_pos;
  std::uint32_t marker_next = etx_pos;
  Line last{};
  bool have_last = false;
  lines = LineReader(story, body_begin);
  while (lines.next(line)) {
    const Line t = trimmed(text, line);
    if (t.begin == t.end) continue;
    const std::string_view s = t.in(text);
    if (notepad_begin == etx_pos && marker == etx_pos && starts_with(s, "# ")) notepad_begin = t.begin;
    if (marker == etx_pos && starts_with(s, "* * * *")) {
      marker = t.begin;
      marker_next = line.next;
    }
    last = t;
    have_last = true;
  }
  std::uint32_t signoff = etx_pos;
  if (have_last && is_signoff(last.in(text), agency)) {
    signoff = last.begin;
    wire.signoff = Span{last.begin, last.end};
  }
  const std::uint32_t body_end = std::min({notepad_begin, marker, signoff});
  if (notepad_begin < std::min(marker, signoff)) wire.notepad = trim(text, {notepad_begin, std::min(marker, signoff)});
  if (marker < etx_pos) {
    const Span nonpublic = trim(text, {marker_next, std::max(marker_next, signoff)});
    if (!nonpublic.empty()) wire.nonpublic = nonpublic;
  }

  split_body(text, body_begin, body_end, state.paragraphs);
  // The dateline leads the first paragraph, or the one after a teaser.
  for (std::size_t i = 0; i < state.paragraphs.size() && i < 3 && !state.dateline; ++i) {
    if (auto match = find_dateline(text, state.paragraphs[i], state.published, DatelineSlot::expected); match && match->dateline.agency) {
      regions.mark(RegionKind::body, match->dateline.span.begin);
      regions.mark(RegionKind::dateline, match->body_begin);
      state.dateline = match->dateline;
    }
  }
  if (!state.dateline && !state.paragraphs.empty()) report(state, DiagnosticCode::no_dateline, body_begin);
  regions.mark(RegionKind::body, body_end);

  // The trailer: notepad, non-public notes and the closing line; their credit lines name people.
  if (const Span trailer = trim(text, {body_end, etx_pos}); !trailer.empty()) state.trailer = trailer;
  std::optional<Span> item;
  auto finish_item = [&] {
    if (item && classify_trailer_line(item->in(text)) == TrailerLine::credits) parse_credits(text, *item, state.credits);
    item.reset();
  };
  lines = LineReader(story, body_end);
  while (lines.position() < signoff && lines.next(line)) {
    const std::string_view s = line.in(text);
    if (starts_with(s, "- ")) {
      finish_item();
      item = trim(text, {line.begin, std::min(line.end, signoff)});
    } else if (item && starts_with(s, "  ") && !is_blank(s)) {
      item->end = trim(text, {line.begin, std::min(line.end, signoff)}).end;  // a wrapped list item
    } else {
      finish_item();
    }
  }
  finish_item();
  regions.mark(RegionKind::trailer, end);
}

}  // namespace wirereport::detail
