// Damaged wire input: fixtures with bytes changed, framing bytes inserted, parts cut or
// repeated still parse without crashing, every story's regions tile it and the stories tile
// the buffer, in every format. Deterministic: a fixed pseudo-random sequence.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "test_wire_support.hpp"

using wirereport::test::text_of;
using wire_test::collapse;

namespace {

// A small linear congruential generator: the same mutations on every run and platform.
class Sequence {
 public:
  std::uint32_t next(std::uint32_t bound) {
    state_ = state_ * 6364136223846793005ull + 1442695040888963407ull;
    return bound == 0 ? 0 : static_cast<std::uint32_t>((state_ >> 33) % bound);
  }

 private:
  std::uint64_t state_ = 42;
};

std::string mutate(std::string text, Sequence& random) {
  static const std::vector<std::string> inserts = {"\x01", "\x02", "\x03", "\x04", "\x16", "\x1f", "^", "<", "=",
                                                   "(",    ")",    "\n",   "\r",   "\xfc", "* * * *\n", "# ",
                                                   "- Reporting by: ", " (dpa) - ", " (AP) _ ", "\x13\x12", "By "};
  const std::uint32_t steps = 1 + random.next(6);
  for (std::uint32_t i = 0; i < steps && !text.empty(); ++i) {
    const std::uint32_t pos = random.next(static_cast<std::uint32_t>(text.size()));
    switch (random.next(5)) {
      case 0: text[pos] = static_cast<char>(random.next(256)); break;
      case 1: text.insert(pos, inserts[random.next(static_cast<std::uint32_t>(inserts.size()))]); break;
      case 2: text.erase(pos, 1 + random.next(40)); break;
      case 3: text.resize(pos); break;
      default: {
        const std::uint32_t from = random.next(static_cast<std::uint32_t>(text.size()));
        text.insert(pos, text.substr(from, 1 + random.next(150)));
      }
    }
  }
  return text;
}

}  // namespace

TEST_CASE("wire: mutated fixtures keep the tiling in every format") {
  const std::vector<std::string> seeds = {
      wirereport::test::project_file("tests/fixtures/wire/anpa_text.tst"),  wirereport::test::project_file("tests/fixtures/wire/anpa_table.tst"),
      wirereport::test::project_file("tests/fixtures/wire/anpa_alert.tst"), wirereport::test::project_file("tests/fixtures/wire/iptc_de.txt"),
      wirereport::test::project_file("tests/fixtures/wire/iptc_en.txt"),    wirereport::test::project_file("tests/fixtures/wire/iptc_stream.txt"),
      wirereport::test::project_file("tests/fixtures/agency/reuters_en.txt"), wirereport::test::project_file("tests/fixtures/agency/stream_en.txt")};
  Sequence random;
  for (int round = 0; round < 400; ++round) {
    const std::string text = mutate(seeds[static_cast<std::size_t>(round) % seeds.size()], random);
    for (const wirereport::Format format : {wirereport::Format::auto_detect, wirereport::Format::anpa1312,
                                            wirereport::Format::iptc7901, wirereport::Format::agency}) {
      wirereport::Options options;
      options.format = format;
      std::uint32_t pos = 0;
      for (const wirereport::StoryStream& story : wirereport::StoryStream(text, options)) {
        CHECK(story.span().begin == pos);
        pos = story.span().end;
        CHECK(wirereport::test::regions_tile(story.article()));
      }
      CHECK(pos == text.size());
    }
  }
}
