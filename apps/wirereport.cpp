// The wirereport command line tool: parse reports and print the JSON contract.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jsonl.hpp"
#include "wirereport/wirereport.hpp"

namespace {

constexpr int exit_ok = 0;
constexpr int exit_usage = 1;
constexpr int exit_unreadable = 2;

constexpr std::string_view usage_text =
    "Usage: wirereport parse [OPTIONS] [FILE...|-]\n"
    "       wirereport --version | --help\n"
    "\n"
    "Parses news wire reports and prints one JSON document per input (see README).\n"
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
    "\n"
    "With no FILE, or with -, reads standard input.\n"
    "Exit status: 0 parsed (even with diagnostics), 1 bad usage, 2 unreadable input.\n";

struct Settings {
  wirereport::Options options;
  wirereport::JsonOptions json;
  bool jsonl = false;
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

  wirereport::Parser parser(s.options);
  int status = exit_ok;
  std::string input;
  std::string output;
  std::string error;
  for (const std::string& file : s.files) {
    const std::string shown = file == "-" ? "<stdin>" : file;
    if (!read_input(file, input, error)) {
      std::cerr << "wirereport: " << shown << ": " << error << '\n';
      status = exit_unreadable;
      continue;
    }
    if (!s.jsonl) {
      output.clear();
      wirereport::append_json(parser.parse(input), s.json, output);
      output.push_back('\n');
      write(output);
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
      wirereport::JsonOptions json = s.json;
      json.id_json = record.id_json;
      json.pretty = false;  // JSON Lines: one document per line
      output.clear();
      wirereport::append_json(parser.parse(record.text), json, output);
      output.push_back('\n');
      write(output);
    }
  }
  std::fflush(stdout);
  return status;
}
