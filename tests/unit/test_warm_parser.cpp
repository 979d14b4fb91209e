// A warm Parser allocates nothing: after one pass over a set of reports (so that every buffer
// has grown to what the largest needs), a second pass over the same reports performs no
// operator new at all. On the project's own reports of every format and language, and on a
// few hundred corpus documents when ../shared/corpus is present.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "../../bench/corpus.hpp"
#include "allocations.hpp"
#include "support.hpp"
#include "text/utf8.hpp"

using namespace wirereport;

namespace {

// Every report of a folder, in name order.
void read_folder(const std::filesystem::path& dir, std::vector<std::string>& out) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) out.push_back(test::read_file(f));
}

// The ISO 8859-1 bytes of a UTF-8 text, typographic quotation marks as '"' and other
// characters beyond U+00FF as '?': legacy-charset input, which the parser transcodes into a
// buffer of its own.
std::string to_latin1(std::string_view utf8) {
  std::string out;
  for (std::size_t pos = 0; pos < utf8.size();) {
    const detail::CodePoint cp = detail::decode_utf8(utf8, pos);
    REQUIRE(cp.length > 0);
    pos += cp.length;
    if (cp.value <= 0xFF) {
      out.push_back(static_cast<char>(static_cast<unsigned char>(cp.value)));
    } else {
      out.push_back(cp.value == U'\u201E' || cp.value == U'\u201C' || cp.value == U'\u201D' ? '"' : '?');
    }
  }
  return out;
}

// What a pass found, to show the reports exercise every stage and that the warm pass gives
// the same results. Plain numbers: counting must not allocate either.
struct Seen {
  std::size_t tokens = 0, quotes = 0, entities = 0, times = 0, transcoded = 0;
  std::uint32_t formats = 0;    // bit per Format
  std::uint32_t languages = 0;  // bit per Language
  bool operator==(const Seen&) const = default;
};

std::uint32_t bit(Format f) { return 1u << static_cast<unsigned>(f); }
std::uint32_t bit(Language l) { return 1u << static_cast<unsigned>(l); }

Seen parse_all(Parser& parser, const std::vector<std::string>& docs) {
  Seen seen;
  for (const std::string& doc : docs) {
    const Article& a = parser.parse(doc);
    seen.tokens += a.tokens().size();
    seen.quotes += a.quotes().size();
    seen.entities += a.entities().size();
    seen.times += a.times().size();
    if (a.transcoded()) ++seen.transcoded;
    seen.formats |= bit(a.format());
    seen.languages |= bit(a.language());
  }
  return seen;
}

// Operator new calls of a second pass, after a first one warmed the parser.
std::size_t warm_allocations(const std::vector<std::string>& docs, Seen& seen) {
  Parser parser;
  seen = parse_all(parser, docs);
  const std::size_t before = test::allocations();
  const Seen again = parse_all(parser, docs);
  const std::size_t allocated = test::allocations() - before;
  CHECK(again == seen);
  return allocated;
}

}  // namespace

TEST_CASE("a warm Parser allocates nothing on the project's reports") {
  std::vector<std::string> docs;
  read_folder(std::filesystem::path(WIREREPORT_SOURCE_DIR) / "examples/reports", docs);
  for (const char* folder : {"agency", "layout", "quotes", "wire"})
    read_folder(std::filesystem::path(WIREREPORT_SOURCE_DIR) / "tests/fixtures" / folder, docs);
  docs.push_back(to_latin1(test::project_file("examples/reports/web_de_kanzler.txt")));

  Seen seen;
  const std::size_t allocated = warm_allocations(docs, seen);
  MESSAGE(docs.size() << " reports, " << seen.tokens << " tokens: " << allocated << " allocations once warm");
  CHECK(allocated == 0);
  // The reports cover what the parser does: every format, both languages, quotes, entities,
  // times, a transcoded text.
  for (const Format f : {Format::text, Format::web, Format::reuters, Format::agency, Format::anpa1312, Format::iptc7901})
    CHECK_MESSAGE((seen.formats & bit(f)) != 0, "no report in format " << to_string(f));
  CHECK((seen.languages & bit(Language::de)) != 0);
  CHECK((seen.languages & bit(Language::en)) != 0);
  CHECK(seen.quotes > 20);
  CHECK(seen.entities > 50);
  CHECK(seen.times > 20);
  CHECK(seen.transcoded >= 1);

  // The counter counts: a fresh Parser allocates on its first report.
  const std::size_t fresh = test::allocations();
  Parser cold;
  CHECK(cold.parse(docs.front()).ok());
  CHECK(test::allocations() > fresh);
}

TEST_CASE("a warm Parser allocates nothing on corpus documents") {
  const auto dir = test::shared_file("corpus");
  if (!dir) return;  // skipped, said so
  std::vector<std::string> docs;
  // Every 20th German article and every 60th Reuters dispatch (about 70 and 230), and the
  // ANPA-1312 and IPTC 7901 feed files.
  for (const bench::Corpus& c : {bench::german_corpus(dir->string()), bench::english_corpus(dir->string())}) {
    if (!c.from_corpus) continue;
    const std::size_t step = c.language == Language::de ? 20 : 60;
    for (std::size_t i = 0; i < c.documents.size(); i += step) docs.push_back(c.documents[i]);
  }
  for (const char* folder : {"superdesk-core/anpa1312", "superdesk-core/iptc7901", "dpa-digitalwires/iptc7901-expected"})
    if (std::filesystem::is_directory(*dir / "wire-formats" / folder)) read_folder(*dir / "wire-formats" / folder, docs);
  REQUIRE(docs.size() > 200);

  Seen seen;
  const std::size_t allocated = warm_allocations(docs, seen);
  MESSAGE(docs.size() << " corpus documents, " << seen.tokens << " tokens: " << allocated << " allocations once warm");
  CHECK(allocated == 0);
  CHECK(seen.quotes > 0);
  CHECK(seen.entities > 0);
  CHECK(seen.times > 0);
}
