// The word lists tokens and sentences are decided by, per language: abbreviations
// (lib/lang/abbreviations.inc) and the words of lib/lang/token_words.inc. One hash table,
// built once and immutable afterwards; lookups never allocate.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "wirereport/options.hpp"

namespace wirereport::detail {

// What a word is to the tokenizer and the splitter (bits; a word can have several).
namespace word_role {
inline constexpr std::uint16_t title = 1u << 0;          // abbreviation before a name or noun: never ends a sentence
inline constexpr std::uint16_t number = 1u << 1;         // abbreviation only before a number ("No. 5")
inline constexpr std::uint16_t general = 1u << 2;        // abbreviation that may end a sentence ("etc.")
inline constexpr std::uint16_t starter = 1u << 3;        // a word that typically opens a sentence
inline constexpr std::uint16_t hyphen_prefix = 1u << 4;  // "non-", "e-": the compound stays one token
inline constexpr std::uint16_t hyphen_suffix = 1u << 5;  // "-less", "-wise"
inline constexpr std::uint16_t clitic = 1u << 6;         // "'s", "'re" after an apostrophe
inline constexpr std::uint16_t slash_word = 1u << 7;     // "b/c", "w/o"
inline constexpr std::uint16_t emoticon = 1u << 8;       // ":-)"
inline constexpr std::uint16_t abbreviation = title | number | general;
}  // namespace word_role

// The roles of `word` (exact bytes) in `language`; Language::unknown takes every language.
[[nodiscard]] std::uint16_t word_roles(std::string_view word, Language language) noexcept;

// The roles of `word` with ASCII letters lowered (for case-insensitive lists: hyphen affixes).
[[nodiscard]] std::uint16_t word_roles_lower(std::string_view word, Language language) noexcept;

// A filter over the abbreviations' first two bytes, last byte and length: a word whose bit is
// clear is surely none, without hashing it or calling out of a tight loop (on the corpora, about
// one word in a hundred that is none passes).
inline constexpr std::size_t abbreviation_filter_bits = 16384;
extern const std::array<std::uint64_t, abbreviation_filter_bits / 64> abbreviation_filter;

[[nodiscard]] constexpr std::size_t abbreviation_filter_bit(std::string_view word) noexcept {
  const auto byte = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(word[i])); };
  const std::uint32_t key = (static_cast<std::uint32_t>(word.size()) << 24) | (byte(0) << 16) |
                            (byte(word.size() > 1) << 8) | byte(word.size() - 1);
  return (key * 2654435761u) >> (32 - 14);  // a multiplicative hash to 14 bits
}
static_assert(abbreviation_filter_bits == std::size_t{1} << 14);

// False when `word` (not empty) is surely no abbreviation: its bit in the filter is clear.
[[nodiscard]] inline bool passes_abbreviation_filter(std::string_view word) noexcept {
  const std::size_t bit = abbreviation_filter_bit(word);
  return ((abbreviation_filter[bit / 64] >> (bit % 64)) & 1) != 0;
}

// The abbreviation roles of `word` (title, number, general) in `language`, or 0. The filter
// answers first, so most words that are none cost no lookup.
[[nodiscard]] inline std::uint16_t abbreviation_roles(std::string_view word, Language language) noexcept {
  if (word.empty() || !passes_abbreviation_filter(word)) return 0;
  return word_roles(word, language) & word_role::abbreviation;
}

// The length in bytes of the longest abbreviation (without its period): longer words never are.
[[nodiscard]] std::size_t longest_abbreviation() noexcept;

// The longest spaced abbreviation ("z. B", "u. a", "i. d. R") that `text` starts with,
// followed by its final period: its length including that period, or 0.
[[nodiscard]] std::size_t spaced_abbreviation_length(std::string_view text, Language language) noexcept;

// The longest emoticon `text` starts with: its length, or 0.
[[nodiscard]] std::size_t emoticon_length(std::string_view text) noexcept;

}  // namespace wirereport::detail
