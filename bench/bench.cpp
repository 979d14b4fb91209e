// wirereport_bench: the tokenizer hot path, sentence splitting and whole parses, with ICU's
// word and sentence BreakIterators over the same text in the same binary, on a German and an
// English corpus (see corpus.hpp). Every benchmark reports bytes/s and items/s; at the end the
// ratios the project tracks are printed from this one run.
//
//   build/bench/bench/wirereport_bench [--benchmark_enable_random_interleaving=true
//       --benchmark_repetitions=5] [--benchmark_filter=...]
//   (repetitions in random order: a shared machine's disturbances then slow both sides of a ratio)
//   (the corpus folder: $WIREREPORT_CORPUS, else ../shared/corpus next to the source tree)
#include <benchmark/benchmark.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <string_view>

#include "corpus.hpp"
#include "tokens/masks.hpp"
#include "tokens/scanner.hpp"
#include "wirereport/wirereport.hpp"

namespace wirereport::bench {

namespace {

void report(benchmark::State& state, const Corpus& c, std::size_t items_per_pass) {
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(c.bytes));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(items_per_pass));
}

// Text where every token is plain: lower-case ASCII words of `length` letters (random letters,
// a fixed seed) between single spaces, in documents of about 2 KB, 2.7 MB in all. Two lengths
// separate what a 64-byte window costs from what a token costs.
Corpus plain_words(std::size_t length) {
  Corpus c{"plain" + std::to_string(length), Language::de, {}, 0, "generated plain words"};
  std::mt19937 random(static_cast<unsigned>(length));
  while (c.bytes < 2'700'000) {
    std::string doc;
    while (doc.size() < 2000) {
      for (std::size_t i = 0; i < length; ++i) doc += static_cast<char>('a' + random() % 26);
      doc += ' ';
    }
    c.bytes += doc.size();
    c.documents.push_back(std::move(doc));
  }
  return c;
}

// The physical limit of one core for a pass over the text: counting spaces.
void BM_byte_scan(benchmark::State& state, const Corpus* c) {
  std::size_t spaces = 0;
  for (auto _ : state) {
    spaces = 0;
    for (const std::string& doc : c->documents)
      spaces += static_cast<std::size_t>(std::count(doc.begin(), doc.end(), ' '));
    benchmark::DoNotOptimize(spaces);
  }
  report(state, *c, spaces);
}

void BM_tokenize(benchmark::State& state, const Corpus* c) {
  Tokenizer tokenizer;
  std::size_t tokens = 0;
  for (auto _ : state) {
    tokens = 0;
    for (const std::string& doc : c->documents) {
      const std::span<const Token> t = tokenizer.tokenize(doc, c->language);
      benchmark::DoNotOptimize(t.data());
      tokens += t.size();
    }
  }
  report(state, *c, tokens);
}

// The same scan with the character masks of one SIMD level, into reused storage as Tokenizer's.
void BM_tokenize_simd(benchmark::State& state, const Corpus* c, detail::SimdLevel level) {
  std::vector<Token> storage;
  std::size_t tokens = 0;
  for (auto _ : state) {
    tokens = 0;
    for (const std::string& doc : c->documents) {
      tokens += detail::scan_tokens_reusing(doc, {0, static_cast<std::uint32_t>(doc.size())}, c->language,
                                            Compounds::whole, storage, {level, true});
      benchmark::DoNotOptimize(storage.data());
    }
  }
  report(state, *c, tokens);
}

void BM_tokenize_and_split(benchmark::State& state, const Corpus* c) {
  Tokenizer tokenizer;
  std::vector<Span> sentences;
  std::size_t count = 0;
  for (auto _ : state) {
    count = 0;
    for (const std::string& doc : c->documents) {
      sentences.clear();
      split_sentences_append(doc, tokenizer.tokenize(doc, c->language), c->language, sentences);
      benchmark::DoNotOptimize(sentences.data());
      count += sentences.size();
    }
  }
  report(state, *c, count);
}

// ICU's word iterator over a UTF-8 UText of each document, counting word tokens (boundaries
// whose rule status says letters, numbers, kana or ideographs).
void BM_icu_word_break(benchmark::State& state, const Corpus* c) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale(c->name.c_str()), status));
  if (U_FAILURE(status)) {
    state.SkipWithError("ICU word break iterator unavailable");
    return;
  }
  UText* text = nullptr;
  std::size_t words = 0;
  for (auto _ : state) {
    words = 0;
    for (const std::string& doc : c->documents) {
      text = utext_openUTF8(text, doc.data(), static_cast<std::int64_t>(doc.size()), &status);
      it->setText(text, status);
      for (std::int32_t p = it->first(); (p = it->next()) != icu::BreakIterator::DONE;)
        if (it->getRuleStatus() >= UBRK_WORD_NONE_LIMIT) ++words;
    }
    benchmark::DoNotOptimize(words);
  }
  utext_close(text);
  report(state, *c, words);
}

void BM_icu_sentence_break(benchmark::State& state, const Corpus* c) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(icu::Locale(c->name.c_str()), status));
  if (U_FAILURE(status)) {
    state.SkipWithError("ICU sentence break iterator unavailable");
    return;
  }
  UText* text = nullptr;
  std::size_t sentences = 0;
  for (auto _ : state) {
    sentences = 0;
    for (const std::string& doc : c->documents) {
      text = utext_openUTF8(text, doc.data(), static_cast<std::int64_t>(doc.size()), &status);
      it->setText(text, status);
      for (std::int32_t p = it->first(); (p = it->next()) != icu::BreakIterator::DONE;) ++sentences;
    }
    benchmark::DoNotOptimize(sentences);
  }
  utext_close(text);
  report(state, *c, sentences);
}

// Whole articles: decode, layout, tokens, sentences and the extractors, with a reused Parser.
void BM_parse(benchmark::State& state, const Corpus* c) {
  Parser parser;
  for (auto _ : state) {
    for (const std::string& doc : c->documents) {
      const Article& a = parser.parse(doc);
      benchmark::DoNotOptimize(&a);
    }
  }
  report(state, *c, c->documents.size());
}

// Console output, then the ratios of this run.
class RatioReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& r : runs) {
      // Single runs, or the median of repetitions (--benchmark_repetitions=N).
      std::string name = r.benchmark_name();
      if (r.error_occurred) continue;
      if (r.run_type == Run::RT_Aggregate) {
        if (r.aggregate_name != "median") continue;
        name.resize(name.size() - std::string_view("_median").size());
      }
      const auto it = r.counters.find("bytes_per_second");
      if (it != r.counters.end()) rate_[name] = it->second.value;
    }
  }

  void Finalize() override {
    ConsoleReporter::Finalize();
    std::printf("\nRatios (same run):\n");
    for (const char* lang : {"de", "en"}) {
      ratio("BM_tokenize", "BM_icu_word_break", lang, 15.0);
      ratio("BM_tokenize_and_split", "BM_icu_sentence_break", lang, 5.0);
    }
  }

 private:
  void ratio(const std::string& ours, const std::string& theirs, const std::string& lang, double target) {
    const auto a = rate_.find(ours + "/" + lang);
    const auto b = rate_.find(theirs + "/" + lang);
    if (a == rate_.end() || b == rate_.end() || b->second <= 0) return;
    const double r = a->second / b->second;
    std::printf("  %-24s / %-22s %s: %7.1f MB/s / %6.1f MB/s = %5.1fx (target %.0fx) %s\n", ours.c_str(),
                theirs.c_str(), lang.c_str(), a->second / 1e6, b->second / 1e6, r, target,
                r >= target ? "ok" : "BELOW");
  }

  std::map<std::string, double> rate_;
};

}  // namespace

}  // namespace wirereport::bench

int main(int argc, char** argv) {
  using namespace wirereport::bench;
  const char* env = std::getenv("WIREREPORT_CORPUS");
  const std::string dir = env != nullptr ? env : WIREREPORT_BENCH_CORPUS_DIR;
  static const Corpus de = german_corpus(dir);
  static const Corpus en = english_corpus(dir);
  for (const Corpus* c : {&de, &en})
    std::fprintf(stderr, "corpus %s: %zu documents, %.1f MB from %s\n", c->name.c_str(), c->documents.size(),
                 static_cast<double>(c->bytes) / 1e6, c->source.c_str());
  std::fprintf(stderr, "tokenizer SIMD level: %s\n", to_string(wirereport::detail::best_simd_level()));

  static const Corpus plain2 = plain_words(2);
  static const Corpus plain16 = plain_words(16);
  for (const Corpus* c : {&plain2, &plain16})
    benchmark::RegisterBenchmark(("BM_tokenize_plain_words/" + c->name).c_str(), BM_tokenize, c);
  for (const Corpus* c : {&de, &en}) {
    const std::string n = "/" + c->name;
    benchmark::RegisterBenchmark(("BM_byte_scan" + n).c_str(), BM_byte_scan, c);
    benchmark::RegisterBenchmark(("BM_tokenize" + n).c_str(), BM_tokenize, c);
    benchmark::RegisterBenchmark(("BM_tokenize_and_split" + n).c_str(), BM_tokenize_and_split, c);
    benchmark::RegisterBenchmark(("BM_icu_word_break" + n).c_str(), BM_icu_word_break, c);
    benchmark::RegisterBenchmark(("BM_icu_sentence_break" + n).c_str(), BM_icu_sentence_break, c);
    benchmark::RegisterBenchmark(("BM_parse" + n).c_str(), BM_parse, c);
    for (auto level : {wirereport::detail::SimdLevel::scalar, wirereport::detail::SimdLevel::sse2,
                       wirereport::detail::SimdLevel::avx2, wirereport::detail::SimdLevel::avx512})
      benchmark::RegisterBenchmark(("BM_tokenize_simd" + n + "/" + to_string(level)).c_str(), BM_tokenize_simd, c,
                                   level);
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  RatioReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  return 0;
}
