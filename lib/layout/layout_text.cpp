// Bare running text: paragraphs between blank lines, nothing else.
#include "layout/layout.hpp"
#include "layout/paragraphs.hpp"
#include "layout/regions.hpp"

namespace wirereport::detail {

void layout_text(const LayoutContext& ctx, ArticleState& state) {
  state.format = Format::text;
  RegionBuilder regions(state.regions, 0);
  regions.mark(RegionKind::unclassified, ctx.begin);  // a byte order mark
  const auto end = static_cast<std::uint32_t>(ctx.text.size());
  split_paragraphs(ctx.text, ctx.begin, end, ParagraphBreak::blank_line, state.paragraphs);
  regions.mark(RegionKind::body, end);
}

}  // namespace wirereport::detail
