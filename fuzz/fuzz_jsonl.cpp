// The CLI's JSON Lines input (apps/jsonl.cpp, `wirereport parse --jsonl`): one line of any
// bytes. A line it accepts must give a well-formed output document: the id it copies into the
// document and the text it unescapes are checked there.
#include <cstdint>
#include <string>
#include <string_view>

#include "../apps/jsonl.hpp"
#include "expect.hpp"
#include "json_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using wirereport::fuzz::expect;
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  wirereport::cli::JsonlRecord record;
  std::string error;
  if (!wirereport::cli::read_jsonl_record(line, record, error)) {
    expect(!error.empty(), "a rejected line without an error message");
    return 0;
  }
  wirereport::JsonOptions options;
  options.id_json = record.id_json;
  const std::string document = wirereport::to_json(wirereport::parse(record.text), options);
  wirereport::fuzz::JsonReader reader(document);
  expect(reader.document(), "an accepted line gives a document that is not well-formed JSON");
  return 0;
}
