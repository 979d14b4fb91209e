// Web copy, the seed's shape:
//
//   Sep 15, 2023 11:52 Europe/Berlin          timestamp line (zone optional; German forms too)
//     • Headline                              one or more bullet lines
//                                             blank line
//   Moskau - Der russische Präsident ...      dateline-led paragraphs between blank lines
//   ...
//   Tags                                      trailer: "Tags" and its tags (maybe none)
#include <string_view>

#include "layout/layout.hpp"
#include "layout/paragraphs.hpp"
#include "layout/regions.hpp"
#include "text/lines.hpp"
#include "text/utf8.hpp"
#include "time/published.hpp"
#include "diagnostics.hpp"

namespace wirereport::detail {

// Bullets that lead headline lines: • ◦ ▪ ▫ ‣ ► ▶ · ‒ – — - * >
bool starts_with_bullet(std::string_view line, std::size_t& after) {
  static constexpr std::string_view bullets[] = {"\u2022", "\u25E6", "\u25AA", "\u25AB", "\u2023", "\u25BA",
                                                 "\u25B6", "\u00B7", "\u2012", "\u2013", "\u2014", "-",
                                                 "*",      ">"};
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  for (std::string_view b : bullets) {
    if (line.substr(i, b.size()) == b) {
      std::size_t j = i + b.size();
      if (j < line.size() && line[j] != ' ' && line[j] != '\t') continue;  // "-5 %" is no bullet
      while (j < line.size() && (line[j] == ' ' || line[j] == '\t')) ++j;
      if (j >= line.size()) return false;
      after = j;
      return true;
    }
  }
  return false;
}

namespace {

// "Tags", "Tags:", "Tags: a, b" (and "Schlagwörter", "Themen") as the trailer's first line.
bool is_tags_line(std::string_view line, std::size_t& rest) {
  for (std::string_view head : {"Tags", "TAGS", "Schlagwörter", "Schlagworte", "Themen", "Topics"}) {
    if (line.substr(0, head.size()) != head) continue;
    std::size_t i = head.size();
    if (i < line.size() && line[i] == ':') ++i;
    if (i < line.size() && line[i] != ' ' && line[i] != '\t') continue;
    rest = i;
    return true;
  }
  return false;
}

// Tags after the "Tags" head: one per line, or several cut by commas or semicolons.
void collect_tags(std::string_view text, Span area, std::vector<Span>& tags) {
  std::uint32_t start = area.begin;
  for (std::uint32_t i = area.begin; i <= area.end; ++i) {
    const bool cut = i == area.end || text[i] == '\n' || text[i] == '\r' || text[i] == ',' || text[i] == ';' ||
                     text[i] == '|';
    if (!cut) continue;
    Span tag = trim(text, {start, i});
    std::size_t after = 0;  // "• Energie": a bulleted tag list
    if (starts_with_bullet(tag.in(text), after)) tag.begin += static_cast<std::uint32_t>(after);
    if (!tag.empty()) tags.push_back(tag);
    start = i + 1;
  }
}

}  // namespace

void layout_web(const LayoutContext& ctx, ArticleState& state) {
  state.format = Format::web;
  const std::string_view text = ctx.text;
  const auto end = static_cast<std::uint32_t>(text.size());
  RegionBuilder regions(state.regions, 0);
  regions.mark(RegionKind::unclassified, ctx.begin);

  LineCursor head(text, ctx.begin);
  take_timestamp_line(ctx, state, regions, head);
  head.skip_blank_lines();

  // Bullet headline lines; without bullets, a single short line followed by a blank line.
  std::size_t after = 0;
  while (head.has_line() && starts_with_bullet(head.line_text(), after)) {
    const Line& line = head.line();
    if (!state.headline) {
      const Line t = trimmed(text, {line.begin + static_cast<std::uint32_t>(after), line.end, line.next});
      state.headline = Span{t.begin, t.end};
    }
    regions.mark(RegionKind::headline, line.next);
    head.advance();
  }
  if (!state.headline && head.has_line()) {
    const Line& line = head.line();
    Line next;
    LineReader peek = head.rest();
    const bool blank_follows = !peek.next(next) || is_blank(next.in(text));
    if (blank_follows && line.end - line.begin < 300) {
      const Line t = trimmed(text, line);
      state.headline = Span{t.begin, t.end};
      regions.mark(RegionKind::headline, line.next);
      head.advance();
    }
  }
  if (!state.headline) report(state, DiagnosticCode::no_headline, regions.position());
  const std::uint32_t body_begin = head.has_line() ? head.line().begin : end;

  // The trailer: the last "Tags" line and what follows it.
  std::uint32_t trailer_begin = end;
  std::size_t tags_rest = 0;
  for (; head.has_line(); head.advance()) {
    const Line t = trimmed(text, head.line());
    std::size_t rest = 0;
    if (is_tags_line(t.in(text), rest)) {
      trailer_begin = t.begin;
      tags_rest = rest;
    }
  }

  split_paragraphs(text, body_begin, trailer_begin, ParagraphBreak::blank_line, state.paragraphs);
  if (!state.paragraphs.empty()) {
    take_dateline(ctx, state, regions, state.paragraphs.front(), RegionKind::headline, DatelineSlot::optional);
  }
  regions.mark(RegionKind::body, trailer_begin);
  if (trailer_begin < end) {
    // The trailer's text is "Tags"; the tags follow it.
    std::uint32_t head_end = trailer_begin;
    while (head_end < end && text[head_end] != ':' && !is_ascii_space(text[head_end])) ++head_end;
    state.trailer = Span{trailer_begin, head_end};
    collect_tags(text, {trailer_begin + static_cast<std::uint32_t>(tags_rest), end}, state.tags);
  }
  regions.mark(RegionKind::trailer, end);
}

}  // namespace wirereport::detail
