// Pieces the machine wire layouts (ANPA-1312, IPTC 7901) share: the framing bytes, reading
// a line's fields, and the publication time of a trailer.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "time/zones.hpp"
#include "wirereport/article.hpp"

namespace wirereport::detail {

inline constexpr char soh = '\x01';  // start of heading: a message begins
inline constexpr char stx = '\x02';  // start of text
inline constexpr char etx = '\x03';  // end of text: the transmission trailer follows
inline constexpr char eot = '\x04';  // end of transmission
inline constexpr char syn = '\x16';  // synchronous idle, before SOH in ANPA-1312
inline constexpr char unit_separator = '\x1F';  // ANPA-1312: before the selector code

// The first `c` in text[from, to), or `to`.
[[nodiscard]] std::uint32_t find_byte(std::string_view text, char c, std::uint32_t from, std::uint32_t to) noexcept;

// Reads fields of a header line left to right: runs of letters, digits, non-blank bytes.
class FieldReader {
 public:
  FieldReader(std::string_view text, std::uint32_t begin, std::uint32_t end) noexcept
      : text_(text), pos_(begin), end_(end) {}

  [[nodiscard]] std::uint32_t pos() const noexcept { return pos_; }
  [[nodiscard]] bool at_end() const noexcept { return pos_ >= end_; }
  [[nodiscard]] char peek() const noexcept { return at_end() ? '\0' : text_[pos_]; }
  bool take(char c) noexcept;
  std::uint32_t skip_spaces() noexcept;  // returns how many
  // Each returns the run it read (maybe empty) and moves past it.
  Span letters() noexcept;
  Span digits() noexcept;
  Span field() noexcept;  // bytes up to the next space or tab

 private:
  std::string_view text_;
  std::uint32_t pos_;
  std::uint32_t end_;
};

// The publication time of a wire trailer: with a zone word ("GMT", "MEZ") its offset; without
// one, the zone of the agency ("dpa": Europe/Berlin), else `default_zone`, else none.
void resolve_wire_time(Published& published, std::string_view zone_word, std::string_view agency,
                       const Zone* default_zone);

// Whether a header field is a word count: one to four digits, the width ANPA-1312 and IPTC 7901
// give it (a longer run is some other field, or a damaged one: no count is read from it).
[[nodiscard]] bool is_word_count(std::string_view field) noexcept;

// The byte value of a digit run (at most 9 digits).
[[nodiscard]] int number_value(std::string_view digits) noexcept;

}  // namespace wirereport::detail
