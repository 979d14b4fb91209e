// The limits in Options: input size, diagnostics, and the quotes and entities an article keeps
// (lib/limits.hpp, applied by the pipeline after each extractor).
#include "support.hpp"

#include "decode/decode.hpp"
#include "limits.hpp"
#include "text/utf8.hpp"

using namespace wirereport;
using test::diagnostic_offset;

namespace {

std::size_t count_code(const Article& a, DiagnosticCode code) {
  std::size_t n = 0;
  for (const Diagnostic& d : a.diagnostics()) n += d.code == code ? 1 : 0;
  return n;
}

}  // namespace

TEST_CASE("the defaults are far above a report and bound what an article can hold") {
  const Options options;
  CHECK(options.max_input_bytes == max_supported_input_bytes);
  CHECK(options.max_quotes >= 1'000);
  CHECK(options.max_quotes <= 1'000'000);
  CHECK(options.max_entities >= 10'000);
  CHECK(options.max_entities <= 1'000'000);
}

TEST_CASE("quotes and entities past their limit are dropped and reported once, at the first one dropped") {
  const std::string text =
      "„Eins“, sagte Anna Weber. „Zwei“, sagte Max Bauer in Berlin. „Drei“, sagte sie in Hamburg.\n";
  const Article all = parse(text);
  REQUIRE(all.quotes().size() == 3);
  REQUIRE(all.entities().size() >= 3);
  CHECK_FALSE(test::has_diagnostic(all, DiagnosticCode::too_many_quotes));
  CHECK_FALSE(test::has_diagnostic(all, DiagnosticCode::too_many_entities));

  Options options;
  options.max_quotes = 2;
  options.max_entities = 1;
  Parser parser(options);
  const Article& limited = parser.parse(text);
  REQUIRE(limited.quotes().size() == 2);
  CHECK(limited.quotes()[1].span == all.quotes()[1].span);  // the first ones are kept
  CHECK(count_code(limited, DiagnosticCode::too_many_quotes) == 1);
  CHECK(diagnostic_offset(limited, DiagnosticCode::too_many_quotes) == all.quotes()[2].span.begin);
  REQUIRE(limited.entities().size() == 1);
  CHECK(count_code(limited, DiagnosticCode::too_many_entities) == 1);
  CHECK(diagnostic_offset(limited, DiagnosticCode::too_many_entities) == all.entities()[1].span.begin);

  // The limit counts per article: a parse with fewer starts afresh.
  const Article& next = parser.parse("„Eins“, sagte Anna Weber.");
  CHECK(next.quotes().size() == 1);
  CHECK(count_code(next, DiagnosticCode::too_many_quotes) == 0);
}

TEST_CASE("a limit of zero keeps none") {
  Options options;
  options.max_quotes = 0;
  options.max_entities = 0;
  const Article a = parse("„Eins“, sagte Anna Weber in Berlin.", options);
  CHECK(a.quotes().empty());
  CHECK(a.entities().empty());
  CHECK(diagnostic_offset(a, DiagnosticCode::too_many_quotes) == 3);
  CHECK(test::has_diagnostic(a, DiagnosticCode::too_many_entities));
}

TEST_CASE("keep_within_limit on its own") {
  detail::ArticleState state;
  std::vector<TimeExpression> records(5);
  for (std::uint32_t i = 0; i < 5; ++i) records[i].span = {10 * i, 10 * i + 3};
  detail::keep_within_limit(state, records, 5, DiagnosticCode::too_many_quotes);
  CHECK(records.size() == 5);
  CHECK(state.diagnostics.empty());
  detail::keep_within_limit(state, records, 2, DiagnosticCode::too_many_quotes);
  CHECK(records.size() == 2);
  REQUIRE(state.diagnostics.size() == 1);
  CHECK(state.diagnostics[0].offset == 20);
}

TEST_CASE("the new diagnostics have names and descriptions") {
  for (const DiagnosticCode code : {DiagnosticCode::too_many_quotes, DiagnosticCode::too_many_entities}) {
    CHECK(std::string_view(to_string(code)) != "unknown");
    CHECK(std::string_view(describe(code)) != "unknown diagnostic");
  }
  CHECK(std::string_view(to_string(DiagnosticCode::too_many_quotes)) == "too_many_quotes");
  CHECK(std::string_view(to_string(DiagnosticCode::too_many_entities)) == "too_many_entities");
}

TEST_CASE("diagnostics past Options::max_diagnostics are counted in one final entry") {
  Options options;
  options.max_diagnostics = 3;
  options.encoding = Encoding::utf8;
  const Article a = parse("Grüße \xFF a \xFF b \xFF c \xFF d \xFF", options);
  REQUIRE(a.diagnostics().size() == 4);
  CHECK(a.diagnostics().back().code == DiagnosticCode::too_many_diagnostics);
  CHECK(a.diagnostics().back().offset == 20);  // the fourth bad byte, the first not kept
}

TEST_CASE("legacy charsets are transcoded in chunks that ICU's 32-bit lengths can take") {
  // Inputs over 715 MB once made a buffer size that did not fit ICU's int32 (a failed parse
  // after allocating up to 4 GB); small chunks here show the seams are invisible.
  std::string text;
  for (int i = 0; i < 500; ++i) text += "Gr\xFC\xDF" "e aus K\xF6ln \x93Zitat\x94 \x80 ";
  for (const Encoding encoding : {Encoding::latin1, Encoding::windows1252}) {
    CAPTURE(to_string(encoding));
    detail::ArticleState whole;
    REQUIRE(detail::transcode(text, encoding, whole));
    for (const std::size_t chunk : {std::size_t{1}, std::size_t{7}, std::size_t{4096}}) {
      detail::ArticleState pieces;
      REQUIRE(detail::transcode(text, encoding, pieces, chunk));
      CHECK(pieces.transcoded == whole.transcoded);
    }
    CHECK(whole.transcoded.size() > text.size());
    CHECK(detail::find_invalid_utf8(whole.transcoded) == whole.transcoded.size());
  }
}
