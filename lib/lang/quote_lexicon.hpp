// The words the quote stage reads: cue verbs in all their forms (German and English) and the
// function words, pronouns, role nouns and source nouns that frame a quote. Data in
// lib/lang/cue_verbs_{de,en}.inc and lib/lang/quote_words_{de,en}.inc; built once, immutable.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/keys.hpp"
#include "wirereport/options.hpp"

namespace wirereport::detail {

// Word classes (bits); quote_words_de.inc describes each.
namespace word_class {
inline constexpr std::uint32_t determiner = 1u << 0;
inline constexpr std::uint32_t pronoun = 1u << 1;
inline constexpr std::uint32_t impersonal = 1u << 2;
inline constexpr std::uint32_t relative = 1u << 3;
inline constexpr std::uint32_t preposition = 1u << 4;
inline constexpr std::uint32_t subordinator = 1u << 5;
inline constexpr std::uint32_t complementizer = 1u << 6;
inline constexpr std::uint32_t coordinator = 1u << 7;
inline constexpr std::uint32_t auxiliary = 1u << 8;
inline constexpr std::uint32_t modal = 1u << 9;
inline constexpr std::uint32_t subjunctive = 1u << 10;
inline constexpr std::uint32_t subjunctive2 = 1u << 11;
inline constexpr std::uint32_t adverb = 1u << 12;
inline constexpr std::uint32_t according = 1u << 13;
inline constexpr std::uint32_t postposition = 1u << 14;
inline constexpr std::uint32_t so = 1u << 15;
inline constexpr std::uint32_t name_particle = 1u << 16;
inline constexpr std::uint32_t source_noun = 1u << 17;
inline constexpr std::uint32_t role_noun = 1u << 18;
inline constexpr std::uint32_t masculine = 1u << 19;
inline constexpr std::uint32_t feminine = 1u << 20;
inline constexpr std::uint32_t plural = 1u << 21;
inline constexpr std::uint32_t naming = 1u << 22;
inline constexpr std::uint32_t object = 1u << 23;
inline constexpr std::uint32_t cue_verb = 1u << 24;  // the entry's `verb` is set
inline constexpr std::uint32_t oblique = 1u << 25;   // a determiner never in the nominative: "den", "dem"
inline constexpr std::uint32_t body = 1u << 26;      // an institution that speaks: "Regierung", "Gericht"
inline constexpr std::uint32_t title = 1u << 27;     // a name of a work or a word: "Titel", "Motto", "Buch"
inline constexpr std::uint32_t fused = 1u << 28;     // a preposition with its article: "im", "beim"
// Words that can be the finite verb of a reported clause without being cue verbs.
inline constexpr std::uint32_t finite_verb = auxiliary | modal | subjunctive | subjunctive2;
inline constexpr std::uint32_t gender = masculine | feminine | plural;
}  // namespace word_class

enum class CueClass : std::uint8_t { say, think, ask, call };
// Which forms of its verb a word is (bits: "behauptet" is finite and a participle).
namespace verb_form {
inline constexpr std::uint8_t finite = 1;
inline constexpr std::uint8_t participle = 2;  // also the English -ing form
inline constexpr std::uint8_t infinitive = 4;
}  // namespace verb_form

struct CueVerb {
  std::string_view lemma;                   // "teilen"; points into the static data
  std::vector<std::string_view> particles;  // separable particles that make it a cue ("mit")
  bool bare = false;                        // a cue without a particle too
  CueClass cue_class = CueClass::say;
};

// What the lexicon knows about one word form.
struct LexWord {
  std::uint32_t classes = 0;
  std::int16_t verb = -1;     // index for QuoteLexicon::verb() when classes has cue_verb
  std::int8_t particle = -1;  // index of the particle joined to the form ("mitteilte"), or -1
  std::uint8_t forms = 0;     // verb_form bits
};

class QuoteLexicon {
 public:
  // The lexicon of a language; `unknown` merges German and English.
  [[nodiscard]] static const QuoteLexicon& instance(Language language);

  // The entry for `word` (any case: "Sagte" finds "sagte"), or nullptr. Entries marked as
  // suffixes also match the end of a capitalised compound ("Regierungssprecher").
  [[nodiscard]] const LexWord* find(std::string_view word) const noexcept;
  [[nodiscard]] const CueVerb& verb(int index) const noexcept {
    return verbs_[static_cast<std::size_t>(index)];
  }

 private:
  struct Entry {
    std::string word;  // folded
    LexWord info;
  };

  explicit QuoteLexicon(Language language);
  void add_words(Language language);
  void add_verbs(Language language);
  void add(std::string word, LexWord info, bool suffix = false);


  std::vector<CueVerb> verbs_;
  std::vector<Entry> entries_;   // while building: every word as added
  TextIndex<LexWord> words_;     // one entry per word
  std::vector<Entry> suffixes_;  // compound endings
};

// Lower-cases ASCII and the Latin-1 capitals ("Ä" -> "ä") of `word` into `buffer`; returns the
// folded view, or an empty view when the word does not fit.
[[nodiscard]] std::string_view fold_word(std::string_view word, char (&buffer)[64]) noexcept;

}  // namespace wirereport::detail
