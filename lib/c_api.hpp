// The C ABI's handles: what the opaque types of wirereport.h are. Internal; the project's
// tests include it to reach an article's state.
#pragma once

#include <string>

#include "wirereport/wirereport.h"
#include "wirereport/wirereport.hpp"

struct wr_options {
  wirereport::Options options;
  std::string default_zone;  // options.default_zone views this
  bool copy_input = false;
};

struct wr_article {
  std::string input_copy;  // the caller's bytes when the options asked for a copy
  wirereport::Article article;
};

struct wr_buffer {
  std::string bytes;
};
