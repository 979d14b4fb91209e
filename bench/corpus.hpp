// The benchmark corpora: real German and English news read at start-up from ../shared/corpus,
// or, when it is absent, text generated from the project's own word lists (bench/samples.cpp).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "wirereport/options.hpp"

namespace wirereport::bench {

struct Corpus {
  std::string name;                    // "de" or "en"
  Language language = Language::unknown;
  std::vector<std::string> documents;  // whole articles, each parsed or tokenized on its own
  std::size_t bytes = 0;
  std::string source;                  // where the documents came from
  bool from_corpus = false;            // false: generated, ../shared/corpus is absent
};

// German: the german-quotes articles (train and dev) and the 10kGNAD articles.
[[nodiscard]] Corpus german_corpus(const std::string& corpus_dir);
// English: the Reuters-21578 raw dispatches.
[[nodiscard]] Corpus english_corpus(const std::string& corpus_dir);

// Text written for the benchmark when the corpus is absent: `bytes` of varied sentences built
// from the project's own word lists with a fixed seed (never one short text repeated).
[[nodiscard]] std::vector<std::string> generated_documents(Language language, std::size_t bytes);

}  // namespace wirereport::bench
