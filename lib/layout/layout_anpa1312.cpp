// ANPA-1312 (AP and others), one message:
//
//   SYN SYN SOH W2870 US asian                   service letter, story number, selector code
//   f l DC3 DC1 BC-LT--Argentina-CancerB  11-13 1049
//                                                priority, category, format (DC1 text, DC2
//                                                tabular), keyword, version ("1stLd-Writethru"),
//                                                reference, filing date MM-DD, word count
//   STX ^BC-LT--Argentina-Cancer Beauty,466<     '^' header lines ending in '<' or '=': the
//   ^For Argentine chemo patients ...<           keyword line, the headline, photo and editors'
//   ^Eds: With AP Photos.<                       notes, the byline and its title
//   ^By PAUL BYRNE and ALMUDENA CALATRAVA=
//   ^Associated Press=
//   TAB   BUENOS AIRES, Argentina (AP) _ ...     paragraphs: TAB and three spaces each; "_" is
//                                                a dash, `` and '' are quotation marks
//   TAB   ETX AP-WF-11-13-13 1509GMT<            trailer: desk, MM-DD-YY HHMM and zone
//   FF EOT
//
// Tabular (agate) stories keep their body as it is: one preserved paragraph.
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

namespace wirereport::detail {

namespace {

constexpr char dc1 = '\x11';
constexpr char dc2 = '\x12';  // second format byte: tabular text, kept as it is
constexpr char dc3 = '\x13';
constexpr char dc4 = '\x14';

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// The IPTC 7901 scale for ANPA priority letters, as the receiving systems map them: flash 1,
// urgent 2, bulletin 3, anything else (routine, deferred, ...) 6.
std::uint8_t priority_level(char letter) {
  switch (ascii_lower(letter)) {
    case 'f': return 1;
    case 'u': return 2;
    case 'b': return 3;
    default: return is_ascii_alpha(letter) ? 6 : 0;
  }
}

// Line 1: "W2870 US asian": service letter, story number (with extra characters), selector.
bool read_first_line(std::string_view text, Line line, WireHeader& wire) {
  const std::uint32_t us = find_byte(text, unit_separator, line.begin, line.end);
  FieldReader r(text, line.begin, us);
  const Span service = r.letters();
  const Span number = r.digits();
  if (service.size() != 1 || number.empty()) return false;
  wire.service = service;
  wire.sequence = number;
  if (us < line.end) {
    const Line selector = trimmed(text, {us + 1, line.end, line.next});
    if (selector.begin < selector.end) wire.selector = Span{selector.begin, selector.end};
  }
  return true;
}

// "MM-DD" of the filing date.
bool is_filing_date(std::string_view s) {
  const std::size_t dash = s.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash > 2 || s.size() - dash - 1 == 0 || s.size() - dash - 1 > 2)
    return false;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (i != dash && !is_ascii_digit(s[i])) return false;
  return true;
}

// The story's slug: the keyword without its news cycle ("BC-", "AM-", "PM-", "AP-") and without
// a two-letter desk ("LT--"); three-letter sports codes ("BKN-") say what the story is and stay.
Span slug_of(std::string_view text, Span keyword) {
  Span slug = keyword;
  const std::string_view k = keyword.in(text);
  if (k.size() > 3 && is_ascii_alpha(k[0]) && is_ascii_alpha(k[1]) && k[2] == '-') slug.begin += 3;
  const std::string_view rest = slug.in(text);
  if (rest.size() > 4 && is_ascii_alpha(rest[0]) && is_ascii_alpha(rest[1]) && rest.substr(2, 2) == "--")
    slug.begin += 4;
  return slug;
}

// Line 2: "f l DC3 DC1 BC-LT--Argentina-CancerB     11-13 1049": priority, category, format,
// keyword, version, reference, filing date, word count (the last three optional).
bool read_second_line(std::string_view text, Line line, WireHeader& wire, Span& keyword) {
  const Line t = trimmed(text, line);
  FieldReader r(text, t.begin, t.end);
  const Span priority = r.letters();
  if (priority.size() != 1 || !r.take(' ')) return false;
  const Span category = r.letters();
  if (category.size() != 1) return false;
  const char format_1 = r.peek();
  if (format_1 != dc3 && format_1 != dc4) return false;
  r.take(format_1);
  const char format_2 = r.peek();
  if (format_2 != dc1 && format_2 != dc2) return false;
  r.take(format_2);
  wire.priority = priority;
  wire.priority_level = priority_level(text[priority.begin]);
  wire.category = category;
  wire.preserved = format_2 == dc2;
  r.skip_spaces();
  keyword = r.field();
  if (keyword.empty()) return false;
  wire.slug = slug_of(text, keyword);

  std::array<Span, 5> fields{};
  std::size_t n = 0;
  for (r.skip_spaces(); !r.at_end() && n < fields.size(); r.skip_spaces()) fields[n++] = r.field();
  std::size_t date = n;
  for (std::size_t i = 0; i < n; ++i)
    if (is_filing_date(fields[i].in(text))) date = i;
  if (date < n) {
    wire.filing_date = fields[date];
    if (date + 1 < n && is_word_count(fields[date + 1].in(text))) wire.word_count = fields[date + 1];
  }
  if (date > 0 && n > 0) wire.take = fields[0];
  if (date > 1 && n > 1) wire.reference = fields[1];
  return true;
}

// "AP-WF-11-13-13 1509GMT": MM-DD-YY, a space, HHMM and a zone.
std::optional<Published> read_trailer_time(std::string_view text, Span area, const Zone* default_zone) {
  for (std::uint32_t i = area.begin; i + 13 <= area.end; ++i) {
    const std::string_view s = text.substr(i, 13);
    const bool shape = is_ascii_digit(s[0]) && is_ascii_digit(s[1]) && s[2] == '-' && is_ascii_digit(s[3]) &&
                       is_ascii_digit(s[4]) && s[5] == '-' && is_ascii_digit(s[6]) && is_ascii_digit(s[7]) &&
                       s[8] == ' ' && is_ascii_digit(s[9]) && is_ascii_digit(s[10]) && is_ascii_digit(s[11]) &&
                       is_ascii_digit(s[12]);
    if (!shape) continue;
    const int month = number_value(s.substr(0, 2));
    const int day = number_value(s.substr(3, 2));
    const int year = 2000 + number_value(s.substr(6, 2));
    const int hour = number_value(s.substr(9, 2));
    const int minute = number_value(s.substr(11, 2));
    if (!is_valid_date(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) || hour > 23 || minute > 59)
      return std::nullopt;
    FieldReader r(text, i + 13, area.end);
    const Span zone = r.letters();
    Published p;
    p.span = {i, zone.end};
    p.local = CivilTime{year, static_cast<std::uint8_t>(month), static_cast<std::uint8_t>(day),
                        static_cast<std::uint8_t>(hour), static_cast<std::uint8_t>(minute), 0, 0};
    p.precision = Precision::minute;
    resolve_wire_time(p, zone.in(text), {}, default_zone);
    return p;
  }
  return std::nullopt;
}

// A '^' header line: its content without '^', the closing '<' or '=' and blanks. Lines that do
// not close are story text (AP's headline lists).
struct HeaderLine {
  Span content;
  bool closed = false;
  char closer = 0;
};

HeaderLine header_line(std::string_view text, Line line) {
  const Line t = trimmed(text, line);
  HeaderLine h;
  if (t.begin == t.end || text[t.begin] != '^') return h;
  Span c{t.begin + 1, t.end};
  if (c.end > c.begin && (text[c.end - 1] == '<' || text[c.end - 1] == '=')) {
    h.closed = true;
    h.closer = text[c.end - 1];
    --c.end;
  }
  h.content = trim(text, c);
  return h;
}

// "Associated Press", "AP Sports Writer": the line under a byline.
bool is_byline_title(std::string_view s) {
  if (is_agency_name(s)) return true;
  for (std::string_view w : {"Writer", "Correspondent", "Editor", "Press", "Reporter", "Columnist", "Critic"})
    if (s.find(w) != std::string_view::npos) return true;
  return false;
}

// Editors' notes: "Eds: ...", "(Eds: ...)", "EDITOR'S NOTE _ ...". The note's text, or empty.
Span ednote_of(std::string_view text, Span content) {
  const std::string_view s = content.in(text);
  for (std::string_view cue : {"EDITOR'S NOTE _ ", "Editor's Note _ ", "EDITOR'S NOTE: ", "(Eds: ", "Eds: "}) {
    if (!starts_with(s, cue)) continue;
    Span note{content.begin + static_cast<std::uint32_t>(cue.size()), content.end};
    if (cue.front() == '(' && note.end > note.begin && text[note.end - 1] == ')') --note.end;
    return trim(text, note);
  }
  return {};
}

// The keyword line: the header's keyword written out, with the word count ("BC-LT--Argentina-
// Cancer Beauty,466"). Returns the keyword, or an empty span when the line is none.
Span keyword_of(std::string_view text, Span content, Span header_keyword) {
  std::string_view s = content.in(text);
  const std::size_t last_caret = s.rfind('^');
  Span keyword = content;
  if (last_caret != std::string_view::npos) keyword.begin += static_cast<std::uint32_t>(last_caret + 1);
  keyword = trim(text, keyword);
  s = keyword.in(text);
  const std::size_t comma = s.rfind(',');
  bool counted = comma != std::string_view::npos && comma + 1 < s.size();
  for (std::size_t i = comma + 1; counted && i < s.size(); ++i) counted = is_ascii_digit(s[i]);
  const std::string_view cycle = header_keyword.in(text).substr(0, 3);
  const bool same_cycle = cycle.size() == 3 && cycle[2] == '-' && s.substr(0, 3) == cycle;
  if (!counted && !same_cycle) return {};
  if (counted) keyword.end = keyword.begin + static_cast<std::uint32_t>(comma);
  return keyword;
}

}  // namespace

void layout_anpa1312(const LayoutContext& ctx, ArticleState& state) {
  state.format = Format::anpa1312;
  state.wire.emplace();
  WireHeader& wire = *state.wire;
  const std::string_view text = ctx.text;
  const auto end = static_cast<std::uint32_t>(text.size());
  RegionBuilder regions(state.regions, 0);

  // SYN SYN SOH; anything before them is not part of the message.
  std::uint32_t start = find_byte(text, soh, ctx.begin, end);
  if (start == end) start = ctx.begin;
  std::uint32_t framing = start;
  while (framing > ctx.begin && text[framing - 1] == syn) --framing;
  regions.mark(RegionKind::unclassified, framing);
  if (!is_blank(text.substr(ctx.begin, framing - ctx.begin))) report(state, DiagnosticCode::unclassified_text, ctx.begin);

  // The two header lines.
  LineReader lines(text, start < end && text[start] == soh ? start + 1 : start);
  Line line;
  Span header_keyword{};
  bool header_ok = lines.next(line) && read_first_line(text, line, wire);
  if (header_ok) header_ok = lines.next(line) && read_second_line(text, line, wire, header_keyword);
  if (!header_ok) report(state, DiagnosticCode::unparsed_header, line.begin);
  regions.mark(RegionKind::header, std::min(line.next, end));

  // ETX ends the text; the transmission trailer follows it.
  const std::uint32_t etx_pos = find_byte(text, etx, regions.position(), end);
  if (etx_pos == end) report(state, DiagnosticCode::truncated_story, end);
  const std::string_view story = text.substr(0, etx_pos);
  const std::uint32_t stx_pos = find_byte(story, stx, regions.position(), etx_pos);
  if (stx_pos < etx_pos) regions.mark(RegionKind::header, stx_pos + 1);
  // The trailer's line begins with the blanks before ETX.
  std::uint32_t trailer_begin = etx_pos;
  while (trailer_begin > regions.position() && (text[trailer_begin - 1] == ' ' || text[trailer_begin - 1] == '\t'))
    --trailer_begin;
  if (etx_pos < end) {
    const std::uint32_t line_end = std::min(find_byte(text, '\n', etx_pos, end), find_byte(text, '\r', etx_pos, end));
    state.published = read_trailer_time(text, {etx_pos + 1, line_end}, ctx.default_zone);
    if (!state.published) report(state, DiagnosticCode::unparsed_timestamp, etx_pos + 1);
    Span trailer = trim(text, {etx_pos + 1, line_end});
    if (trailer.end > trailer.begin && text[trailer.end - 1] == '<') --trailer.end;
    if (!trailer.empty()) state.trailer = trailer;
  }

  // Header lines: keyword, headline, notes, byline and its title.
  lines = LineReader(story, regions.position());
  bool first = true;
  bool after_byline = false;
  std::uint32_t body_begin = trailer_begin;
  while (lines.next(line)) {
    if (is_blank(line.in(text))) continue;
    const HeaderLine h = header_line(text, line);
    if (!h.closed) {
      body_begin = line.begin;
      break;
    }
    const std::string_view s = h.content.in(text);
    if (first) {
      first = false;
      if (const Span keyword = keyword_of(text, h.content, header_keyword); !keyword.empty()) {
        state.keywords.push_back(keyword);
        regions.mark(RegionKind::header, line.next);
        continue;
      }
    }
    if (after_byline && is_byline_title(s)) {
      after_byline = false;
      regions.mark(RegionKind::byline, line.next);
      if (wire.preserved) {  // a table starts under the byline
        body_begin = lines.position();
        break;
      }
      continue;
    }
    after_byline = false;
    if ((starts_with(s, "By ") || starts_with(s, "BY ")) && !state.byline) {
      state.byline = Byline{h.content};
      split_authors(text, h.content, state);
      after_byline = true;
      regions.mark(RegionKind::header, h.content.begin);
      regions.mark(RegionKind::byline, line.next);
      body_begin = lines.position();
      continue;
    }
    if (const Span note = ednote_of(text, h.content); !note.empty()) {
      state.ednotes.push_back(note);
      regions.mark(RegionKind::header, line.next);
      continue;
    }
    if (!state.headline && !starts_with(s, "AP Photo")) {
      state.headline = h.content;
      regions.mark(RegionKind::header, h.content.begin);
      regions.mark(RegionKind::headline, line.next);
      continue;
    }
    // Tabular stories: after the headline and byline, '^' lines are the table's own headings.
    if (wire.preserved && state.byline) {
      body_begin = line.begin;
      break;
    }
    regions.mark(RegionKind::header, line.next);
  }
  body_begin = std::max(body_begin, regions.position());

  // The body: paragraphs start at an indented or '^' line; a tabular body is one paragraph.
  if (wire.preserved) {
    const Span table = trim(text, {body_begin, trailer_begin});
    if (!table.empty()) state.paragraphs.push_back(table);
  } else {
    lines = LineReader(story.substr(0, trailer_begin), body_begin);
    std::optional<Span> open;
    auto close = [&] {
      if (open && !open->empty()) state.paragraphs.push_back(*open);
      open.reset();
    };
    while (lines.next(line)) {
      const std::string_view s = line.in(text);
      if (is_blank(s)) {
        close();
        continue;
      }
      Line t = trimmed(text, line);
      if (text[t.begin] == '^') ++t.begin;
      if (t.end > t.begin && (text[t.end - 1] == '<' || text[t.end - 1] == '=')) --t.end;
      const Span content = trim(text, {t.begin, t.end});
      if (s.front() == '\t' || s.front() == ' ' || s.front() == '^' || !open) {
        close();
        open = content;
      } else {
        open->end = content.end;  // a wrapped line
      }
    }
    close();
  }

  // AP's closing note ("X contributed to this report.") after a "___" rule is the trailer.
  std::uint32_t body_end = trailer_begin;
  if (!wire.preserved && state.paragraphs.size() > 1 &&
      parse_contributor_note(text, state.paragraphs.back(), state.credits)) {
    body_end = state.paragraphs.back().begin;
    state.paragraphs.pop_back();
    if (state.paragraphs.size() > 1 && state.paragraphs.back().in(text) == "___") {
      body_end = state.paragraphs.back().begin;
      state.paragraphs.pop_back();
    }
    while (body_end > body_begin && text[body_end - 1] != '\n' && text[body_end - 1] != '\r') --body_end;
  }

  if (!wire.preserved && !state.paragraphs.empty()) {
    const Span first_paragraph = state.paragraphs.front();
    const auto match = find_dateline(text, first_paragraph, state.published, DatelineSlot::expected);
    if (match) {
      regions.mark(RegionKind::body, match->dateline.span.begin);
      regions.mark(RegionKind::dateline, match->body_begin);
      state.dateline = match->dateline;
    } else {
      report(state, DiagnosticCode::no_dateline, first_paragraph.begin);
    }
    // An alert has no headline line: the first paragraph's story text is its headline.
    if (!state.headline) {
      const Span lead = trim(text, {match ? match->body_begin : first_paragraph.begin, first_paragraph.end});
      if (!lead.empty()) state.headline = lead;
    }
  }
  if (!state.headline) report(state, DiagnosticCode::no_headline, body_begin);
  regions.mark(RegionKind::body, body_end);
  regions.mark(RegionKind::trailer, end);
}

}  // namespace wirereport::detail
