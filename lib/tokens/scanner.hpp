// The tokenizer's one scan, with the SIMD level as a parameter so tests can compare levels.
#pragma once

#include <string_view>
#include <vector>

#include "tokens/masks.hpp"
#include "wirereport/options.hpp"
#include "wirereport/span.hpp"
#include "wirereport/tokens.hpp"

namespace wirereport::detail {

// How the scan runs; every choice gives the same tokens (the tests compare them).
struct ScanMode {
  SimdLevel level = best_simd_level();  // how the character masks are computed
  bool fast_path = true;                // take common tokens from the masks alone
};

// Appends the tokens of text[range] to `out` (offsets relative to `text`).
void scan_tokens(std::string_view text, Span range, Language language, Compounds compounds,
                 std::vector<Token>& out, ScanMode mode = {});

// Writes the tokens of text[range] over the elements of `storage` from its start, growing it
// where they do not fit but never shrinking it; returns how many (the first elements). For a
// reused tokenizer: once its storage has grown, a scan neither allocates nor initialises.
std::size_t scan_tokens_reusing(std::string_view text, Span range, Language language, Compounds compounds,
                                std::vector<Token>& storage, ScanMode mode = {});

}  // namespace wirereport::detail
