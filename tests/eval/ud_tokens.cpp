// Tokens and sentences as the Universal Dependencies treebanks have them (Compounds::split),
// for score_ud.py: reads JSON Lines {"id", "text"} from a file and writes one line
// {"id": ..., "tokens": [[begin, end], ...], "sentences": [[begin, end], ...]} per record
// (UTF-8 byte offsets), cutting paragraphs at blank lines as `wirereport parse --format text`
// does.
//
//   wirereport_ud_tokens --language de|en FILE
#include <cstdio>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "../../apps/jsonl.hpp"
#include "layout/paragraphs.hpp"
#include "wirereport/tokens.hpp"

namespace {

void write_spans(const char* key, const std::vector<wirereport::Span>& spans) {
  std::printf(", \"%s\": [", key);
  for (std::size_t i = 0; i < spans.size(); ++i)
    std::printf("%s[%u, %u]", i == 0 ? "" : ", ", spans[i].begin, spans[i].end);
  std::printf("]");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4 || std::string_view(argv[1]) != "--language") {
    std::fprintf(stderr, "usage: wirereport_ud_tokens --language de|en FILE\n");
    return 1;
  }
  const wirereport::Language language =
      std::string_view(argv[2]) == "de" ? wirereport::Language::de : wirereport::Language::en;
  std::ifstream in(argv[3], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "wirereport_ud_tokens: cannot read %s\n", argv[3]);
    return 2;
  }
  std::string line;
  std::string error;
  wirereport::cli::JsonlRecord record;
  std::vector<wirereport::Span> paragraphs;
  std::vector<wirereport::Token> tokens;
  std::vector<wirereport::Span> sentences;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    if (!wirereport::cli::read_jsonl_record(line, record, error)) {
      std::fprintf(stderr, "wirereport_ud_tokens: %s\n", error.c_str());
      return 1;
    }
    const std::string_view text = record.text;
    paragraphs.clear();
    tokens.clear();
    sentences.clear();
    wirereport::detail::split_paragraphs(text, 0, static_cast<std::uint32_t>(text.size()),
                                         wirereport::detail::ParagraphBreak::blank_line, paragraphs);
    for (const wirereport::Span p : paragraphs) {
      const std::size_t first = tokens.size();
      wirereport::tokenize_append(text, p, language, tokens, wirereport::Compounds::split);
      wirereport::split_sentences_append(text, std::span(tokens).subspan(first), language, sentences);
    }
    std::vector<wirereport::Span> token_spans;
    for (const wirereport::Token& t : tokens) token_spans.push_back(t.span);
    std::printf("{\"id\": %s", record.id_json.empty() ? "null" : record.id_json.c_str());
    write_spans("tokens", token_spans);
    write_spans("sentences", sentences);
    std::printf("}\n");
  }
  return 0;
}
