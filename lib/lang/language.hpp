// Language identification from function words: enough to tell German from English news.
#pragma once

#include <string_view>

#include "wirereport/options.hpp"
#include "wirereport/span.hpp"

namespace wirereport::detail {

// Counts German and English function words in the first 1.5 KiB of `text[range]`.
[[nodiscard]] Language detect_language(std::string_view text, Span range) noexcept;

}  // namespace wirereport::detail
