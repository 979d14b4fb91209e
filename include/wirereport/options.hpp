// Options for a parse: format, encoding, language, zone and limits.
#pragma once

#include <cstdint>
#include <string_view>

namespace wirereport {

// The layouts wirereport knows. `auto_detect` looks at the first lines of the input.
enum class Format : std::uint8_t {
  auto_detect,
  text,      // bare running text: paragraphs, sentences, tokens; no header, headline or dateline
  web,       // web copy: timestamp line, bullet headline(s), dateline-led body, "Tags" trailer
  reuters,   // Reuters-21578: "26-FEB-1987 15:01:01.79", upper-case headline, indented body, "Reuter"
  agency,    // modern agency text: "WASHINGTON, Sept 14 (Reuters) - ...", bylines, credit trailers
  anpa1312,  // ANPA-1312 machine wire (AP)
  iptc7901,  // IPTC 7901 machine wire (dpa, KNA)
};

// Input encodings. `auto_detect` uses valid UTF-8 as it is and transcodes input that is
// not UTF-8 but reads as Windows-1252 (a superset of Latin-1's printable range).
enum class Encoding : std::uint8_t { auto_detect, utf8, latin1, windows1252 };

enum class Language : std::uint8_t { unknown, de, en };

// The largest input a parse accepts: offsets are 32-bit.
inline constexpr std::uint64_t max_supported_input_bytes = 0xFFFF'FFFFull;

struct Options {
  Format format = Format::auto_detect;
  Encoding encoding = Encoding::auto_detect;
  // Language of the text; `unknown` detects it from the text's function words.
  Language language = Language::unknown;
  // Invalid UTF-8 is kept in place with a diagnostic per bad sequence; with this set, such
  // input is rejected instead (Article::status() says so, with the offset of the first bad byte).
  bool reject_invalid_utf8 = false;
  // IANA zone ("Europe/Berlin") for timestamps that name none. Empty: such times have no zone
  // and no UTC. An unknown name is reported as a diagnostic and ignored.
  std::string_view default_zone;
  // Inputs larger than this are rejected with Status::too_large (never more than 4 GiB - 1).
  std::uint64_t max_input_bytes = max_supported_input_bytes;
  // Diagnostics beyond this many are counted in one final "too_many_diagnostics" entry.
  std::uint32_t max_diagnostics = 1000;
  // Quotes and entities kept per article. A report has tens of each; these bound what hostile
  // input can make an article hold. Those beyond are dropped, and the first one dropped is
  // reported ("too_many_quotes", "too_many_entities") with its offset.
  std::uint32_t max_quotes = 100'000;
  std::uint32_t max_entities = 100'000;
};

}  // namespace wirereport
