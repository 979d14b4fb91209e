// The public tokenizer API over the scanner (tokens/scanner.cpp).
#include "tokens/scanner.hpp"
#include "wirereport/tokens.hpp"

namespace wirereport {

namespace {

// The whole of `text` as a range. Offsets are 32-bit: a text they cannot index (over 4 GiB - 1
// bytes) gives an empty range, so no tokens, rather than the tokens of a wrapped-around size.
Span whole(std::string_view text) noexcept {
  if (text.size() > max_supported_input_bytes) return {};
  return {0, static_cast<std::uint32_t>(text.size())};
}

}  // namespace

void tokenize_append(std::string_view text, Span range, Language language, std::vector<Token>& out,
                     Compounds compounds) {
  detail::scan_tokens(text, range, language, compounds, out);
}

std::vector<Token> tokenize(std::string_view text, Language language, Compounds compounds) {
  const Span range = whole(text);
  std::vector<Token> tokens;
  tokens.reserve(range.size() / 6 + 16);
  tokenize_append(text, range, language, tokens, compounds);
  return tokens;
}

std::span<const Token> Tokenizer::tokenize(std::string_view text, Language language, Compounds compounds) {
  const std::size_t count = detail::scan_tokens_reusing(text, whole(text), language, compounds, tokens_);
  return {tokens_.data(), count};
}

Span compound_span(std::span<const Token> tokens, std::size_t index) noexcept {
  if (index >= tokens.size()) return {};
  std::size_t first = index;
  std::size_t last = index;
  if (tokens[index].has(token_flag::in_compound)) {
    while (first > 0 && tokens[first - 1].has(token_flag::in_compound) && tokens[first - 1].span.end == tokens[first].span.begin)
      --first;
    while (last + 1 < tokens.size() && tokens[last + 1].has(token_flag::in_compound) &&
           tokens[last].span.end == tokens[last + 1].span.begin)
      ++last;
  }
  return {tokens[first].span.begin, tokens[last].span.end};
}

}  // namespace wirereport
