#include "text/utf8.hpp"

#include <utf8proc.h>

#include <cstring>
#include <string>

namespace wirereport::detail {

namespace {
unsigned char byte_at(std::string_view text, std::size_t pos) noexcept {
  return static_cast<unsigned char>(text[pos]);
}
}  // namespace

// The table of well-formed sequences is Unicode's Table 3-7: it excludes overlong forms,
// surrogates (ED A0..BF) and code points above U+10FFFF (F4 90.. and F5..FF).
std::size_t utf8_sequence_length(std::string_view text, std::size_t pos) noexcept {
  const unsigned char b0 = byte_at(text, pos);
  if (b0 < 0x80u) return 1;
  const std::size_t avail = text.size() - pos;
  auto cont = [&](std::size_t i, unsigned char lo, unsigned char hi) {
    if (i >= avail) return false;
    const unsigned char b = byte_at(text, pos + i);
    return b >= lo && b <= hi;
  };
  if (b0 >= 0xC2u && b0 <= 0xDFu) return cont(1, 0x80, 0xBF) ? 2 : 0;
  if (b0 == 0xE0u) return cont(1, 0xA0, 0xBF) && cont(2, 0x80, 0xBF) ? 3 : 0;
  if ((b0 >= 0xE1u && b0 <= 0xECu) || b0 == 0xEEu || b0 == 0xEFu)
    return cont(1, 0x80, 0xBF) && cont(2, 0x80, 0xBF) ? 3 : 0;
  if (b0 == 0xEDu) return cont(1, 0x80, 0x9F) && cont(2, 0x80, 0xBF) ? 3 : 0;
  if (b0 == 0xF0u) return cont(1, 0x90, 0xBF) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  if (b0 >= 0xF1u && b0 <= 0xF3u)
    return cont(1, 0x80, 0xBF) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  if (b0 == 0xF4u) return cont(1, 0x80, 0x8F) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  return 0;
}

CodePoint decode_utf8(std::string_view text, std::size_t pos) noexcept {
  const std::size_t len = utf8_sequence_length(text, pos);
  const unsigned char b0 = byte_at(text, pos);
  switch (len) {
    case 1:
      return {b0, 1};
    case 2:
      return {static_cast<char32_t>(((b0 & 0x1Fu) << 6) | (byte_at(text, pos + 1) & 0x3Fu)), 2};
    case 3:
      return {static_cast<char32_t>(((b0 & 0x0Fu) << 12) | ((byte_at(text, pos + 1) & 0x3Fu) << 6) |
                                    (byte_at(text, pos + 2) & 0x3Fu)),
              3};
    case 4:
      return {static_cast<char32_t>(((b0 & 0x07u) << 18) | ((byte_at(text, pos + 1) & 0x3Fu) << 12) |
                                    ((byte_at(text, pos + 2) & 0x3Fu) << 6) |
                                    (byte_at(text, pos + 3) & 0x3Fu)),
              4};
    default:
      return {0xFFFD, 0};
  }
}

std::size_t find_invalid_utf8(std::string_view text, std::size_t from) noexcept {
  std::size_t pos = from;
  const std::size_t n = text.size();
  while (pos < n) {
    // Skip ASCII eight bytes at a time: news text is mostly ASCII.
    while (pos + 8 <= n) {
      std::uint64_t word;
      std::memcpy(&word, text.data() + pos, 8);
      if ((word & 0x8080808080808080ull) != 0) break;
      pos += 8;
    }
    if (pos >= n) break;
    if (byte_at(text, pos) < 0x80u) {
      ++pos;
      continue;
    }
    const std::size_t len = utf8_sequence_length(text, pos);
    if (len == 0) return pos;
    pos += len;
  }
  return n;
}

std::size_t encode_utf8(char32_t cp, char* out) noexcept {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

namespace {
utf8proc_category_t category(char32_t cp) noexcept {
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp));
}
}  // namespace

bool is_letter(char32_t cp) noexcept {
  if (cp < 0x80) return is_ascii_alpha(static_cast<char>(cp));
  switch (category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return true;
    default:
      return false;
  }
}

bool is_upper(char32_t cp) noexcept {
  if (cp < 0x80) return is_ascii_upper(static_cast<char>(cp));
  const auto c = category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool is_lower(char32_t cp) noexcept {
  if (cp < 0x80) return is_ascii_lower(static_cast<char>(cp));
  return category(cp) == UTF8PROC_CATEGORY_LL;
}

bool is_space(char32_t cp) noexcept {
  if (cp < 0x80) return is_ascii_space(static_cast<char>(cp));
  switch (cp) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
    case 0x3000:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

bool is_mark(char32_t cp) noexcept {
  const auto c = category(cp);
  return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ME;
}

namespace {

// The folded form of the code point at text[pos] into `out` (room for 32 bytes: folding gives
// at most 8 code points); advances pos past it and returns the number of bytes written.
std::size_t fold_next(std::string_view text, std::size_t& pos, char* out) noexcept {
  const CodePoint cp = decode_utf8(text, pos);
  if (cp.length == 0) {  // keep invalid bytes as they are
    out[0] = text[pos];
    ++pos;
    return 1;
  }
  pos += cp.length;
  if (cp.value < 0x80) {
    out[0] = ascii_lower(static_cast<char>(cp.value));
    return 1;
  }
  // Folding can expand one code point ("ß" -> "ss"); decomposing first lets STRIPMARK drop
  // the combining marks ("é" -> "e").
  utf8proc_int32_t folded[8];
  const utf8proc_ssize_t n = utf8proc_decompose_char(
      static_cast<utf8proc_int32_t>(cp.value), folded, 8,
      static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK), nullptr);
  if (n <= 0 || n > 8) {
    std::memcpy(out, text.data() + pos - cp.length, cp.length);
    return cp.length;
  }
  std::size_t written = 0;
  for (utf8proc_ssize_t i = 0; i < n; ++i) written += encode_utf8(static_cast<char32_t>(folded[i]), out + written);
  return written;
}

}  // namespace

void append_folded(std::string_view text, std::string& out) {
  std::size_t pos = 0;
  char buf[32];
  while (pos < text.size()) {
    // A run of ASCII, the common case, at once and without the detour through buf.
    std::size_t end = pos;
    while (end < text.size() && static_cast<unsigned char>(text[end]) < 0x80) ++end;
    if (end > pos) {
      const std::size_t at = out.size();
      out.resize(at + (end - pos));
      for (std::size_t k = pos; k < end; ++k) out[at + (k - pos)] = ascii_lower(text[k]);
      pos = end;
      continue;
    }
    out.append(buf, fold_next(text, pos, buf));
  }
}

std::string_view fold_into(std::string_view text, FoldBuffer& buffer) noexcept {
  std::size_t size = 0;
  std::size_t pos = 0;
  char buf[32];
  while (pos < text.size()) {
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {  // the common case, without the detour through buf
      if (size == sizeof buffer.bytes) return {};
      buffer.bytes[size++] = ascii_lower(static_cast<char>(c));
      ++pos;
      continue;
    }
    const std::size_t n = fold_next(text, pos, buf);
    if (size + n > sizeof buffer.bytes) return {};
    std::memcpy(buffer.bytes + size, buf, n);
    size += n;
  }
  return {buffer.bytes, size};
}

bool equal_folded(std::string_view a, std::string_view b) {
  if (a.size() == b.size() && iequals_ascii(a, b)) return true;
  std::string fa, fb;
  append_folded(a, fa);
  append_folded(b, fb);
  return fa == fb;
}

bool iequals_ascii(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

}  // namespace wirereport::detail
