// Lines with CRLF, LF and CR ends; paragraphs by blank lines and by indentation.
#include "support.hpp"

#include <vector>

#include "layout/paragraphs.hpp"
#include "text/lines.hpp"

using namespace wirereport;
using namespace wirereport::detail;

namespace {
std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> out;
  LineReader reader(text, 0);
  Line line;
  while (reader.next(line)) out.push_back(line.in(text));
  return out;
}

std::vector<std::string_view> paragraphs_of(std::string_view text, ParagraphBreak rule) {
  std::vector<Span> spans;
  split_paragraphs(text, 0, static_cast<std::uint32_t>(text.size()), rule, spans);
  std::vector<std::string_view> out;
  for (Span s : spans) out.push_back(s.in(text));
  return out;
}
}  // namespace

TEST_CASE("LF, CRLF and lone CR all end lines") {
  const std::vector<std::string_view> expected = {"one", "two", "", "three"};
  CHECK(lines_of("one\ntwo\n\nthree") == expected);
  CHECK(lines_of("one\r\ntwo\r\n\r\nthree\r\n") == expected);
  CHECK(lines_of("one\rtwo\r\rthree\r") == expected);
  CHECK(lines_of("one\r\ntwo\n\rthree") == expected);
  CHECK(lines_of("").empty());
  CHECK(lines_of("\n") == std::vector<std::string_view>{""});
}

TEST_CASE("a text of only CRs is read in one pass") {
  const std::string crs(200000, '\r');
  LineReader reader(crs, 0);
  Line line;
  std::size_t n = 0;
  while (reader.next(line)) ++n;
  CHECK(n == crs.size());
}

TEST_CASE("blank-line paragraphs join hard-wrapped lines") {
  const std::string text = "First line\nstill first.\n\n  \nSecond.\r\n\r\nThird\n";
  const std::vector<std::string_view> expected = {"First line\nstill first.", "Second.", "Third"};
  CHECK(paragraphs_of(text, ParagraphBreak::blank_line) == expected);
}

TEST_CASE("indented lines start paragraphs in Reuters copy") {
  const std::string text = "    First para\ncontinues here.\n    Second para.\n    Shr 34 cts\n    Net 807,000\n";
  const std::vector<std::string_view> expected = {"First para\ncontinues here.", "Second para.", "Shr 34 cts",
                                                  "Net 807,000"};
  CHECK(paragraphs_of(text, ParagraphBreak::indent) == expected);
}
