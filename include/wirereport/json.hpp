// The JSON rendering of an Article: the public contract described in the README.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "wirereport/article.hpp"
#include "wirereport/export.h"

namespace wirereport {

// Where a story lies in a buffer of many (see stream.hpp).
struct StoryPosition {
  std::size_t index = 0;  // 0 for the first story
  Span span;              // its bytes in the buffer
};

struct JsonOptions {
  bool tokens = false;  // include the "tokens" array (large)
  bool pretty = false;  // indent with two spaces instead of one line
  // The document's id as a JSON value ("\"a1\"" or "17"), written as is (see is_json_scalar);
  // empty: no "id" key.
  std::string_view id_json;
  // The story's place in a buffer of many, written as "story": {"index", "span"}; without it
  // "story" is null.
  std::optional<StoryPosition> story;
};

// True when `json` is one JSON string, number, true, false or null (RFC 8259; a string must
// be UTF-8). JsonOptions::id_json is written as it is: check text from outside with this first.
[[nodiscard]] WIREREPORT_API bool is_json_scalar(std::string_view json) noexcept;

// Appends the article's JSON document (no trailing newline) to `out`.
WIREREPORT_API void append_json(const Article& article, const JsonOptions& options, std::string& out);

[[nodiscard]] WIREREPORT_API std::string to_json(const Article& article, const JsonOptions& options = {});

// Appends `text` as a JSON string literal: quotes, escapes, invalid UTF-8 as U+FFFD.
WIREREPORT_API void append_json_string(std::string_view text, std::string& out);

}  // namespace wirereport
