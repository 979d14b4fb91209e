// Hostile input: every one parses in every format with diagnostics (or a clear status), without
// a crash, a hang or lost text. The invariants are those the fuzz targets check on every input
// (fuzz/invariants.hpp): the regions tile the text, every printable byte of the body is in a
// paragraph, tokens and sentences lie in order inside the text.
#include <sys/mman.h>

#include <cstring>
#include <string>
#include <vector>

#include "invariants.hpp"
#include "json_check.hpp"
#include "support.hpp"

using namespace wirereport;
using test::diagnostic_offset;
using test::has_diagnostic;

namespace {

constexpr Format every_format[] = {Format::auto_detect, Format::text,     Format::web,     Format::reuters,
                                   Format::agency,      Format::anpa1312, Format::iptc7901};

// Parses `text` in every format; each article must keep the invariants and render well-formed
// JSON. Returns the article of the auto-detected format.
Article parse_everywhere(std::string_view text, Options options = {}) {
  Article detected;
  for (const Format format : every_format) {
    CAPTURE(to_string(format));
    options.format = format;
    Article a = parse(text, options);
    const invariants::Violation broken = invariants::article(a, options);
    CHECK_MESSAGE(broken == nullptr, (broken != nullptr ? broken : ""));
    if (format == Format::auto_detect) detected = std::move(a);
  }
  JsonOptions json;
  json.tokens = true;
  const std::string document = to_json(detected, json);
  fuzz::JsonReader reader(document);
  CHECK_MESSAGE(reader.document(), "the JSON document is not well-formed");
  return detected;
}

std::string repeat(std::string_view piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out.append(piece);
  return out;
}

std::size_t count_tokens(const Article& a, TokenKind kind) {
  std::size_t n = 0;
  for (const Token& t : a.tokens()) n += t.kind == kind ? 1 : 0;
  return n;
}

constexpr std::size_t ten_mb = 10u << 20;

}  // namespace

TEST_CASE("invalid UTF-8 of every class is reported where it is and kept") {
  struct Case {
    const char* name;
    std::string bad;
  };
  const Case cases[] = {
      {"overlong two bytes", "\xC1\xBF"},
      {"overlong three bytes", "\xE0\x9F\xBF"},
      {"overlong four bytes", "\xF0\x8F\xBF\xBF"},
      {"surrogate high", "\xED\xA0\x80"},
      {"surrogate low", "\xED\xBF\xBF"},
      {"above U+10FFFF", "\xF4\x90\x80\x80"},
      {"lead byte F5", "\xF5\x80\x80\x80"},
      {"lead byte FF", "\xFF"},
      {"lone continuation", "\x80"},
      {"continuations", "\xBF\xBF\xBF"},
      {"truncated two-byte", "\xC3"},
      {"truncated three-byte", "\xE2\x82"},
      {"truncated four-byte", "\xF0\x9F\x98"},
  };
  const std::string before = "Köln - Grüße über die Straße: ";
  for (const Case& c : cases) {
    CAPTURE(c.name);
    for (const std::string& text : {before + c.bad + " Übermorgen mehr.", before + c.bad}) {
      const Article a = parse_everywhere(text);
      CHECK(a.ok());
      CHECK(a.encoding() == Encoding::utf8);
      CHECK(a.text().size() == text.size());
      CHECK(diagnostic_offset(a, DiagnosticCode::invalid_utf8) == before.size());
      bool covered = false;  // the bad bytes are an `invalid` token, not dropped
      for (const Token& t : a.tokens())
        covered = covered || (t.kind == TokenKind::invalid && t.span.begin == before.size());
      CHECK(covered);

      Options strict;
      strict.reject_invalid_utf8 = true;
      const Article rejected = parse_everywhere(text, strict);
      CHECK(rejected.status() == Status::invalid_utf8);
      CHECK(diagnostic_offset(rejected, DiagnosticCode::invalid_utf8) == before.size());
    }
  }
}

TEST_CASE("a text of nothing but invalid sequences is read as a legacy charset") {
  for (const char* unit : {"\xED\xA0\x80", "\x80", "\xC0\xAF", "\xF8\x88\x80\x80\x80"}) {
    CAPTURE(unit);
    const Article a = parse_everywhere(repeat(unit, 20'000));
    CHECK(a.ok());
    CHECK(a.transcoded());
    CHECK(has_diagnostic(a, DiagnosticCode::transcoded));
  }
}

TEST_CASE("many invalid bytes stop at the diagnostics limit") {
  const std::string text = "Grüße " + repeat("a\xFF", 100'000) + " Köln Straße Übel";
  Options options;
  options.encoding = Encoding::utf8;
  const Article a = parse_everywhere(text, options);
  CHECK(a.ok());
  CHECK(a.diagnostics().size() == options.max_diagnostics + 1);
  CHECK(a.diagnostics().back().code == DiagnosticCode::too_many_diagnostics);
  CHECK(count_tokens(a, TokenKind::invalid) == 100'000);
}

TEST_CASE("NUL bytes are reported and the text around them is kept") {
  constexpr char raw[] = "Berlin - Ein Satz.\0Noch ein\0Satz.\n\nDritter\0Absatz.";
  const std::string text(raw, sizeof raw - 1);
  const Article a = parse_everywhere(text);
  CHECK(a.ok());
  CHECK(diagnostic_offset(a, DiagnosticCode::nul_bytes) == 18);
  REQUIRE(a.paragraphs().size() == 2);
  CHECK(a.paragraphs().back().end == text.size());

  SUBCASE("a megabyte of NUL bytes") {
    const Article nuls = parse_everywhere(std::string(1u << 20, '\0'));
    CHECK(has_diagnostic(nuls, DiagnosticCode::nul_bytes));
    CHECK(has_diagnostic(nuls, DiagnosticCode::empty_input));
  }
}

TEST_CASE("only control characters") {
  std::string controls;
  for (int b = 1; b < 0x20; ++b) controls.push_back(static_cast<char>(b));
  controls.push_back('\x7F');
  const Article a = parse_everywhere(repeat(controls, 10'000));
  CHECK(a.ok());
  CHECK(a.paragraphs().empty());
  CHECK(a.tokens().empty());
  CHECK(diagnostic_offset(a, DiagnosticCode::control_characters) == 0);
  CHECK(has_diagnostic(a, DiagnosticCode::empty_input));
}

TEST_CASE("100,000 quotation marks") {
  SUBCASE("straight quotes, one token each") {
    const Article a = parse_everywhere(std::string(100'000, '"'));
    CHECK(a.tokens().size() == 100'000);
  }
  SUBCASE("typographic marks of every style") {
    const Article a = parse_everywhere(repeat("„“”‚‘’«»‹›", 10'000));
    CHECK(a.tokens().size() == 100'000);
  }
  SUBCASE("100,000 short quotes with a cue") {
    const Article a = parse_everywhere(repeat("„Ja“, sagte sie. ", 100'000));
    CHECK(a.sentences().size() == 100'000);
  }
}

TEST_CASE("10 MB without whitespace or newlines") {
  SUBCASE("one word") {
    const Article a = parse_everywhere(std::string(ten_mb, 'a'));
    REQUIRE(a.tokens().size() == 1);
    CHECK(a.tokens()[0].span == Span{0, static_cast<std::uint32_t>(ten_mb)});
    CHECK(a.sentences().size() == 1);
  }
  SUBCASE("words glued by punctuation (2 MB: every stage has work on each word)") {
    const Article a = parse_everywhere(repeat("Wort.Satz,Zahl1.5;(Klammer)\"Zitat\"-", ten_mb / 5 / 36));
    CHECK(a.paragraphs().size() == 1);
    CHECK_FALSE(a.tokens().empty());
  }
  SUBCASE("every printable ASCII byte in a fixed pseudo-random order") {
    std::string text(ten_mb, ' ');
    std::uint32_t state = 12345;
    for (char& c : text) {
      state = state * 1103515245u + 12345u;  // a fixed LCG: the same text on every run
      c = static_cast<char>(0x21 + (state >> 16) % 94);
    }
    const Article a = parse_everywhere(text);
    CHECK(a.paragraphs().size() == 1);
  }
}

TEST_CASE("1,000,000 empty lines") {
  for (const char* line_end : {"\n", "\r\n", "\r", "  \t\n"}) {
    CAPTURE(std::strlen(line_end));
    const std::string blank = repeat(line_end, 1'000'000);
    const Article empty = parse_everywhere(blank);
    CHECK(empty.paragraphs().empty());
    CHECK(has_diagnostic(empty, DiagnosticCode::empty_input));

    // A word after them is found where it is.
    const Article late = parse_everywhere(blank + "Ende.");
    REQUIRE(late.paragraphs().size() == 1);
    CHECK(late.paragraphs()[0].begin == blank.size());
  }
}

TEST_CASE("deeply nested brackets and quotes") {
  const std::size_t depth = 100'000;
  SUBCASE("brackets") {
    // Alternating marks: a run of one mark would be a single token.
    const Article a = parse_everywhere(repeat("([", depth / 2) + "Kern" + repeat("])", depth / 2));
    CHECK(a.tokens().size() == 2 * depth + 1);
  }
  SUBCASE("quotes of every style, nested") {
    const Article a = parse_everywhere(repeat("„«‚‹\"", depth / 5) + "Kern" + repeat("\"›‘»“", depth / 5));
    CHECK(a.tokens().size() == 2 * depth + 1);
  }
  SUBCASE("opened and never closed, across paragraphs") {
    parse_everywhere(repeat("„Er sagte: (das [ist {«offen\n\n", depth / 10));
  }
}

TEST_CASE("mixed encodings") {
  const std::string utf8 = "Grüße aus Köln, sagte er. ";
  const std::string latin1 = "Gr\xFC\xDF" "e aus K\xF6ln, sagte er. ";
  SUBCASE("mostly UTF-8 with Latin-1 bytes: kept in place, the bad bytes reported") {
    const Article a = parse_everywhere(repeat(utf8, 20) + latin1 + repeat(utf8, 20));
    CHECK_FALSE(a.transcoded());
    CHECK(has_diagnostic(a, DiagnosticCode::invalid_utf8));
  }
  SUBCASE("mostly Latin-1 with UTF-8 sequences: transcoded") {
    const Article a = parse_everywhere(repeat(latin1, 20) + utf8 + repeat(latin1, 20) + "\x93" "Zitat\x94");
    CHECK(a.transcoded());
    CHECK(a.encoding() == Encoding::windows1252);
  }
  SUBCASE("UTF-16 with its byte order mark") {
    std::string utf16 = "\xFF\xFE";
    for (char c : std::string_view("Berlin - Ein Satz.")) {
      utf16.push_back(c);
      utf16.push_back('\0');
    }
    const Article a = parse_everywhere(utf16);
    CHECK(has_diagnostic(a, DiagnosticCode::nul_bytes));
  }
  SUBCASE("a charset forced on text in another") {
    Options options;
    options.encoding = Encoding::latin1;
    const Article a = parse_everywhere(repeat(utf8, 50), options);
    CHECK(a.transcoded());
  }
}

TEST_CASE("input over the size limit is rejected with a clear status and nothing read") {
  SUBCASE("Options::max_input_bytes") {
    const std::string text = "Berlin - Ein Satz.";
    Options options;
    options.max_input_bytes = text.size() - 1;
    const Article a = parse_everywhere(text, options);
    CHECK(a.status() == Status::too_large);
    CHECK(diagnostic_offset(a, DiagnosticCode::too_large) == 0);
    options.max_input_bytes = text.size();
    CHECK(parse(text, options).ok());
  }

  SUBCASE("over 4 GiB, the limit of 32-bit offsets") {
    // Address space only: the pages can be neither read nor written, so any byte the library
    // touched would crash the test. Nothing is allocated.
    const std::size_t size = max_supported_input_bytes + 2 * 4096;
    void* pages = mmap(nullptr, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (pages == MAP_FAILED) {
      MESSAGE("skipped: cannot reserve " << size << " bytes of address space");
      return;
    }
    const std::string_view huge(static_cast<const char*>(pages), size);

    Options options;
    options.max_input_bytes = UINT64_MAX;  // asks for more than offsets allow: still 4 GiB - 1
    for (const Format format : every_format) {
      options.format = format;
      const Article a = parse(huge, options);
      CHECK(a.status() == Status::too_large);
      CHECK(diagnostic_offset(a, DiagnosticCode::too_large) == 0);
      CHECK(invariants::article(a, options) == nullptr);
      const std::string document = to_json(a);
      fuzz::JsonReader reader(document);
      CHECK(reader.document());
    }
    Parser parser;
    CHECK(parser.parse(huge).status() == Status::too_large);
    CHECK(parser.parse("Danach geht es weiter.").ok());  // the parser is still good

    // The stages on their own: no tokens for a text their offsets cannot index...
    CHECK(tokenize(huge).empty());
    Tokenizer tokenizer;
    CHECK(tokenizer.tokenize(huge).empty());
    CHECK(split_sentences(huge, {}).empty());

    // ...while a range of it that they can index is read as usual, at offsets near the top.
    const std::size_t top = max_supported_input_bytes + 1 - 4096;  // the last page below 4 GiB
    char* page = static_cast<char*>(pages) + top;
    REQUIRE(mprotect(page, 4096, PROT_READ | PROT_WRITE) == 0);
    const std::string_view sentence = "Oben ist es still.";
    std::memcpy(page, sentence.data(), sentence.size());
    const auto begin = static_cast<std::uint32_t>(top);
    std::vector<Token> tokens;
    tokenize_append(huge, {begin, begin + static_cast<std::uint32_t>(sentence.size())}, Language::de, tokens);
    REQUIRE(tokens.size() == 5);
    CHECK(tokens.back().span.end == begin + sentence.size());
    const std::vector<Span> sentences = split_sentences(huge, tokens, Language::de);
    REQUIRE(sentences.size() == 1);
    CHECK(sentences[0] == Span{begin, begin + static_cast<std::uint32_t>(sentence.size())});
    munmap(pages, size);
  }
}
