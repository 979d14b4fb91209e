// Modern agency text, without control characters:
//
//   Sep 14, 2023 10:05 UTC                     optional timestamp line
//   Headline, maybe wrapped                    the headline
//   By Jane Roe and John Doe                   optional byline ("By", "Von"), maybe with a title
//   Reuters                                    line under it
//
//   Teaser (optional)
//   WASHINGTON, Sept 14 (Reuters) - ...        dateline-led paragraphs between blank lines:
//   Berlin (dpa) - ...                         (Reuters) (AP) (AFP) (dpa) (KNA) (APA) (SDA),
//   (Bloomberg) -- ...                         "Bonn (KNA) Die ..." without a dash
//   ...
//   (Reporting by A; Editing by B)             trailer: credit lines, "Mitarbeit: C",
//   © 2023 Reuters                             copyright lines, agency marks, AP's closing
//                                              "D contributed to this report."
#include <algorithm>
#include <string_view>

#include "dateline/dateline.hpp"
#include "diagnostics.hpp"
#include "lang/agencies.hpp"
#include "layout/credits.hpp"
#include "layout/layout.hpp"
#include "layout/paragraphs.hpp"
#include "layout/regions.hpp"
#include "text/lines.hpp"
#include "text/utf8.hpp"
#include "time/published.hpp"

namespace wirereport::detail {

namespace {

constexpr std::uint32_t max_headline_bytes = 300;
constexpr int max_headline_lines = 2;
constexpr std::size_t min_wrapped_line_bytes = 60;  // hard-wrapped copy breaks lines at 65-80 columns
constexpr std::uint32_t max_byline_bytes = 200;
constexpr std::size_t max_head_paragraphs = 4;  // headline, byline, teaser before the dateline

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool is_byline(std::string_view line) {
  return line.size() < max_byline_bytes && (starts_with(line, "By ") || starts_with(line, "BY ") ||
                                            starts_with(line, "Von ") || starts_with(line, "VON "));
}

// The line under a byline: "Reuters", "Associated Press", "AP Sports Writer", "dpa".
bool is_byline_title(std::string_view line) {
  if (is_agency_name(line)) return true;
  for (std::string_view w : {"Writer", "Correspondent", "Reporter", "Korrespondent", "Redakteur"})
    if (line.find(w) != std::string_view::npos) return true;
  return false;
}

// How many more brackets the line opens than it closes: a bracketed credit may wrap.
int bracket_balance(std::string_view line) {
  int balance = 0;
  for (char c : line) balance += c == '(' ? 1 : c == ')' ? -1 : 0;
  return balance;
}

// Where the trailer begins: the first line of the run of trailer lines that ends the text
// (blank lines inside the run allowed). A credit in brackets may wrap over several lines.
std::uint32_t find_trailer(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  LineReader lines(text.substr(0, end), begin);
  Line line;
  std::uint32_t trailer = end;
  int open_brackets = 0;
  bool under_heading = false;  // the lines under "To contact the reporter on this story:"
  while (lines.next(line)) {
    const Line t = trimmed(text, line);
    const std::string_view s = t.in(text);
    if (s.empty()) {
      under_heading = false;
      continue;
    }
    const bool continues = (open_brackets > 0 || under_heading) && trailer < end;
    under_heading = under_heading || heading_cue(s).has_value();
    if (continues || classify_trailer_line(s) != TrailerLine::none) {
      if (trailer == end) trailer = t.begin;
      open_brackets += bracket_balance(s);
      if (open_brackets < 0) open_brackets = 0;
    } else {
      trailer = end;
      open_brackets = 0;
      under_heading = false;
    }
  }
  return trailer;
}

// The people of the trailer lines: credit lines (a bracketed one may wrap) name them.
void read_trailer_credits(std::string_view text, Span trailer, std::vector<Credit>& credits) {
  LineReader lines(text.substr(0, trailer.end), trailer.begin);
  Line line;
  std::optional<Span> group;
  int open_brackets = 0;
  bool under_heading = false;  // "To contact the reporter on this story:" above: one person a line
  CreditRole heading_role = CreditRole::reporting;
  auto finish = [&] {
    if (group) parse_credits(text, *group, credits);
    group.reset();
  };
  while (lines.next(line)) {
    const Line t = trimmed(text, line);
    const std::string_view s = t.in(text);
    if (s.empty()) {
      under_heading = false;
      continue;
    }
    if (under_heading) {
      append_credit_names(text, {t.begin, t.end}, heading_role, credits);
      continue;
    }
    if (const auto role = heading_cue(s)) {
      finish();
      under_heading = true;
      heading_role = *role;
      continue;
    }
    if (group && open_brackets > 0) {
      group->end = t.end;
    } else {
      finish();
      if (classify_trailer_line(s) == TrailerLine::credits) group = Span{t.begin, t.end};
      open_brackets = 0;
    }
    open_brackets += bracket_balance(s);
  }
  finish();
}

}  // namespace

void layout_agency(const LayoutContext& ctx, ArticleState& state) {
  state.format = Format::agency;
  const std::string_view text = ctx.text;
  const auto end = static_cast<std::uint32_t>(text.size());
  RegionBuilder regions(state.regions, 0);
  regions.mark(RegionKind::unclassified, ctx.begin);

  // An optional timestamp line.
  LineCursor head(text, ctx.begin);
  take_timestamp_line(ctx, state, regions, head);
  const std::uint32_t area_begin = regions.position();

  // The trailer, then the paragraphs before it.
  std::uint32_t trailer_begin = find_trailer(text, area_begin, end);
  split_paragraphs(text, area_begin, trailer_begin, ParagraphBreak::blank_line, state.paragraphs);
  if (state.paragraphs.size() > 1 && parse_contributor_note(text, state.paragraphs.back(), state.credits)) {
    trailer_begin = state.paragraphs.back().begin;
    state.paragraphs.pop_back();
  }

  // The dateline paragraph: the first with an agency dateline among the first few, else a
  // plain dateline in the first or second.
  std::size_t dateline_index = state.paragraphs.size();
  std::optional<DatelineMatch> dateline;
  for (std::size_t i = 0; i < state.paragraphs.size() && i < max_head_paragraphs; ++i) {
    auto match = find_dateline(text, state.paragraphs[i], state.published, DatelineSlot::expected);
    if (match && (match->dateline.agency || (!dateline && i < 2))) {
      dateline = match;
      dateline_index = i;
      if (match->dateline.agency) break;
    }
  }

  // Head lines before it: headline (maybe wrapped), byline and its title line. Without a
  // dateline, only the first paragraph can hold them.
  const std::uint32_t head_limit =
      dateline ? state.paragraphs[dateline_index].begin
               : (state.paragraphs.size() > 1 ? state.paragraphs[1].begin : area_begin);
  std::uint32_t head_end = area_begin;
  LineReader lines(text.substr(0, head_limit), area_begin);
  Line line;
  bool after_byline = false;
  bool headline_open = false;
  int headline_lines = 0;
  while (lines.next(line)) {
    const Line t = trimmed(text, line);
    const std::string_view s = t.in(text);
    if (s.empty()) {
      headline_open = false;
      continue;
    }
    if (after_byline && is_byline_title(s)) {
      after_byline = false;
      regions.mark(RegionKind::byline, line.next);
      head_end = line.next;
      continue;
    }
    after_byline = false;
    if (is_byline(s) && !state.byline) {
      state.byline = Byline{{t.begin, t.end}};
      split_authors(text, {t.begin, t.end}, state);
      regions.mark(RegionKind::header, t.begin);
      regions.mark(RegionKind::byline, line.next);
      head_end = line.next;
      after_byline = true;
      headline_open = false;
      continue;
    }
    const bool fits = t.end - (state.headline ? state.headline->begin : t.begin) <= max_headline_bytes &&
                      headline_lines < max_headline_lines;
    if (!state.byline && fits && (!state.headline || headline_open)) {
      if (!state.headline) {
        // Only before the first line: a wrapped line's indentation is inside the headline's span.
        regions.mark(RegionKind::header, t.begin);
        state.headline = Span{t.begin, t.end};
      }
      state.headline->end = t.end;
      ++headline_lines;
      regions.mark(RegionKind::headline, line.next);
      head_end = line.next;
      // A long line that ends no sentence was wrapped; a short one is the whole headline.
      const char last = s.back();
      headline_open = s.size() >= min_wrapped_line_bytes && last != '.' && last != '!' && last != '?';
      continue;
    }
    break;  // a teaser: story text
  }
  if (!state.headline) report(state, DiagnosticCode::no_headline, area_begin);
  // The head's paragraphs are not story paragraphs.
  std::size_t head_paragraphs = 0;
  while (head_paragraphs < state.paragraphs.size() && state.paragraphs[head_paragraphs].end <= head_end)
    ++head_paragraphs;
  if (head_paragraphs > 0) {
    state.paragraphs.erase(state.paragraphs.begin(),
                           state.paragraphs.begin() + static_cast<std::ptrdiff_t>(head_paragraphs));
  }
  // A teaser right under the headline, with no blank line between: its paragraph starts after the head.
  if (!state.paragraphs.empty() && state.paragraphs.front().begin < head_end)
    state.paragraphs.front() = trim(text, {head_end, state.paragraphs.front().end});

  if (dateline) {
    regions.mark(RegionKind::body, dateline->dateline.span.begin);
    regions.mark(RegionKind::dateline, dateline->body_begin);
    state.dateline = dateline->dateline;
  } else {
    report(state, DiagnosticCode::no_dateline, head_end);
  }
  regions.mark(RegionKind::body, trailer_begin);

  if (trailer_begin < end) {
    const Span trailer = trim(text, {trailer_begin, end});
    if (!trailer.empty()) state.trailer = trailer;
    read_trailer_credits(text, {trailer_begin, end}, state.credits);
  }
  regions.mark(RegionKind::trailer, end);
}

}  // namespace wirereport::detail
