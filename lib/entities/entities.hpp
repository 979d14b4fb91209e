// People, places and organisations in running text, German and English, without a statistical
// model: lexicons in lib/lang/ (given names, roles, organisation words) and ICU's place names
// (time/zones.hpp), with mentions of one entity linked under one key.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "wirereport/article.hpp"

namespace wirereport::detail {

// Appends the entity mentions among `tokens` (spans into `text`) to `out`, in text order.
// `quotes` (may be empty) name speakers, which count as evidence for people. Each mention's
// `key` is the span of the mention that names its entity best ("Wladimir Putin" for "Putin",
// "Kim Jong-un" for "Kims" and "Kim Jung-un", "Nordkorea" for "DVRK").
// Linear in the number of tokens; the working memory is a few arrays per call.
void extract_entities(std::string_view text, std::span<const Token> tokens, Language language,
                      std::span<const Quote> quotes, std::vector<Entity>& out);

// Sets each quote's speaker_key: the key of the last entity mention inside its speaker span
// ("die staatliche Nachrichtenagentur KCNA" -> "KCNA"). `entities` are in text order.
void link_speakers(std::span<Quote> quotes, std::span<const Entity> entities);

}  // namespace wirereport::detail
