// Parses a report with the C++ API and prints its main fields: parse_report FILE
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <wirereport/wirereport.hpp>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: parse_report FILE\n";
    return 1;
  }
  std::ifstream file(argv[1], std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  if (!file.good() && !file.eof()) {
    std::cerr << "parse_report: cannot read " << argv[1] << '\n';
    return 2;
  }

  // The article's views point into `text`: keep it alive while you use them.
  const wirereport::Article a = wirereport::parse(text);
  std::cout << "format:    " << wirereport::to_string(a.format()) << '\n';
  if (a.published() && a.published()->utc) {
    std::cout << "published: " << wirereport::iso8601({*a.published()->utc, a.published()->precision, true, 0})
              << '\n';
  }
  if (a.headline()) std::cout << "headline:  " << a.view(*a.headline()) << '\n';
  if (a.dateline() && a.dateline()->place) {
    std::cout << "dateline:  " << a.view(a.dateline()->place->span) << " [" << a.dateline()->place->zone << "]\n";
  }
  for (const wirereport::Span& p : a.paragraphs()) std::cout << "paragraph: " << a.view(p) << '\n';
  std::cout << a.sentences().size() << " sentences, " << a.tokens().size() << " tokens\n";
  for (const wirereport::Diagnostic& d : a.diagnostics()) {
    std::cout << "note: " << wirereport::describe(d.code) << " at byte " << d.offset << '\n';
  }
  return 0;
}
