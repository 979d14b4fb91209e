// TextIndex, the one hash map of the library's tables of words, against std::map on keys of
// every length; its memory kept across clear().
#include <map>
#include <random>
#include <string>

#include "allocations.hpp"
#include "support.hpp"
#include "text/keys.hpp"

using namespace wirereport;

namespace {

// Keys of 0 to 40 bytes over a small alphabet, so that many share their first and last bytes
// and some come again.
std::vector<std::string> random_keys(std::size_t count, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<std::string> keys;
  for (std::size_t i = 0; i < count; ++i) {
    std::string key(rng() % 41, ' ');
    for (char& c : key) c = "ab\0\xC3\xA4-."[rng() % 7];
    keys.push_back(std::move(key));
  }
  return keys;
}

}  // namespace

TEST_CASE("TextIndex finds what std::map finds, keeps the first value of a key, and keeps its memory across clear()") {
  detail::TextIndex<int> index;
  std::map<std::string, int> reference;
  const std::vector<std::string> keys = random_keys(5000, 7);
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const auto [value, added] = index.emplace(keys[i], static_cast<int>(i));
    const bool first = reference.emplace(keys[i], static_cast<int>(i)).second;
    REQUIRE(added == first);
    REQUIRE(*value == reference.at(keys[i]));
  }
  CHECK(index.size() == reference.size());
  for (const std::string& key : random_keys(5000, 8)) {
    const int* found = std::as_const(index).find(key);
    const auto it = reference.find(key);
    REQUIRE((found != nullptr) == (it != reference.end()));
    if (found != nullptr) CHECK(*found == it->second);
  }
  CHECK(index.contains(""));  // a key of no bytes is a key like any other (random_keys makes one)
  CHECK(!index.contains("not a key"));

  // Filled again after clear() up to the same size: no allocation.
  index.clear();
  CHECK(index.size() == 0);
  CHECK(index.find(keys[0]) == nullptr);
  const std::size_t before = test::allocations();
  for (std::size_t i = 0; i < keys.size(); ++i) index.emplace(keys[i], static_cast<int>(i));
  CHECK(test::allocations() == before);
  CHECK(index.size() == reference.size());
}

TEST_CASE("TextSet holds words") {
  detail::TextSet set;
  set.insert("straße");
  set.insert("amt");
  set.insert("amt");
  CHECK(set.contains("straße"));
  CHECK(set.contains("amt"));
  CHECK(!set.contains("am"));
  CHECK(!set.contains("strasse"));
}
