#include "lang/lexicon.hpp"

#include <array>
#include <vector>

#include "text/keys.hpp"

namespace wirereport::detail {

namespace {

struct Entry {
  std::string_view text;
  std::uint8_t languages;  // bits: de, en
  std::uint16_t roles;
};

constexpr std::uint8_t de = 1;
constexpr std::uint8_t en = 2;
using word_role::clitic;
using word_role::emoticon;
using word_role::general;
using word_role::hyphen_prefix;
using word_role::hyphen_suffix;
using word_role::number;
using word_role::slash_word;
using word_role::starter;
using word_role::title;

constexpr Entry entries[] = {
#include "lang/abbreviations.inc"
#include "lang/token_words.inc"
};

std::uint8_t language_bits(Language language) noexcept {
  switch (language) {
    case Language::de: return de;
    case Language::en: return en;
    default: return de | en;
  }
}

// Open addressing over the entries; slots hold entry index + 1 (0 is empty).
class Table {
 public:
  static constexpr std::size_t slots = 2048;
  static_assert(std::size(entries) * 2 < slots);

  Table() {
    for (std::size_t i = 0; i < std::size(entries); ++i) {
      std::size_t s = hash_text(entries[i].text) & (slots - 1);
      while (slot_[s] != 0) s = (s + 1) & (slots - 1);
      slot_[s] = static_cast<std::uint16_t>(i + 1);
      if (entries[i].text.find(' ') != std::string_view::npos) spaced_.push_back(&entries[i]);
      if (entries[i].text.size() > longest_) longest_ = entries[i].text.size();
      if (entries[i].text.size() < 32) lengths_[static_cast<unsigned char>(entries[i].text[0])] |= 1u << entries[i].text.size();
      if ((entries[i].roles & word_role::abbreviation) != 0 && entries[i].text.size() > longest_abbreviation_)
        longest_abbreviation_ = entries[i].text.size();
    }
  }

  std::uint16_t roles(std::string_view word, std::uint8_t languages) const noexcept {
    // Most words are in no list: their first byte and length say so without hashing.
    if (word.empty() || word.size() >= 32 || (lengths_[static_cast<unsigned char>(word[0])] & (1u << word.size())) == 0)
      return 0;
    std::uint16_t roles = 0;
    for (std::size_t s = hash_text(word) & (slots - 1); slot_[s] != 0; s = (s + 1) & (slots - 1)) {
      const Entry& e = entries[slot_[s] - 1];
      if ((e.languages & languages) != 0 && e.text == word) roles |= e.roles;
    }
    return roles;
  }

  const std::vector<const Entry*>& spaced() const noexcept { return spaced_; }
  std::size_t longest_abbreviation() const noexcept { return longest_abbreviation_; }

 private:
  std::array<std::uint16_t, slots> slot_{};
  std::array<std::uint32_t, 256> lengths_{};  // bit n: some entry starts with this byte and has n bytes
  std::vector<const Entry*> spaced_;
  std::size_t longest_ = 0;
  std::size_t longest_abbreviation_ = 0;
};

const Table& table() {
  static const Table t;
  return t;
}

}  // namespace

constinit const std::array<std::uint64_t, abbreviation_filter_bits / 64> abbreviation_filter = [] {
  std::array<std::uint64_t, abbreviation_filter_bits / 64> bits{};
  for (const Entry& e : entries) {
    if ((e.roles & word_role::abbreviation) == 0) continue;
    const std::size_t bit = abbreviation_filter_bit(e.text);
    bits[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
  return bits;
}();

std::uint16_t word_roles(std::string_view word, Language language) noexcept {
  return table().roles(word, language_bits(language));
}

std::uint16_t word_roles_lower(std::string_view word, Language language) noexcept {
  char buf[16];
  if (word.size() > sizeof buf) return 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return word_roles(std::string_view(buf, word.size()), language);
}

std::size_t longest_abbreviation() noexcept { return table().longest_abbreviation(); }

std::size_t spaced_abbreviation_length(std::string_view text, Language language) noexcept {
  std::size_t best = 0;
  const std::uint8_t languages = language_bits(language);
  for (const Entry* e : table().spaced()) {
    if ((e->languages & languages) == 0 || e->text.size() + 1 <= best) continue;
    if (text.size() > e->text.size() && text.starts_with(e->text) && text[e->text.size()] == '.')
      best = e->text.size() + 1;
  }
  return best;
}

std::size_t emoticon_length(std::string_view text) noexcept {
  for (std::size_t n = text.size() < 4 ? text.size() : 4; n >= 2; --n)
    if ((word_roles(text.substr(0, n), Language::unknown) & word_role::emoticon) != 0) return n;
  return 0;
}

}  // namespace wirereport::detail
