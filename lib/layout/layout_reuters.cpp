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

  LineCursor head(text, ctx.begin);
  if (!take_timestamp_line(ctx, state, regions, head) && head.has_line()) {
    report(state, DiagnosticCode::unparsed_timestamp, trimmed(text, head.line()).begin);
    regions.mark(RegionKind::header, head.line().next);  // the first line is the header all the same
    head.advance();
  }
  // The headline: the next non-blank line.
  head.skip_blank_lines();
  if (head.has_line()) {
    const Line t = trimmed(text, head.line());
    state.headline = Span{t.begin, t.end};
    regions.mark(RegionKind::headline, head.line().next);
    head.advance();
  } else {
    report(state, DiagnosticCode::no_headline, regions.position());
  }
  head.skip_blank_lines();

  // An optional byline before the dateline.
  if (head.has_line() && is_byline(head.line_text())) {
    const Line t = trimmed(text, head.line());
    regions.mark(RegionKind::headline, t.begin);
    state.byline = Byline{{t.begin, t.end}};
    split_authors(text, {t.begin, t.end}, state);
    regions.mark(RegionKind::byline, head.line().next);
    head.advance();
  }
  const std::uint32_t body_begin = head.has_line() ? head.line().begin : end;

  // The trailer sits on the last non-blank line.
  Line last{};
  bool have_last = false;
  for (; head.has_line(); head.advance()) {
    if (!is_blank(head.line_text())) {
      last = head.line();
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
