#include "layout/wire_common.hpp"

#include <algorithm>
#include <cstring>

#include "dateline/dateline.hpp"
#include "text/utf8.hpp"
#include "time/civil.hpp"
#include "time/published.hpp"

namespace wirereport::detail {

std::uint32_t find_byte(std::string_view text, char c, std::uint32_t from, std::uint32_t to) noexcept {
  if (from >= to) return to;
  const void* hit = std::memchr(text.data() + from, c, to - from);
  return hit ? static_cast<std::uint32_t>(static_cast<const char*>(hit) - text.data()) : to;
}

bool FieldReader::take(char c) noexcept {
  if (peek() != c) return false;
  ++pos_;
  return true;
}

std::uint32_t FieldReader::skip_spaces() noexcept {
  const std::uint32_t start = pos_;
  while (!at_end() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
  return pos_ - start;
}

Span FieldReader::letters() noexcept {
  const std::uint32_t start = pos_;
  while (!at_end() && is_ascii_alpha(text_[pos_])) ++pos_;
  return {start, pos_};
}

Span FieldReader::digits() noexcept {
  const std::uint32_t start = pos_;
  while (!at_end() && is_ascii_digit(text_[pos_])) ++pos_;
  return {start, pos_};
}

Span FieldReader::field() noexcept {
  const std::uint32_t start = pos_;
  while (!at_end() && text_[pos_] != ' ' && text_[pos_] != '\t') ++pos_;
  return {start, pos_};
}

bool is_word_count(std::string_view field) noexcept {
  return !field.empty() && field.size() <= 4 && std::all_of(field.begin(), field.end(), is_ascii_digit);
}

int number_value(std::string_view digits) noexcept {
  int n = 0;
  for (std::size_t i = 0; i < digits.size() && i < 9; ++i) n = n * 10 + (digits[i] - '0');
  return n;
}

void resolve_wire_time(Published& published, std::string_view zone_word, std::string_view agency,
                       const Zone* default_zone) {
  const ZoneDirectory& zones = ZoneDirectory::instance();
  if (!zone_word.empty()) {
    if (auto abbreviation = zones.find_abbreviation(zone_word)) {
      published.zone = abbreviation->zone->id;
      published.utc = civil_from_epoch_ms(epoch_ms(published.local) -
                                          std::int64_t{abbreviation->offset_minutes} * 60'000);
      return;
    }
  }
  const Zone* zone = nullptr;
  if (const auto name = agency_zone(agency)) zone = zones.find_zone(*name);
  if (zone == nullptr) zone = default_zone;
  if (zone != nullptr) resolve_in_zone(published, *zone);
}

}  // namespace wirereport::detail
