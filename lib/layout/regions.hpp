// Building the region tiling: every byte of the text in exactly one region, by construction.
#pragma once

#include <cstdint>
#include <vector>

#include "wirereport/article.hpp"

namespace wirereport::detail {

// Appends regions left to right. Each mark() covers the bytes from where the previous one
// ended, so the regions can neither overlap nor leave a gap.
class RegionBuilder {
 public:
  RegionBuilder(std::vector<Region>& out, std::uint32_t begin) noexcept : out_(out), pos_(begin) {}

  // The bytes [position(), end) become `kind` (merged into the previous region when it has the
  // same kind). Does nothing when `end` is not past the current position.
  void mark(RegionKind kind, std::uint32_t end);
  [[nodiscard]] std::uint32_t position() const noexcept { return pos_; }

 private:
  std::vector<Region>& out_;
  std::uint32_t pos_;
};

// True when `regions` tile [0, size) exactly, in order: the layout's invariant, for tests.
[[nodiscard]] bool regions_tile(const std::vector<Region>& regions, std::uint32_t size) noexcept;

}  // namespace wirereport::detail
