// Linear time on pathological inputs: parse() over inputs of 1, 2, 4 and 8 MB, each shaped to
// stress one stage (a single huge token, nothing but quotes, only line ends, deep nesting,
// invalid bytes, endless headline or trailer lines...). After the runs it prints, per input,
// how much longer each doubling of the size took; a doubling may cost at most 2.4 times the
// time (linear growth plus noise), else the program exits with status 1.
//
//   wirereport_bench_linear [--benchmark_filter=REGEX] [--benchmark_repetitions=N] ...
//
// Times are CPU times of a warm Parser, the least of the repetitions (5 unless asked otherwise),
// so that other load on the machine disturbs the ratios as little as possible.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "wirereport/wirereport.hpp"

namespace {

constexpr double max_doubling_ratio = 2.4;

// `piece` repeated to (at most) `size` bytes, whole pieces only.
std::string repeat(std::string_view piece, std::size_t size) {
  std::string out;
  out.reserve(size);
  while (out.size() + piece.size() <= size) out.append(piece);
  return out;
}

// Printable ASCII in a fixed pseudo-random order, no whitespace.
std::string random_printable(std::size_t size) {
  std::string out(size, ' ');
  std::uint32_t state = 12345;
  for (char& c : out) {
    state = state * 1103515245u + 12345u;
    c = static_cast<char>(0x21 + (state >> 16) % 94);
  }
  return out;
}

struct Shape {
  const char* name;
  std::string (*make)(std::size_t size);
  wirereport::Format format;
};

const Shape shapes[] = {
    {"one_word", [](std::size_t n) { return std::string(n, 'a'); }, wirereport::Format::auto_detect},
    {"random_printable", random_printable, wirereport::Format::auto_detect},
    {"glued_punctuation", [](std::size_t n) { return repeat("Wort.Satz,Zahl1.5;(Klammer)\"Zitat\"-", n); },
     wirereport::Format::auto_detect},
    {"straight_quotes", [](std::size_t n) { return std::string(n, '"'); }, wirereport::Format::auto_detect},
    {"typographic_quotes", [](std::size_t n) { return repeat("„“”‚‘’«»‹›", n); }, wirereport::Format::auto_detect},
    {"short_quotes", [](std::size_t n) { return repeat("„Ja“, sagte sie. ", n); }, wirereport::Format::auto_detect},
    {"nested_brackets",
     [](std::size_t n) { return repeat("([", n / 2) + "Kern" + repeat("])", n / 2); },
     wirereport::Format::auto_detect},
    {"initials", [](std::size_t n) { return repeat("A. B. C. ", n); }, wirereport::Format::auto_detect},
    {"empty_lines_lf", [](std::size_t n) { return std::string(n, '\n'); }, wirereport::Format::auto_detect},
    {"empty_lines_cr", [](std::size_t n) { return std::string(n, '\r'); }, wirereport::Format::auto_detect},
    {"one_word_lines", [](std::size_t n) { return repeat("Wort\n", n); }, wirereport::Format::auto_detect},
    {"invalid_utf8", [](std::size_t n) { return repeat("a\xFF", n); }, wirereport::Format::text},
    {"nul_bytes", [](std::size_t n) { return std::string(n, '\0'); }, wirereport::Format::auto_detect},
    {"bullet_lines", [](std::size_t n) { return "15.09.2023, 11:52 Uhr\n" + repeat("\u2022 Titel\n", n); },
     wirereport::Format::web},
    {"tags_lines", [](std::size_t n) { return "Titel\n\nText.\n\n" + repeat("Tags\n", n); }, wirereport::Format::web},
    {"indented_lines", [](std::size_t n) { return "26-FEB-1987 15:01:01.79\nTITLE\n\n" + repeat("    x\n", n); },
     wirereport::Format::reuters},
    {"dash_runs", [](std::size_t n) { return "BERLIN " + std::string(n, '-'); }, wirereport::Format::auto_detect},
    // The extractors: names and places that mention each other, dates, credits.
    {"names", [](std::size_t n) { return repeat("Anna Weber traf Max Bauer in Kiel. Weber sagte, er komme. ", n); },
     wirereport::Format::text},
    {"dates", [](std::size_t n) { return repeat("am 14. September 2023 um 11.52 Uhr und am Montag ", n); },
     wirereport::Format::text},
    {"credits", [](std::size_t n) { return "Text.\n\n" + repeat("(Reporting by Ann Lee; Editing by Bob Hart)\n", n); },
     wirereport::Format::agency},
    // The machine wire formats: framing bytes everywhere, endless flag lines.
    {"anpa_framing", [](std::size_t n) { return repeat("\x01\x02" "a\x03\x04\x16", n); }, wirereport::Format::anpa1312},
    {"iptc_flag_lines",
     [](std::size_t n) { return "\x01" "bdt0417 4 vm 88  dpa 0417\n\nA/B/\n\x02" + repeat("(Eil)\n", n); },
     wirereport::Format::iptc7901},
};

void parse_shape(benchmark::State& state, const Shape& shape) {
  const std::string text = shape.make(static_cast<std::size_t>(state.range(0)));
  wirereport::Options options;
  options.format = shape.format;
  wirereport::Parser parser(options);
  (void)parser.parse(text);  // warm: the timed parses reuse the parser's buffers, as a service would
  for (auto _ : state) {
    const wirereport::Article& article = parser.parse(text);
    benchmark::DoNotOptimize(article.tokens().data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
}

// Prints as the console reporter does and keeps the least CPU time of each benchmark.
class RatioReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& run : runs) {
      if (run.run_type != Run::RT_Iteration || run.error_occurred) continue;
      auto& best = times_[run.run_name.function_name][std::stoll(run.run_name.args)];
      const double t = run.GetAdjustedCPUTime();
      best = best == 0 ? t : std::min(best, t);
    }
  }

  // The ratio of each doubling per input shape; false when one is over the bound.
  bool print_ratios() const {
    bool linear = true;
    std::printf("\nDoubling ratios (CPU time of 2n / time of n; at most %.1f):\n", max_doubling_ratio);
    for (const auto& [name, by_size] : times_) {
      std::printf("  %-40s", name.c_str());
      double previous = 0;
      for (const auto& [size, time] : by_size) {
        if (previous > 0) {
          const double ratio = time / previous;
          linear = linear && ratio <= max_doubling_ratio;
          std::printf(" %5.2f%s", ratio, ratio > max_doubling_ratio ? "!" : " ");
        }
        previous = time;
      }
      std::printf("\n");
    }
    return linear;
  }

 private:
  std::map<std::string, std::map<long long, double>> times_;
};

}  // namespace

int main(int argc, char** argv) {
  for (const Shape& shape : shapes) {
    benchmark::RegisterBenchmark((std::string("linear/") + shape.name).c_str(), parse_shape, shape)
        ->RangeMultiplier(2)
        ->Range(1 << 20, 8 << 20)
        ->Unit(benchmark::kMillisecond);
  }
  std::vector<char*> args(argv, argv + argc);
  std::string repetitions = "--benchmark_repetitions=5";
  const bool asked = std::any_of(args.begin(), args.end(), [](const char* a) {
    return std::string_view(a).starts_with("--benchmark_repetitions");
  });
  if (!asked) args.push_back(repetitions.data());
  int count = static_cast<int>(args.size());
  benchmark::Initialize(&count, args.data());
  if (benchmark::ReportUnrecognizedArguments(count, args.data())) return 2;
  RatioReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  return reporter.print_ratios() ? 0 : 1;
}
