// The JSON rendering of an Article: the public contract described in the README.
#pragma once

#include <string>
#include <string_view>

#include "wirereport/article.hpp"
#include "wirereport/export.h"

namespace wirereport {

struct JsonOptions {
  bool tokens = false;  // include the "tokens" array (large)
  bool pretty = false;  // indent with two spaces instead of one line
  // The document's id as a JSON value ("\"a1\"" or "17"), written as is; empty: no "id" key.
  std::string_view id_json;
};

// Appends the article's JSON document (no trailing newline) to `out`.
WIREREPORT_API void append_json(const Article& article, const JsonOptions& options, std::string& out);

[[nodiscard]] WIREREPORT_API std::string to_json(const Article& article, const JsonOptions& options = {});

// Appends `text` as a JSON string literal: quotes, escapes, invalid UTF-8 as U+FFFD.
WIREREPORT_API void append_json_string(std::string_view text, std::string& out);

}  // namespace wirereport
