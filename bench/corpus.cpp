#include "corpus.hpp"

#include <cstdint>
#include <fstream>
#include <string_view>

namespace wirereport::bench {

namespace {

void append_utf8(std::uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::uint32_t hex4(std::string_view s, std::size_t i) {
  std::uint32_t v = 0;
  for (std::size_t k = i; k < i + 4 && k < s.size(); ++k) {
    const char c = s[k];
    v <<= 4;
    if (c >= '0' && c <= '9') v |= static_cast<std::uint32_t>(c - '0');
    else if (c >= 'a' && c <= 'f') v |= static_cast<std::uint32_t>(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F') v |= static_cast<std::uint32_t>(c - 'A' + 10);
  }
  return v;
}

// The string value of "key" in one JSON Lines record (enough JSON for the corpus files).
bool json_string_field(std::string_view line, std::string_view key, std::string& out) {
  const std::string pattern = "\"" + std::string(key) + "\": \"";
  std::size_t i = line.find(pattern);
  if (i == std::string_view::npos) return false;
  i += pattern.size();
  out.clear();
  while (i < line.size() && line[i] != '"') {
    if (line[i] != '\\') {
      out.push_back(line[i++]);
      continue;
    }
    const char e = i + 1 < line.size() ? line[i + 1] : '\\';
    i += 2;
    switch (e) {
      case 'n': out.push_back('\n'); break;
      case 't': out.push_back('\t'); break;
      case 'r': out.push_back('\r'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 'u': {
        std::uint32_t cp = hex4(line, i);
        i += 4;
        if (cp >= 0xD800 && cp < 0xDC00 && line.substr(i, 2) == "\\u") {
          cp = 0x10000 + ((cp - 0xD800) << 10) + (hex4(line, i + 2) - 0xDC00);
          i += 6;
        }
        append_utf8(cp, out);
        break;
      }
      default: out.push_back(e); break;
    }
  }
  return true;
}

void add(Corpus& c, std::string&& doc) {
  if (doc.empty()) return;
  c.bytes += doc.size();
  c.documents.push_back(std::move(doc));
}

void read_jsonl(Corpus& c, const std::string& path, std::string_view key) {
  std::ifstream in(path);
  std::string line;
  std::string value;
  while (std::getline(in, line))
    if (json_string_field(line, key, value)) add(c, std::string(value));
}

// 10kGNAD: `label;'text'` per line.
void read_10kgnad(Corpus& c, const std::string& path) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    const std::size_t b = line.find(";'");
    const std::size_t e = line.rfind('\'');
    if (b != std::string::npos && e != std::string::npos && e > b + 2) add(c, line.substr(b + 2, e - b - 2));
  }
}

void fall_back(Corpus& c) {
  if (!c.documents.empty()) return;
  c.source = "generated from bench/samples.cpp (../shared/corpus is absent)";
  for (std::string& d : generated_documents(c.language, 4u << 20)) add(c, std::move(d));
}

}  // namespace

Corpus german_corpus(const std::string& dir) {
  Corpus c{"de", Language::de, {}, 0, dir + "/german-quotes/{train,dev}.jsonl + " + dir + "/german-news/10kgnad-part1.csv"};
  read_jsonl(c, dir + "/german-quotes/train.jsonl", "text");
  read_jsonl(c, dir + "/german-quotes/dev.jsonl", "text");
  read_10kgnad(c, dir + "/german-news/10kgnad-part1.csv");
  fall_back(c);
  return c;
}

Corpus english_corpus(const std::string& dir) {
  Corpus c{"en", Language::en, {}, 0, dir + "/reuters21578/articles.jsonl (raw)"};
  read_jsonl(c, dir + "/reuters21578/articles.jsonl", "raw");
  fall_back(c);
  return c;
}

}  // namespace wirereport::bench
