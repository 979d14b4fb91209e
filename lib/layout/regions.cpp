#include "layout/regions.hpp"

namespace wirereport::detail {

void RegionBuilder::mark(RegionKind kind, std::uint32_t end) {
  if (end <= pos_) return;
  if (!out_.empty() && out_.back().kind == kind && out_.back().span.end == pos_) {
    out_.back().span.end = end;
  } else {
    out_.push_back({{pos_, end}, kind});
  }
  pos_ = end;
}

bool regions_tile(const std::vector<Region>& regions, std::uint32_t size) noexcept {
  std::uint32_t pos = 0;
  for (const Region& r : regions) {
    if (r.span.begin != pos || r.span.end <= r.span.begin) return false;
    pos = r.span.end;
  }
  return pos == size;
}

}  // namespace wirereport::detail
