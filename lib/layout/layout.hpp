// The layout stage: detect the format and cut the text into regions (header, headline,
// dateline, byline, body, trailer), paragraphs, publication time, tags.
#pragma once

#include <cstdint>
#include <string_view>

#include "dateline/dateline.hpp"
#include "text/lines.hpp"
#include "time/zones.hpp"
#include "wirereport/article.hpp"

namespace wirereport::detail {

struct LayoutContext {
  std::string_view text;        // the whole (decoded) text
  std::uint32_t begin = 0;      // first byte after a byte order mark
  const Zone* default_zone = nullptr;
};

// Guesses the format from the first lines.
[[nodiscard]] Format detect_format(std::string_view text, std::uint32_t begin);

// Each layout tiles [0, text.size()) with regions and fills what its format has.
void layout_text(const LayoutContext& ctx, ArticleState& state);
void layout_web(const LayoutContext& ctx, ArticleState& state);
void layout_reuters(const LayoutContext& ctx, ArticleState& state);
void layout_agency(const LayoutContext& ctx, ArticleState& state);
void layout_anpa1312(const LayoutContext& ctx, ArticleState& state);
void layout_iptc7901(const LayoutContext& ctx, ArticleState& state);

// Reads an IPTC 7901 header line ("eca062 4 i 211 ccccb   dpa 061", after SOH) into `wire`;
// false when its fixed fields do not read. Format detection uses it too.
bool read_iptc7901_header(std::string_view text, Line line, WireHeader& wire);

// Shared by the layouts: the dateline at the start of the first paragraph, when there is one,
// becomes a dateline region; marks everything before it (from the builder's position) as
// `before_kind`. Returns the first body byte of the paragraph.
class RegionBuilder;
std::uint32_t take_dateline(const LayoutContext& ctx, ArticleState& state, RegionBuilder& regions,
                            Span first_paragraph, RegionKind before_kind, DatelineSlot slot);

// The report's first line as its timestamp. Skips blank lines from the cursor; when the line is
// a timestamp, fills state.published (reporting an unknown zone), marks the line as header,
// moves the cursor past it and returns true.
class LineCursor;
bool take_timestamp_line(const LayoutContext& ctx, ArticleState& state, RegionBuilder& regions, LineCursor& head);

// True when `line` starts (after spaces) with a bullet ("•", "►", "-", "*", ...) and a space;
// `after` is then where the bullet's text begins.
bool starts_with_bullet(std::string_view line, std::size_t& after);

// Splits a byline's authors ("By Jane Roe and John Doe, Reuters") into state.authors.
void split_authors(std::string_view text, Span byline, ArticleState& state);

}  // namespace wirereport::detail
