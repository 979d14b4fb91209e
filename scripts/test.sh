#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds the dev configuration, runs ctest
# (unit tests, CLI tests, corpus scorers, bindings, package consumers).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
cmake --preset dev
cmake --build --preset dev
ctest --preset dev
