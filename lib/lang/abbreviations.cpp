#include "lang/abbreviations.hpp"

#include <algorithm>
#include <array>

namespace wirereport::detail {

namespace {

constexpr std::string_view listed[] = {
#include "lang/abbreviations.inc"
};

// The list, sorted once at compile time, for binary search.
constexpr auto sorted_abbreviations = [] {
  std::array<std::string_view, std::size(listed)> a{};
  std::copy(std::begin(listed), std::end(listed), a.begin());
  std::sort(a.begin(), a.end());
  return a;
}();

}  // namespace

bool is_abbreviation(std::string_view word) noexcept {
  return std::binary_search(sorted_abbreviations.begin(), sorted_abbreviations.end(), word);
}

}  // namespace wirereport::detail
