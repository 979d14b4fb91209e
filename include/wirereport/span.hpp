// Span: a [begin, end) range of UTF-8 byte offsets into the text an article was parsed from.
#pragma once

#include <cstdint>
#include <string_view>

namespace wirereport {

// Offsets are 32-bit: a single input is limited to 4 GiB - 1 bytes (see Options::max_input_bytes).
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  [[nodiscard]] constexpr std::uint32_t size() const noexcept { return end - begin; }
  [[nodiscard]] constexpr bool empty() const noexcept { return begin == end; }
  [[nodiscard]] constexpr bool contains(Span other) const noexcept {
    return begin <= other.begin && other.end <= end;
  }
  // The bytes this span covers in `text`; the view lives as long as `text` does.
  [[nodiscard]] constexpr std::string_view in(std::string_view text) const noexcept {
    return text.substr(begin, end - begin);
  }
  friend constexpr bool operator==(Span, Span) = default;
};

}  // namespace wirereport
