// Time expressions in running text, German and English, resolved against the publication time:
// absolute dates ("15. September 2023", "Sept. 14", "14.09.2023", "Mitte Oktober", "Ende 2024"),
// clock times with zones ("11:52 Uhr", "3 p.m. EDT", "1509 GMT", "gegen Mittag"), weekdays and
// relative days ("am Donnerstag", "Thursday night", "gestern", "vergangene Woche", "next month").
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lang/time_lexicon.hpp"
#include "wirereport/article.hpp"

namespace wirereport::detail {

// The working memory of extract_times(). A Parser keeps one across parses (lib/scratch.hpp):
// each call clears it and reuses its capacity, so a warm parse allocates nothing.
struct TimeScratch {
  struct Memo {
    bool known = false;  // `word` is filled
    TimeWord word;
    std::int8_t month = -1;  // CalendarNames::month() of the word, -1 until looked up
  };
  std::vector<Memo> words;  // what the lexicons say of each token, filled on first use
  std::string folded;       // folded words
};

// Appends the time expressions among `tokens` (spans into `text`) to `out`, in text order.
// `published` (may be null) is the reference: a weekday in a past-tense clause is the latest
// such day before it, in a clause about the future the next one; without it, expressions that
// need it keep their span and get no value. Durations ("seit vier Jahren") are not dates.
// One pass over the tokens with bounded look-around: linear in the number of tokens.
// Whether token i starts a headline or paragraph. The parser tokenizes each on its own, so the
// first token's flags do not say so: a line break in the gap that the token did not see does.
[[nodiscard]] inline bool starts_block(std::string_view text, std::span<const Token> tokens, std::size_t i) {
  if (i == 0 || tokens[i].has(token_flag::paragraph_before)) return true;
  if (tokens[i].has(token_flag::newline_before)) return false;  // a wrapped line
  const std::uint32_t gap = tokens[i - 1].span.end;
  return text.substr(gap, tokens[i].span.begin - gap).find_first_of("\n\r") != std::string_view::npos;
}

void extract_times(std::string_view text, std::span<const Token> tokens, Language language,
                   const Published* published, std::vector<TimeExpression>& out, TimeScratch& scratch);

}  // namespace wirereport::detail
