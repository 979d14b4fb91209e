// Reading the frame of a quote: the words of a unit through the quote lexicon, speakers (noun
// phrases), and cues (a cue verb with its speaker, "laut X", "X zufolge", ", so X",
// "heißt es in X", "according to X").
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

#include "lang/quote_lexicon.hpp"
#include "wirereport/span.hpp"
#include "wirereport/tokens.hpp"

namespace wirereport::detail {

inline constexpr std::uint32_t no_token = UINT32_MAX;

// The tokens of one text read through the quote lexicon.
class Words {
 public:
  Words(std::string_view text, std::span<const Token> tokens, const QuoteLexicon& lexicon, bool german)
      : text_(text), tokens_(tokens), lexicon_(lexicon), german_(german) {}

  [[nodiscard]] std::uint32_t size() const noexcept { return static_cast<std::uint32_t>(tokens_.size()); }
  [[nodiscard]] const Token& token(std::uint32_t i) const noexcept { return tokens_[i]; }
  [[nodiscard]] std::string_view text(std::uint32_t i) const noexcept { return tokens_[i].span.in(text_); }
  [[nodiscard]] std::string_view text() const noexcept { return text_; }
  [[nodiscard]] std::span<const Token> tokens() const noexcept { return tokens_; }
  [[nodiscard]] bool german() const noexcept { return german_; }
  [[nodiscard]] const QuoteLexicon& lexicon() const noexcept { return lexicon_; }

  // The lexicon entry of a word token, or nullptr. The stage asks about the same few tokens
  // again and again: answers are kept in a small direct-mapped cache.
  [[nodiscard]] const LexWord* lex(std::uint32_t i) const noexcept;
  [[nodiscard]] std::uint32_t classes(std::uint32_t i) const noexcept {
    const LexWord* w = lex(i);
    return w != nullptr ? w->classes : 0;
  }
  [[nodiscard]] bool has(std::uint32_t i, std::uint32_t cls) const noexcept { return (classes(i) & cls) != 0; }

  [[nodiscard]] bool is_word(std::uint32_t i) const noexcept { return tokens_[i].kind == TokenKind::word; }
  [[nodiscard]] bool is_mark(std::uint32_t i) const noexcept {
    const TokenKind k = tokens_[i].kind;
    return k == TokenKind::quote_open || k == TokenKind::quote_close || k == TokenKind::quote_ambiguous;
  }
  [[nodiscard]] bool capitalized(std::uint32_t i) const noexcept {
    return tokens_[i].kind == TokenKind::word && tokens_[i].has(token_flag::capitalized);
  }
  [[nodiscard]] bool lowercase_word(std::uint32_t i) const noexcept {
    return tokens_[i].kind == TokenKind::word && !tokens_[i].has(token_flag::capitalized);
  }
  [[nodiscard]] bool is(std::uint32_t i, std::string_view s) const noexcept { return text(i) == s; }
  // A hyphenated compound comes as one token ("US-Präsident") or, split as Universal
  // Dependencies does, as three ("US" "-" "Präsident"): is token `i` such an inner hyphen? The
  // last token of the compound that starts at `i`, the first of the one that ends at `i`.
  [[nodiscard]] bool inner_hyphen(std::uint32_t i) const noexcept;
  [[nodiscard]] std::uint32_t compound_last(std::uint32_t i) const noexcept;
  [[nodiscard]] std::uint32_t compound_first(std::uint32_t i) const noexcept;
  // , ; : and dashes: the punctuation that separates clauses (parentheses stay inside them).
  [[nodiscard]] bool clause_mark(std::uint32_t i) const noexcept;
  [[nodiscard]] bool final_mark(std::uint32_t i) const noexcept;  // . ! ? …

 private:
  struct CacheSlot {
    std::uint32_t token = UINT32_MAX;
    const LexWord* word = nullptr;
  };

  std::string_view text_;
  std::span<const Token> tokens_;
  const QuoteLexicon& lexicon_;
  bool german_;
  mutable std::array<CacheSlot, 512> cache_{};
};

// A word that can be (part of) a name or a German noun: capitalised or an acronym, and not a
// function word that is capitalised because it starts the sentence ("Der", "Laut").
bool nounish(const Words& w, std::uint32_t i);

// A person or body named as a speaker, or a pronoun standing for one.
struct Speaker {
  Span span;
  std::uint32_t first = no_token;  // tokens [first, last]
  std::uint32_t last = no_token;
  bool pronoun = false;
  std::uint32_t gender = 0;  // word_class masculine / feminine / plural bits, 0 when unknown

  [[nodiscard]] bool found() const noexcept { return first != no_token; }
};

enum class CueKind : std::uint8_t {
  verb,          // "sagte", "fügte ... hinzu", "said"
  according,     // "laut X", "gemäß X", "nach Angaben von X", "according to X": the speaker follows
  postposition,  // "X zufolge"
  so,            // "„…“, so X."
  heisst_es,     // "heißt es in X"
};

struct Cue {
  CueKind kind = CueKind::verb;
  CueClass cue_class = CueClass::say;
  std::uint32_t trigger = no_token;  // the verb, "laut", "zufolge", "so", "heißt"
  Span span;                         // the cue words: "sagte", "fügte er hinzu", "nach Angaben"
  std::uint32_t frame_begin = no_token;  // tokens [frame_begin, frame_end] hold the cue and its speaker
  std::uint32_t frame_end = no_token;
  Speaker speaker;
  bool inverted = false;    // the verb comes first in its clause ("„…“, sagte X", "…, so X")
  bool anaphoric = false;   // "Demnach": the source is the one named before
};

// Reads a cue at token `i` (outside direct quotes) of the unit [begin, end); false when `i`
// starts none. Quotation marks bound every phrase, so a frame never reaches into a quote.
bool read_cue(const Words& w, std::uint32_t begin, std::uint32_t end, std::uint32_t i, Cue& cue);

// German "„…“, zeigte sich X zufrieden", "„…“, strich Romney heraus": a clause that opens
// with a verb (no cue verb) at token `i` and its subject, right after a quote, says who said it.
bool read_inverted_frame(const Words& w, std::uint32_t i, std::uint32_t end, Cue& frame);

// German "„Ja, es gibt Zumutungen“. Das musste Steinbrück einräumen.": a sentence that opens
// with "Das", "Dies" or "So" and a verb points back at the quote before it and names its speaker.
bool read_back_reference(const Words& w, std::uint32_t begin, std::uint32_t end, Cue& frame);

// "„Computerwoche“", "„New York Times“": the closing mark of a short name in quotation marks
// that opens at token `i`, or no_token.
std::uint32_t quoted_name_end(const Words& w, std::uint32_t i, std::uint32_t end);

// A noun phrase naming a speaker that starts at token `i` (and ends before `end`).
Speaker noun_phrase_after(const Words& w, std::uint32_t i, std::uint32_t end);
// The subject of the clause that starts at `begin` (before `limit`): the noun phrase that
// opens it, or, in German, the one after an adverb or prepositional phrase and the verb
// ("Dabei griff sie …", "In der ARD zeigt sich der Bundestrainer …"). None for a possessive.
Speaker clause_subject(const Words& w, std::uint32_t begin, std::uint32_t limit);

// Does the phrase name someone who can speak: a pronoun, a person by name or function, an
// institution ("Osterloh", "der Minister", "die Bundesregierung"; not "die Daten")?
bool names_speaker(const Words& w, const Speaker& s);

// "X, der … „…“ sieht": the phrase a relative pronoun at `cb` stands for, when the pronoun is
// the subject of its clause (whose verb is at `verb`); none otherwise.
Speaker relative_antecedent(const Words& w, std::uint32_t begin, std::uint32_t cb, std::uint32_t verb);

// A German main clause from `begin` (before `limit`): its finite verb (second, after one phrase)
// and its subject, before the verb or after it ("Den Unmut … brachte die Sprecherin … zum
// Ausdruck"). No verb when the clause has another shape.
struct MainClause {
  std::uint32_t verb = no_token;
  Speaker subject;
};
MainClause main_clause(const Words& w, std::uint32_t begin, std::uint32_t limit);

// A noun phrase naming a speaker that ends at token `i` (and starts at or after `begin`).
Speaker noun_phrase_before(const Words& w, std::uint32_t i, std::uint32_t begin);

}  // namespace wirereport::detail
