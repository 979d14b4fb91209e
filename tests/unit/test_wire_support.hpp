// What the wire, agency and stream tests add to support.hpp: whitespace-collapsed text for
// lines that wrap.
#pragma once

#include <string>
#include <string_view>

#include "support.hpp"

namespace wire_test {

// Runs of whitespace as one space, none at the ends: for texts that wrap over lines.
inline std::string collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace wire_test
