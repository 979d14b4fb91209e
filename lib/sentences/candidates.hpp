// The splitter's first pass: which tokens have a flag that may end a sentence. Most tokens
// have none, so they are gathered many at a time without a branch per token (AVX-512: sixteen
// tokens per compare and compress) and only those are decided one by one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "tokens/masks.hpp"
#include "wirereport/tokens.hpp"

namespace wirereport::detail {

// Room the gather may write beyond the indexes it returns (whole groups of sixteen).
inline constexpr std::size_t candidate_slack = 16;

// Writes the indexes of the tokens in [from, to) whose flags share a bit with `flags`, in
// order, to `out` (room for to - from + candidate_slack); returns how many. `level` as the
// tokenizer's: a level the CPU lacks falls back to a lower one, and every level gives the same.
std::size_t gather_flagged(std::span<const Token> tokens, std::size_t from, std::size_t to, std::uint16_t flags,
                           std::uint32_t* out, SimdLevel level) noexcept;

}  // namespace wirereport::detail
