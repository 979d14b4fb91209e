#include "text/lines.hpp"

#include <cstring>

#include "text/utf8.hpp"

namespace wirereport::detail {

std::uint32_t LineReader::find_from(char c, std::uint32_t from) const noexcept {
  const auto n = static_cast<std::uint32_t>(text_.size());
  if (from >= n) return n;
  const void* hit = std::memchr(text_.data() + from, c, n - from);
  return hit ? static_cast<std::uint32_t>(static_cast<const char*>(hit) - text_.data()) : n;
}

bool LineReader::next(Line& line) noexcept {
  const auto n = static_cast<std::uint32_t>(text_.size());
  if (pos_ >= n) return false;
  if (!searched_ || next_lf_ < pos_) next_lf_ = find_from('\n', pos_);
  if (!searched_ || next_cr_ < pos_) next_cr_ = find_from('\r', pos_);
  searched_ = true;
  line.begin = pos_;
  if (next_cr_ < next_lf_) {
    line.end = next_cr_;
    line.next = next_cr_ + 1;
    if (line.next < n && text_[line.next] == '\n') ++line.next;  // CRLF
  } else {
    line.end = next_lf_;
    line.next = next_lf_ < n ? next_lf_ + 1 : n;
  }
  pos_ = line.next;
  return true;
}

void LineCursor::skip_blank_lines() noexcept {
  while (has_line_ && is_blank(line_text())) advance();
}

bool is_blank(std::string_view line) noexcept {
  for (char c : line) {
    const auto b = static_cast<unsigned char>(c);
    if (b > 0x20 && b != 0x7F) return false;
  }
  return true;
}

Line trimmed(std::string_view text, Line line) noexcept {
  while (line.begin < line.end && is_ascii_space(text[line.begin])) ++line.begin;
  while (line.end > line.begin && is_ascii_space(text[line.end - 1])) --line.end;
  return line;
}

std::uint32_t indentation(std::string_view line) noexcept {
  std::uint32_t n = 0;
  while (n < line.size() && (line[n] == ' ' || line[n] == '\t')) ++n;
  return n;
}

}  // namespace wirereport::detail
