#include "lang/language.hpp"

#include <algorithm>

#include "text/utf8.hpp"

namespace wirereport::detail {

namespace {

// Frequent words that are (nearly) exclusive to one of the two languages.
constexpr std::string_view german_words[] = {
    "der", "die", "das", "und", "ist", "nicht", "mit", "sich", "des", "ein", "eine", "zu", "den",
    "von", "dem", "auf", "für", "im", "auch", "wird", "wurde", "sagte", "nach", "bei", "aus", "einem",
    "einer", "werden", "hat", "haben", "sind", "sei", "dass", "wie", "oder", "aber", "noch", "über"};
constexpr std::string_view english_words[] = {
    "the", "and", "of", "to", "is", "that", "for", "it", "with", "was", "on", "as", "be", "by",
    "at", "said", "from", "has", "have", "are", "were", "its", "this", "will", "which", "would",
    "their", "been", "after", "not", "but", "or", "an", "they", "he", "she", "we", "than"};

template <std::size_t N>
bool contains(const std::string_view (&words)[N], std::string_view w) {
  return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

}  // namespace

Language detect_language(std::string_view text, Span range) noexcept {
  constexpr std::uint32_t sample = 4096;
  const std::uint32_t end = std::min(range.end, range.begin + sample);
  int de = 0;
  int en = 0;
  char word[16];
  std::size_t len = 0;
  bool too_long = false;
  auto flush = [&] {
    if (len > 0 && !too_long) {
      const std::string_view w(word, len);
      de += contains(german_words, w) ? 1 : 0;
      en += contains(english_words, w) ? 1 : 0;
    }
    len = 0;
    too_long = false;
  };
  for (std::uint32_t i = range.begin; i < end; ++i) {
    const char c = text[i];
    // ASCII letters plus the bytes of "ü" in "für"/"über" (UTF-8 C3 BC).
    if (is_ascii_alpha(c) || c == '\xC3' || c == '\xBC') {
      if (len < sizeof word) {
        word[len++] = ascii_lower(c);
      } else {
        too_long = true;
      }
    } else {
      flush();
    }
  }
  flush();
  if (de == 0 && en == 0) return Language::unknown;
  return de > en ? Language::de : Language::en;
}

}  // namespace wirereport::detail
