// Words about people, organisations and places, German and English, from lib/lang/*.inc: given
// names, titles, roles, name particles, organisation names, heads and legal forms, place-name
// parts, function words.
#pragma once

#include <bitset>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "text/keys.hpp"
#include "wirereport/options.hpp"

namespace wirereport::detail {

// Classes of a word as written (case-sensitive); a word may have several.
namespace word_class {
inline constexpr std::uint32_t first_name = 1u << 0;            // "Angela", "Wladimir"
inline constexpr std::uint32_t ambiguous_first_name = 1u << 1;  // "Mark", "Ernst": only before a surname
inline constexpr std::uint32_t title = 1u << 2;                 // "Frau", "Dr.", "Mr."
inline constexpr std::uint32_t particle = 1u << 3;              // "von", "van", "de"
inline constexpr std::uint32_t family_first = 1u << 4;          // "Kim", "Xi": family name first
inline constexpr std::uint32_t org_name = 1u << 5;              // "UN", "Kreml", "Siemens"
inline constexpr std::uint32_t org_prefix = 1u << 6;            // "Universität", "FC", "Bank"
inline constexpr std::uint32_t legal_form = 1u << 7;            // "AG", "GmbH", "Inc."
inline constexpr std::uint32_t function_word = 1u << 8;         // "Der", "The", "Laut"
inline constexpr std::uint32_t not_acronym = 1u << 9;           // "PC", "DVD", "EUR": capitals, no body
}  // namespace word_class

// A word list folded as tokens are (text/utf8.hpp: lower case, no diacritics, "ß" -> "ss"), so
// the lists can be written as words are spelled ("präsident", "straße").
class FoldedWords {
 public:
  explicit FoldedWords(std::span<const std::string_view> list);
  [[nodiscard]] bool contains(std::string_view folded) const {
    // Most strings start like no word of the list: their first two bytes say so without
    // hashing (EntityLexicon looks up every suffix of many words).
    if (folded.size() >= 2 && !starts_[first_two(folded)]) return false;
    return set_.contains(folded);
  }
  [[nodiscard]] const std::vector<std::string>& all() const { return words_; }

 private:
  static std::size_t first_two(std::string_view s) noexcept {
    return static_cast<std::size_t>(static_cast<unsigned char>(s[0])) << 8 | static_cast<unsigned char>(s[1]);
  }

  std::vector<std::string> words_;
  TextSet set_;
  std::bitset<1u << 16> starts_;              // the first two bytes of every word
};

class EntityLexicon {
 public:
  [[nodiscard]] static const EntityLexicon& instance();

  [[nodiscard]] std::uint32_t classes(std::string_view word) const;
  [[nodiscard]] bool has(std::string_view word, std::uint32_t cls) const { return (classes(word) & cls) != 0; }
  // A role or office, or a compound that ends with one ("US-Präsidenten", "Regierungssprecher");
  // `folded` is lower case. German roles for German text, English ones for English, both when
  // the language is unknown.
  [[nodiscard]] bool is_role(std::string_view folded, Language language) const;
  // An organisation's head word, or a compound that ends with one ("außenministeriums").
  [[nodiscard]] bool has_org_head(std::string_view folded) const;
  [[nodiscard]] bool is_org_head(std::string_view folded) const;  // the head word alone
  // Place-name parts, on folded words: the compass prefix a word starts with ("ost" of
  // "ostrussland", empty if none); "region" of "Amur-Region"; "straße"; "hausen", "ingen".
  [[nodiscard]] std::string_view compass_prefix(std::string_view folded) const;
  [[nodiscard]] bool is_region_head(std::string_view folded) const;
  [[nodiscard]] bool has_street_ending(std::string_view folded) const;
  [[nodiscard]] bool has_toponym_ending(std::string_view folded) const;
  [[nodiscard]] bool is_place_descriptor(std::string_view folded) const;  // "stadt", "region"
  // A head that names a kind of body ("armee", "polizei", "hochschule"), or a compound ending so.
  [[nodiscard]] bool is_generic_org_head(std::string_view folded) const;

 private:
  EntityLexicon();
  [[nodiscard]] bool ends_with_one_of(const FoldedWords& set, std::string_view folded) const;

  TextIndex<std::uint32_t> words_;  // word -> its classes
  FoldedWords roles_de_;
  FoldedWords roles_en_;
  FoldedWords org_heads_;
  FoldedWords generic_org_heads_;
  FoldedWords compass_prefixes_;
  FoldedWords region_heads_;
  FoldedWords street_heads_;
  FoldedWords road_kinds_;
  FoldedWords place_descriptors_;
  FoldedWords toponym_endings_;
  // The last three bytes of every role and head, hashed to a bit: a word whose bit is clear
  // ends like none of them.
  static std::size_t tail_bit(std::string_view tail) noexcept {
    const auto byte = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(tail[i])); };
    return ((byte(0) << 16 | byte(1) << 8 | byte(2)) * 2654435761u) >> 16;
  }
  std::bitset<1u << 16> tails_;
};

}  // namespace wirereport::detail
