// Streams of many stories: wire messages one after another, agency texts run together.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "layout/stream.hpp"
#include "test_wire_support.hpp"

using wirereport::test::text_of;
using wire_test::collapse;

using wirereport::DiagnosticCode;
using wirereport::Format;
using wirereport::Span;

namespace {

struct Seen {
  Span span;
  std::string headline;
  Format format;
  bool truncated;
};

std::vector<Seen> read_all(std::string_view buffer, const wirereport::Options& options = {}) {
  std::vector<Seen> out;
  wirereport::StoryStream stream(buffer, options);
  std::size_t expected_index = 0;
  for (const wirereport::StoryStream& story : stream) {
    const wirereport::Article& a = story.article();
    CHECK(story.index() == expected_index++);
    CHECK(story.text() == story.span().in(buffer));
    CHECK(wirereport::test::regions_tile(a));  // each story's own bytes are tiled by its regions
    out.push_back({story.span(), std::string(text_of(a, a.headline())), a.format(),
                   wirereport::test::has_diagnostic(a, DiagnosticCode::truncated_story)});
  }
  return out;
}

// The stories tile the buffer: consecutive, no gap, to the end.
void check_stories_tile(const std::vector<Seen>& stories, std::size_t size) {
  std::uint32_t pos = 0;
  for (const Seen& s : stories) {
    CHECK(s.span.begin == pos);
    pos = s.span.end;
  }
  CHECK(pos == size);
}

}  // namespace

TEST_CASE("stream: IPTC 7901 messages, one truncated, the rest still parsed") {
  const std::string buffer = wirereport::test::project_file("tests/fixtures/wire/iptc_stream.txt");
  const auto stories = read_all(buffer);
  REQUIRE(stories.size() == 3);
  check_stories_tile(stories, buffer.size());
  CHECK(stories[0].headline == "Sonniges Wochenende erwartet");
  CHECK(stories[1].headline == "Einzelhandel meldet mehr Umsatz");
  CHECK(stories[2].headline == "Pokalfinale ausverkauft");
  CHECK_FALSE(stories[0].truncated);
  CHECK(stories[1].truncated);
  CHECK_FALSE(stories[2].truncated);
  for (const Seen& s : stories) CHECK(s.format == Format::iptc7901);
}

TEST_CASE("stream: ANPA-1312 messages, the first without EOT") {
  const std::string buffer = wirereport::test::project_file("tests/fixtures/wire/anpa_stream.tst");
  const auto stories = read_all(buffer);
  REQUIRE(stories.size() == 2);
  check_stories_tile(stories, buffer.size());
  CHECK(stories[0].headline.substr(0, 12) == "Spain's care");
  CHECK(stories[1].headline == "Ferry crews walk out as harbor talks stall");
  // The SYN bytes before the second SOH open the second story.
  CHECK(buffer.substr(stories[1].span.begin, 3) == "\x16\x16\x01");
}

TEST_CASE("stream: agency texts run together") {
  const std::string buffer = wirereport::test::project_file("tests/fixtures/agency/stream_en.txt");
  const auto stories = read_all(buffer);
  REQUIRE(stories.size() == 3);
  check_stories_tile(stories, buffer.size());
  CHECK(stories[0].headline == "Dockworkers at Rotterdam agree wage deal");
  CHECK(stories[1].headline == "Norway raises interest rate to 15-year high");
  CHECK(stories[2].headline == "Airline orders 40 jets");
  for (const Seen& s : stories) CHECK(s.format == Format::agency);
}

TEST_CASE("stream: one story, no story, forced formats") {
  const std::string single = wirereport::test::project_file("tests/fixtures/agency/reuters_en.txt");
  const auto one = read_all(single);
  REQUIRE(one.size() == 1);
  CHECK(one[0].span == Span{0, static_cast<std::uint32_t>(single.size())});

  const auto empty = read_all("");
  REQUIRE(empty.size() == 1);
  CHECK(empty[0].span == Span{0, 0});

  // Web copy and bare text are never cut.
  const std::string web = "Sep 15, 2023 11:52 Europe/Berlin\n  \xE2\x80\xA2 Titel\n\nBerlin (dpa) - Eins.\n\n"
                          "Hamburg (dpa) - Zwei.\n";
  CHECK(read_all(web).size() == 1);

  // Text before the first message belongs to the first story.
  const std::string lead = "\r\n" + wirereport::test::project_file("tests/fixtures/wire/iptc_kna.txt") + wirereport::test::project_file("tests/fixtures/wire/iptc_kna.txt");
  const auto two = read_all(lead);
  REQUIRE(two.size() == 2);
  CHECK(two[0].span.begin == 0);
  check_stories_tile(two, lead.size());
}

TEST_CASE("stream: the splitter hands out ranges lazily, front to back") {
  const std::string buffer = wirereport::test::project_file("tests/fixtures/wire/iptc_stream.txt");
  wirereport::detail::StorySplitter splitter(buffer, Format::auto_detect);
  Span first;
  REQUIRE(splitter.next(first));
  CHECK(first.begin == 0);
  CHECK(buffer[first.end] == '\x01');
  Span second;
  REQUIRE(splitter.next(second));
  CHECK(second.begin == first.end);
  Span third;
  REQUIRE(splitter.next(third));
  CHECK(third.end == buffer.size());
  Span none;
  CHECK_FALSE(splitter.next(none));
  CHECK_FALSE(splitter.next(none));
}

TEST_CASE("stream: many tiny or broken messages") {
  std::string buffer;
  for (int i = 0; i < 2000; ++i) buffer += i % 3 == 0 ? "\x01" : "\x01x\x02y\x03\x04";
  wirereport::Options options;
  options.format = Format::iptc7901;
  const auto stories = read_all(buffer, options);
  CHECK(stories.size() == 2000);
  check_stories_tile(stories, buffer.size());

  std::string agency;
  for (int i = 0; i < 300; ++i) agency += "Title\n\nBERLIN (Reuters) - Text.\n\n";
  const auto many = read_all(agency);
  CHECK(many.size() == 300);
  check_stories_tile(many, agency.size());
}
