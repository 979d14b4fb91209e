// Thread safety: many reports parsed at once, one Parser per thread, the shared tables (zones,
// calendar names) built once by whichever thread comes first. Every thread's results equal the
// single-threaded ones. Built as its own program (wirereport_thread_tests) so that the tsan
// preset compiles and runs just this under ThreadSanitizer.
#include <algorithm>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "support.hpp"

using namespace wirereport;

namespace {

constexpr unsigned thread_count = 8;
constexpr int rounds = 3;

// The project's own reports and hostile seeds, plus variants made from them.
std::vector<std::string> reports() {
  std::vector<std::string> out;
  for (const char* folder : {"examples/reports", "tests/fixtures", "fuzz/corpus/seeds"}) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(std::filesystem::path(WIREREPORT_SOURCE_DIR) / folder))
      if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& file : files) out.push_back(test::read_file(file));
  }
  const std::size_t originals = out.size();
  for (std::size_t i = 0; i < originals; ++i) out.push_back(out[i] + "\n\n" + out[(i + 1) % originals]);
  return out;
}

std::string render(const Article& a) {
  JsonOptions json;
  json.tokens = true;
  return to_json(a, json);
}

// Options that differ by report, so that threads parse the same text with different settings.
Options options_for(std::size_t report) {
  Options options;
  if (report % 3 == 1) options.default_zone = "Europe/Berlin";
  if (report % 3 == 2) options.format = Format::text;
  return options;
}

}  // namespace

TEST_SUITE("threads") {
  TEST_CASE("reports parsed concurrently equal the single-threaded results") {
    const std::vector<std::string> texts = reports();
    REQUIRE(texts.size() > 20);

    // Each thread parses every report `rounds` times, starting at a different report, with one
    // Parser per option set; the threads start before anything has built the shared tables.
    std::vector<std::vector<std::string>> results(thread_count, std::vector<std::string>(texts.size()));
    std::vector<int> mismatches(thread_count, 0);
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < thread_count; ++t) {
      threads.emplace_back([&, t] {
        std::vector<Parser> parsers;
        for (std::size_t k = 0; k < 3; ++k) parsers.emplace_back(options_for(k));
        for (int round = 0; round < rounds; ++round) {
          for (std::size_t n = 0; n < texts.size(); ++n) {
            const std::size_t i = (n + t * 7) % texts.size();
            // Half the threads use the reusable Parser, the others the allocating parse().
            const std::string json = t % 2 == 0 ? render(parsers[i % 3].parse(texts[i]))
                                                : render(parse(texts[i], options_for(i)));
            if (round == 0) {
              results[t][i] = json;
            } else if (results[t][i] != json) {
              ++mismatches[t];
            }
          }
        }
      });
    }
    for (std::thread& thread : threads) thread.join();

    for (std::size_t i = 0; i < texts.size(); ++i) {
      CAPTURE(i);
      const std::string expected = render(parse(texts[i], options_for(i)));
      for (unsigned t = 0; t < thread_count; ++t) CHECK(results[t][i] == expected);
    }
    for (unsigned t = 0; t < thread_count; ++t) CHECK(mismatches[t] == 0);
  }

  TEST_CASE("one Article read and rendered by many threads at once") {
    const std::string text = test::project_file("examples/reports/web_de_kanzler.txt");
    const Article shared = parse(text);
    const std::string expected = render(shared);
    std::vector<int> differ(thread_count, 0);
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < thread_count; ++t) {
      threads.emplace_back([&, t] {
        for (int round = 0; round < 20; ++round) differ[t] += render(shared) != expected ? 1 : 0;
      });
    }
    for (std::thread& thread : threads) thread.join();
    for (unsigned t = 0; t < thread_count; ++t) CHECK(differ[t] == 0);
  }

  TEST_CASE("the stages on their own, concurrently") {
    struct Stages {
      std::vector<Token> tokens;
      std::vector<Span> sentences;
    };
    auto same = [](const Stages& a, const Stages& b) {
      return a.sentences == b.sentences && std::equal(a.tokens.begin(), a.tokens.end(), b.tokens.begin(), b.tokens.end(),
                                                      [](const Token& x, const Token& y) {
                                                        return x.span == y.span && x.kind == y.kind && x.flags == y.flags;
                                                      });
    };
    const std::vector<std::string> texts = reports();
    std::vector<std::vector<Stages>> results(thread_count, std::vector<Stages>(texts.size()));
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < thread_count; ++t) {
      threads.emplace_back([&, t] {
        Tokenizer tokenizer;  // reused: its buffer is this thread's own
        for (std::size_t i = 0; i < texts.size(); ++i) {
          const std::span<const Token> tokens = tokenizer.tokenize(texts[i], Language::de);
          results[t][i].tokens.assign(tokens.begin(), tokens.end());
          results[t][i].sentences = split_sentences(texts[i], tokens, Language::de);
        }
      });
    }
    for (std::thread& thread : threads) thread.join();
    for (std::size_t i = 0; i < texts.size(); ++i) {
      CAPTURE(i);
      Stages expected;
      expected.tokens = tokenize(texts[i], Language::de);
      expected.sentences = split_sentences(texts[i], expected.tokens, Language::de);
      for (unsigned t = 0; t < thread_count; ++t) CHECK(same(results[t][i], expected));
    }
  }

  TEST_CASE("buffers of many stories streamed concurrently") {
    // The stream fixtures, each a buffer of several machine wire or agency stories.
    std::vector<std::string> buffers;
    for (const char* file : {"tests/fixtures/wire/anpa_stream.tst", "tests/fixtures/wire/iptc_stream.txt",
                             "tests/fixtures/agency/stream_en.txt"})
      buffers.push_back(test::project_file(file));
    auto stream_all = [](const std::string& buffer) {
      std::vector<std::string> stories;
      StoryStream stream(buffer);
      JsonOptions json;
      while (stream.next()) {
        json.story = StoryPosition{stream.index(), stream.span()};
        stories.push_back(to_json(stream.article(), json));
      }
      return stories;
    };
    std::vector<std::vector<std::vector<std::string>>> results(thread_count);
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < thread_count; ++t) {
      threads.emplace_back([&, t] {
        for (std::size_t b = 0; b < buffers.size(); ++b) results[t].push_back(stream_all(buffers[(b + t) % buffers.size()]));
      });
    }
    for (std::thread& thread : threads) thread.join();
    for (std::size_t b = 0; b < buffers.size(); ++b) {
      CAPTURE(b);
      const std::vector<std::string> expected = stream_all(buffers[b]);
      CHECK(expected.size() >= 2);
      for (unsigned t = 0; t < thread_count; ++t) CHECK(results[t][(b + buffers.size() - t % buffers.size()) % buffers.size()] == expected);
    }
  }
}
