#include "text/keys.hpp"

namespace wirereport::detail {

void KeyIndex::clear() noexcept {
  keys_.clear();
  entries_.clear();
  slots_.clear();  // rehash() sizes them again on the first emplace(), within their capacity
}

std::size_t KeyIndex::slot_of(std::string_view key) const noexcept {
  const std::size_t mask = slots_.size() - 1;
  std::size_t k = TextHash{}(key) & mask;
  while (slots_[k] != 0 && key_of(entries_[slots_[k] - 1]) != key) k = (k + 1) & mask;
  return k;
}

std::uint32_t* KeyIndex::find(std::string_view key) noexcept {
  if (slots_.empty()) return nullptr;
  const std::uint32_t slot = slots_[slot_of(key)];
  return slot == 0 ? nullptr : &entries_[slot - 1].value;
}

std::pair<std::uint32_t*, bool> KeyIndex::emplace(std::string_view key, std::uint32_t value) {
  // At most half the slots are used, so a probe ends soon at an empty one.
  if (2 * (entries_.size() + 1) > slots_.size()) rehash(slots_.empty() ? 16 : 2 * slots_.size());
  const std::size_t k = slot_of(key);
  if (slots_[k] != 0) return {&entries_[slots_[k] - 1].value, false};
  entries_.push_back({static_cast<std::uint32_t>(keys_.size()), static_cast<std::uint32_t>(key.size()), value});
  keys_.append(key);
  slots_[k] = static_cast<std::uint32_t>(entries_.size());
  return {&entries_.back().value, true};
}

void KeyIndex::rehash(std::size_t slots) {
  slots_.assign(slots, 0);
  for (std::uint32_t e = 0; e < entries_.size(); ++e) slots_[slot_of(key_of(entries_[e]))] = e + 1;
}

}  // namespace wirereport::detail
