#include "lang/entity_lexicon.hpp"

#include <algorithm>

#include "text/utf8.hpp"

namespace wirereport::detail {

namespace {

constexpr std::string_view first_names[] = {
#include "lang/first_names.inc"
};
constexpr std::string_view ambiguous_first_names[] = {
#include "lang/ambiguous_first_names.inc"
};
constexpr std::string_view titles[] = {
#define WIREREPORT_TITLES
#include "lang/person_words.inc"
#undef WIREREPORT_TITLES
};
constexpr std::string_view roles_de[] = {
#define WIREREPORT_ROLES_DE
#include "lang/person_words.inc"
#undef WIREREPORT_ROLES_DE
};
constexpr std::string_view roles_en[] = {
#define WIREREPORT_ROLES_EN
#include "lang/person_words.inc"
#undef WIREREPORT_ROLES_EN
};
constexpr std::string_view particles[] = {
#define WIREREPORT_PARTICLES
#include "lang/person_words.inc"
#undef WIREREPORT_PARTICLES
};
constexpr std::string_view family_first[] = {
#define WIREREPORT_FAMILY_FIRST
#include "lang/person_words.inc"
#undef WIREREPORT_FAMILY_FIRST
};
constexpr std::string_view org_names[] = {
#define WIREREPORT_ORG_NAMES
#include "lang/organization_words.inc"
#undef WIREREPORT_ORG_NAMES
};
constexpr std::string_view org_heads[] = {
#define WIREREPORT_ORG_HEADS
#include "lang/organization_words.inc"
#undef WIREREPORT_ORG_HEADS
};
constexpr std::string_view generic_org_heads[] = {
#define WIREREPORT_ORG_GENERIC_HEADS
#include "lang/organization_words.inc"
#undef WIREREPORT_ORG_GENERIC_HEADS
};
constexpr std::string_view not_acronyms[] = {
#define WIREREPORT_NOT_ACRONYMS
#include "lang/organization_words.inc"
#undef WIREREPORT_NOT_ACRONYMS
};
constexpr std::string_view org_prefixes[] = {
#define WIREREPORT_ORG_PREFIXES
#include "lang/organization_words.inc"
#undef WIREREPORT_ORG_PREFIXES
};
constexpr std::string_view legal_forms[] = {
#define WIREREPORT_LEGAL_FORMS
#include "lang/organization_words.inc"
#undef WIREREPORT_LEGAL_FORMS
};
constexpr std::string_view compass_prefixes[] = {
#define WIREREPORT_COMPASS
#include "lang/place_words.inc"
#undef WIREREPORT_COMPASS
};
constexpr std::string_view region_heads[] = {
#define WIREREPORT_REGION_HEADS
#include "lang/place_words.inc"
#undef WIREREPORT_REGION_HEADS
};
constexpr std::string_view street_heads[] = {
#define WIREREPORT_STREET_HEADS
#include "lang/place_words.inc"
#undef WIREREPORT_STREET_HEADS
};
constexpr std::string_view place_descriptors[] = {
#define WIREREPORT_PLACE_DESCRIPTORS
#include "lang/place_words.inc"
#undef WIREREPORT_PLACE_DESCRIPTORS
};
constexpr std::string_view road_kinds[] = {
#define WIREREPORT_ROAD_KINDS
#include "lang/place_words.inc"
#undef WIREREPORT_ROAD_KINDS
};
constexpr std::string_view toponym_endings[] = {
#define WIREREPORT_TOPONYM_ENDINGS
#include "lang/place_words.inc"
#undef WIREREPORT_TOPONYM_ENDINGS
};
constexpr std::string_view function_words[] = {
#include "lang/function_words.inc"
};

// German inflection endings stripped before looking a role up ("Präsidenten", "Ministers").
constexpr std::string_view inflections[] = {"", "en", "n", "s", "es"};

}  // namespace

const EntityLexicon& EntityLexicon::instance() {
  static const EntityLexicon lexicon;
  return lexicon;
}

FoldedWords::FoldedWords(std::span<const std::string_view> list) {
  words_.reserve(list.size());
  for (std::string_view w : list) {
    std::string folded;
    append_folded(w, folded);
    words_.push_back(std::move(folded));
  }
  for (const std::string& w : words_) {
    set_.insert(w);
    if (w.size() >= 2) starts_.set(first_two(w));
  }
}

EntityLexicon::EntityLexicon()
    : roles_de_(roles_de),
      roles_en_(roles_en),
      org_heads_(org_heads),
      generic_org_heads_(generic_org_heads),
      compass_prefixes_(compass_prefixes),
      region_heads_(region_heads),
      street_heads_(street_heads),
      road_kinds_(road_kinds),
      place_descriptors_(place_descriptors),
      toponym_endings_(toponym_endings) {
  const auto classes_of = [this](std::string_view w) -> std::uint32_t& { return *words_.emplace(w, 0).first; };
  auto add = [&](const auto& list, std::uint32_t cls) {
    for (std::string_view w : list) classes_of(w) |= cls;
  };
  add(first_names, word_class::first_name);
  // A name that is also a common word is only ever ambiguous, whatever other list has it.
  for (std::string_view w : ambiguous_first_names)
    classes_of(w) = (classes_of(w) & ~word_class::first_name) | word_class::ambiguous_first_name;
  add(titles, word_class::title);
  add(particles, word_class::particle);
  add(family_first, word_class::family_first);
  add(org_names, word_class::org_name);
  add(org_prefixes, word_class::org_prefix);
  add(legal_forms, word_class::legal_form);
  add(function_words, word_class::function_word);
  add(not_acronyms, word_class::not_acronym);
  for (const FoldedWords* set : {&roles_de_, &roles_en_, &org_heads_, &generic_org_heads_})
    for (const std::string& w : set->all())
      if (w.size() >= 3) tails_.set(tail_bit(std::string_view(w).substr(w.size() - 3)));
}

std::uint32_t EntityLexicon::classes(std::string_view word) const {
  const std::uint32_t* classes = words_.find(word);
  return classes == nullptr ? 0 : *classes;
}

bool EntityLexicon::ends_with_one_of(const FoldedWords& set, std::string_view folded) const {
  if (folded.size() > 64) return false;  // no word of the lists is that long
  for (std::string_view ending : inflections) {
    if (!folded.ends_with(ending)) continue;
    const std::string_view stem = folded.substr(0, folded.size() - ending.size());
    // Most words end like no listed word: their last bytes say so with one lookup.
    if (stem.size() < 3 || !tails_[tail_bit(stem.substr(stem.size() - 3))]) continue;
    // Every suffix of the stem that starts a UTF-8 character, longest first; at least 3 bytes.
    for (std::size_t i = 0; i + 3 <= stem.size(); ++i) {
      if ((static_cast<unsigned char>(stem[i]) & 0xC0) == 0x80) continue;
      if (i > 0 && stem[i - 1] != '-' && stem.size() - i < 5) continue;  // short heads: whole or after '-'
      if (set.contains(stem.substr(i))) return true;
    }
  }
  return false;
}

bool EntityLexicon::is_role(std::string_view folded, Language language) const {
  return (language != Language::en && ends_with_one_of(roles_de_, folded)) ||
         (language != Language::de && ends_with_one_of(roles_en_, folded));
}

bool EntityLexicon::has_org_head(std::string_view folded) const { return ends_with_one_of(org_heads_, folded); }

bool EntityLexicon::is_org_head(std::string_view folded) const { return org_heads_.contains(folded); }

std::string_view EntityLexicon::compass_prefix(std::string_view folded) const {
  for (const std::string& p : compass_prefixes_.all())
    if (folded.starts_with(p)) return p;
  return {};
}

bool EntityLexicon::is_region_head(std::string_view folded) const {
  for (std::string_view h : region_heads_.all())
    if (folded == h || (folded.size() == h.size() + 1 && folded.starts_with(h) && folded.back() == 's')) return true;
  return false;
}

bool EntityLexicon::has_street_ending(std::string_view folded) const {
  if (road_kinds_.contains(folded)) return false;
  for (std::string_view h : street_heads_.all())
    if (folded.size() > h.size() + 2 && folded.ends_with(h)) return true;
  return false;
}

bool EntityLexicon::is_place_descriptor(std::string_view folded) const {
  // Compounds and genitives too: "heimatstadt", "nachbarland", "kantons".
  for (std::string_view d : place_descriptors_.all())
    if (folded.ends_with(d) || (folded.size() > d.size() && folded.back() == 's' &&
                                folded.substr(0, folded.size() - 1).ends_with(d)))
      return true;
  return false;
}

bool EntityLexicon::has_toponym_ending(std::string_view folded) const {
  for (std::string_view e : toponym_endings_.all())
    if (folded.size() >= e.size() + 3 && folded.ends_with(e)) return true;
  return false;
}

bool EntityLexicon::is_generic_org_head(std::string_view folded) const {
  return ends_with_one_of(generic_org_heads_, folded);
}

}  // namespace wirereport::detail
