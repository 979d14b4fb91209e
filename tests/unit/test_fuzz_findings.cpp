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

TEST_CASE("agency: the indentation of a wrapped headline's second line is headline, not header") {
  // fuzz_parse with --format agency (fuzz/corpus/regressions/agency_wrapped_headline_cr.bin):
  // the headline's span crossed a two-byte header region between its lines, as in IPTC 7901.
  const std::string text = "Neue Kraene im Hafen stehen nach dem Stromausfall am Donnerstag still\n"
                           "  und warten auf Ersatzteile\n\nDer Hafen meldete am Abend, es gehe weiter.\n";
  Options options;
  options.format = Format::agency;
  const Article a = parse(text, options);
  REQUIRE(a.headline());
  CHECK(a.view(*a.headline()).ends_with("Ersatzteile"));
  CHECK(invariants::in_region(a, *a.headline(), RegionKind::headline));
  CHECK(invariants::article(a, options) == nullptr);
}

TEST_CASE("entities: a given name as the last token reads no flag past the token list") {
  // fuzz_c_api under ASan: name_token(i) read taken_[i] before checking i < tokens.size(),
  // looking for a surname after a text's last word. vector<bool> packs 64 flags a word, so the
  // read left the allocation only when the tokens were a multiple of 64: 63 words and a name.
  std::string text;
  for (int i = 0; i < 63; ++i) text += "wort ";
  text += "Anna";
  const std::vector<Token> tokens = tokenize(text, Language::de);
  REQUIRE(tokens.size() == 64);
  const std::vector<Entity> entities = extract_entities(text, tokens, Language::de);
  REQUIRE(entities.size() == 1);
  CHECK(entities[0].span.in(text) == "Anna");
}
