// Format detection and the pieces the layouts share.
#include <string_view>

#include "dateline/dateline.hpp"
#include "layout/layout.hpp"
#include "lang/agencies.hpp"
#include "layout/regions.hpp"
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

}  // namespace

Format detect_format(std::string_view text, std::uint32_t begin) {
  LineReader lines(text, begin);
  Line line;
  // The first non-blank line decides: a Reuters timestamp, a web timestamp or bullet headline.
  while (lines.next(line)) {
    const std::string_view content = line.in(text);
    if (is_blank(content)) continue;
    if (is_reuters_timestamp(content)) return Format::reuters;
    std::size_t after = 0;
    if (starts_with_bullet(content, after)) return Format::web;
    if (parse_timestamp(text, {line.begin, line.end}, nullptr)) {
      // A timestamp line followed by a headline: web copy.
      return Format::web;
    }
    return Format::text;
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
    if (!name.empty() && !is_agency_name(name.in(text))) state.authors.push_back(name);
    pos = cut + skip;
  }
}

}  // namespace wirereport::detail
