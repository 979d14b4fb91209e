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

// Both word lists in one open-addressing table of packed words, built at compile time: most
// words of a text are in neither list, and a lookup is a multiply, a shift and a compare or two
// (a binary search mispredicted its branches on most words).
struct MarkerWords {
  static constexpr std::size_t slots = 256;  // a power of two over twice the words
  std::array<std::uint64_t, slots> keys{};   // 0: empty (a packed word is never 0)
  std::array<Language, slots> language{};

  static constexpr std::size_t slot(std::uint64_t key) { return (key * 0x9E3779B97F4A7C15ull) >> 56; }

  constexpr void add(std::string_view word, Language l) {
    std::size_t at = slot(pack(word));
    while (keys[at] != 0) at = (at + 1) % slots;
    keys[at] = pack(word);
    language[at] = l;
  }
  [[nodiscard]] constexpr Language find(std::uint64_t key) const {
    for (std::size_t at = slot(key);; at = (at + 1) % slots) {
      if (keys[at] == key) return language[at];
      if (keys[at] == 0) return Language::unknown;
    }
  }
};
static_assert(MarkerWords::slots >= 2 * (std::size(german_words) + std::size(english_words)));

constexpr MarkerWords marker_words = [] {
  MarkerWords t;
  for (const std::string_view w : german_words) t.add(w, Language::de);
  for (const std::string_view w : english_words) t.add(w, Language::en);
  return t;
}();

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
      const Language l = marker_words.find(key);
      de += l == Language::de ? 1 : 0;
      en += l == Language::en ? 1 : 0;
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
