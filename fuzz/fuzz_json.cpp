// The JSON rendering. Checks that the document is well-formed UTF-8 JSON with every top-level
// key of the contract, that pretty and compact output hold the same document, that a reused
// Parser renders what a fresh parse renders, and that append_json_string() round-trips any
// bytes (invalid UTF-8 as U+FFFD, one per bad byte).
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

#include "expect.hpp"
#include "json_check.hpp"

namespace {

// The top-level keys of the contract, in order, with "id" and "tokens" requested.
constexpr std::string_view contract_keys[] = {
    "schema", "id", "format", "language", "encoding", "published", "headline", "dateline", "byline", "paragraphs",
    "sentences", "tokens", "quotes", "entities", "times", "tags", "trailer", "credits", "wire", "story",
    "diagnostics"};

// What append_json_string() promises to write for `text`, decoded: the text with each byte
// that does not start a valid UTF-8 sequence replaced by U+FFFD.
std::string expected_string(std::string_view text) {
  std::string out;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t len = wirereport::detail::utf8_sequence_length(text, pos);
    if (len == 0) {
      out.append("\uFFFD");
      ++pos;
    } else {
      out.append(text.substr(pos, len));
      pos += len;
    }
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using wirereport::fuzz::JsonReader;
  using wirereport::fuzz::expect;
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  wirereport::JsonOptions compact;
  compact.tokens = true;
  compact.id_json = "\"fuzz\"";
  wirereport::JsonOptions pretty = compact;
  pretty.pretty = true;

  // One parser for the whole run, as a service would keep it: what it renders after any
  // earlier inputs must equal a fresh parse.
  static wirereport::Parser reused;
  const std::string json = wirereport::to_json(reused.parse(text), compact);
  const wirereport::Article fresh = wirereport::parse(text);
  expect(wirereport::to_json(fresh, compact) == json, "a reused Parser renders differently");

  JsonReader reader(json);
  expect(reader.document(), "the document is not well-formed JSON");
  expect(std::equal(reader.top_level_keys().begin(), reader.top_level_keys().end(), std::begin(contract_keys),
                        std::end(contract_keys)),
             "top-level keys differ from the contract");

  const std::string pretty_json = wirereport::to_json(fresh, pretty);
  JsonReader pretty_reader(pretty_json);
  expect(pretty_reader.document(), "the pretty document is not well-formed JSON");
  expect(wirereport::fuzz::minified(pretty_json) == json, "pretty and compact documents differ");

  std::string literal;
  wirereport::append_json_string(text, literal);
  std::string decoded;
  expect(JsonReader::decode_string(literal, decoded), "a string literal that is not JSON");
  expect(decoded == expected_string(text), "a string literal that does not decode to its text");
  return 0;
}
