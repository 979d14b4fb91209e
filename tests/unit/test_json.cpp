// The JSON writer: every key of the contract present, strings escaped, invalid UTF-8 replaced.
#include "support.hpp"

using namespace wirereport;

TEST_CASE("every key of the contract is present, null or empty when absent") {
  const std::string json = to_json(parse(""));
  for (const char* key :
       {"\"schema\":1", "\"format\":\"text\"", "\"language\":", "\"encoding\":\"utf-8\"", "\"published\":null",
        "\"headline\":null", "\"dateline\":null", "\"byline\":null", "\"paragraphs\":[]", "\"sentences\":[]",
        "\"quotes\":[]", "\"entities\":[]", "\"times\":[]", "\"tags\":[]", "\"trailer\":null", "\"diagnostics\":["}) {
    CAPTURE(key);
    CHECK(json.find(key) != std::string::npos);
  }
  CHECK(json.find("\"tokens\"") == std::string::npos);
  CHECK(json.find("\"id\"") == std::string::npos);
}

TEST_CASE("tokens and id on request") {
  JsonOptions o;
  o.tokens = true;
  o.id_json = "\"doc-7\"";
  const std::string json = to_json(parse("Hallo Welt."), o);
  CHECK(json.starts_with("{\"schema\":1,\"id\":\"doc-7\","));
  CHECK(json.find("\"tokens\":[{\"span\":[0,5],\"kind\":\"word\"}") != std::string::npos);
}

TEST_CASE("strings are escaped and invalid UTF-8 becomes U+FFFD") {
  std::string out;
  constexpr char raw[] = "a\"b\\c\n\t\x01\x7f é \xC3";
  append_json_string(std::string_view(raw, sizeof raw - 1), out);
  CHECK(out == "\"a\\\"b\\\\c\\n\\t\\u0001\\u007f é \\ufffd\"");
}

TEST_CASE("pretty output indents and keeps spans on one line") {
  JsonOptions o;
  o.pretty = true;
  const std::string json = to_json(parse("Ein Satz."), o);
  CHECK(json.find("\n  \"schema\": 1,") != std::string::npos);
  CHECK(json.find("\"span\": [0, 9]") != std::string::npos);
}

TEST_CASE("published and dateline objects") {
  const std::string json = to_json(parse(test::project_file("examples/reports/web_de_kanzler.txt")));
  CHECK(json.find("\"local\":\"2024-03-26T16:05:00\",\"zone\":\"Europe/Berlin\",\"utc\":\"2024-03-26T15:05:00Z\"") !=
        std::string::npos);
  CHECK(json.find("\"place\":{\"span\":[104,110],\"text\":\"Berlin\",\"zone\":\"Europe/Berlin\",\"country\":\"DE\"}") !=
        std::string::npos);
}

TEST_CASE("entities: a place's zone and country, null for other entities") {
  Article a = parse("Kiel und Tom Berger.");
  a.state().entities = {{{0, 4}, EntityType::place, {0, 4}, "Europe/Berlin", "DE"},
                        {{9, 19}, EntityType::person, {9, 19}}};
  CHECK(to_json(a).find("\"entities\":[{\"span\":[0,4],\"text\":\"Kiel\",\"type\":\"place\",\"key\":\"Kiel\","
                        "\"zone\":\"Europe/Berlin\",\"country\":\"DE\"},{\"span\":[9,19],\"text\":\"Tom Berger\","
                        "\"type\":\"person\",\"key\":\"Tom Berger\",\"zone\":null,\"country\":null}]") !=
        std::string::npos);
}
