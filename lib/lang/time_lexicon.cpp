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
  // Folded as tokens are ("nächste" -> "nachste").
  std::string key;
  for (const TimeWordSeed& seed : time_words) {
    key.clear();
    append_folded(seed.word, key);
    TimeWord& w = *words_.emplace(key, {}).first;
    w.kinds = static_cast<std::uint16_t>(w.kinds | (1u << static_cast<unsigned>(seed.kind)));
    w.values[static_cast<std::size_t>(seed.kind)] = static_cast<std::int8_t>(seed.value);
  }
}

TimeWord TimeLexicon::find(std::string_view folded) const {
  const TimeWord* word = words_.find(folded);
  return word == nullptr ? TimeWord{} : *word;
}

}  // namespace wirereport::detail
