// Sentence splitting over tokens: final punctuation, closing quotes and brackets, paragraph breaks.
#include <string_view>

#include "text/utf8.hpp"
#include "wirereport/tokens.hpp"

namespace wirereport {

namespace {

bool is_closing(const Token& t, std::string_view text) {
  if (t.kind == TokenKind::quote_close || t.kind == TokenKind::quote_ambiguous) return true;
  if (t.kind != TokenKind::punctuation) return false;
  const std::string_view s = t.span.in(text);
  return s == ")" || s == "]" || s == "}";
}

// Could `t` begin a sentence? Capitalised words, numbers, opening quotes and brackets.
bool can_start(const Token& t, std::string_view text) {
  if (t.has(token_flag::capitalized) || t.kind == TokenKind::number || t.kind == TokenKind::quote_open ||
      t.kind == TokenKind::quote_ambiguous)
    return true;
  if (t.kind == TokenKind::punctuation) {
    const std::string_view s = t.span.in(text);
    return s == "(" || s == "[" || s == "-" || s == "\u2013" || s == "\u2014";
  }
  return false;
}

}  // namespace

void split_sentences_append(std::string_view text, std::span<const Token> tokens, Language language,
                            std::vector<Span>& out) {
  (void)language;
  std::size_t first = 0;
  const std::size_t n = tokens.size();
  auto emit = [&](std::size_t last) {
    out.push_back({tokens[first].span.begin, tokens[last].span.end});
    first = last + 1;
  };
  for (std::size_t i = 0; i < n; ++i) {
    if (i > first && tokens[i].has(token_flag::paragraph_before)) {
      emit(i - 1);
    }
    const Token& t = tokens[i];
    if (!t.has(token_flag::sentence_final)) continue;
    // Abbreviations ("Dr.", "Sept.") end a sentence only before a new paragraph.
    const bool abbreviation = t.kind != TokenKind::punctuation;
    std::size_t last = i;
    while (last + 1 < n && is_closing(tokens[last + 1], text) && !tokens[last + 1].has(token_flag::space_before))
      ++last;
    if (last + 1 >= n) break;
    const Token& next = tokens[last + 1];
    if (next.has(token_flag::paragraph_before)) {
      emit(last);
      i = last;
      continue;
    }
    if (abbreviation) continue;
    // "„…?“, fragte sie": a comma or lower-case word after the close keeps the sentence.
    if (can_start(next, text) && next.has(token_flag::space_before)) {
      emit(last);
      i = last;
    }
  }
  if (first < n) emit(n - 1);
}

std::vector<Span> split_sentences(std::string_view text, std::span<const Token> tokens, Language language) {
  std::vector<Span> sentences;
  split_sentences_append(text, tokens, language, sentences);
  return sentences;
}

}  // namespace wirereport
