// The word lists tokens and sentences are decided by, per language: abbreviations
// (lib/lang/abbreviations.inc) and the words of lib/lang/token_words.inc. One hash table,
// built once and immutable afterwards; lookups never allocate.
#pragma once

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

// The length in bytes of the longest abbreviation (without its period): longer words never are.
[[nodiscard]] std::size_t longest_abbreviation() noexcept;

// The longest spaced abbreviation ("z. B", "u. a", "i. d. R") that `text` starts with,
// followed by its final period: its length including that period, or 0.
[[nodiscard]] std::size_t spaced_abbreviation_length(std::string_view text, Language language) noexcept;

// The longest emoticon `text` starts with: its length, or 0.
[[nodiscard]] std::size_t emoticon_length(std::string_view text) noexcept;

}  // namespace wirereport::detail
