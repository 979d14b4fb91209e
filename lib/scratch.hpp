// The working memory of the pipeline's stages: one member per stage that needs more than its
// output vectors. An Article owns one (detail::ArticleState::scratch) and keeps it across
// parses, so that a warm Parser allocates nothing: each stage clears its member and reuses the
// capacity earlier parses grew. No results live here, and nothing outlives the stage's call.
#pragma once

#include "entities/entities.hpp"
#include "time/expressions.hpp"
#include "wirereport/article.hpp"

namespace wirereport::detail {

struct Scratch {
  TimeScratch times;       // extract_times()
  EntityScratch entities;  // extract_entities()
};

// The state's Scratch, made on first use.
[[nodiscard]] Scratch& scratch_of(ArticleState& state);

}  // namespace wirereport::detail
