// The test binary's allocation counter: allocations.cpp replaces operator new for the whole
// binary (library code included, since the tests link the library statically) and counts
// every call, so a test can assert that some work allocates nothing.
#pragma once

#include <cstddef>

namespace wirereport::test {

// operator new calls so far in this process.
[[nodiscard]] std::size_t allocations() noexcept;

}  // namespace wirereport::test
