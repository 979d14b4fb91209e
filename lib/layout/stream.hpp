// Cutting a buffer of many stories into one byte range per story, front to back.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "text/lines.hpp"
#include "wirereport/options.hpp"
#include "wirereport/span.hpp"

namespace wirereport::detail {

// Each next() reads on from where the last stopped until the next story's start, so the
// buffer is read once. The ranges tile the buffer.
class StorySplitter {
 public:
  // `format`: anpa1312/iptc7901 cut at SOH, agency at datelines, others not at all;
  // auto_detect decides from the buffer's start.
  StorySplitter(std::string_view buffer, Format format) noexcept;

  // The next story's range, or false when the buffer is used up.
  bool next(Span& story);

 private:
  enum class Cut : std::uint8_t { none, message, dateline };
  bool next_message(Span& story);
  bool next_by_dateline(Span& story);

  // What the agency cutter remembers of the last few paragraphs before a dateline.
  enum class Block : std::uint8_t { body, head, trailer };
  struct Seen {
    std::uint32_t begin = 0;
    Block kind = Block::body;
  };

  std::string_view buffer_;
  Cut cut_ = Cut::none;
  std::uint32_t pos_ = 0;         // where the next story begins
  bool done_ = false;
  // The agency cutter: its line reader, whether the story being read has its dateline, the
  // last paragraphs seen (newest last) and the paragraph being read.
  LineReader lines_;  // kept between stories: it remembers where the next line ends
  bool story_has_dateline_ = false;
  std::array<Seen, 3> recent_{};
  std::size_t recent_count_ = 0;
  bool open_ = false;
  Seen block_{};  // kind: trailer while all its lines are trailer lines, else head until closed
  std::uint32_t block_lines_ = 0;
  std::uint32_t block_bytes_ = 0;
  char last_char_ = 0;
  bool block_has_dateline_ = false;
};

}  // namespace wirereport::detail
