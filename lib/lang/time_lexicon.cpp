#include "lang/time_lexicon.hpp"

#include "text/utf8.hpp"

namespace wirereport::detail {

namespace {

struct TimeWordSeed {
  std::string_view word;
  TimeWordKind kind;
  int value;
};

using enum TimeWordKind;
constexpr TimeWordSeed time_words[] = {
#include "lang/time_words.inc"
};

}  // namespace

const TimeLexicon& TimeLexicon::instance() {
  static const TimeLexicon lexicon;
  return lexicon;
}

TimeLexicon::TimeLexicon() {
  // Folded as tokens are ("nächste" -> "nachste"); keys_ is filled before any view is taken.
  keys_.reserve(std::size(time_words));
  for (const TimeWordSeed& seed : time_words) {
    std::string key;
    append_folded(seed.word, key);
    keys_.push_back(std::move(key));
  }
  for (std::size_t i = 0; i < std::size(time_words); ++i) {
    const TimeWordSeed& seed = time_words[i];
    TimeWord& w = words_[keys_[i]];
    w.kinds = static_cast<std::uint16_t>(w.kinds | (1u << static_cast<unsigned>(seed.kind)));
    w.values[static_cast<std::size_t>(seed.kind)] = static_cast<std::int8_t>(seed.value);
  }
}

TimeWord TimeLexicon::find(std::string_view folded) const {
  const auto it = words_.find(folded);
  return it == words_.end() ? TimeWord{} : it->second;
}

}  // namespace wirereport::detail
