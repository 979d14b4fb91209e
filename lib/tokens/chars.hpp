// What a code point is to the tokenizer. Latin, Greek, Cyrillic, Hebrew and Arabic (below
// U+0800) come from a table built once from utf8proc; the rest asks utf8proc directly.
#pragma once

#include <cstdint>

namespace wirereport::detail {

enum class CharClass : std::uint8_t {
  space,        // White_Space, and invisible separators (zero width space, BOM, bidi marks)
  upper,        // Lu, Lt
  lower,        // Ll
  letter,       // Lm, Lo outside the scripts below
  ideograph,    // Han: one token per character
  kana,         // Hiragana and Katakana: a run is one token
  mark,         // Mn, Mc, Me and variation selectors: always part of the preceding character
  joiner,       // zero width (non-)joiner, word joiner, soft hyphen: inside a word
  digit,        // Nd
  quote,        // quotation marks („ “ ” ‚ ‘ ’ « » ‹ › " ' and the like)
  hyphen,       // hyphen-minus, hyphen, non-breaking hyphen: joins or splits compounds
  punctuation,  // other P*
  symbol,       // S*, No, private use, unassigned
};

[[nodiscard]] CharClass classify(char32_t cp) noexcept;

[[nodiscard]] inline bool is_word_class(CharClass c) noexcept {
  return c == CharClass::upper || c == CharClass::lower || c == CharClass::letter || c == CharClass::mark ||
         c == CharClass::joiner || c == CharClass::digit;
}
[[nodiscard]] inline bool is_letter_class(CharClass c) noexcept {
  return c == CharClass::upper || c == CharClass::lower || c == CharClass::letter;
}

// Code points that extend the character before them into one grapheme: marks, variation
// selectors, emoji modifiers, tag characters. (Zero width joiner is handled by the caller.)
[[nodiscard]] bool extends_grapheme(char32_t cp) noexcept;
[[nodiscard]] inline bool is_regional_indicator(char32_t cp) noexcept { return cp >= 0x1F1E6 && cp <= 0x1F1FF; }

}  // namespace wirereport::detail
