// Reuters-21578 dispatches:
//
//   26-FEB-1987 15:01:01.79                   timestamp (no zone)
//   BAHIA COCOA REVIEW                        upper-case headline
//                                             blank line
//       by Janie Gabbett, Reuters             optional byline
//       SALVADOR, Feb 26 - Showers ...        indented dateline; paragraphs start indented,
//   the Bahia cocoa zone, ...                 continuation lines are hard-wrapped at column 0
//    Reuter                                   trailer ("Reuter", "REUTER", "REUTER...", "More")
#include <string_view>

#include "diagnostics.hpp"
#include "layout/layout.hpp"
#include "layout/paragraphs.hpp"
#include "layout/regions.hpp"
#include "text/lines.hpp"
#include "text/utf8.hpp"
#include "time/published.hpp"

namespace wirereport::detail {

namespace {

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals_ascii(s.substr(0, prefix.size()), prefix);
}

// The trailer within the last non-blank line: the line's last word when it starts with
// "Reute" ("Reuter", "REUTER...", "REUTER11:43/VB"), or the whole line when it is "More".
std::optional<Span> find_trailer(std::string_view text, Line last) {
  const Line t = trimmed(text, last);
  const std::string_view content = t.in(text);
  if (iequals_ascii(content, "more")) return Span{t.begin, t.end};
  const std::size_t space = content.find_last_of(" \t");
  const std::size_t word = space == std::string_view::npos ? 0 : space + 1;
  if (starts_with_ci(content.substr(word), "reute")) return Span{t.begin + static_cast<std::uint32_t>(word), t.end};
  return std::nullopt;
}

bool is_byline(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  const std::string_view rest = line.substr(i);
  return rest.size() < 80 && starts_with_ci(rest, "by ") && rest.find(" - ") == std::string_view::npos;
}

}  // namespace

void layout_reuters(const LayoutContext& ctx, ArticleState& state) {
  state.format = Format::reuters;
  const std::string_view text = ctx.text;
  const auto end = static_cast<std::uint32_t>(text.size());
  RegionBuilder regions(state.regions, 0);
  regions.mark(RegionKind::unclassified, ctx.begin);

  LineReader lines(text, ctx.begin);
  Line line;
  bool have_line = lines.next(line);
  if (!take_timestamp_line(ctx, state, regions, lines, line, have_line) && have_line) {
    report(state, DiagnosticCode::unparsed_timestamp, trimmed(text, line).begin);
    regions.mark(RegionKind::header, line.next);  // the first line is the header all the same
    have_line = lines.next(line);
  }
  // The headline: the next non-blank line.
  while (have_line && is_blank(line.in(text))) have_line = lines.next(line);
  if (have_line) {
    const Line t = trimmed(text, line);
    state.headline = Span{t.begin, t.end};
    regions.mark(RegionKind::headline, line.next);
    have_line = lines.next(line);
  } else {
    report(state, DiagnosticCode::no_headline, regions.position());
  }
  while (have_line && is_blank(line.in(text))) have_line = lines.next(line);

  // An optional byline before the dateline.
  if (have_line && is_byline(line.in(text))) {
    const Line t = trimmed(text, line);
    regions.mark(RegionKind::headline, t.begin);
    state.byline = Byline{{t.begin, t.end}};
    split_authors(text, {t.begin, t.end}, state);
    regions.mark(RegionKind::byline, line.next);
    have_line = lines.next(line);
  }
  const std::uint32_t body_begin = have_line ? line.begin : end;

  // The trailer sits on the last non-blank line.
  Line last{};
  bool have_last = false;
  for (bool more = have_line; more; more = lines.next(line)) {
    if (!is_blank(line.in(text))) {
      last = line;
      have_last = true;
    }
  }
  std::uint32_t trailer_begin = end;
  if (have_last) {
    if (auto trailer = find_trailer(text, last)) {
      state.trailer = *trailer;
      trailer_begin = trailer->begin;
    }
  }

  split_paragraphs(text, body_begin, trailer_begin, ParagraphBreak::indent, state.paragraphs);
  if (!state.paragraphs.empty()) {
    take_dateline(ctx, state, regions, state.paragraphs.front(),
                  state.byline ? RegionKind::byline : RegionKind::headline, DatelineSlot::expected);
  }
  if (!state.dateline) report(state, DiagnosticCode::no_dateline, body_begin);
  regions.mark(RegionKind::body, trailer_begin);
  regions.mark(RegionKind::trailer, end);
}

}  // namespace wirereport::detail
