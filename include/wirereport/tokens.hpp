// Tokens: the hot path. One scan over the text produces compact records (span, kind, flags).
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "wirereport/export.h"
#include "wirereport/options.hpp"
#include "wirereport/span.hpp"

namespace wirereport {

enum class TokenKind : std::uint8_t {
  word,             // letters (any script), with clitics ("don't"), abbreviation periods ("z.B.")
                    // and, in English, bound-prefix hyphens ("e-mail"); see token_flag::in_compound
  number,           // digits with separators: "1.750", "5.93", "-3,5", "11:52", "14.09.2023", "15."
  punctuation,      // . , ; : ! ? … - – — ( ) [ ] { } / and the like
  symbol,           // % € $ § & + = and other symbols, emoji
  quote_open,       // „ “(English) « ‹ ‚ `` and marks that open by position
  quote_close,      // “(German) ” » › ‘ ’ '' and marks that close by position
  quote_ambiguous,  // " and ' where position does not decide
  url,
  email,
  handle,   // @name
  hashtag,  // #topic
  invalid,  // bytes that are not valid UTF-8
};

// Bit flags on a token, for the stages after the tokenizer.
namespace token_flag {
inline constexpr std::uint16_t capitalized = 1u << 0;     // first letter upper case
inline constexpr std::uint16_t all_caps = 1u << 1;        // two or more letters, none lower case
inline constexpr std::uint16_t has_digit = 1u << 2;
inline constexpr std::uint16_t has_hyphen = 1u << 3;      // "e-mail", "2023-09-14"
inline constexpr std::uint16_t sentence_final = 1u << 4;  // . ! ? … or a word that ends in "."
inline constexpr std::uint16_t space_before = 1u << 5;    // whitespace (or start of text) before
inline constexpr std::uint16_t newline_before = 1u << 6;  // a line break in the whitespace before
inline constexpr std::uint16_t paragraph_before = 1u << 7;  // a blank line in the whitespace before
inline constexpr std::uint16_t ends_with_period = 1u << 8;  // "Dr.", "U.S.", "15." keep their period
// Part of a hyphenated compound split into its parts (Compounds::split): "US" "-" "Präsident"
// each have it; compound_span() gives the whole compound.
inline constexpr std::uint16_t in_compound = 1u << 9;
}  // namespace token_flag

struct Token {
  Span span;
  TokenKind kind = TokenKind::word;
  std::uint16_t flags = 0;

  [[nodiscard]] constexpr bool has(std::uint16_t flag) const noexcept { return (flags & flag) != 0; }
};

[[nodiscard]] WIREREPORT_API const char* to_string(TokenKind kind) noexcept;

// How hyphenated compounds become tokens.
enum class Compounds : std::uint8_t {
  // One token with token_flag::has_hyphen: "US-Außenministerium", "Jong-un", "All-in-Rechner".
  // What the parser and its extractors use.
  whole,
  // The surface tokens of the Universal Dependencies treebanks: German splits every compound
  // ("US" "-" "Außenministerium"), English all but those with a bound prefix or suffix
  // ("e-mail", "non-human" stay whole); the parts have token_flag::in_compound.
  split,
};

// The tokens of `text`. Offsets are relative to `text`. A text longer than 32-bit offsets can
// index (over 4 GiB - 1 bytes, see max_supported_input_bytes) gives no tokens.
[[nodiscard]] WIREREPORT_API std::vector<Token> tokenize(std::string_view text,
                                                         Language language = Language::unknown,
                                                         Compounds compounds = Compounds::whole);

// Appends the tokens of `text[range]` to `out`, with offsets relative to `text`. Stages and the
// parser use this to tokenize several regions of one text into one array.
WIREREPORT_API void tokenize_append(std::string_view text, Span range, Language language,
                                    std::vector<Token>& out, Compounds compounds = Compounds::whole);

// A tokenizer to reuse across texts: once its buffer has grown it allocates nothing.
class WIREREPORT_API Tokenizer {
 public:
  // Tokens of `text`, valid until the next call on this tokenizer (none over 4 GiB - 1 bytes).
  [[nodiscard]] std::span<const Token> tokenize(std::string_view text, Language language = Language::unknown,
                                                Compounds compounds = Compounds::whole);

 private:
  std::vector<Token> tokens_;
};

// The whole hyphenated compound that tokens[index] is part of ("US-Präsident" for any of
// "US", "-", "Präsident"); the token's own span when it is part of none.
[[nodiscard]] WIREREPORT_API Span compound_span(std::span<const Token> tokens, std::size_t index) noexcept;

// Sentences of `text` from its tokens (as tokenize() made them). A blank line always ends a
// sentence; a line without final punctuation followed by a blank line is a sentence of its own.
[[nodiscard]] WIREREPORT_API std::vector<Span> split_sentences(std::string_view text,
                                                               std::span<const Token> tokens,
                                                               Language language = Language::unknown);

// Appends the sentences to `out` (the reusable form of split_sentences).
WIREREPORT_API void split_sentences_append(std::string_view text, std::span<const Token> tokens,
                                           Language language, std::vector<Span>& out);

}  // namespace wirereport
