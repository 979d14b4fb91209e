// The decode stage: UTF-8 in place, BOM, invalid bytes, legacy charsets, control bytes, limits.
#include "support.hpp"

#include "decode/decode.hpp"

using namespace wirereport;
using test::diagnostic_offset;
using test::has_diagnostic;

TEST_CASE("valid UTF-8 is used in place") {
  const std::string text = "Berlin - Die Straße ist gesperrt.\n";
  const Article a = parse(text);
  CHECK(a.ok());
  CHECK(a.encoding() == Encoding::utf8);
  CHECK_FALSE(a.transcoded());
  CHECK(a.text().data() == text.data());  // zero copy: the article indexes the caller's bytes
  CHECK(a.diagnostics().empty());
}

TEST_CASE("a byte order mark is skipped and stays an unclassified region") {
  const std::string text = "\xEF\xBB\xBFThe council met on Tuesday.\n";
  const Article a = parse(text);
  REQUIRE(a.paragraphs().size() == 1);
  CHECK(a.paragraphs()[0].begin == 3);
  REQUIRE_FALSE(a.regions().empty());
  CHECK(a.regions()[0].kind == RegionKind::unclassified);
  CHECK(a.regions()[0].span == Span{0, 3});
  CHECK(test::regions_tile(a));
}

TEST_CASE("every class of invalid UTF-8 is reported at its offset and kept") {
  struct Case {
    const char* name;
    std::string bad;
  };
  const Case cases[] = {
      {"overlong", "\xC0\xAF"},           {"overlong three", "\xE0\x80\xAF"},
      {"surrogate", "\xED\xA0\x80"},      {"above U+10FFFF", "\xF4\x90\x80\x80"},
      {"lone continuation", "\x80"},      {"invalid lead", "\xFF"},
      {"truncated", "\xE2\x82"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    // Enough valid multi-byte text around the bad bytes that this reads as damaged UTF-8.
    const std::string prefix = "Grüße aus Köln: ";
    const std::string text = prefix + c.bad + " Übermorgen mehr.";
    const Article a = parse(text);
    CHECK(a.ok());
    CHECK(a.encoding() == Encoding::utf8);
    CHECK(diagnostic_offset(a, DiagnosticCode::invalid_utf8) == prefix.size());
    CHECK(a.text().size() == text.size());  // nothing removed
    CHECK(test::regions_tile(a));
  }
  SUBCASE("truncated at the very end") {
    const std::string text = "Zwei Grüße \xE2\x82";
    const Article a = parse(text);
    CHECK(diagnostic_offset(a, DiagnosticCode::invalid_utf8) == text.size() - 2);
  }
}

TEST_CASE("rejecting invalid UTF-8 stops the parse with the first offset") {
  Options o;
  o.reject_invalid_utf8 = true;
  const Article a = parse("ok \x80 then more", o);
  CHECK(a.status() == Status::invalid_utf8);
  CHECK(diagnostic_offset(a, DiagnosticCode::invalid_utf8) == 3u);
  CHECK(a.paragraphs().empty());
}

TEST_CASE("Latin-1 input is detected and transcoded into a buffer the article owns") {
  const std::string latin1 = "M\xFCller sagte, die Stra\xDF" "e sei gesperrt.\n";
  const Article a = parse(latin1);
  CHECK(a.ok());
  CHECK(a.transcoded());
  CHECK(a.encoding() == Encoding::windows1252);
  CHECK(has_diagnostic(a, DiagnosticCode::transcoded));
  CHECK_FALSE(has_diagnostic(a, DiagnosticCode::invalid_utf8));
  CHECK(a.text() == "Müller sagte, die Straße sei gesperrt.\n");
  REQUIRE(a.paragraphs().size() == 1);
  CHECK(a.view(a.paragraphs()[0]) == "Müller sagte, die Straße sei gesperrt.");
}

TEST_CASE("Windows-1252 punctuation and a named encoding") {
  // 0x84/0x93 are „ and “ in Windows-1252.
  const std::string cp1252 = "\x84Gut\x93, sagte er.";
  CHECK(parse(cp1252).text() == "„Gut“, sagte er.");
  Options latin;
  latin.encoding = Encoding::latin1;
  const Article a = parse("caf\xE9", latin);
  CHECK(a.encoding() == Encoding::latin1);
  CHECK(a.text() == "café");
  SUBCASE("bytes Windows-1252 leaves undefined make it Latin-1") {
    CHECK(detail::sniff_encoding("abc\x81 d\xE9") == Encoding::latin1);
  }
}

TEST_CASE("transcoded articles survive copies and moves") {
  Article a = parse("Gr\xFC\xDF" "e aus M\xFCnchen.");
  const Article copy = a;  // NOLINT: the copy is the point
  const Article moved = std::move(a);
  CHECK(copy.view(copy.paragraphs()[0]) == "Grüße aus München.");
  CHECK(moved.view(moved.paragraphs()[0]) == "Grüße aus München.");
}

TEST_CASE("NUL and other control bytes do not break anything") {
  const std::string text("Erste Zeile\x01 mit \0 Steuerzeichen.\n\x1B\x7F\n", 36);
  const Article a = parse(text);
  CHECK(a.ok());
  CHECK(diagnostic_offset(a, DiagnosticCode::control_characters) == 11u);
  CHECK(diagnostic_offset(a, DiagnosticCode::nul_bytes) == 17u);
  CHECK(test::regions_tile(a));
  SUBCASE("only control characters") {
    const std::string controls("\x01\x02\x03\x00\x1B\x7F", 6);
    const Article c = parse(controls);
    CHECK(c.ok());
    CHECK(has_diagnostic(c, DiagnosticCode::empty_input));
    CHECK(has_diagnostic(c, DiagnosticCode::control_characters));
    CHECK(test::regions_tile(c));
  }
}

TEST_CASE("empty input") {
  for (std::string_view text : {std::string_view(""), std::string_view("  \n\n\t \r\n")}) {
    const Article a = parse(text);
    CHECK(a.ok());
    CHECK(has_diagnostic(a, DiagnosticCode::empty_input));
    CHECK(a.paragraphs().empty());
    CHECK(test::regions_tile(a));
  }
}

TEST_CASE("input over the size limit is refused with a clear status") {
  Options o;
  o.max_input_bytes = 10;
  const Article a = parse("this is longer than ten bytes", o);
  CHECK(a.status() == Status::too_large);
  CHECK(has_diagnostic(a, DiagnosticCode::too_large));
  CHECK(a.paragraphs().empty());
}

TEST_CASE("the diagnostic limit keeps the count and says so") {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "Gr\xC3\xBC\xC3\x9F" "e \x80 ";
  Options o;
  o.max_diagnostics = 5;
  const Article a = parse(text, o);
  CHECK(a.diagnostics().size() == 6);
  CHECK(a.diagnostics().back().code == DiagnosticCode::too_many_diagnostics);
}
