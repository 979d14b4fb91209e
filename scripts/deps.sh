#!/usr/bin/env bash
# Installs the Debian packages wirereport needs to build and test, where they are missing.
# Run as root (or with sudo available). Safe to run again: it installs only what is absent.
set -euo pipefail

packages=(
  build-essential cmake pkg-config ninja-build        # the build
  ccache                                               # CMakeLists.txt uses it where installed
  libicu-dev libutf8proc-dev                           # the library's dependencies
  doctest-dev libbenchmark-dev                         # tests and benchmarks
  python3                                              # scorers, CLI tests, Python binding
  python3-pytest python3-distributed                   # Python binding tests, the Dask example
  clang libclang-rt-14-dev llvm                        # sanitizer and fuzz builds (llvm: symbolizer)
)
# The Rust binding's tests and example; a Rust toolchain installed otherwise (rustup) is used as is.
command -v cargo >/dev/null || packages+=(cargo)
[ "${WIREREPORT_DEPS_EXTRA:-}" ] && read -r -a extra <<<"$WIREREPORT_DEPS_EXTRA" && packages+=("${extra[@]}")

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "deps.sh: run as root to install: ${missing[*]}" >&2; exit 1; }
  sudo=sudo
fi
echo "deps.sh: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
