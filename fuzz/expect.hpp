// How a fuzz target fails: it prints what broke and aborts, which libFuzzer records as a crash
// (saving the input) and which fails a replay run.
#pragma once

#include <cstdio>
#include <cstdlib>

#include "invariants.hpp"

namespace wirereport::fuzz {

inline void expect(invariants::Violation broken) {
  if (broken == nullptr) return;
  std::fprintf(stderr, "invariant broken: %s\n", broken);
  std::abort();
}

inline void expect(bool holds, const char* what) { expect(holds ? nullptr : what); }

}  // namespace wirereport::fuzz
