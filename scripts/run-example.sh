#!/usr/bin/env bash
# Quick start: installs what is missing, builds wirereport (release), and parses the sample
# report that ships in examples/, printing its JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release >/dev/null
./build/release/apps/wirereport parse --pretty examples/reports/web_de_kanzler.txt
