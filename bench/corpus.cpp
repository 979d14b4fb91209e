#include "corpus.hpp"

#include "../apps/jsonl.hpp"

#include <fstream>
#include <string_view>

namespace wirereport::bench {

namespace {

void add(Corpus& c, std::string&& doc) {
  if (doc.empty()) return;
  c.bytes += doc.size();
  c.documents.push_back(std::move(doc));
}

// One JSON Lines corpus file, reading `key` as the document text (the project's JSON Lines
// reader reads "text"; other keys are renamed for it).
void read_jsonl(Corpus& c, const std::string& path, std::string_view key) {
  std::ifstream in(path);
  std::string line;
  cli::JsonlRecord record;
  std::string error;
  std::string quoted(1, '"');
  quoted.append(key).append("\":");
  while (std::getline(in, line)) {
    if (key != "text")
      if (const std::size_t at = line.find(quoted); at != std::string::npos) line.replace(at, quoted.size(), "\"text\":");
    if (cli::read_jsonl_record(line, record, error)) add(c, std::move(record.text));
  }
}

// 10kGNAD: `label;text` per line, the text in single quotes (doubled inside) when it has a ";".
void read_10kgnad(Corpus& c, const std::string& path) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    const std::size_t semicolon = line.find(';');
    if (semicolon == std::string::npos) continue;
    std::string text = line.substr(semicolon + 1);
    if (text.size() >= 2 && text.front() == '\'' && text.back() == '\'') {
      text = text.substr(1, text.size() - 2);
      for (std::size_t at = text.find("''"); at != std::string::npos; at = text.find("''", at + 1)) text.erase(at, 1);
    }
    add(c, std::move(text));
  }
}

void fall_back(Corpus& c) {
  c.from_corpus = !c.documents.empty();
  if (c.from_corpus) return;
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
