#include "lang/time_lexicon.hpp"

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
  for (const TimeWordSeed& seed : time_words) {
    TimeWord& w = words_[seed.word];
    w.kinds = static_cast<std::uint16_t>(w.kinds | (1u << static_cast<unsigned>(seed.kind)));
    w.values[static_cast<std::size_t>(seed.kind)] = static_cast<std::int8_t>(seed.value);
  }
}

TimeWord TimeLexicon::find(std::string_view folded) const {
  const auto it = words_.find(folded);
  return it == words_.end() ? TimeWord{} : it->second;
}

}  // namespace wirereport::detail
