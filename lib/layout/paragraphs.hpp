// Cutting a body into paragraphs: by blank lines (web, text) or by indentation (Reuters).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "wirereport/span.hpp"

namespace wirereport::detail {

enum class ParagraphBreak : std::uint8_t {
  blank_line,  // a blank line ends a paragraph; lines in between are joined
  indent,      // a blank line or a line that starts with whitespace begins a new paragraph
};

// Appends the paragraphs of text[begin, end), each trimmed of surrounding whitespace.
void split_paragraphs(std::string_view text, std::uint32_t begin, std::uint32_t end, ParagraphBreak rule,
                      std::vector<Span>& out);

// `span` without leading and trailing ASCII whitespace (and control bytes).
[[nodiscard]] Span trim(std::string_view text, Span span) noexcept;

}  // namespace wirereport::detail
