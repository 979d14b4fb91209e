// Bugs the fuzz targets found, each with the smallest input that shows it. The inputs that
// found them are in fuzz/corpus/regressions/ as well, replayed by every fuzz target.
#include "support.hpp"

#include "invariants.hpp"

using namespace wirereport;

TEST_CASE("IPTC 7901: the indentation of a wrapped headline's second line is headline, not header") {
  // fuzz_parse over examples/reports/web_en_port.txt with --format iptc7901: the headline's
  // span crossed a two-byte header region between its lines.
  const std::string text = "\x01" "bdt0001 4 vm 12  dpa 0001\n\nA/B/\n\x02"
                           "Erste Zeile der Schlagzeile\n  zweite Zeile =\n\nBerlin (dpa) - Text.\n\x03";
  Options options;
  options.format = Format::iptc7901;
  const Article a = parse(text, options);
  REQUIRE(a.headline());
  CHECK(invariants::in_region(a, *a.headline(), RegionKind::headline));
  CHECK(invariants::article(a, options) == nullptr);
}
