// Helpers shared by the unit tests: fixture files, the shared corpus, region checks.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

#include "layout/regions.hpp"
#include "wirereport/wirereport.hpp"

namespace wirereport::test {

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot read " << path.string());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A file of the project's own (tests/fixtures/..., examples/...).
inline std::string project_file(std::string_view relative) {
  return read_file(std::filesystem::path(WIREREPORT_SOURCE_DIR) / relative);
}

// A file of ../shared (seeds, corpus), or nullopt (with a message) when it is absent.
inline std::optional<std::filesystem::path> shared_file(std::string_view relative) {
  const auto path = std::filesystem::path(WIREREPORT_SHARED_DIR) / relative;
  if (!std::filesystem::exists(path)) {
    MESSAGE("skipped: " << path.string() << " is absent");
    return std::nullopt;
  }
  return path;
}

// The layout invariant: regions tile the whole text.
inline bool regions_tile(const Article& a) {
  return detail::regions_tile(a.state().regions, static_cast<std::uint32_t>(a.text().size()));
}

inline std::string_view text_of(const Article& a, const std::optional<Span>& s) {
  return s ? a.view(*s) : std::string_view("<none>");
}

inline bool has_diagnostic(const Article& a, DiagnosticCode code) {
  for (const Diagnostic& d : a.diagnostics())
    if (d.code == code) return true;
  return false;
}

inline std::optional<std::uint32_t> diagnostic_offset(const Article& a, DiagnosticCode code) {
  for (const Diagnostic& d : a.diagnostics())
    if (d.code == code) return d.offset;
  return std::nullopt;
}

}  // namespace wirereport::test
