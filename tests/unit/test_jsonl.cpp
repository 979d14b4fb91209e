// The CLI's JSON Lines reader: the "id" it copies into the output document is always
// well-formed JSON (a fuzz finding: malformed ids were copied as they were).
#include "support.hpp"

#include "../../apps/jsonl.hpp"

using wirereport::cli::JsonlRecord;
using wirereport::cli::read_jsonl_record;

namespace {

// The id as the reader gives it, or "<rejected>".
std::string id_of(std::string_view line) {
  JsonlRecord record;
  std::string error;
  if (!read_jsonl_record(line, record, error)) return "<rejected>";
  return record.id_json;
}

}  // namespace

TEST_CASE("ids that are not well-formed JSON scalars are refused") {
  CHECK(id_of(R"({"id": {"a"b: [1, {"x": "]"}]}, "text": "t"})") == "<rejected>");
  CHECK(id_of(R"({"id": [1,,2], "text": "t"})") == "<rejected>");
  CHECK(id_of(R"({"id": {"a": 1}, "text": "t"})") == "<rejected>");
  CHECK(id_of("{\"id\": tru\x01" "e, \"text\": \"t\"}") == "<rejected>");
  CHECK(id_of("{\"id\": \"\xFF\", \"text\": \"t\"}") == "<rejected>");
  CHECK(id_of("{\"id\": \"a\x01\", \"text\": \"t\"}") == "<rejected>");
  CHECK(id_of(R"({"id": 01, "text": "t"})") == "<rejected>");
  CHECK(id_of(R"({"id": 1.e5, "text": "t"})") == "<rejected>");
  CHECK(id_of(R"({"id": nul, "text": "t"})") == "<rejected>");
}

TEST_CASE("strings, numbers, true, false and null are copied as they are") {
  CHECK(id_of(R"({"id": "a1", "text": "t"})") == R"("a1")");
  CHECK(id_of(R"({"id": "\u00e9\n", "text": "t"})") == R"("\u00e9\n")");
  CHECK(id_of(R"({"id": 7, "text": "t"})") == "7");
  CHECK(id_of(R"({"id": -0.5e+3, "text": "t"})") == "-0.5e+3");
  CHECK(id_of(R"({"id": null, "text": "t"})") == "null");
  CHECK(id_of(R"({"id": true, "text": "t"})") == "true");
  CHECK(id_of(R"({"text": "t"})").empty());
}

TEST_CASE("is_json_scalar, which the C ABI and the CLI share") {
  for (const char* yes : {R"("")", R"("a\"b")", R"("\ud83d\ude00")", "0", "-1.5E-3", "true", "false", "null"})
    CHECK_MESSAGE(wirereport::is_json_scalar(yes), yes);
  for (const char* no : {"", R"(")", R"("a)", R"("\x")", R"("\u12")", "1.", "+1", ".5", "NaN", "[]", "{}", "nul"})
    CHECK_MESSAGE(!wirereport::is_json_scalar(no), no);
}
