// The tokenizer's one scan, with the SIMD level as a parameter so tests can compare levels.
#pragma once

#include <string_view>
#include <vector>

#include "tokens/masks.hpp"
#include "wirereport/options.hpp"
#include "wirereport/span.hpp"
#include "wirereport/tokens.hpp"

namespace wirereport::detail {

// Appends the tokens of text[range] to `out` (offsets relative to `text`), computing the
// character masks at `level`. Every level gives the same tokens.
void scan_tokens(std::string_view text, Span range, Language language, std::vector<Token>& out,
                 SimdLevel level);

}  // namespace wirereport::detail
