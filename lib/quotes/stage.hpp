// The quote stage as the parser runs it (the public entry points are in wirereport/quotes.hpp).
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "quotes/marks.hpp"
#include "wirereport/article.hpp"

namespace wirereport::detail {

// Appends the quotes of `text` to `quotes` (in text order); see extract_quotes_append.
void run_quote_stage(std::string_view text, std::span<const Token> tokens, std::span<const Span> sentences,
                     std::span<const Span> paragraphs, Language language, std::vector<Quote>& quotes,
                     DiagnosticSink diagnostics);

}  // namespace wirereport::detail
