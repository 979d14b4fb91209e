// The splitter's first pass: the tokens that may end a sentence or start one. Most tokens are
// none of these, so they are gathered many at a time without a branch per token (AVX-512:
// sixteen tokens per compare and compress) and only those are decided one by one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "tokens/masks.hpp"
#include "wirereport/tokens.hpp"

namespace wirereport::detail {

// Room the gather may write beyond the indexes it returns (whole groups of sixteen).
inline constexpr std::size_t candidate_slack = 16;

// Whether the splitter has anything to decide at a token: final punctuation, a paragraph break
// before it, or a line break before a token that may begin a list item (no word does).
constexpr bool is_candidate(const Token& t) noexcept {
  return (t.flags & (token_flag::sentence_final | token_flag::paragraph_before)) != 0 ||
         (t.has(token_flag::newline_before) && t.kind != TokenKind::word);
}

// Writes the indexes of the candidates among the tokens [from, to), in order, to `out` (room
// for to - from + candidate_slack); returns how many. `level` as the tokenizer's: a level the
// CPU lacks falls back to a lower one, and every level gives the same.
std::size_t gather_candidates(std::span<const Token> tokens, std::size_t from, std::size_t to, std::uint32_t* out,
                              SimdLevel level) noexcept;

}  // namespace wirereport::detail
