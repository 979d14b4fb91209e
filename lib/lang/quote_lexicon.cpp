#include "lang/quote_lexicon.hpp"

#include <algorithm>
#include <array>
#include <span>

#include "text/keys.hpp"

namespace wirereport::detail {

namespace {

struct WordData {
  std::string_view word;
  std::string_view classes;
};

struct VerbData {
  std::string_view infinitive;
  std::string_view irregular;
  std::string_view particles;
  std::string_view cue_class;
};

constexpr WordData german_words[] = {
#include "lang/quote_words_de.inc"
};
constexpr WordData english_words[] = {
#include "lang/quote_words_en.inc"
};
constexpr VerbData german_verbs[] = {
#include "lang/cue_verbs_de.inc"
};
constexpr VerbData english_verbs[] = {
#include "lang/cue_verbs_en.inc"
};

struct ClassName {
  std::string_view name;
  std::uint32_t bit;
};

constexpr ClassName class_names[] = {
    {"determiner", word_class::determiner},     {"pronoun", word_class::pronoun},
    {"impersonal", word_class::impersonal},     {"relative", word_class::relative},
    {"preposition", word_class::preposition},   {"subordinator", word_class::subordinator},
    {"complementizer", word_class::complementizer}, {"coordinator", word_class::coordinator},
    {"auxiliary", word_class::auxiliary},       {"modal", word_class::modal},
    {"subjunctive", word_class::subjunctive},   {"subjunctive2", word_class::subjunctive2},
    {"adverb", word_class::adverb},             {"according", word_class::according},
    {"postposition", word_class::postposition}, {"so", word_class::so},
    {"name_particle", word_class::name_particle}, {"source_noun", word_class::source_noun},
    {"role_noun", word_class::role_noun},       {"masculine", word_class::masculine},
    {"feminine", word_class::feminine},         {"plural", word_class::plural},
    {"naming", word_class::naming},             {"object", word_class::object},
    {"oblique", word_class::oblique},           {"body", word_class::body},
    {"title", word_class::title},               {"fused", word_class::fused},
};

// Calls f(word) for each space-separated word of `list`.
template <typename F>
void for_each_word(std::string_view list, F&& f) {
  std::size_t pos = 0;
  while (pos < list.size()) {
    const std::size_t end = std::min(list.find(' ', pos), list.size());
    if (end > pos) f(list.substr(pos, end - pos));
    pos = end + 1;
  }
}

bool ends_with_any(std::string_view s, std::initializer_list<std::string_view> endings) {
  for (std::string_view e : endings)
    if (s.ends_with(e)) return true;
  return false;
}

bool is_vowel(char c) { return std::string_view("aeiouy").find(c) != std::string_view::npos || (c & 0x80) != 0; }

// German weak-verb stems that need an "e" before t/st: "meldet", "berichtete", "rechnet".
bool needs_linking_e(std::string_view stem) {
  if (stem.empty()) return false;
  const char last = stem.back();
  if (last == 'd' || last == 't') return true;
  if ((last != 'm' && last != 'n') || stem.size() < 2) return false;
  const char before = stem[stem.size() - 2];
  if (is_vowel(before) || before == 'l' || before == 'r' || before == 'm' || before == 'n') return false;
  if (before == 'h') return stem.size() >= 3 && stem[stem.size() - 3] == 'c';  // "zeichn", not "wohn"
  return true;
}

// Prefixes after which a German participle takes no "ge-": "erklärt", "betont", "verkündet".
bool inseparable_prefix(std::string_view infinitive) {
  for (std::string_view p : {"be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "hinter", "wider"})
    if (infinitive.starts_with(p) && infinitive.size() > p.size() + 3) return true;
  return false;
}

struct Form {
  std::string text;
  std::uint8_t form;  // a verb_form bit
};

// The forms of a German verb without its particles: finite (present, preterite, Konjunktiv I
// and II; the second person is left out, news copy does not address anyone), participle,
// infinitive.
std::vector<Form> german_forms(std::string_view infinitive, std::string_view irregular) {
  std::string inf(infinitive);
  std::string stem;
  if (inf.ends_with("ern") || inf.ends_with("eln")) {
    stem = inf.substr(0, inf.size() - 1);  // "äußer", "bezweifel"
  } else if (inf.ends_with("en")) {
    stem = inf.substr(0, inf.size() - 2);
  } else {
    stem = inf.substr(0, inf.size() - 1);
  }
  const bool linking_e = !inf.ends_with("ern") && !inf.ends_with("eln") && needs_linking_e(stem);
  const std::string t = linking_e ? "et" : "t";
  std::vector<Form> forms;
  auto finite = [&](std::string s) { forms.push_back({std::move(s), verb_form::finite}); };
  finite(stem + "e");  // 1st singular, Konjunktiv I
  finite(inf);         // plural, also the infinitive below
  forms.push_back({inf, verb_form::infinitive});
  if (irregular.empty()) {
    finite(stem + t);                  // "sagt", "meldet"
    finite(stem + (linking_e ? "ete" : "te"));
    finite(stem + (linking_e ? "eten" : "ten"));
    const bool no_ge = inseparable_prefix(inf) || inf.ends_with("ieren");
    forms.push_back({(no_ge ? "" : "ge") + stem + t, verb_form::participle});
    return forms;
  }
  std::array<std::string_view, 4> parts{};  // present 3rd singular, preterite, participle, Konjunktiv II
  std::size_t n = 0;
  for_each_word(irregular, [&](std::string_view w) {
    if (n < parts.size()) parts[n++] = w;
  });
  const std::string preterite(parts[1]);
  const std::string subjunctive2(parts[3]);
  finite(std::string(parts[0]));
  finite(preterite);
  finite(preterite + (preterite.ends_with('e') ? "n" : "en"));  // "sprachen", "nannten"
  if (!subjunctive2.empty()) {
    finite(subjunctive2);
    finite(subjunctive2 + (subjunctive2.ends_with('e') ? "n" : "en"));
  }
  forms.push_back({std::string(parts[2]), verb_form::participle});
  return forms;
}

// The forms of an English verb: present, past, participle, -ing.
std::vector<Form> english_forms(std::string_view infinitive, std::string_view irregular) {
  std::string inf(infinitive);
  std::vector<Form> forms;
  forms.push_back({inf, verb_form::finite});
  forms.push_back({inf, verb_form::infinitive});
  if (!irregular.empty()) {
    std::array<std::string_view, 4> parts{};  // 3rd singular, past, participle, -ing
    std::size_t n = 0;
    for_each_word(irregular, [&](std::string_view w) {
      if (n < parts.size()) parts[n++] = w;
    });
    forms.push_back({std::string(parts[0]), verb_form::finite});
    forms.push_back({std::string(parts[1]), verb_form::finite});
    forms.push_back({std::string(parts[2]), verb_form::participle});
    forms.push_back({std::string(parts[3]), verb_form::participle});
    return forms;
  }
  const bool consonant_y = inf.size() >= 2 && inf.back() == 'y' && !is_vowel(inf[inf.size() - 2]);
  const std::string base_y = consonant_y ? inf.substr(0, inf.size() - 1) : inf;
  std::string third = consonant_y ? base_y + "ies"
                      : ends_with_any(inf, {"s", "sh", "ch", "x", "z", "o"}) ? inf + "es"
                                                                            : inf + "s";
  std::string past = consonant_y ? base_y + "ied" : inf.ends_with('e') ? inf + "d" : inf + "ed";
  std::string ing = inf.ends_with('e') && !inf.ends_with("ee") ? inf.substr(0, inf.size() - 1) + "ing" : inf + "ing";
  forms.push_back({std::move(third), verb_form::finite});
  forms.push_back({past, verb_form::finite});
  forms.push_back({std::move(past), verb_form::participle});
  forms.push_back({std::move(ing), verb_form::participle});
  return forms;
}

CueClass parse_cue_class(std::string_view name) {
  if (name == "think") return CueClass::think;
  if (name == "ask") return CueClass::ask;
  if (name == "call") return CueClass::call;
  return CueClass::say;
}

}  // namespace

std::string_view fold_word(std::string_view word, char (&buffer)[64]) noexcept {
  if (word.size() > sizeof buffer) return {};
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    } else if (c == '\xC3' && i + 1 < word.size()) {
      // U+00C0..U+00DE (but not U+00D7, the multiplication sign): the Latin-1 capitals.
      const auto next = static_cast<unsigned char>(word[i + 1]);
      buffer[i] = c;
      buffer[i + 1] = (next >= 0x80 && next <= 0x9E && next != 0x97) ? static_cast<char>(next + 0x20)
                                                                        : word[i + 1];
      ++i;
      continue;
    }
    buffer[i] = c;
  }
  return {buffer, word.size()};
}

const QuoteLexicon& QuoteLexicon::instance(Language language) {
  static const QuoteLexicon german(Language::de);
  static const QuoteLexicon english(Language::en);
  static const QuoteLexicon both(Language::unknown);
  switch (language) {
    case Language::de: return german;
    case Language::en: return english;
    default: return both;
  }
}

QuoteLexicon::QuoteLexicon(Language language) {
  add_verbs(language);
  add_words(language);
  auto by_word = [](const Entry& a, const Entry& b) { return a.word < b.word; };
  std::sort(entries_.begin(), entries_.end(), by_word);
  // One entry per word: classes are merged; the first cue verb stays.
  std::vector<Entry> merged;
  for (Entry& e : entries_) {
    if (!merged.empty() && merged.back().word == e.word) {
      LexWord& m = merged.back().info;
      m.classes |= e.info.classes;
      if (m.verb < 0 && e.info.verb >= 0) {
        m.verb = e.info.verb;
        m.particle = e.info.particle;
        m.forms = e.info.forms;
      } else if (m.verb == e.info.verb && m.particle == e.info.particle) {
        m.forms |= e.info.forms;  // "behauptet": finite and participle
      }
    } else {
      merged.push_back(std::move(e));
    }
  }
  for (const Entry& e : merged) words_.emplace(e.word, e.info);
  entries_ = {};
  // Longest suffix first, so "sprecherin" wins over "sprecher".
  std::sort(suffixes_.begin(), suffixes_.end(),
            [](const Entry& a, const Entry& b) { return a.word.size() > b.word.size(); });
}

void QuoteLexicon::add(std::string word, LexWord info, bool suffix) {
  if (suffix) suffixes_.push_back({word, info});
  entries_.push_back({std::move(word), info});
}

void QuoteLexicon::add_words(Language language) {
  auto add_list = [&](std::span<const WordData> list) {
    for (const WordData& w : list) {
      LexWord info;
      bool suffix = false;
      for_each_word(w.classes, [&](std::string_view name) {
        if (name == "suffix") suffix = true;
        for (const ClassName& c : class_names)
          if (c.name == name) info.classes |= c.bit;
      });
      add(std::string(w.word), info, suffix);
    }
  };
  if (language != Language::en) add_list(german_words);
  if (language != Language::de) add_list(english_words);
}

void QuoteLexicon::add_verbs(Language language) {
  auto add_list = [&](std::span<const VerbData> list, bool german) {
    for (const VerbData& v : list) {
      CueVerb verb;
      verb.lemma = v.infinitive;
      verb.cue_class = parse_cue_class(v.cue_class);
      for_each_word(v.particles, [&](std::string_view p) {
        if (p == "-") {
          verb.bare = true;
        } else {
          verb.particles.push_back(p);
        }
      });
      const auto index = static_cast<std::int16_t>(verbs_.size());
      const std::vector<Form> forms = german ? german_forms(v.infinitive, v.irregular)
                                             : english_forms(v.infinitive, v.irregular);
      for (const Form& f : forms) add(f.text, {word_class::cue_verb, index, -1, f.form});
      // German separable particles join the verb in verb-final clauses: "mitteilte",
      // "mitgeteilt", "mitzuteilen".
      if (german) {
        for (std::size_t p = 0; p < verb.particles.size(); ++p) {
          const std::string particle(verb.particles[p]);
          const auto pi = static_cast<std::int8_t>(p);
          for (const Form& f : forms) {
            add(particle + f.text, {word_class::cue_verb, index, pi, f.form});
            if (f.form == verb_form::infinitive)
              add(particle + "zu" + f.text, {word_class::cue_verb, index, pi, verb_form::infinitive});
          }
        }
      }
      verbs_.push_back(std::move(verb));
    }
  };
  if (language != Language::en) add_list(german_verbs, true);
  if (language != Language::de) add_list(english_verbs, false);
}

const LexWord* QuoteLexicon::find(std::string_view word) const noexcept {
  char buffer[64];
  const std::string_view folded = fold_word(word, buffer);
  if (folded.empty()) return nullptr;
  if (const LexWord* w = words_.find(folded)) return w;
  // Compounds: "Regierungssprecher", "Polizeiangaben": capitalised words longer than the ending.
  const auto first = static_cast<unsigned char>(word.front());
  if (!(first >= 'A' && first <= 'Z') && first < 0x80) return nullptr;
  for (const Entry& e : suffixes_)
    if (folded.size() > e.word.size() + 2 && folded.ends_with(e.word)) return &e.info;
  return nullptr;
}

}  // namespace wirereport::detail
