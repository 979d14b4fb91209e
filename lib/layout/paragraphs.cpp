#include "layout/paragraphs.hpp"

#include "text/lines.hpp"

namespace wirereport::detail {

namespace {
bool is_trimmable(char c) noexcept {
  const auto b = static_cast<unsigned char>(c);
  return b <= 0x20 || b == 0x7F;
}
}  // namespace

Span trim(std::string_view text, Span span) noexcept {
  while (span.begin < span.end && is_trimmable(text[span.begin])) ++span.begin;
  while (span.end > span.begin && is_trimmable(text[span.end - 1])) --span.end;
  return span;
}

void split_paragraphs(std::string_view text, std::uint32_t begin, std::uint32_t end, ParagraphBreak rule,
                      std::vector<Span>& out) {
  const std::string_view body = text.substr(0, end);
  LineReader lines(body, begin);
  Line line;
  bool open = false;
  Span current;
  auto close = [&] {
    if (!open) return;
    const Span trimmed = trim(text, current);
    if (!trimmed.empty()) out.push_back(trimmed);
    open = false;
  };
  while (lines.next(line)) {
    const std::string_view content = line.in(text);
    if (is_blank(content)) {
      close();
      continue;
    }
    if (open && rule == ParagraphBreak::indent && indentation(content) > 0) close();
    if (!open) {
      current.begin = line.begin;
      open = true;
    }
    current.end = line.end;
  }
  close();
}

}  // namespace wirereport::detail
