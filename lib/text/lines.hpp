// Lines of a text, with CRLF, LF and lone CR all ending a line.
#pragma once

#include <cstdint>
#include <string_view>

namespace wirereport::detail {

struct Line {
  std::uint32_t begin = 0;  // first byte of the line
  std::uint32_t end = 0;    // end of its content (the line terminator excluded)
  std::uint32_t next = 0;   // first byte after the terminator

  [[nodiscard]] std::string_view in(std::string_view text) const noexcept {
    return text.substr(begin, end - begin);
  }
};

// Reads lines from `pos` on. Each call is O(line length): the whole text is read once.
class LineReader {
 public:
  LineReader(std::string_view text, std::uint32_t pos) noexcept
      : text_(text), pos_(pos), next_lf_(pos), next_cr_(pos) {}

  // The next line, or false at the end of the text. A text that ends without a terminator
  // still yields its last line; an empty remainder yields nothing.
  bool next(Line& line) noexcept;
  [[nodiscard]] std::uint32_t position() const noexcept { return pos_; }

 private:
  // Where the next '\n' and '\r' at or after pos_ are (text size when none). Each is searched
  // again only once passed, so a text of only CRs (or only LFs) is still read once in all.
  std::uint32_t find_from(char c, std::uint32_t from) const noexcept;

  std::string_view text_;
  std::uint32_t pos_;
  std::uint32_t next_lf_;
  std::uint32_t next_cr_;
  bool searched_ = false;
};

// A LineReader that holds its current line, for code that looks at a line before it decides to
// take it (the head of a report: timestamp, headline, byline).
class LineCursor {
 public:
  LineCursor(std::string_view text, std::uint32_t pos) noexcept : text_(text), reader_(text, pos) { advance(); }

  [[nodiscard]] bool has_line() const noexcept { return has_line_; }
  [[nodiscard]] const Line& line() const noexcept { return line_; }
  [[nodiscard]] std::string_view line_text() const noexcept { return line_.in(text_); }
  // The lines after the current one, to look ahead without moving the cursor.
  [[nodiscard]] LineReader rest() const noexcept { return reader_; }

  bool advance() noexcept { return has_line_ = reader_.next(line_); }
  void skip_blank_lines() noexcept;

 private:
  std::string_view text_;
  LineReader reader_;
  Line line_;
  bool has_line_ = false;
};

// True when the line holds only spaces, tabs or other ASCII control characters.
[[nodiscard]] bool is_blank(std::string_view line) noexcept;

// The line without leading and trailing ASCII whitespace, as offsets into the text.
[[nodiscard]] Line trimmed(std::string_view text, Line line) noexcept;

// Number of leading spaces (a tab counts as one) of the line.
[[nodiscard]] std::uint32_t indentation(std::string_view line) noexcept;

}  // namespace wirereport::detail
