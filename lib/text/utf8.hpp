// UTF-8 helpers shared by the stages: validation, decoding one code point, character classes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace wirereport::detail {

// Length of the valid UTF-8 sequence at text[pos], or 0 when the bytes there are not one
// (overlong forms, surrogates, code points above U+10FFFF, truncated or stray bytes).
std::size_t utf8_sequence_length(std::string_view text, std::size_t pos) noexcept;

struct CodePoint {
  char32_t value = 0;
  std::uint32_t length = 0;  // bytes; 0 means the bytes at pos are not valid UTF-8
};

// Decodes the code point at text[pos] (pos < text.size()).
CodePoint decode_utf8(std::string_view text, std::size_t pos) noexcept;

// Offset of the first byte that is not part of valid UTF-8, or text.size() when all is valid.
std::size_t find_invalid_utf8(std::string_view text, std::size_t from = 0) noexcept;

// Appends the UTF-8 encoding of `cp` to out (which must have 4 free bytes); returns the length.
std::size_t encode_utf8(char32_t cp, char* out) noexcept;

[[nodiscard]] inline bool is_ascii_space(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
[[nodiscard]] inline bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }
[[nodiscard]] inline bool is_ascii_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
[[nodiscard]] inline bool is_ascii_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
[[nodiscard]] inline bool is_ascii_alpha(char c) noexcept { return is_ascii_upper(c) || is_ascii_lower(c); }
[[nodiscard]] inline char ascii_lower(char c) noexcept {
  return is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

// Letters, upper case letters and spaces by Unicode category (utf8proc).
[[nodiscard]] bool is_letter(char32_t cp) noexcept;
[[nodiscard]] bool is_upper(char32_t cp) noexcept;
[[nodiscard]] bool is_lower(char32_t cp) noexcept;
[[nodiscard]] bool is_space(char32_t cp) noexcept;  // Unicode White_Space (NBSP included)
[[nodiscard]] bool is_mark(char32_t cp) noexcept;   // combining marks (Mn, Mc, Me)

// The key for name lookups, appended to `out`: full case folding with diacritics removed, so
// "Straße" -> "strasse", "SÃO PAULO"/"Sao Paulo" -> "sao paulo", "MÜNCHEN" -> "munchen".
void append_folded(std::string_view text, std::string& out);

// append_folded() into a buffer on the stack, for table lookups that must not allocate. It is
// longer than any key of the name tables (places, zone ids, month names: under 100 bytes); a
// text that folds longer gives an empty view, which no table holds.
struct FoldBuffer {
  char bytes[256];
};
[[nodiscard]] std::string_view fold_into(std::string_view text, FoldBuffer& buffer) noexcept;

// Equality of two UTF-8 strings under append_folded().
[[nodiscard]] bool equal_folded(std::string_view a, std::string_view b);

// True when an ASCII-only comparison ignoring case says a == b.
[[nodiscard]] bool iequals_ascii(std::string_view a, std::string_view b) noexcept;

}  // namespace wirereport::detail
