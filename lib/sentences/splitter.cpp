// Sentence splitting over tokens. A sentence ends at final punctuation (with the closing
// quotes and brackets that follow it) unless what comes next continues it; at a blank line;
// before a list item on a new line; and after a dateline ("BERLIN (dpa) -"). Abbreviations,
// initials and German ordinals keep their period in the token (the tokenizer decides that);
// here they end a sentence only before a typical sentence opener (lib/lang/token_words.inc).
#include <algorithm>
#include <string_view>

#include "lang/lexicon.hpp"
#include "sentences/candidates.hpp"
#include "wirereport/tokens.hpp"

namespace wirereport {

namespace {

using detail::word_role::general;
using detail::word_role::number;
using detail::word_role::starter;
using detail::word_role::title;

class Splitter {
 public:
  Splitter(std::string_view text, std::span<const Token> tokens, Language language, std::vector<Span>& out)
      : text_(text), tokens_(tokens), language_(language), out_(out) {}

  void run() {
    const std::size_t n = tokens_.size();
    if (n == 0) return;
    std::size_t i = dateline_end(0);
    if (i != 0) emit(i - 1);
    // Only final punctuation, paragraph breaks and lines that may start a list item decide
    // anything (detail::is_candidate). A chunk at a time they are gathered, then decided in order.
    constexpr std::size_t chunk = 256;
    std::uint32_t candidates[chunk + detail::candidate_slack];
    const detail::SimdLevel level = detail::best_simd_level();
    for (std::size_t from = i; from < n && i < n; from += chunk) {
      const std::size_t to = std::min(n, from + chunk);
      const std::size_t count = detail::gather_candidates(tokens_, from, to, candidates, level);
      for (std::size_t c = 0; c < count && i < n; ++c) {
        if (candidates[c] < i) continue;  // inside what the token before took
        i = decide(candidates[c]);
      }
    }
    if (first_ < n) emit(n - 1);
  }

 private:
  // What tokens_[i] (a candidate) ends; returns the index to go on from, or the
  // number of tokens when nothing more can end.
  std::size_t decide(std::size_t i) {
    const std::size_t n = tokens_.size();
    const Token& t = tokens_[i];
    if (i > 0 && t.has(token_flag::paragraph_before)) {
      if (i > first_) emit(i - 1);
      const std::size_t d = dateline_end(i);
      if (d != i) {
        emit(d - 1);
        return d;
      }
    } else if (i > first_ && t.has(token_flag::newline_before) && starts_item(i)) {
      emit(i - 1);
    }
    if (!t.has(token_flag::sentence_final) || i == first_) return i + 1;  // "...Now comes" opens
    std::size_t last = i;
    bool quoted = false;
    bool bracketed = false;
    while (last + 1 < n && closes(tokens_[last + 1], t)) {
      ++last;
      quoted = quoted || is_quote(tokens_[last].kind);
      bracketed = bracketed || is_closing_bracket(tokens_[last]);
    }
    if (last + 1 >= n) return n;
    // "(mit freundlichem Personal!) und": the mark ended a bracket opened in this sentence,
    // which goes on in lower case.
    const Token& next = tokens_[last + 1];
    const bool inner = bracketed && !next.has(token_flag::capitalized) && opened_since_first(i);
    if (!inner && ends_here(t, quoted, next)) emit(last);
    return last + 1;
  }

  std::string_view text(const Token& t) const noexcept { return t.span.in(text_); }

  static bool is_quote(TokenKind k) noexcept {
    return k == TokenKind::quote_close || k == TokenKind::quote_ambiguous || k == TokenKind::quote_open;
  }

  bool is_closing_bracket(const Token& t) const noexcept {
    if (t.kind != TokenKind::punctuation) return false;
    const std::string_view s = text(t);
    return s == ")" || s == "]" || s == "}";
  }

  // After final punctuation: a closing quote or bracket, or more final punctuation, that
  // touches what came before ("!“", ".)", German "!" "!").
  bool closes(const Token& u, const Token& final) const noexcept {
    if (u.has(token_flag::space_before)) return false;
    if (u.kind == TokenKind::quote_close || u.kind == TokenKind::quote_ambiguous) return true;
    if (u.kind == TokenKind::punctuation && u.has(token_flag::sentence_final)) return final.kind == TokenKind::punctuation;
    return is_closing_bracket(u);
  }

  bool is_starter(const Token& t) const noexcept {
    return t.kind == TokenKind::word && t.has(token_flag::capitalized) &&
           (detail::word_roles(text(t), language_) & starter) != 0;
  }

  bool lower_word(const Token& t) const noexcept {
    return t.kind == TokenKind::word && !t.has(token_flag::capitalized) && !t.has(token_flag::has_digit);
  }

  // Does the sentence end after final token `t` (and its closers), before `next`?
  bool ends_here(const Token& t, bool quoted, const Token& next) const noexcept {
    const std::string_view s = text(next);
    if (s == "," || s == ";" || s == ":" || s == ")" || s == "]") return false;
    if (next.kind == TokenKind::punctuation && next.has(token_flag::sentence_final)) return false;  // ". . ."
    if (t.kind != TokenKind::punctuation) return abbreviation_ends(t, next);
    const std::string_view mark = text(t);
    const bool ellipsis = mark.size() >= 2 ? mark[0] == '.' && mark[1] == '.' : mark == "\u2026";
    if (ellipsis) return !lower_word(next) && next.kind != TokenKind::number;  // "... and then"
    if (!next.has(token_flag::space_before)) return next.has(token_flag::capitalized);  // "end.Next"
    // „Wo?“ fragte sie. / "Stop!" he said.
    if (quoted && mark != "." && lower_word(next)) return false;
    return true;
  }

  // A word that kept its period ("Dr.", "etc.", "J.", "U.S.", German "15.").
  bool abbreviation_ends(const Token& t, const Token& next) const noexcept {
    if (t.kind == TokenKind::number) return false;  // the tokenizer kept the period of an ordinal
    std::string_view word = text(t);
    word.remove_suffix(1);
    const std::uint16_t roles = detail::abbreviation_roles(word, language_);
    if ((roles & (title | number)) != 0 && (roles & general) == 0) return false;
    return is_starter(next) || next.kind == TokenKind::quote_open;
  }

  // Whether an opening bracket before tokens_[i] is still open, counting from the sentence start.
  bool opened_since_first(std::size_t i) const noexcept {
    int depth = 0;
    for (std::size_t k = first_; k < i; ++k) {
      if (tokens_[k].kind != TokenKind::punctuation) continue;
      const std::string_view s = text(tokens_[k]);
      if (s == "(" || s == "[") ++depth;
      if ((s == ")" || s == "]") && depth > 0) --depth;
    }
    return depth > 0;
  }

  // A new line that starts a list item: a bullet or "1." / "1)".
  bool starts_item(std::size_t i) const noexcept {
    const Token& t = tokens_[i];
    const std::string_view s = text(t);
    if (s == "-" || s == "*" || s == "\u2022" || s == "\u2013" || s == "\u2014" || s == "\u25CF" || s == "\u25AA")
      return i + 1 < tokens_.size() && tokens_[i + 1].has(token_flag::space_before);
    if (t.kind == TokenKind::number && i + 1 < tokens_.size()) {
      const std::string_view after = text(tokens_[i + 1]);
      return t.has(token_flag::ends_with_period) || (after == ")" && !tokens_[i + 1].has(token_flag::space_before));
    }
    return false;
  }

  // A dateline at tokens[i..]: capitalised words, numbers and abbreviations, anything in
  // brackets, then a dash between spaces ("BERLIN (dpa) -", "NEW YORK, Feb 26 -", "Wien –").
  // It needs a place in capitals, an agency in brackets, or (one or two words) a typographic
  // dash. Returns the index after the dash, or i.
  std::size_t dateline_end(std::size_t i) const noexcept {
    const std::size_t limit = std::min(tokens_.size(), i + 14);
    if (i >= limit || tokens_[i].kind != TokenKind::word || !tokens_[i].has(token_flag::capitalized)) return i;
    int depth = 0;
    bool capitals = false;
    bool brackets = false;
    for (std::size_t k = i; k < limit; ++k) {
      const Token& t = tokens_[k];
      if (k > i && t.has(token_flag::newline_before)) return i;
      if (t.kind == TokenKind::word) {  // most tokens: decided without their text
        if (depth > 0) continue;
        if (!t.has(token_flag::capitalized)) return i;
        capitals = capitals || (t.has(token_flag::all_caps) && t.span.size() >= 3);
        continue;
      }
      const std::string_view s = text(t);
      if (s == "(") {
        ++depth;
        brackets = true;
      } else if (s == ")") {
        if (--depth < 0) return i;
      } else if (depth > 0) {
        continue;
      } else if ((s == "-" || s == "\u2013" || s == "\u2014" || s == "--") && t.has(token_flag::space_before)) {
        const bool typographic = s != "-" && s != "--" && k - i <= 2;
        if (!capitals && !brackets && !typographic) return i;
        return k + 1 < tokens_.size() && tokens_[k + 1].has(token_flag::space_before) ? k + 1 : i;
      } else if (t.kind != TokenKind::number && s != "," && s != "/" && s != ".") {
        return i;
      }
    }
    return i;
  }

  void emit(std::size_t last) {
    if (last < first_ || last >= tokens_.size()) return;
    out_.push_back({tokens_[first_].span.begin, tokens_[last].span.end});
    first_ = last + 1;
  }

  std::string_view text_;
  std::span<const Token> tokens_;
  Language language_;
  std::vector<Span>& out_;
  std::size_t first_ = 0;
};

}  // namespace

void split_sentences_append(std::string_view text, std::span<const Token> tokens, Language language,
                            std::vector<Span>& out) {
  Splitter(text, tokens, language, out).run();
}

std::vector<Span> split_sentences(std::string_view text, std::span<const Token> tokens, Language language) {
  std::vector<Span> sentences;
  split_sentences_append(text, tokens, language, sentences);
  return sentences;
}

}  // namespace wirereport
