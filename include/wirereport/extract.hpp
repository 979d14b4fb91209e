// The extraction stages on their own, over tokens from tokenize(): time expressions resolved
// against a publication time, and people, places and organisations with linked mentions.
// parse() runs both; these are for callers that bring their own tokens.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "wirereport/article.hpp"
#include "wirereport/export.h"

namespace wirereport {

// Time expressions among `tokens` (spans into `text`): "am Dienstag", "15. September 2023",
// "3 p.m. EDT", "vergangene Woche". Relative ones are resolved against `published` (its local
// date and zone); without it they keep their span and have no value.
[[nodiscard]] WIREREPORT_API std::vector<TimeExpression> extract_times(std::string_view text,
                                                                       std::span<const Token> tokens,
                                                                       Language language = Language::unknown,
                                                                       const std::optional<Published>& published = {});
// Appends them to `out` (the reusable form).
WIREREPORT_API void extract_times_append(std::string_view text, std::span<const Token> tokens, Language language,
                                         const std::optional<Published>& published, std::vector<TimeExpression>& out);

// People, places and organisations among `tokens`, each mention with the key span of its
// entity. `quotes` (e.g. from the quote stage) contribute their speakers as people.
[[nodiscard]] WIREREPORT_API std::vector<Entity> extract_entities(std::string_view text, std::span<const Token> tokens,
                                                                  Language language = Language::unknown,
                                                                  std::span<const Quote> quotes = {});
WIREREPORT_API void extract_entities_append(std::string_view text, std::span<const Token> tokens, Language language,
                                            std::span<const Quote> quotes, std::vector<Entity>& out);

}  // namespace wirereport
