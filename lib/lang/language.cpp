#include "lang/language.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

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

// Words of up to 7 bytes packed into one integer, so a lookup is a few integer compares.
constexpr std::size_t max_word_bytes = 7;

constexpr std::uint64_t pack(std::string_view w) {
  std::uint64_t key = 0;
  for (char c : w) key = (key << 8) | static_cast<unsigned char>(c);
  return key;
}

template <std::size_t N>
constexpr auto packed(const std::string_view (&words)[N]) {
  std::array<std::uint64_t, N> keys{};
  for (std::size_t i = 0; i < N; ++i) keys[i] = pack(words[i]);
  std::sort(keys.begin(), keys.end());
  return keys;
}
constexpr auto german = packed(german_words);
constexpr auto english = packed(english_words);

}  // namespace

Language detect_language(std::string_view text, Span range) noexcept {
  constexpr std::uint32_t sample = 1536;  // some 250 words: plenty to tell the two apart
  const std::uint32_t end = std::min(range.end, range.begin + sample);
  int de = 0;
  int en = 0;
  std::uint64_t key = 0;
  std::size_t len = 0;
  auto flush = [&] {
    if (len > 0 && len <= max_word_bytes) {
      de += std::binary_search(german.begin(), german.end(), key) ? 1 : 0;
      en += std::binary_search(english.begin(), english.end(), key) ? 1 : 0;
    }
    len = 0;
    key = 0;
  };
  for (std::uint32_t i = range.begin; i < end; ++i) {
    const char c = text[i];
    // ASCII letters plus the bytes of "ü" in "für"/"über" (UTF-8 C3 BC).
    if (is_ascii_alpha(c) || c == '\xC3' || c == '\xBC') {
      key = (key << 8) | static_cast<unsigned char>(ascii_lower(c));
      ++len;
    } else {
      flush();
    }
  }
  flush();
  if (de == 0 && en == 0) return Language::unknown;
  return de > en ? Language::de : Language::en;
}

}  // namespace wirereport::detail
