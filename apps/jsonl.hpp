// Reading JSON Lines input for `wirereport parse --jsonl`: objects with "id" and "text".
#pragma once

#include <string>
#include <string_view>

namespace wirereport::cli {

struct JsonlRecord {
  std::string id_json;  // the "id" value as well-formed JSON text ("\"a1\"", "17"), empty when absent
  std::string text;     // the "text" string, unescaped
};

// Reads one line holding a JSON object. Returns false with `error` set when the line is not
// an object with a string "text", or its "id" is not a string, number, true, false or null;
// other members are skipped.
bool read_jsonl_record(std::string_view line, JsonlRecord& record, std::string& error);

}  // namespace wirereport::cli
