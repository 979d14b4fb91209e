// Abbreviations that keep their final period ("Dr.", "z.B.", "U.S.", "Sept."), per language data
// in lib/lang/abbreviations.inc.
#pragma once

#include <string_view>

namespace wirereport::detail {

// `word` without its final period: "Dr", "z.B", "U.S".
[[nodiscard]] bool is_abbreviation(std::string_view word) noexcept;

}  // namespace wirereport::detail
