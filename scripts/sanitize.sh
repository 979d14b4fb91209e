#!/usr/bin/env bash
# The test suite under the sanitizers (clang): the whole ctest suite built with AddressSanitizer
# and UndefinedBehaviorSanitizer (asan preset), then the multi-threaded test under
# ThreadSanitizer (tsan preset). Any report fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh

cmake --preset asan
cmake --build --preset asan
ctest --preset asan

cmake --preset tsan
cmake --build --preset tsan
ctest --preset tsan
