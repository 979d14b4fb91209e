// The per-article limits on records (Options::max_quotes, Options::max_entities).
//
// The quote and entity stages add their records only through add_quote() and add_entity(),
// never with push_back: past the limit a record is dropped, the first one dropped is reported
// with its offset, and the stage carries on (it may stop early when these return false).
//
//   if (!detail::add_quote(state, quote)) return;  // the limit is reached: nothing more to keep
#pragma once

#include <cstdint>
#include <vector>

#include "diagnostics.hpp"
#include "wirereport/article.hpp"

namespace wirereport::detail {

// Appends `record` when `records` holds fewer than limit.max; else counts it as dropped and
// reports `code` at the record's offset for the first one. Returns whether it was kept.
template <class Record>
bool add_within_limit(ArticleState& state, std::vector<Record>& records, RecordLimit& limit, const Record& record,
                      DiagnosticCode code) {
  if (records.size() < limit.max) {
    records.push_back(record);
    return true;
  }
  if (limit.dropped == 0) report(state, code, record.span.begin);
  if (limit.dropped < UINT32_MAX) ++limit.dropped;
  return false;
}

inline bool add_quote(ArticleState& state, const Quote& quote) {
  return add_within_limit(state, state.quotes, state.quote_limit, quote, DiagnosticCode::too_many_quotes);
}

inline bool add_entity(ArticleState& state, const Entity& entity) {
  return add_within_limit(state, state.entities, state.entity_limit, entity, DiagnosticCode::too_many_entities);
}

}  // namespace wirereport::detail
