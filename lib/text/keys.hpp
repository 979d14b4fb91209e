// Lookups by text that do not allocate: one word hash (hash_text) for every table of words, and
// one hash map (TextIndex) for the stages' tables (the tokenizer's word roles, lang/lexicon.cpp,
// keep a compact table of their own: one entry per word and language, 16-bit slots).
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
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

// A hash map from text to values with open addressing: the keys are copied one after another
// into one buffer, the entries are one array and the slots another, each slot holding half of
// its key's hash, so a lookup compares a key only where that half matches. The tables built
// once (word lists, names of places, zones and months) and the maps a stage fills anew on every
// parse use it: it keeps its memory across clear(), where an unordered_map would free and
// allocate a node per key on every parse; only growing past the largest size it had allocates.
template <typename V>
class TextIndex {
 public:
  void clear() noexcept {
    keys_.clear();
    entries_.clear();
    slots_.clear();  // rehash() sizes them again on the first emplace(), within their capacity
  }
  [[nodiscard]] std::size_t size() const noexcept { return entries_.size(); }

  // The value under `key`, or null. Valid until the next emplace().
  [[nodiscard]] const V* find(std::string_view key) const noexcept {
    if (slots_.empty()) return nullptr;
    const std::uint64_t slot = slots_[slot_of(key, hash_text(key))];
    return slot == 0 ? nullptr : &entry_of(slot).value;
  }
  [[nodiscard]] V* find(std::string_view key) noexcept { return const_cast<V*>(std::as_const(*this).find(key)); }
  [[nodiscard]] bool contains(std::string_view key) const noexcept { return find(key) != nullptr; }

  // Adds key -> value unless the key is there (`key` must not point into the index); returns
  // the value under the key and whether it was added.
  std::pair<V*, bool> emplace(std::string_view key, V value) {
    // At most half the slots are used, so a probe ends soon at an empty one.
    if (2 * (entries_.size() + 1) > slots_.size()) rehash(slots_.empty() ? 16 : 2 * slots_.size());
    const std::uint64_t hash = hash_text(key);
    const std::size_t k = slot_of(key, hash);
    if (slots_[k] != 0) return {&entry_of(slots_[k]).value, false};
    entries_.push_back({static_cast<std::uint32_t>(keys_.size()), static_cast<std::uint32_t>(key.size()), std::move(value)});
    keys_.append(key);
    slots_[k] = slot_for(hash, entries_.size() - 1);
    return {&entries_.back().value, true};
  }

 private:
  // A slot: the high half of its key's hash, and in the low half the entry's index + 1.
  static constexpr std::uint64_t index_bits = 0xFFFFFFFFu;
  static std::uint64_t slot_for(std::uint64_t hash, std::size_t entry) noexcept { return (hash & ~index_bits) | (entry + 1); }

  struct Entry {
    std::uint32_t begin = 0;  // the key is keys_[begin, begin + size)
    std::uint32_t size = 0;
    V value;
  };
  [[nodiscard]] std::string_view key_of(const Entry& e) const noexcept { return {keys_.data() + e.begin, e.size}; }
  [[nodiscard]] const Entry& entry_of(std::uint64_t slot) const noexcept { return entries_[(slot & index_bits) - 1]; }
  [[nodiscard]] Entry& entry_of(std::uint64_t slot) noexcept { return entries_[(slot & index_bits) - 1]; }

  // The slot that holds `key`, or the empty slot where it would go. The low bits of the hash
  // pick the first slot to try; its high half is kept in the slot.
  [[nodiscard]] std::size_t slot_of(std::string_view key, std::uint64_t hash) const noexcept {
    const std::size_t mask = slots_.size() - 1;
    const std::uint64_t high = hash & ~index_bits;
    for (std::size_t k = static_cast<std::size_t>(hash) & mask;; k = (k + 1) & mask) {
      const std::uint64_t slot = slots_[k];
      if (slot == 0 || ((slot & ~index_bits) == high && key_of(entry_of(slot)) == key)) return k;
    }
  }
  void rehash(std::size_t slots) {
    slots_.assign(slots, 0);
    for (std::size_t e = 0; e < entries_.size(); ++e) {
      const std::string_view key = key_of(entries_[e]);
      const std::uint64_t hash = hash_text(key);
      slots_[slot_of(key, hash)] = slot_for(hash, e);
    }
  }

  std::string keys_;
  std::vector<Entry> entries_;
  std::vector<std::uint64_t> slots_;  // 0 when empty; a power of two in size
};

// The maps of a parse: key -> a number (an index into the stage's own arrays).
using KeyIndex = TextIndex<std::uint32_t>;
// Sets of words.
class TextSet {
 public:
  void insert(std::string_view key) { index_.emplace(key, {}); }
  [[nodiscard]] bool contains(std::string_view key) const noexcept { return index_.contains(key); }

 private:
  struct Nothing {};
  TextIndex<Nothing> index_;
};

}  // namespace wirereport::detail
