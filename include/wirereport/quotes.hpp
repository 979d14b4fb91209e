// Quotes: direct quotations in every quotation style and reported (indirect) speech, each with
// its speaker and cue ("sagte", "fügte er hinzu", "said", "laut", "according to").
//
// The parser runs this stage after tokens and sentences; Article::quotes() holds the result.
// It can also run on its own over text, tokens and sentences (as tokenize() and
// split_sentences() make them). Quotes come in text order; spans index `text`.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "wirereport/article.hpp"
#include "wirereport/export.h"

namespace wirereport {

// The quotes of `text`. `sentences` may be empty (each paragraph is then one unit of
// attribution); paragraphs are where a token has the paragraph_before flag.
[[nodiscard]] WIREREPORT_API std::vector<Quote> extract_quotes(std::string_view text,
                                                               std::span<const Token> tokens,
                                                               std::span<const Span> sentences,
                                                               Language language = Language::unknown);

// The reusable form: appends the quotes to `quotes` and a diagnostic per unbalanced quotation
// mark to `diagnostics`. `paragraphs` (may be empty) are the paragraph spans when tokens were
// made per paragraph and so carry no paragraph_before flag (as in the parser).
WIREREPORT_API void extract_quotes_append(std::string_view text, std::span<const Token> tokens,
                                          std::span<const Span> sentences, std::span<const Span> paragraphs,
                                          Language language, std::vector<Quote>& quotes,
                                          std::vector<Diagnostic>& diagnostics);

}  // namespace wirereport
