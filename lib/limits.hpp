// The per-article limits on records (Options::max_quotes, Options::max_entities).
//
// The pipeline (parser.cpp) applies them after each extractor, so every stage keeps its simple
// form (append to a vector; its public entry point has no limit) and no stage can make an
// article hold more. Records past a limit are made and then dropped: the limit bounds what an
// article holds; the stages' own bounds keep their work linear.
#pragma once

#include <cstdint>
#include <vector>

#include "diagnostics.hpp"
#include "wirereport/article.hpp"

namespace wirereport::detail {

// Keeps the first `limit` of `records`; the rest are dropped and `code` is reported once, at
// the first one dropped.
template <class Record>
void keep_within_limit(ArticleState& state, std::vector<Record>& records, std::uint32_t limit, DiagnosticCode code) {
  if (records.size() <= limit) return;
  report(state, code, records[limit].span.begin);
  records.erase(records.begin() + limit, records.end());
}

}  // namespace wirereport::detail
