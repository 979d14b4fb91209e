// The layout stage: format detection, regions, headline, paragraphs, trailer and tags, on
// reports written for the project; the region invariant on every fixture and corpus document.
#include "support.hpp"

#include <filesystem>
#include <vector>

#include "../../apps/jsonl.hpp"

using namespace wirereport;
using test::text_of;

namespace {
std::vector<std::string_view> texts(const Article& a, std::span<const Span> spans) {
  std::vector<std::string_view> out;
  for (Span s : spans) out.push_back(a.view(s));
  return out;
}
}  // namespace

TEST_CASE("web copy: German timestamp, several bullets, inline tags") {
  const std::string text = test::project_file("tests/fixtures/layout/web_de_uhr.txt");
  const Article a = parse(text);
  CHECK(a.format() == Format::web);
  CHECK(a.language() == Language::de);
  REQUIRE(a.published());
  CHECK(a.view(a.published()->span) == "15.09.2023, 11:52 Uhr");
  CHECK(a.published()->zone.empty());
  CHECK_FALSE(a.published()->utc);
  CHECK(text_of(a, a.headline()) == "Bahnstreik legt Fernverkehr lahm");
  REQUIRE(a.dateline());
  CHECK(a.view(a.dateline()->span) == "Frankfurt am Main -");
  CHECK(a.dateline()->place->zone == "Europe/Berlin");
  CHECK(a.paragraphs().size() == 2);
  CHECK(a.view(a.paragraphs()[0]).ends_with("ausweichen."));
  CHECK(text_of(a, a.trailer()) == "Tags");
  CHECK(texts(a, a.tags()) == std::vector<std::string_view>{"Bahn", "Streik", "Verkehr"});
  CHECK(test::regions_tile(a));
}

TEST_CASE("web copy: English, no zone, a default zone from the options") {
  const std::string text = test::project_file("tests/fixtures/layout/web_en_nozone.txt");
  const Article plain = parse(text);
  CHECK(plain.format() == Format::web);
  CHECK(plain.language() == Language::en);
  REQUIRE(plain.published());
  CHECK_FALSE(plain.published()->utc);
  CHECK(text_of(plain, plain.headline()) == "Storm forces closure of coastal highway");
  CHECK(plain.view(plain.dateline()->place->span) == "SAN DIEGO");
  CHECK_FALSE(plain.trailer());
  CHECK(plain.tags().empty());

  Options o;
  o.default_zone = "America/Los_Angeles";
  const Article zoned = parse(text, o);
  REQUIRE(zoned.published()->utc);
  CHECK(iso8601(TimeValue{*zoned.published()->utc, Precision::minute, true, 0}) == "2023-09-15T18:52:00Z");

  o.default_zone = "Pacific/Nowhere";
  CHECK(test::has_diagnostic(parse(text, o), DiagnosticCode::unknown_zone));
}

TEST_CASE("web copy: tags in a bulleted list") {
  const std::string text = test::project_file("tests/fixtures/layout/web_en_bullet_tags.txt");
  const Article a = parse(text);
  CHECK(text_of(a, a.headline()) == "Ferry operator cancels early crossings");
  CHECK(a.dateline()->place->zone == "Europe/London");
  CHECK(texts(a, a.tags()) == std::vector<std::string_view>{"Shipping", "Weather"});
  CHECK(test::regions_tile(a));
}

TEST_CASE("CRLF, CR and LF copies of one report parse alike") {
  // The texts outlive the articles: views point into them.
  const std::string crlf_text = test::project_file("tests/fixtures/layout/web_de_crlf.txt");
  const std::string cr_text = test::project_file("tests/fixtures/layout/web_de_cr.txt");
  const Article crlf = parse(crlf_text);
  const Article cr = parse(cr_text);
  for (const Article* a : {&crlf, &cr}) {
    CHECK(a->format() == Format::web);
    CHECK(text_of(*a, a->headline()) == "Zeilenenden im Test");
    REQUIRE(a->paragraphs().size() == 2);
    CHECK(a->view(a->paragraphs()[1]) == "Zweiter Absatz.");
    CHECK(text_of(*a, a->trailer()) == "Tags");
    CHECK(a->view(a->dateline()->span) == "Bonn -");
    CHECK(test::regions_tile(*a));
    CHECK_FALSE(test::has_diagnostic(*a, DiagnosticCode::mixed_line_endings));
  }
  CHECK(test::has_diagnostic(parse("one\r\ntwo\nthree\n"), DiagnosticCode::mixed_line_endings));
}

TEST_CASE("Reuters: byline, dateline on its own line, table rows, trailer after text") {
  const std::string text = test::project_file("tests/fixtures/layout/reuters_en_table.txt");
  const Article a = parse(text);
  CHECK(a.format() == Format::reuters);
  CHECK(text_of(a, a.headline()) == "NORTHWIND SUPPLY CORP <NWSC> 4TH QTR NET");
  REQUIRE(a.byline());
  CHECK(a.view(a.byline()->span) == "by Ellen Park, Reuters");
  CHECK(texts(a, a.authors()) == std::vector<std::string_view>{"Ellen Park"});
  REQUIRE(a.dateline());
  CHECK(a.view(a.dateline()->place->span) == "ST. LOUIS");
  CHECK(iso8601(*a.dateline()->date->value) == "1987-03-02");
  CHECK(texts(a, a.paragraphs()) ==
        std::vector<std::string_view>{"ST. LOUIS, March 2 -", "Shr 41 cts vs 33 cts", "Net 1,204,000 vs 978,000",
                                      "Revs 18.6 mln vs 15.1 mln",
                                      "Note: Results include a gain of 120,000 dlrs from the sale\nof a warehouse."});
  CHECK(text_of(a, a.trailer()) == "REUTER...");
  CHECK(test::regions_tile(a));
}

TEST_CASE("regions follow the report's parts in order") {
  const std::string text = test::project_file("examples/reports/web_de_kanzler.txt");
  const Article a = parse(text);
  std::vector<RegionKind> kinds;
  for (const Region& r : a.regions()) kinds.push_back(r.kind);
  CHECK(kinds == std::vector<RegionKind>{RegionKind::header, RegionKind::headline, RegionKind::dateline,
                                         RegionKind::body, RegionKind::trailer});
  CHECK(test::regions_tile(a));
}

TEST_CASE("an explicit format overrides detection") {
  const std::string text = test::project_file("examples/reports/web_en_port.txt");
  Options o;
  o.format = Format::text;
  const Article a = parse(text, o);
  CHECK(a.format() == Format::text);
  CHECK_FALSE(a.headline());
  CHECK_FALSE(a.dateline());
  CHECK_FALSE(a.published());
  CHECK(a.paragraphs().size() == 6);  // the timestamp and bullet lines form the first
  CHECK(test::regions_tile(a));
}

TEST_CASE("the region invariant holds on every fixture and example") {
  namespace fs = std::filesystem;
  int files = 0;
  for (const char* dir : {"tests/fixtures", "examples/reports"}) {
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(WIREREPORT_SOURCE_DIR) / dir)) {
      if (!entry.is_regular_file()) continue;
      const std::string text = test::read_file(entry.path());
      CAPTURE(entry.path().string());
      for (Format f : {Format::auto_detect, Format::text, Format::web, Format::reuters}) {
        Options o;
        o.format = f;
        CHECK(test::regions_tile(parse(text, o)));
      }
      ++files;
    }
  }
  CHECK(files >= 8);
}

TEST_CASE("the region invariant holds on every corpus document") {
  struct Source {
    const char* file;
    const char* field;
  };
  for (const Source src : {Source{"corpus/reuters21578/articles.jsonl", "raw"},
                           Source{"corpus/german-quotes/dev.jsonl", "text"},
                           Source{"corpus/german-quotes/train.jsonl", "text"}}) {
    const auto path = test::shared_file(src.file);
    if (!path) continue;
    const std::string all = test::read_file(*path);
    Parser parser;
    cli::JsonlRecord record;
    std::string error;
    std::size_t docs = 0;
    std::size_t failures = 0;
    std::size_t pos = 0;
    while (pos < all.size()) {
      std::size_t eol = all.find('\n', pos);
      if (eol == std::string::npos) eol = all.size();
      // The corpus keys its text as `field`; rename it to "text" for the JSON Lines reader.
      std::string line = all.substr(pos, eol - pos);
      pos = eol + 1;
      const std::string key = std::string("\"") + src.field + "\":";
      if (const std::size_t at = line.find(key); at != std::string::npos && std::string_view(src.field) != "text")
        line.replace(at, key.size(), "\"text\":");
      if (line.empty() || !cli::read_jsonl_record(line, record, error)) continue;
      ++docs;
      if (!test::regions_tile(parser.parse(record.text))) ++failures;
    }
    MESSAGE(std::string(src.file) << ": " << docs << " documents");
    CHECK(docs > 100);
    CHECK(failures == 0);
  }
}
