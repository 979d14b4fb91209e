// Helpers for the wire, agency and stream tests: reading fixtures and corpus files, views.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include "layout/regions.hpp"
#include "wirereport/wirereport.hpp"

namespace wire_test {

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// A fixture the project wrote: tests/fixtures/<name>.
inline std::string fixture(std::string_view name) {
  const std::filesystem::path path = std::filesystem::path(WIREREPORT_SOURCE_DIR) / "tests" / "fixtures" / name;
  REQUIRE_MESSAGE(std::filesystem::exists(path), "missing fixture " << path.string());
  return read_file(path);
}

// The folder of the shared wire-format corpus (../shared/corpus/wire-formats).
inline std::filesystem::path corpus_dir() {
  return std::filesystem::path(WIREREPORT_SHARED_DIR) / "corpus" / "wire-formats";
}

// A corpus file, or nothing (the caller says it skips) when ../shared/corpus lacks it.
inline std::optional<std::string> corpus_file(std::string_view relative) {
  const std::filesystem::path path = corpus_dir() / relative;
  if (!std::filesystem::exists(path)) return std::nullopt;
  return read_file(path);
}

inline std::string_view view(const wirereport::Article& a, const std::optional<wirereport::Span>& s) {
  return s ? a.view(*s) : std::string_view{};
}

// Runs of whitespace as one space, none at the ends: for texts that wrap over lines.
inline std::string collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    const bool blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (blank) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// Every byte of the parsed text in exactly one region.
inline void check_tiling(const wirereport::Article& a) {
  CHECK(wirereport::detail::regions_tile(a.state().regions, static_cast<std::uint32_t>(a.text().size())));
}

inline bool has_diagnostic(const wirereport::Article& a, wirereport::DiagnosticCode code) {
  for (const auto& d : a.diagnostics())
    if (d.code == code) return true;
  return false;
}

}  // namespace wire_test
