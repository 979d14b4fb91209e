// The wirereport command line tool: parse reports and print the JSON contract.
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#ifdef _WIN32
#include <io.h>
#define WIREREPORT_ISATTY _isatty
#define WIREREPORT_FILENO _fileno
#else
#include <unistd.h>
#define WIREREPORT_ISATTY isatty
#define WIREREPORT_FILENO fileno
#endif

#include "jsonl.hpp"
#include "wirereport/stream.hpp"
#include "wirereport/wirereport.hpp"

namespace {

constexpr int exit_ok = 0;
constexpr int exit_usage = 1;
constexpr int exit_unreadable = 2;

constexpr std::string_view usage_text =
    "Usage: wirereport parse [OPTIONS] [FILE...|-]\n"
    "       wirereport --version | --help\n"
    "\n"
    "Parses news wire reports and prints one JSON document per story (see README): a file\n"
    "that holds many (ANPA-1312 or IPTC 7901 messages, agency texts run together) gives one\n"
    "line per story.\n"
    "\n"
    "Options:\n"
    "  --format F     auto (default), text, web, reuters, agency, anpa1312, iptc7901\n"
    "  --encoding E   auto (default), utf-8, latin1, windows-1252\n"
    "  --language L   de or en (default: detected)\n"
    "  --zone Z       IANA zone for timestamps that name none (e.g. Europe/Berlin)\n"
    "  --strict-utf8  reject input that is not valid UTF-8 instead of keeping bad bytes\n"
    "  --tokens       include the tokens array\n"
    "  --jsonl        read JSON Lines {\"id\", \"text\"}; write one document per line\n"
    "  --pretty       indent the JSON\n"
    "  --jobs N       parse on N threads (0: all cores); output keeps the input order\n"
    "\n"
    "With no FILE, or with -, reads standard input. With --jsonl or several files, progress\n"
    "is shown on standard error when it is a terminal.\n"
    "Exit status: 0 parsed (even with diagnostics), 1 bad usage, 2 unreadable input.\n";

struct Settings {
  wirereport::Options options;
  wirereport::JsonOptions json;
  bool jsonl = false;
  unsigned jobs = 1;
  std::vector<std::string> files;
};

std::optional<wirereport::Format> format_named(std::string_view name) {
  using wirereport::Format;
  for (Format f : {Format::auto_detect, Format::text, Format::web, Format::reuters, Format::agency,
                   Format::anpa1312, Format::iptc7901}) {
    if (name == wirereport::to_string(f)) return f;
  }
  return std::nullopt;
}

std::optional<wirereport::Encoding> encoding_named(std::string_view name) {
  using wirereport::Encoding;
  if (name == "auto") return Encoding::auto_detect;
  if (name == "utf-8" || name == "utf8") return Encoding::utf8;
  if (name == "latin1" || name == "latin-1" || name == "iso-8859-1") return Encoding::latin1;
  if (name == "windows-1252" || name == "cp1252") return Encoding::windows1252;
  return std::nullopt;
}

int usage_error(const std::string& message) {
  std::cerr << "wirereport: " << message << "\n\n" << usage_text;
  return exit_usage;
}

// Reads a whole file (or standard input for "-") as bytes.
bool read_input(const std::string& name, std::string& out, std::string& error) {
  FILE* f = name == "-" ? stdin : std::fopen(name.c_str(), "rb");
  if (f == nullptr) {
    error = std::strerror(errno);
    return false;
  }
  out.clear();
  char buffer[1 << 16];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) out.append(buffer, n);
  const bool failed = std::ferror(f) != 0;
  if (failed) error = std::strerror(errno);
  if (f != stdin) std::fclose(f);
  return !failed;
}

void write(const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); }

// One document to print: its text and id (or its place in a file of many stories), then its
// JSON line.
struct Job {
  std::string text;
  std::string id_json;
  std::optional<wirereport::StoryPosition> story;
  std::string output;
};

// Parses documents in order on up to `parsers.size()` threads (one Parser each) and prints
// them in input order. Documents are gathered into batches: the threads parse a batch while
// nothing else happens, then the batch is printed, so memory stays bounded and order is kept.
class Pipeline {
 public:
  Pipeline(const Settings& settings, unsigned threads, bool show_progress)
      : settings_(settings), parsers_(threads, wirereport::Parser(settings.options)), show_progress_(show_progress) {}

  // A job to fill, then to confirm with added() (or take back with drop()). Jobs are parsed
  // later and printed in the order they were added.
  Job& add() {
    if (count_ == batch_.size()) batch_.emplace_back();
    Job& job = batch_[count_++];
    job.text.clear();
    job.id_json.clear();
    job.story.reset();
    return job;
  }
  void drop() noexcept { --count_; }
  void added() {
    const std::size_t size = batch_[count_ - 1].text.size();
    bytes_ += size;
    batch_bytes_ += size;
    if (count_ >= batch_size() || batch_bytes_ >= max_batch_bytes) flush();
  }

  // The last batch, then the final count on its own line.
  void finish() {
    flush();
    if (!show_progress_) return;
    progress(true);
    std::fputc('\n', stderr);
  }

 private:
  static constexpr std::size_t max_batch_bytes = 64u << 20;

  // One thread prints each document as soon as it is parsed; several share batches.
  [[nodiscard]] std::size_t batch_size() const noexcept { return parsers_.size() == 1 ? 1 : 64 * parsers_.size(); }

  void flush() {
    if (count_ == 0) return;
    std::atomic<std::size_t> next{0};
    auto work = [&](wirereport::Parser& parser) {
      for (std::size_t i = next++; i < count_; i = next++) parse(parser, batch_[i]);
    };
    {
      const std::size_t threads = std::min(parsers_.size(), count_);
      std::vector<std::jthread> helpers;
      for (std::size_t t = 1; t < threads; ++t) helpers.emplace_back(work, std::ref(parsers_[t]));
      work(parsers_[0]);
    }  // the helpers join here
    for (std::size_t i = 0; i < count_; ++i) write(batch_[i].output);
    done_ += count_;
    count_ = 0;
    batch_bytes_ = 0;
    progress();
  }

  void parse(wirereport::Parser& parser, Job& job) const {
    wirereport::JsonOptions json = settings_.json;
    json.id_json = job.id_json;
    json.story = job.story;
    if (settings_.jsonl) json.pretty = false;  // JSON Lines: one document per line
    job.output.clear();
    wirereport::append_json(parser.parse(job.text), json, job.output);
    job.output.push_back('\n');
  }

  // At most four updates a second (and the final one), over each other on one line.
  void progress(bool final = false) {
    if (!show_progress_) return;
    const auto now = std::chrono::steady_clock::now();
    if (!final && now - last_progress_ < std::chrono::milliseconds(250)) return;
    last_progress_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    std::fprintf(stderr, "\rwirereport: %zu documents, %.1f MB, %.1f s", done_,
                 static_cast<double>(bytes_) / 1e6, seconds);
    std::fflush(stderr);
  }

  const Settings& settings_;
  std::vector<wirereport::Parser> parsers_;
  std::vector<Job> batch_;  // reused: its strings keep their capacity
  std::size_t count_ = 0;
  std::size_t batch_bytes_ = 0;
  std::size_t done_ = 0;
  std::size_t bytes_ = 0;
  bool show_progress_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_progress_ = start_;
};

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty()) return usage_error("no command");
  if (args[0] == "--help" || args[0] == "-h") {
    std::cout << usage_text;
    return exit_ok;
  }
  if (args[0] == "--version") {
    std::cout << "wirereport " << wirereport::version() << '\n';
    return exit_ok;
  }
  if (args[0] != "parse") return usage_error("unknown command '" + std::string(args[0]) + "'");

  Settings s;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string_view a = args[i];
    auto value = [&](std::string_view& v) {
      if (i + 1 >= args.size()) return false;
      v = args[++i];
      return true;
    };
    std::string_view v;
    if (a == "--tokens") {
      s.json.tokens = true;
    } else if (a == "--pretty") {
      s.json.pretty = true;
    } else if (a == "--jsonl") {
      s.jsonl = true;
    } else if (a == "--strict-utf8") {
      s.options.reject_invalid_utf8 = true;
    } else if (a == "--format") {
      if (!value(v)) return usage_error("--format needs a value");
      const auto f = format_named(v);
      if (!f) return usage_error("unknown format '" + std::string(v) + "'");
      s.options.format = *f;
    } else if (a == "--encoding") {
      if (!value(v)) return usage_error("--encoding needs a value");
      const auto e = encoding_named(v);
      if (!e) return usage_error("unknown encoding '" + std::string(v) + "'");
      s.options.encoding = *e;
    } else if (a == "--language") {
      if (!value(v)) return usage_error("--language needs a value");
      if (v == "de") {
        s.options.language = wirereport::Language::de;
      } else if (v == "en") {
        s.options.language = wirereport::Language::en;
      } else {
        return usage_error("unknown language '" + std::string(v) + "'");
      }
    } else if (a == "--jobs" || a == "-j") {
      if (!value(v)) return usage_error("--jobs needs a value");
      unsigned jobs = 0;
      const auto [end, error] = std::from_chars(v.data(), v.data() + v.size(), jobs);
      if (error != std::errc() || end != v.data() + v.size() || jobs > 1024)
        return usage_error("--jobs needs a number from 0 (all cores) to 1024");
      s.jobs = jobs != 0 ? jobs : std::max(1u, std::thread::hardware_concurrency());
    } else if (a == "--zone") {
      if (!value(v)) return usage_error("--zone needs a value");
      s.options.default_zone = v;  // argv outlives the parser
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      return usage_error("unknown option '" + std::string(a) + "'");
    } else {
      s.files.emplace_back(a);
    }
  }
  if (s.files.empty()) s.files.emplace_back("-");

  const bool bulk = s.jsonl || s.files.size() > 1;
  Pipeline pipeline(s, s.jobs, bulk && WIREREPORT_ISATTY(WIREREPORT_FILENO(stderr)) != 0);
  int status = exit_ok;
  std::string input;
  std::string error;
  for (const std::string& file : s.files) {
    const std::string shown = file == "-" ? "<stdin>" : file;
    if (!read_input(file, input, error)) {
      std::cerr << "wirereport: " << shown << ": " << error << '\n';
      status = exit_unreadable;
      continue;
    }
    if (!s.jsonl) {
      // A file may hold many stories (wire messages, agency texts run together): a job each,
      // with its place in the file. A file of one story is one job, as it is.
      wirereport::StoryCutter cutter(input, s.options.format);
      wirereport::Span story;
      for (std::size_t index = 0; cutter.next(story); ++index) {
        Job& job = pipeline.add();
        if (story.size() == input.size()) {  // the whole file: no copy
          job.text.swap(input);
          pipeline.added();
          break;
        }
        job.story = wirereport::StoryPosition{index, story};
        job.text.assign(story.in(input));
        pipeline.added();
      }
      continue;
    }
    wirereport::cli::JsonlRecord record;
    std::size_t line_number = 0;
    std::size_t pos = 0;
    while (pos < input.size()) {
      std::size_t eol = input.find('\n', pos);
      if (eol == std::string::npos) eol = input.size();
      const std::string_view line(input.data() + pos, eol - pos);
      pos = eol + 1;
      ++line_number;
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      if (!wirereport::cli::read_jsonl_record(line, record, error)) {
        std::cerr << "wirereport: " << shown << ':' << line_number << ": " << error << '\n';
        status = exit_unreadable;
        continue;
      }
      Job& job = pipeline.add();
      job.text.swap(record.text);
      job.id_json.swap(record.id_json);
      pipeline.added();
    }
  }
  pipeline.finish();
  std::fflush(stdout);
  return status;
}
