// Lookups by text that do not allocate. TextMap: tables built once (names of places, zones,
// months) and looked up with a std::string_view. KeyIndex: the maps a stage fills anew on
// every parse; it keeps its memory across clear(), where an unordered_map would free and
// allocate a node per key on every parse.
#pragma once

#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace wirereport::detail {

// The hash of every table of words: inline, a few loads and multiplies for a word (the
// lexicons hash each word of a text several times), and every bit of the result mixed, so
// tables may take the low bits.
[[nodiscard]] inline std::uint64_t hash_text(std::string_view s) noexcept {
  constexpr std::uint64_t k1 = 0x9E3779B97F4A7C15ull;
  constexpr std::uint64_t k2 = 0xBF58476D1CE4E5B9ull;
  const auto load = [](const char* p, std::size_t n) {
    std::uint64_t v = 0;
    std::memcpy(&v, p, n);
    return v;
  };
  const char* p = s.data();
  std::size_t n = s.size();
  std::uint64_t h = k1 ^ n;
  const auto mix = [&](std::uint64_t v) {
    h = (h ^ v) * k2;
    h ^= h >> 32;
  };
  if (n >= 8) {
    for (; n > 8; p += 8, n -= 8) mix(load(p, 8));
    mix(load(p + n - 8, 8));  // the last eight bytes, overlapping the chunk before
  } else if (n >= 4) {
    mix(load(p, 4) | (load(p + n - 4, 4) << 32));
  } else if (n > 0) {
    mix(static_cast<unsigned char>(p[0]) | (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8) |
        (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16));
  }
  h *= k1;
  return h ^ (h >> 29);
}

// Hashing for maps with std::string keys that are looked up by std::string_view, without a copy.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return static_cast<std::size_t>(hash_text(s)); }
};
template <typename V>
using TextMap = std::unordered_map<std::string, V, TextHash, std::equal_to<>>;

// A hash map from byte strings to numbers with open addressing: the keys are copied one after
// another into one buffer, the slots are one array. Only growing past the largest size it
// had allocates.
class KeyIndex {
 public:
  void clear() noexcept;
  // The value under `key`, or null. Valid until the next emplace().
  [[nodiscard]] std::uint32_t* find(std::string_view key) noexcept;
  // Adds key -> value unless the key is there (`key` must not point into the index); returns
  // the value under the key and whether it was added.
  std::pair<std::uint32_t*, bool> emplace(std::string_view key, std::uint32_t value);

 private:
  struct Entry {
    std::uint32_t begin = 0;  // the key is keys_[begin, begin + size)
    std::uint32_t size = 0;
    std::uint32_t value = 0;
  };
  [[nodiscard]] std::string_view key_of(const Entry& e) const noexcept { return {keys_.data() + e.begin, e.size}; }
  // The slot that holds `key`, or the empty slot where it would go.
  [[nodiscard]] std::size_t slot_of(std::string_view key) const noexcept;
  void rehash(std::size_t slots);

  std::string keys_;
  std::vector<Entry> entries_;
  std::vector<std::uint32_t> slots_;  // entry index + 1, 0 when empty; a power of two in size
};

}  // namespace wirereport::detail
