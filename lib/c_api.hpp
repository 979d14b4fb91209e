// The C ABI's handles: what the opaque types of wirereport.h are. Internal; the project's
// tests include it to reach an article's state.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "wirereport/json.hpp"
#include "wirereport/stream.hpp"
#include "wirereport/wirereport.h"
#include "wirereport/wirereport.hpp"

struct wr_options {
  wirereport::Options options;
  std::string default_zone;  // options.default_zone views this (a copy must point it at its own)
  bool copy_input = false;
};

struct wr_article {
  std::string input_copy;  // the caller's bytes when the options asked for a copy
  wirereport::Article article;
  // Set by a stream over a buffer of many stories: where this one lies in it.
  std::optional<wirereport::StoryPosition> story;
};

struct wr_buffer {
  std::string bytes;
};

// A buffer of many stories: the cutter hands out each story's range, read front to back.
struct wr_stream {
  wr_stream(std::string_view input, const wr_options& o)
      : options(o),
        buffer_copy(o.copy_input ? std::string(input) : std::string()),
        buffer(o.copy_input ? std::string_view(buffer_copy) : input),
        cutter(buffer, o.options.format) {
    options.options.default_zone = options.default_zone;
  }

  wr_options options;  // the caller's, copied
  std::string buffer_copy;  // the caller's bytes when the options asked for a copy
  std::string_view buffer;  // the caller's bytes or buffer_copy
  wirereport::StoryCutter cutter;
  std::size_t index = 0;  // of the next story
};
