// parse() in every format: auto-detected and each one forced, with the other options varied
// across the runs (encodings, languages, zones, strictness, small limits). Checks
// that every byte is in exactly one region, every span lies in the text and inside the region
// it belongs to, and the sentences partition the tokens (invariants.hpp). With the formats that
// cut a buffer into stories, the same bytes go through the stream API too (StoryStream,
// StoryCutter): the stories tile the buffer and each one keeps the same invariants.
#include <cstdint>
#include <cstdio>
#include <string_view>

#include "expect.hpp"

namespace {

using wirereport::Encoding;
using wirereport::Format;
using wirereport::Language;

struct Run {
  Format format;
  Encoding encoding;
  Language language;
  bool reject_invalid_utf8;
  std::string_view default_zone;
  std::uint32_t max_diagnostics;
  std::uint32_t max_quotes;
  std::uint32_t max_entities;
};

// One run per format; the other options vary so that each value is seen with some format.
constexpr Run runs[] = {
    {Format::auto_detect, Encoding::auto_detect, Language::unknown, false, "", 1000, 100'000, 100'000},
    {Format::text, Encoding::auto_detect, Language::de, false, "", 1000, 1, 2},
    {Format::web, Encoding::auto_detect, Language::unknown, false, "Europe/Berlin", 1000, 100'000, 100'000},
    {Format::reuters, Encoding::auto_detect, Language::en, false, "", 3, 100'000, 100'000},
    {Format::agency, Encoding::utf8, Language::en, false, "America/New_York", 1000, 0, 0},
    {Format::anpa1312, Encoding::latin1, Language::unknown, false, "", 1000, 100'000, 100'000},
    {Format::iptc7901, Encoding::windows1252, Language::de, false, "Nowhere/Unknown", 1000, 100'000, 100'000},
    {Format::auto_detect, Encoding::auto_detect, Language::unknown, true, "", 1000, 100'000, 100'000},
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const Run& run : runs) {
    wirereport::Options options;
    options.format = run.format;
    options.encoding = run.encoding;
    options.language = run.language;
    options.reject_invalid_utf8 = run.reject_invalid_utf8;
    options.default_zone = run.default_zone;
    options.max_diagnostics = run.max_diagnostics;
    options.max_quotes = run.max_quotes;
    options.max_entities = run.max_entities;
    const wirereport::Article article = wirereport::parse(text, options);
    const wirereport::invariants::Violation broken = wirereport::invariants::article(article, options);
    if (broken != nullptr) std::fprintf(stderr, "with --format %s:\n", wirereport::to_string(run.format));
    wirereport::fuzz::expect(broken);
    if (run.format == Format::auto_detect || run.format == Format::agency || run.format == Format::anpa1312 ||
        run.format == Format::iptc7901) {
      const wirereport::invariants::Violation in_stories = wirereport::invariants::stories(text, options);
      if (in_stories != nullptr) std::fprintf(stderr, "stories with --format %s:\n", wirereport::to_string(run.format));
      wirereport::fuzz::expect(in_stories);
    }
  }
  return 0;
}
