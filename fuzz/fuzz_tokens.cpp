// The tokenizer and the sentence splitter on their own (the public tokenize(),
// split_sentences() and Tokenizer). Checks that only whitespace lies between tokens, that the
// flags say what that whitespace holds, that the sentences partition the tokens, that a reused
// Tokenizer gives what tokenize() gives, and that tokenizing a range of a text gives the
// tokens of that range as a text of its own.
#include <cstdint>
#include <string_view>
#include <vector>

#include "expect.hpp"

namespace {

using wirereport::Language;
using wirereport::Span;
using wirereport::Token;

bool same_tokens(std::span<const Token> a, std::span<const Token> b, std::uint32_t shift) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].kind != b[i].kind || a[i].flags != b[i].flags || a[i].span.begin != b[i].span.begin + shift ||
        a[i].span.end != b[i].span.end + shift)
      return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace invariants = wirereport::invariants;
  using wirereport::fuzz::expect;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto n = static_cast<std::uint32_t>(size);
  // The language varies with the input, without taking a byte from it.
  const Language language = size % 3 == 0 ? Language::unknown : size % 3 == 1 ? Language::de : Language::en;

  const std::vector<Token> tokens = wirereport::tokenize(text, language);
  expect(invariants::tokens_of(text, {0, n}, tokens));
  const std::vector<Span> sentences = wirereport::split_sentences(text, tokens, language);
  expect(invariants::sentences_of(tokens, sentences));

  // A reused tokenizer (its buffer kept from the inputs before) gives the same tokens.
  static wirereport::Tokenizer reused;
  expect(same_tokens(reused.tokenize(text, language), tokens, 0), "a reused Tokenizer differs");

  // A range of the text tokenizes as the same bytes on their own would.
  const Span range{n / 3, n - n / 5};
  std::vector<Token> in_range;
  wirereport::tokenize_append(text, range, language, in_range);
  expect(invariants::tokens_of(text, range, in_range));
  const std::vector<Token> alone = wirereport::tokenize(range.in(text), language);
  expect(same_tokens(in_range, alone, range.begin), "tokens of a range differ from the range alone");
  return 0;
}
