// Reporting diagnostics into an article, within the article's limit.
#pragma once

#include <cstdint>

#include "wirereport/article.hpp"

namespace wirereport::detail {

// Adds a diagnostic unless the limit is reached; then it is only counted, and the parser
// adds one `too_many_diagnostics` entry at the end.
void report(ArticleState& state, DiagnosticCode code, std::uint32_t offset);

}  // namespace wirereport::detail
