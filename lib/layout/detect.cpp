// Format detection and the pieces the layouts share.
#include <string_view>

#include "dateline/dateline.hpp"
#include "layout/layout.hpp"
#include "diagnostics.hpp"
#include "lang/agencies.hpp"
#include "layout/regions.hpp"
#include "layout/wire_common.hpp"
#include "text/lines.hpp"
#include "text/utf8.hpp"
#include "time/published.hpp"

namespace wirereport::detail {

namespace {

// "26-FEB-1987 15:01:01.79": the Reuters-21578 timestamp shape, checked on bytes.
bool is_reuters_timestamp(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  const std::size_t day_start = i;
  while (i < line.size() && is_ascii_digit(line[i])) ++i;
  if (i - day_start < 1 || i - day_start > 2 || i >= line.size() || line[i] != '-') return false;
  const std::size_t month_start = ++i;
  while (i < line.size() && is_ascii_alpha(line[i])) ++i;
  if (i - month_start != 3 || i >= line.size() || line[i] != '-') return false;
  const std::size_t year_start = ++i;
  while (i < line.size() && is_ascii_digit(line[i])) ++i;
  return i - year_start == 4 && i < line.size() && line[i] == ' ';
}

// Machine wire framing at the start: SYN SYN SOH (ANPA-1312), or SOH and a header line whose
// fields read: ANPA-1312 has a unit separator before its selector code in the first line,
// IPTC 7901 a header of fixed fields (without SOH, followed by a slug line ending in '/').
std::optional<Format> machine_format(std::string_view text, std::uint32_t begin) {
  constexpr std::uint32_t max_lead = 64;  // blanks and SYN bytes before SOH
  std::uint32_t i = begin;
  const auto n = static_cast<std::uint32_t>(text.size());
  while (i < n && i < begin + max_lead && (is_ascii_space(text[i]) || text[i] == syn)) ++i;
  const bool framed = i < n && text[i] == soh;
  if (framed && i > begin && text[i - 1] == syn) return Format::anpa1312;
  LineReader lines(text, framed ? i + 1 : i);
  Line line;
  if (!lines.next(line)) return std::nullopt;
  if (framed && line.in(text).find(unit_separator) != std::string_view::npos) return Format::anpa1312;
  WireHeader scratch;
  if (!read_iptc7901_header(text, line, scratch)) return std::nullopt;
  if (framed) return Format::iptc7901;
  while (lines.next(line)) {
    const Line t = trimmed(text, line);
    if (t.begin == t.end) continue;
    if (text[t.end - 1] == '/') return Format::iptc7901;
    break;
  }
  return std::nullopt;
}

// Modern agency copy: a dateline that names an agency ("(Reuters)", "(dpa)") at the start of
// one of the first paragraphs.
bool has_agency_dateline(std::string_view text, LineReader lines) {
  constexpr int max_paragraph_starts = 5;
  constexpr int max_lines = 40;  // a look at the head, not a read of the whole text
  Line line;
  bool paragraph_start = true;
  int starts = 0;
  for (int read = 0; starts < max_paragraph_starts && read < max_lines && lines.next(line); ++read) {
    if (is_blank(line.in(text))) {
      paragraph_start = true;
      continue;
    }
    if (!paragraph_start) continue;
    paragraph_start = false;
    ++starts;
    const Line t = trimmed(text, line);
    const auto match = find_dateline(text, {t.begin, t.end}, std::nullopt, DatelineSlot::expected);
    if (match && match->dateline.agency && names_agency(match->dateline.agency->in(text))) return true;
  }
  return false;
}

}  // namespace

Format detect_format(std::string_view text, std::uint32_t begin) {
  if (const auto machine = machine_format(text, begin)) return *machine;
  LineReader lines(text, begin);
  Line line;
  // The first non-blank line decides: a Reuters timestamp, a web timestamp or bullet headline;
  // an agency dateline in the first paragraphs makes agency copy.
  while (lines.next(line)) {
    const std::string_view content = line.in(text);
    if (is_blank(content)) continue;
    if (is_reuters_timestamp(content)) return Format::reuters;
    std::size_t after = 0;
    if (starts_with_bullet(content, after)) return Format::web;
    if (parse_timestamp(text, {line.begin, line.end}, nullptr)) {
      // A timestamp line followed by bullet headlines: web copy; by an agency's story: agency.
      LineReader rest = lines;
      Line next;
      while (rest.next(next) && is_blank(next.in(text))) {
      }
      if (next.end > next.begin && starts_with_bullet(next.in(text), after)) return Format::web;
      return has_agency_dateline(text, lines) ? Format::agency : Format::web;
    }
    return has_agency_dateline(text, LineReader(text, line.begin)) ? Format::agency : Format::text;
  }
  return Format::text;
}

std::uint32_t take_dateline(const LayoutContext& ctx, ArticleState& state, RegionBuilder& regions,
                            Span first_paragraph, RegionKind before_kind, DatelineSlot slot) {
  const auto match = find_dateline(ctx.text, first_paragraph, state.published, slot);
  if (!match) return first_paragraph.begin;
  regions.mark(before_kind, first_paragraph.begin);  // noise before the dateline joins it
  regions.mark(RegionKind::dateline, match->body_begin);
  state.dateline = match->dateline;
  return match->body_begin;
}

namespace {
// A byline's piece names a person unless it is empty, an agency ("Reuters", "The Associated
// Press"), a group ("dpa correspondents") or an organisation ("The San Diego Union-Tribune").
bool is_author(std::string_view piece) {
  if (piece.empty() || is_agency_name(piece)) return false;
  const CodePoint first = decode_utf8(piece, 0);
  if (first.length == 0 || !is_upper(first.value)) return false;
  const std::string_view first_word = piece.substr(0, piece.find(' '));
  return first_word != "The" && first_word != "THE" && first_word != "Der" && first_word != "Die" &&
         first_word != "Das";
}
}  // namespace

bool take_timestamp_line(const LayoutContext& ctx, ArticleState& state, RegionBuilder& regions, LineCursor& head) {
  const std::string_view text = ctx.text;
  head.skip_blank_lines();
  if (!head.has_line()) return false;
  const Line t = trimmed(text, head.line());
  const auto stamp = parse_timestamp(text, {t.begin, t.end}, ctx.default_zone);
  if (!stamp) return false;
  state.published = stamp->published;
  if (stamp->names_unknown_zone) report(state, DiagnosticCode::unknown_zone, stamp->zone_span.begin);
  regions.mark(RegionKind::header, head.line().next);
  head.advance();
  return true;
}

void split_authors(std::string_view text, Span byline, ArticleState& state) {
  // Drop the "By"/"Von" lead, then cut at ",", " and ", " und ", "&"; a trailing agency
  // ("Reuters", "dpa", "Associated Press") is not an author.
  std::string_view s = byline.in(text);
  std::uint32_t base = byline.begin;
  for (std::string_view lead : {"By ", "by ", "BY ", "Von ", "von ", "VON "}) {
    if (s.substr(0, lead.size()) == lead) {
      s.remove_prefix(lead.size());
      base += static_cast<std::uint32_t>(lead.size());
      break;
    }
  }
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t cut = s.size();
    std::size_t skip = 0;
    for (std::string_view sep : {std::string_view(","), std::string_view(" and "), std::string_view(" und "),
                                 std::string_view(" & "), std::string_view(" AND "), std::string_view(" UND ")}) {
      const std::size_t at = s.find(sep, pos);
      if (at < cut) {
        cut = at;
        skip = sep.size();
      }
    }
    Span name{base + static_cast<std::uint32_t>(pos), base + static_cast<std::uint32_t>(cut)};
    while (name.begin < name.end && is_ascii_space(text[name.begin])) ++name.begin;
    while (name.end > name.begin && is_ascii_space(text[name.end - 1])) --name.end;
    if (is_author(name.in(text))) state.authors.push_back(name);
    pos = cut + skip;
  }
}

}  // namespace wirereport::detail
