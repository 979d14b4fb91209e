// Lookups by text that do not allocate. TextMap: tables built once (names of places, zones,
// months) and looked up with a std::string_view. KeyIndex: the maps a stage fills anew on
// every parse; it keeps its memory across clear(), where an unordered_map would free and
// allocate a node per key on every parse.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace wirereport::detail {

// Hashing for maps with std::string keys that are looked up by std::string_view, without a copy.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
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
