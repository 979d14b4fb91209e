#include "tokens/chars.hpp"

#include <utf8proc.h>

#include <array>

namespace wirereport::detail {

namespace {

bool is_quote_mark(char32_t cp) noexcept {
  switch (cp) {
    case U'"': case U'\'': case U'`':
    case 0x00AB: case 0x00BB:                                      // « »
    case 0x2018: case 0x2019: case 0x201A: case 0x201B:            // ‘ ’ ‚ ‛
    case 0x201C: case 0x201D: case 0x201E: case 0x201F:            // “ ” „ ‟
    case 0x2039: case 0x203A:                                      // ‹ ›
    case 0x300C: case 0x300D: case 0x300E: case 0x300F:            // 「 」 『 』
    case 0xFF02: case 0xFF07:                                      // fullwidth " '
      return true;
    default:
      return false;
  }
}

bool is_invisible_separator(char32_t cp) noexcept {
  switch (cp) {
    case 0x200B:                  // zero width space
    case 0xFEFF:                  // byte order mark
    case 0x200E: case 0x200F:     // left-to-right and right-to-left marks
    case 0x061C:                  // Arabic letter mark
      return true;
    default:
      return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);  // bidi controls
  }
}

bool is_white_space(char32_t cp) noexcept {
  switch (cp) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
      return true;
    default:
      return (cp <= 0x20) || cp == 0x7F || (cp >= 0x2000 && cp <= 0x200A) || (cp >= 0x80 && cp < 0xA0);
  }
}

CharClass classify_slow(char32_t cp) noexcept {
  if (is_white_space(cp) || is_invisible_separator(cp)) return CharClass::space;
  if (is_quote_mark(cp)) return CharClass::quote;
  if (cp == U'-' || cp == 0x2010 || cp == 0x2011) return CharClass::hyphen;
  if (cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0x00AD) return CharClass::joiner;
  if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)) return CharClass::mark;
  if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF) || (cp >= 0xFF66 && cp <= 0xFF9F))
    return cp == 0x30FB ? CharClass::punctuation : CharClass::kana;  // ・ separates words
  if (cp < 0x80) {
    const auto c = static_cast<char>(cp);
    if (c >= 'A' && c <= 'Z') return CharClass::upper;
    if (c >= 'a' && c <= 'z') return CharClass::lower;
    if (c >= '0' && c <= '9') return CharClass::digit;
  }
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
      return CharClass::upper;
    case UTF8PROC_CATEGORY_LL:
      return CharClass::lower;
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: {
      const bool han = (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
                       (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3FFFF);
      return han ? CharClass::ideograph : CharClass::letter;
    }
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return CharClass::mark;
    case UTF8PROC_CATEGORY_ND:
      return CharClass::digit;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
      return CharClass::punctuation;
    case UTF8PROC_CATEGORY_CF:  // other format characters between words
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
      return CharClass::space;
    default:
      return CharClass::symbol;
  }
}

// U+0000..U+07FF: the scripts of most news text, looked up without a call into utf8proc.
constexpr char32_t table_size = 0x800;

const std::array<CharClass, table_size>& small_table() noexcept {
  static const std::array<CharClass, table_size> table = [] {
    std::array<CharClass, table_size> t{};
    for (char32_t cp = 0; cp < table_size; ++cp) t[cp] = classify_slow(cp);
    return t;
  }();
  return table;
}

}  // namespace

CharClass classify(char32_t cp) noexcept {
  if (cp < table_size) return small_table()[cp];
  return classify_slow(cp);
}

bool extends_grapheme(char32_t cp) noexcept {
  if (cp < 0x300) return false;
  if ((cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F)) return true;  // skin tones, tags
  return classify(cp) == CharClass::mark;
}

}  // namespace wirereport::detail
