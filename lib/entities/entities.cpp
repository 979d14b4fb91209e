#include "entities/entities.hpp"

#include <algorithm>
#include <charconv>
#include <optional>
#include <string>

#include "lang/agencies.hpp"
#include "lang/entity_lexicon.hpp"
#include "lang/time_lexicon.hpp"
#include "text/utf8.hpp"
#include "time/expressions.hpp"
#include "time/names.hpp"
#include "time/zones.hpp"
#include "wirereport/extract.hpp"

namespace wirereport::detail {

namespace {

namespace wc = word_class;

constexpr std::size_t max_place_tokens = 4;
constexpr std::size_t max_surname_tokens = 2;
constexpr std::size_t max_org_run = 4;

using Origin = EntityScratch::Origin;
using Mention = EntityScratch::Mention;

class EntityScanner {
  using PlaceHit = EntityScratch::PlaceHit;
  using Facts = EntityScratch::Facts;

 public:
  // The scanner works in `scratch`, which it clears.
  EntityScanner(std::string_view text, std::span<const Token> tokens, Language language, std::span<const Quote> quotes,
                EntityScratch& scratch)
      : text_(text),
        tokens_(tokens),
        language_(language),
        quotes_(quotes),
        lexicon_(EntityLexicon::instance()),
        zones_(ZoneDirectory::instance()),
        taken_(scratch.taken),
        facts_(scratch.facts),
        places_(scratch.places),
        mentions_(scratch.mentions),
        clusters_(scratch.clusters),
        best_(scratch.best),
        surnames_(scratch.surnames),
        organizations_(scratch.organizations),
        heads_(scratch.heads),
        by_skeleton_(scratch.by_skeleton),
        by_place_(scratch.by_place),
        by_text_(scratch.by_text),
        scratch_(scratch.folded),
        key_(scratch.key),
        variant_(scratch.variant),
        adjusted_(scratch.adjusted) {
    taken_.assign(tokens.size(), false);
    facts_.assign(tokens.size(), Facts{});
    places_.clear();
    mentions_.clear();
    clusters_.clear();
    for (KeyIndex* index : {&surnames_, &organizations_, &heads_, &by_skeleton_, &by_place_, &by_text_}) index->clear();
  }

  void run(std::vector<Entity>& out) {
    find_mentions();
    add_speakers();
    split_adjacent_surnames();
    link();
    add_back_references();
    write(out);
  }

 private:
  // ---- tokens ---------------------------------------------------------------------------------
  [[nodiscard]] std::string_view word(std::size_t i) const { return tokens_[i].span.in(text_); }
  [[nodiscard]] bool is_word(std::size_t i) const { return i < tokens_.size() && tokens_[i].kind == TokenKind::word; }
  [[nodiscard]] bool capitalized(std::size_t i) const {
    return is_word(i) && tokens_[i].has(token_flag::capitalized) && !tokens_[i].has(token_flag::has_digit);
  }
  [[nodiscard]] bool all_caps(std::size_t i) const { return is_word(i) && tokens_[i].has(token_flag::all_caps); }
  [[nodiscard]] std::uint32_t classes(std::size_t i) {
    if (!is_word(i)) return 0;
    Facts& f = facts_[i];
    if ((f.known & Facts::classes_known) == 0) {
      f.classes = lexicon_.classes(word(i));
      f.known |= Facts::classes_known;
    }
    return f.classes;
  }
  [[nodiscard]] bool sentence_initial(std::size_t i) const {
    if (i == 0 || starts_block(text_, tokens_, i)) return true;
    const Token& prev = tokens_[i - 1];
    return (prev.kind == TokenKind::punctuation && (prev.has(token_flag::sentence_final) || word(i - 1) == ":")) ||
           prev.kind == TokenKind::quote_open || prev.kind == TokenKind::quote_ambiguous;
  }
  // The word folded to lower case, in a buffer reused for every word.
  [[nodiscard]] std::string_view folded(std::string_view w) {
    scratch_.clear();
    append_folded(w, scratch_);
    return scratch_;
  }
  // A month or weekday name; rules ask again and again, so each token is looked up once.
  [[nodiscard]] bool is_calendar_word(std::size_t i) {
    Facts& f = facts_[i];
    if ((f.known & Facts::calendar_known) == 0) {
      const std::string_view w = word(i);
      f.calendar = CalendarNames::instance().month(w) > 0 || (w.size() >= 6 && CalendarNames::instance().weekday(w) >= 0);
      f.known |= Facts::calendar_known;
    }
    return f.calendar;
  }
  [[nodiscard]] bool is_role(std::size_t i) {
    if (!is_word(i)) return false;
    Facts& f = facts_[i];
    if ((f.known & Facts::role_known) == 0) {
      f.role = lexicon_.is_role(folded(word(i)), language_);
      f.known |= Facts::role_known;
    }
    return f.role;
  }
  // "W." in "George W. Bush": one capital letter and a period.
  [[nodiscard]] bool initial(std::size_t i) const {
    if (!is_word(i) || !tokens_[i].has(token_flag::ends_with_period)) return false;
    const std::string_view w = word(i);
    return w.size() == 2 && is_ascii_upper(w[0]);
  }
  // Saints and churches are no people: "St. Maria", "Sankt Johann".
  [[nodiscard]] bool after_saint(std::size_t i) const {
    if (i == 0 || !is_word(i - 1)) return false;
    const std::string_view w = word(i - 1);
    return w == "St." || w == "Sankt" || w == "San" || w == "Santa" || w == "Saint" || w == "Hl." || w == "Hagia";
  }
  // Particles of a name from token i: "von", "von der", "van den", "de", "al"; returns the end.
  [[nodiscard]] std::size_t particles(std::size_t i) const {
    std::size_t end = i;
    if (is_word(end) && (lexicon_.classes(word(end)) & wc::particle) != 0) {
      const std::string_view lead = word(end);
      ++end;
      if ((lead == "von" || lead == "van") && is_word(end) && (word(end) == "der" || word(end) == "den")) ++end;
    }
    return end;
  }
  // "Kims" -> "Kim", "Putin's" -> "Putin"; the word itself when it has no such ending.
  [[nodiscard]] static std::string_view without_genitive(std::string_view w) {
    if (w.ends_with("'s") || w.ends_with("\u2019s")) return w.substr(0, w.size() - (w[w.size() - 2] == '\'' ? 2 : 4));
    if (w.size() > 3 && w.back() == 's') return w.substr(0, w.size() - 1);
    return w;
  }

  // A token that can be part of a person's name: capitalised, not a function word, title,
  // role, month or weekday.
  [[nodiscard]] bool name_token(std::size_t i) {
    if (!is_word(i) || taken_[i]) return false;  // is_word() checks i against the token count
    if (!capitalized(i)) return arabic_article_name(i);  // "al-Nuaimi"
    if ((all_caps(i) && word(i).size() > 3) || roman(i)) return false;
    const std::string_view f = folded(word(i));
    if (lexicon_.has_street_ending(f) || lexicon_.is_org_head(f)) return false;
    if ((classes(i) & (wc::function_word | wc::title | wc::legal_form)) != 0) return false;
    return !is_calendar_word(i) && !is_role(i) && !TimeLexicon::instance().find(folded(word(i))).kinds;
  }
  // "al-Nuaimi", "el-Sisi", "as-Sadr": an Arabic article joined to a surname.
  [[nodiscard]] bool arabic_article_name(std::size_t i) const {
    const std::string_view w = word(i);
    const std::size_t dash = w.find('-');
    if (dash != 2 || w.size() < 5 || !is_ascii_upper(w[3])) return false;
    const std::string_view article = w.substr(0, 2);
    return article == "al" || article == "el" || article == "as" || article == "ad" || article == "an" || article == "ar";
  }
  [[nodiscard]] bool is_given_name(std::size_t i, bool allow_ambiguous) const {
    if (!is_word(i)) return false;
    const std::uint32_t need = wc::first_name | (allow_ambiguous ? wc::ambiguous_first_name : 0u);
    const std::string_view w = word(i);
    if ((lexicon_.classes(w) & need) != 0) return true;
    // "Hans-Peter", "Karl-Theodor": every part a given name.
    const std::size_t dash = w.find('-');
    if (dash == std::string_view::npos) return false;
    return (lexicon_.classes(w.substr(0, dash)) & need) != 0 && (lexicon_.classes(w.substr(dash + 1)) & need) != 0;
  }
  // "Jong-un", "Jae-in": a Korean given name written with a hyphen and a lower-case syllable.
  [[nodiscard]] bool syllable_name(std::size_t i) const {
    if (!capitalized(i)) return false;
    const std::string_view w = word(i);
    const std::size_t dash = w.find('-');
    if (dash == std::string_view::npos || dash > 6 || dash + 1 >= w.size() || w.size() - dash > 7) return false;
    for (std::size_t k = 1; k < w.size(); ++k)
      if (k != dash && !is_ascii_lower(w[k])) return false;
    return true;
  }

  // ---- candidates -----------------------------------------------------------------------------
  void find_mentions() {
    const std::size_t n = tokens_.size();
    for (std::size_t i = 0; i < n;) {
      std::size_t next = i + 1;
      if (is_word(i) || tokens_[i].kind == TokenKind::number) {
        if (std::optional<Mention> m = at(i)) {
          next = std::max<std::size_t>(next, m->end);
          add(*m);
        }
      }
      i = next;
    }
  }

  std::optional<Mention> at(std::size_t i) {
    if (auto m = organization(i)) return m;
    if (auto m = person(i)) return m;
    if (auto m = place(i)) return m;
    return std::nullopt;
  }

  void add(const Mention& m) {
    for (std::uint32_t k = m.first; k < m.end; ++k) taken_[k] = true;
    mentions_.push_back(m);
  }

  static Mention make(std::size_t first, std::size_t end, EntityType type, std::size_t head,
                      Origin origin = Origin::exact) {
    Mention m;
    m.first = static_cast<std::uint32_t>(first);
    m.end = static_cast<std::uint32_t>(end);
    m.type = type;
    m.head_token = static_cast<std::uint32_t>(head);
    m.origin = origin;
    return m;
  }

  // ---- people ---------------------------------------------------------------------------------
  std::optional<Mention> person(std::size_t i) {
    if (!is_word(i)) return std::nullopt;
    // A title or role before a name ("Präsident Wladimir Putin", "Frau Merkel"): the name only.
    if (after_saint(i)) return std::nullopt;
    if ((classes(i) & wc::title) != 0 || (is_role(i) && (tokens_[i].has(token_flag::capitalized) || language_ == Language::en))) {
      std::size_t j = i + 1;
      while (j < tokens_.size() && j < i + 3 && is_word(j) && ((classes(j) & wc::title) != 0 || is_role(j))) ++j;
      if (auto m = name_at(j, false)) return m;
      // After a role the name may be unknown: "Coach Gennadij Chalepo", "Präsident Obama",
      // even a city's name ("Präsident Cleveland"; "Präsident Frankreichs" is a place).
      const auto p = name_token(j) ? place_at(j) : std::nullopt;
      const bool place_name = p && (p->origin != Origin::exact || p->info.kind != PlaceKind::city);
      if (name_token(j) && !place_name && !organization(j)) {
        std::size_t end = j + 1;
        while (end < j + 3 && initial(end)) ++end;  // "Clarence E. Case"
        if (name_token(end) && !place_at(end) && (language_ == Language::en || second_surname(end))) ++end;
        end = regnal_number(after_surname(end));
        return make(j, end, EntityType::person, end - 1);
      }
      return std::nullopt;
    }
    return name_at(i, true);
  }

  // A name that starts at token i with a given name or a family name written first.
  std::optional<Mention> name_at(std::size_t i, bool alone_ok) {
    if (i >= tokens_.size() || !capitalized(i) || taken_[i]) return std::nullopt;
    // "Kim Jong-un", "Xi Jinping": family name first.
    if (syllable_name(i + 1) && word(i).size() <= 6) return make(i, i + 2, EntityType::person, i);
    if ((classes(i) & wc::family_first) != 0 && name_token(i + 1) && !place_at(i + 1) &&
        !is_given_name(i + 1, true))
      return make(i, i + 2, EntityType::person, i);
    const bool given = is_given_name(i, false);
    if (!given && !is_given_name(i, true)) return std::nullopt;
    std::size_t end = i + 1;
    while (end < tokens_.size() && end < i + 3 && is_given_name(end, false)) ++end;  // "Hans Peter"
    const std::size_t given_end = end;
    while (end < tokens_.size() && end < given_end + 2 && initial(end)) ++end;  // "George W. Bush"
    const std::size_t after_initials = end;
    end = particles(end);  // "Ursula von der Leyen"
    if (end > after_initials && !name_token(end)) end = after_initials;
    const std::size_t surname_begin = end;
    end = surnames_from(end);
    if (end > surname_begin) return make(i, end, EntityType::person, end - 1);
    // No surname: "Nico G.", "Elisabeth II.", "Paul Simon", or a given name alone ("Angela
    // sagte") unless it is also a common word or a place.
    const std::size_t numbered = regnal_number(given_end);
    if (numbered > given_end) return make(i, numbered, EntityType::person, i);
    if (after_initials > given_end) return make(i, after_initials, EntityType::person, i);
    if (given_end > i + 1) return make(i, given_end, EntityType::person, given_end - 1);
    if (!given || !alone_ok || place_at(i)) return std::nullopt;
    return make(i, i + 1, EntityType::person, i);
  }

  // Surnames from token `begin`: two in English ("Martin Luther King"); in German, where
  // capitalised nouns follow names ("sagte Martin Schulz Journalisten"), a second one only when
  // it does not look like a noun. Then particles ("von Miltitz") and a number ("II.").
  std::size_t surnames_from(std::size_t begin) {
    std::size_t end = begin;
    while (end < begin + max_surname_tokens && name_token(end) && !place_at(end)) {
      if (end > begin && language_ != Language::en && !second_surname(end)) break;
      ++end;
    }
    return end > begin ? regnal_number(after_surname(end)) : end;
  }

  // A second surname in German: not a noun by its ending, and no capitalised word after it.
  [[nodiscard]] bool second_surname(std::size_t k) const {
    // After a genitive ("Heidi Klums Modelsuche") comes what the person has, not more name.
    const std::string_view before = word(k - 1);
    if (before.ends_with("s") && is_given_name(k - 2, true)) return false;
    return !noun_like(k) && !capitalized(k + 1);
  }

  // A German common noun by its ending: "Journalisten", "Festung", "Mannschaft".
  [[nodiscard]] bool noun_like(std::size_t k) const {
    static constexpr std::string_view noun_endings[] = {"en", "ern", "ung", "heit", "keit", "schaft", "ion",
                                                        "ismus", "tät", "nis", "um", "ik", "ie", "ei"};
    const std::string_view w = word(k);
    return std::any_of(std::begin(noun_endings), std::end(noun_endings), [&](std::string_view e) { return w.ends_with(e); });
  }

  // "Elisabeth II.", "Bernhard IV.": a regnal number after a name; returns the new end.
  [[nodiscard]] std::size_t regnal_number(std::size_t end) const {
    if (!is_word(end) || !roman(end)) return end;
    if (tokens_[end].has(token_flag::ends_with_period)) return end + 1;
    if (end + 1 < tokens_.size() && word(end + 1) == "." && tokens_[end + 1].span.begin == tokens_[end].span.end)
      return end + 2;
    return end;
  }
  [[nodiscard]] bool roman(std::size_t i) const {
    std::string_view w = word(i);
    if (!w.empty() && w.back() == '.') w.remove_suffix(1);
    return !w.empty() && w.size() <= 5 &&
           std::all_of(w.begin(), w.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X' || c == 'L'; });
  }

  // Noble and family particles after a surname: "Heinrich Gottlob von Miltitz",
  // "Fernando Collor de Mello". Returns the new end, or `end` when none follow.
  std::size_t after_surname(std::size_t end) {
    const std::size_t p = particles(end);
    if (p > end && name_token(p) && !place_at(p)) return p + 1;
    return end;
  }

  // ---- organisations --------------------------------------------------------------------------
  std::optional<Mention> organization(std::size_t i) {
    if (i >= tokens_.size() || taken_[i]) return std::nullopt;
    // "1. FC Köln": the ordinal is one token, or a number and a period.
    if (tokens_[i].kind == TokenKind::number) {
      std::size_t prefix = i + 1;
      if (word(i) == "1" && prefix < tokens_.size() && word(prefix) == ".") ++prefix;
      else if (word(i) != "1.") return std::nullopt;
      if ((classes(prefix) & wc::org_prefix) != 0) {
        if (auto m = prefixed_organization(prefix)) return make(i, m->end, EntityType::organization, m->head_token);
      }
      return std::nullopt;
    }
    if (!capitalized(i) && !all_caps(i) && (classes(i) & wc::org_name) == 0) return std::nullopt;
    const std::uint32_t cls = classes(i);
    if ((cls & wc::function_word) != 0) return std::nullopt;
    if (auto m = legal_form_organization(i)) return m;
    if ((cls & wc::org_prefix) != 0) {
      if (auto m = prefixed_organization(i)) return m;
    }
    if (auto m = headed_organization(i)) return m;
    if ((cls & wc::org_name) != 0 || is_agency_name(word(i))) return named_organization(i, Origin::exact);
    if (acronym(i)) {
      // "THW Kiel", "TH Zürich": an acronym and a city name a club or school.
      if (const auto p = place_at(i + 1); p && p->info.kind == PlaceKind::city) return make(i, p->end, EntityType::organization, i);
      return make(i, i + 1, EntityType::organization, i);
    }
    if ((lexicon_.classes(without_genitive(word(i))) & wc::org_name) != 0 && !all_caps(i))
      return named_organization(i, Origin::inflected);
    if (compound_organization(i)) return make(i, i + 1, EntityType::organization, i);
    return std::nullopt;
  }

  // An organisation named by one word, with a descriptor before it taken in when it is itself
  // an organisation word ("Nachrichtenagentur KCNA").
  Mention named_organization(std::size_t i, Origin origin) {
    // A news agency with its descriptor: "Nachrichtenagentur KCNA", "news agency Yonhap".
    if (i > 0 && !taken_[i - 1] && is_word(i - 1)) {
      const std::string_view d = folded(word(i - 1));
      if (d.ends_with("agentur") || d == "agency") return make(i - 1, i + 1, EntityType::organization, i, Origin::extended);
    }
    return make(i, i + 1, EntityType::organization, i, origin);
  }

  // "Siemens AG", "Deutsche Bahn AG", "Apple Inc.".
  std::optional<Mention> legal_form_organization(std::size_t i) {
    // "das Unternehmen Läpple AG": the descriptor is not part of the name.
    if (lexicon_.is_generic_org_head(folded(word(i)))) return std::nullopt;
    std::size_t end = i;
    while (end < tokens_.size() && end < i + max_org_run && (capitalized(end) || all_caps(end) || word(end) == "&") &&
           (classes(end) & wc::legal_form) == 0)
      ++end;
    if (end == i || end >= tokens_.size() || (classes(end) & wc::legal_form) == 0) return std::nullopt;
    return make(i, end + 1, EntityType::organization, i);
  }

  // "Universität Hamburg", "FC Bayern München", "Bank of England", "Institut für Weltwirtschaft".
  std::optional<Mention> prefixed_organization(std::size_t i) {
    std::size_t j = i + 1;
    const bool connector = is_word(j) && (word(j) == "of" || word(j) == "für" || word(j) == "for");
    if (connector) {
      ++j;
    } else if (language_ == Language::en && !all_caps(i)) {
      return std::nullopt;  // English names of this kind say "of": "Bank of England"
    }
    const std::size_t name_begin = j;
    while (j < tokens_.size() && j < name_begin + 3 && (capitalized(j) || all_caps(j)) &&
           (classes(j) & wc::function_word) == 0 && !is_calendar_word(j))
      ++j;
    if (j == name_begin) return std::nullopt;
    if (const auto p = place_at(j); p && p->info.kind == PlaceKind::city) j = p->end;  // "TU Berlin"
    // A club's year: "FC Schalke 04", "Hannover 96".
    if (j < tokens_.size() && tokens_[j].kind == TokenKind::number && word(j).size() == 2) ++j;
    return make(i, j, EntityType::organization, i);
  }

  // A run of capitalised words that ends with an organisation's head: "Deutsche Bank",
  // "Europäische Union", "Supreme Court", "New York Times".
  std::optional<Mention> headed_organization(std::size_t i) {
    if (sentence_initial(i) && (classes(i) & wc::function_word) != 0) return std::nullopt;
    std::size_t end = i;
    while (end < tokens_.size() && end < i + max_org_run && capitalized(end) && (classes(end) & wc::function_word) == 0) {
      ++end;
      if (end - i >= 2 && org_head_at(end - 1)) {
        // The longest run that ends with a head.
        std::size_t best = end;
        for (std::size_t k = end; k < tokens_.size() && k < i + max_org_run && capitalized(k); ++k)
          if (org_head_at(k)) best = k + 1;
        // "Medizinische Hochschule Hannover": a city after the head belongs to the name.
        if (const auto p = place_at(best); p && p->info.kind == PlaceKind::city) return make(i, p->end, EntityType::organization, i);
        // A kind of body after an adjective ("Schweizer Armee") is no name.
        if (best - i == 2 && adjective(i) && lexicon_.is_generic_org_head(folded(word(best - 1)))) return std::nullopt;
        return make(i, best, EntityType::organization, i);
      }
    }
    return std::nullopt;
  }

  // A word in capitals that no list knows: most are organisations ("VHH", "WWF", "USPD"); units,
  // formats, currencies, Roman numerals and places are not.
  [[nodiscard]] bool acronym(std::size_t i) {
    if (!all_caps(i) || tokens_[i].has(token_flag::has_hyphen) || tokens_[i].has(token_flag::ends_with_period)) return false;
    const std::string_view w = word(i);
    if (w.size() < 2 || w.size() > 5 || (classes(i) & (wc::not_acronym | wc::function_word)) != 0) return false;
    if (std::all_of(w.begin(), w.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C' || c == 'M'; }))
      return false;
    // A headline or heading in capitals is not a row of acronyms.
    if ((i > 0 && all_caps(i - 1)) || all_caps(i + 1)) return false;
    // Organisations take an article ("der FDP", "beim DFB", "the WWF"); formats and units
    // mostly come with numbers or alone.
    if (i == 0 || !is_word(i - 1)) return false;
    const std::string_view a = word(i - 1);
    static constexpr std::string_view articles[] = {"der", "die", "des", "dem", "den", "das", "beim", "vom", "zum",
                                                    "zur", "im", "am", "the"};
    if (std::find(std::begin(articles), std::end(articles), a) == std::end(articles)) return false;
    return !place_at(i) && !ZoneDirectory::instance().find_abbreviation(w);
  }

  // The head as written, or in the genitive with "-es" ("Bundesrates"); "Banks" is no genitive.
  [[nodiscard]] bool org_head_at(std::size_t k) {
    const std::string_view w = word(k);
    return lexicon_.is_org_head(folded(w)) || (w.ends_with("es") && lexicon_.is_org_head(folded(w.substr(0, w.size() - 2))));
  }
  // A German adjective by its ending: "Schweizer", "Evangelische", "Kaiserlichen".
  [[nodiscard]] bool adjective(std::size_t i) const {
    const std::string_view w = word(i);
    for (std::string_view e : {"er", "e", "en", "es", "em"})
      if (w.ends_with(e) && w.size() > e.size() + 3) return true;
    return false;
  }

  // "US-Außenministerium", "UN-Sicherheitsrats", "EU-Kommission": a name or acronym, a hyphen,
  // and an organisation's head; "Bundesregierung"-like words of one's own country.
  bool compound_organization(std::size_t i) {
    if (!tokens_[i].has(token_flag::has_hyphen)) return false;
    const std::string_view w = word(i);
    const std::size_t dash = w.rfind('-');
    const std::string_view prefix = w.substr(0, w.find('-'));
    const std::string_view head = w.substr(dash + 1);
    if (head.empty() || !is_upper(decode_utf8(head, 0).value)) return false;
    const bool named_prefix = (lexicon_.classes(prefix) & wc::org_name) != 0 || zones_.find_place(prefix).has_value() ||
                              (prefix.size() >= 2 && prefix.size() <= 5 && std::all_of(prefix.begin(), prefix.end(), is_ascii_upper));
    return named_prefix && lexicon_.has_org_head(folded(head)) && !lexicon_.is_role(folded(head), language_);
  }

  // ---- places ---------------------------------------------------------------------------------
  // The longest gazetteer name that starts at token i.
  // Rules ask for the same token's place again and again: each start is looked up once.
  std::optional<PlaceHit> place_at(std::size_t i) {
    if (i >= tokens_.size()) return std::nullopt;
    Facts& f = facts_[i];
    if ((f.known & Facts::place_known) == 0) {
      f.known |= Facts::place_known;
      if (const std::optional<PlaceHit> hit = find_place_at(i)) {
        places_.push_back(*hit);
        f.place = static_cast<std::uint32_t>(places_.size());
      }
    }
    if (f.place == 0) return std::nullopt;
    return places_[f.place - 1];
  }

  std::optional<PlaceHit> find_place_at(std::size_t i) {
    if (!capitalized(i) && !all_caps(i)) return std::nullopt;
    if ((classes(i) & wc::function_word) != 0) return std::nullopt;
    std::size_t last = i;
    // Words of a multi-word name are separated by one space.
    while (last + 1 < tokens_.size() && last + 1 < i + max_place_tokens && is_word(last + 1) &&
           tokens_[last + 1].span.begin == tokens_[last].span.end + 1 && text_[tokens_[last].span.end] == ' ')
      ++last;
    // A name of several words starts with a word that starts one in the gazetteer: for most
    // words one lookup spares those of every longer window (as written, and inflected).
    const bool longer_exact = last > i && zones_.starts_longer_place(word(i));
    const bool longer_inflected = last > i && zones_.starts_longer_place(adjective_base(word(i)));
    for (std::size_t end = last + 1; end > i; --end) {
      if (!capitalized(end - 1) && !all_caps(end - 1)) continue;
      const std::string_view name = text_.substr(tokens_[i].span.begin, tokens_[end - 1].span.end - tokens_[i].span.begin);
      // Short names in capitals ("US", "UK") only as written: "Us" is a word.
      if (name.size() <= 2 && end == i + 1 && !all_caps(i)) continue;
      const bool one_word = end == i + 1;
      if (one_word || longer_exact) {
        if (auto info = zones_.find_place(name)) return PlaceHit{end, *info, Origin::exact};
      }
      if (one_word || longer_inflected) {
        if (auto info = inflected_place(name, end - i)) return PlaceHit{end, *info, Origin::inflected};
      }
    }
    return std::nullopt;
  }

  // An adjective before the last word of a name, its ending "-en", "-er", "-es", "-em" cut to
  // "-e": "Vereinigten" -> "Vereinigte".
  [[nodiscard]] static std::string_view adjective_base(std::string_view w) {
    if (w.size() > 3 && w[w.size() - 2] == 'e' && std::string_view("nrsm").find(w.back()) != std::string_view::npos)
      return w.substr(0, w.size() - 1);
    return w;
  }

  // German endings: "Russlands" (genitive), "Vereinigten Staaten" (adjective), "Emiraten".
  std::optional<PlaceInfo> inflected_place(std::string_view name, std::size_t words) {
    variant_.assign(name);
    if (words > 1) {
      std::size_t pos = 0;
      adjusted_.clear();
      for (std::size_t w = 0; w + 1 < words; ++w) {
        const std::size_t space = variant_.find(' ', pos);
        if (space == std::string::npos) break;
        adjusted_.append(adjective_base(std::string_view(variant_.data() + pos, space - pos)));
        adjusted_.push_back(' ');
        pos = space + 1;
      }
      adjusted_.append(variant_, pos);
      variant_.assign(adjusted_);  // not swap(): each buffer keeps the capacity it grew to
      if (auto info = zones_.find_place(variant_)) return info;
    }
    if (variant_.size() > 4 && (variant_.back() == 's' || variant_.back() == 'n')) {
      variant_.pop_back();
      if (auto info = zones_.find_place(variant_)) return info;
      if (variant_.back() == 'e' && variant_.size() > 4) {  // "Irakes" is rare; "Nahen Ostens"
        variant_.pop_back();
        if (auto info = zones_.find_place(variant_)) return info;
      }
    }
    return std::nullopt;
  }

  std::optional<Mention> place(std::size_t i) {
    if (taken_[i]) return std::nullopt;
    if (auto hit = place_at(i)) {
      // A place at the end of a longer name is no place of its own: "Eurospeedway Lausitz",
      // "Arena Wien" (but "die Stadt Köln").
      if (hit->origin == Origin::exact && inside_name(i)) return std::nullopt;
      Mention m = make(i, hit->end, EntityType::place, i, hit->origin);
      m.place_id = hit->info.id;
      if (hit->info.zone != nullptr) m.zone = hit->info.zone->id;
      m.country = hit->info.country;
      return m;
    }
    if (!capitalized(i) || (classes(i) & wc::function_word) != 0) return std::nullopt;
    const std::string_view w = word(i);
    // "Amur-Region", "Donezk-Gebiet".
    if (const std::size_t dash = w.rfind('-'); dash != std::string_view::npos && dash > 1) {
      if (lexicon_.is_region_head(folded(w.substr(dash + 1)))) return make(i, i + 1, EntityType::place, i);
    }
    // "Ostrussland", "Nordirak", "Südostasien": a compass prefix and a known place.
    const std::string_view f = folded(w);
    if (const std::string_view prefix = lexicon_.compass_prefix(f); prefix.size() + 3 <= f.size() && !prefix.empty()) {
      const auto info = zones_.find_place(f.substr(prefix.size()));
      if (info && info->kind != PlaceKind::city) {
        Mention m = make(i, i + 1, EntityType::place, i);
        m.country = info->country;  // a part of the country: its zone may differ
        return m;
      }
    }
    // "Friedrichstraße", "Karl-Marx-Allee".
    if (lexicon_.has_street_ending(folded(w)) && !tokens_[i].has(token_flag::all_caps)) return make(i, i + 1, EntityType::place, i);
    // "St. Moritz", "Sankt Peter": saints' names are places and churches ("St. Galler" is an adjective).
    if (after_saint(i) && !taken_[i - 1] && !w.ends_with("er")) return make(i - 1, i + 1, EntityType::place, i);
    // "in Taiskirchen", "aus Wiehl": a name with a place-name ending after a locative word
    // (the word first: it is the cheaper test).
    if (i > 0 && is_word(i - 1) && !all_caps(i)) {
      const std::string_view lead = word(i - 1);
      if ((lead == "in" || lead == "aus" || lead == "nach" || lead == "bei" || lead == "nahe") &&
          lexicon_.has_toponym_ending(folded(w)))
        return make(i, i + 1, EntityType::place, i);
    }
    return std::nullopt;
  }

  // Is the place that starts at token `first` the end of a longer capitalised name? Words that
  // say what kind of place follows ("Stadt", "Region") do not make one.
  bool inside_name(std::size_t first) {
    auto name_word = [&](std::size_t k) {
      return capitalized(k) && !taken_[k] && (classes(k) & (wc::function_word | wc::title)) == 0 && !is_calendar_word(k) &&
             !is_role(k) && !place_at(k);
    };
    if (first == 0 || !name_word(first - 1) || sentence_initial(first - 1)) return false;
    // Common nouns before a place leave it a place: "Heimatstadt Mainz", "Staatsanwaltschaft
    // Bayreuth", "Unterstützung Italien".
    const std::string_view before = folded(word(first - 1));
    return !lexicon_.is_place_descriptor(before) && !lexicon_.has_org_head(before) && !noun_like(first - 1);
  }

  // ---- quote speakers -------------------------------------------------------------------------
  // A speaker the quote stage found is a person when it is one capitalised word in English text
  // ("said Miller"). German capitalises every noun and its speakers are often plain nouns
  // ("sagen Händler", "so Experten"): there a speaker is no evidence of its own (on GermEval it
  // cost more precision than it gave recall). Longer names are found by the name rules.
  void add_speakers() {
    if (language_ != Language::en) return;
    for (const Quote& q : quotes_) {
      if (!q.speaker) continue;
      const auto first = std::lower_bound(tokens_.begin(), tokens_.end(), q.speaker->begin,
                                          [](const Token& t, std::uint32_t b) { return t.span.begin < b; });
      std::size_t i = static_cast<std::size_t>(first - tokens_.begin());
      if (i >= tokens_.size() || tokens_[i].span.begin != q.speaker->begin) continue;
      std::size_t end = i;
      while (end < tokens_.size() && tokens_[end].span.end <= q.speaker->end && name_token(end) && !place_at(end) &&
             (classes(end) & wc::org_name) == 0)
        ++end;
      if (end != i + 1 || tokens_[i].span.end != q.speaker->end || sentence_initial(i) || noun_like(i) ||
          lexicon_.is_generic_org_head(folded(word(i))))
        continue;
      add(make(i, end, EntityType::person, i));
    }
  }

  // ---- linking --------------------------------------------------------------------------------
  // "lud Kim Putin ein": two known people side by side, not one name.
  void split_adjacent_surnames() {
    for (const Mention& m : mentions_)
      if (m.type == EntityType::person && m.end - m.first >= 2) ++*heads_.emplace(word(m.head_token), 0).first;
    // How many *other* people have `w` as their surname, for mention m.
    auto others = [&](const Mention& m, std::uint32_t token) {
      const std::uint32_t* count = heads_.find(word(token));
      return count == nullptr ? 0 : static_cast<int>(*count) - (m.head_token == token ? 1 : 0);
    };
    const std::size_t count = mentions_.size();
    for (std::size_t k = 0; k < count; ++k) {
      Mention& m = mentions_[k];
      if (m.type != EntityType::person || m.end - m.first != 2) continue;
      if (others(m, m.first) == 0 || others(m, m.first + 1) == 0) continue;
      Mention second = make(m.first + 1, m.end, EntityType::person, m.first + 1);
      m.end = m.first + 1;
      m.head_token = m.first;
      mentions_.push_back(second);
    }
  }

  // The skeleton of a name: its letters folded, without vowels ("Kim Jong-un" and
  // "Kim Jung-un" -> "kmjngn"), so transliteration variants meet.
  std::string_view skeleton(const Mention& m) {
    const std::string_view f = folded(text_.substr(tokens_[m.first].span.begin,
                                                   tokens_[m.end - 1].span.end - tokens_[m.first].span.begin));
    key_.clear();
    for (char c : f) {
      if (std::string_view("aeiouy -'").find(c) != std::string_view::npos) continue;
      key_.push_back(c);
    }
    return key_;
  }

  std::uint32_t new_cluster(std::uint32_t mention) {
    clusters_.push_back(mention);
    return static_cast<std::uint32_t>(clusters_.size() - 1);
  }

  void link() {
    std::sort(mentions_.begin(), mentions_.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
    // Full names first, so that a surname before its full name ("Putin" in the headline) finds it.
    for (int pass = 0; pass < 2; ++pass) {
      for (std::uint32_t k = 0; k < mentions_.size(); ++k) {
        Mention& m = mentions_[k];
        const bool full_person = m.type == EntityType::person && m.end - m.first >= 2;
        if ((pass == 0) != full_person) continue;
        if (full_person) {
          const auto [cluster, fresh] = by_skeleton_.emplace(skeleton(m), 0);
          if (fresh) *cluster = new_cluster(k);
          m.cluster = *cluster;
          surnames_.emplace(word(m.head_token), m.cluster);
        } else if (m.type == EntityType::place && m.place_id != 0) {
          char digits[10];
          const std::string_view id(digits, std::to_chars(std::begin(digits), std::end(digits), m.place_id).ptr);
          const auto [cluster, fresh] = by_place_.emplace(id, 0);
          if (fresh) *cluster = new_cluster(k);
          m.cluster = *cluster;
        } else if (m.type == EntityType::person) {
          const std::string_view w = word(m.head_token);
          const std::uint32_t* cluster = surnames_.find(w);
          if (cluster == nullptr) cluster = surnames_.find(without_genitive(w));
          m.cluster = cluster != nullptr ? *cluster : *surnames_.emplace(w, new_cluster(k)).first;
        } else {
          // Organisations and places outside the gazetteer: by the words that name them alone.
          key_.assign(1, static_cast<char>('0' + static_cast<int>(m.type)));
          key_.append(folded(word(m.head_token)));
          const auto [cluster, fresh] = by_text_.emplace(key_, 0);
          if (fresh) *cluster = new_cluster(k);
          m.cluster = *cluster;
          // "US-Außenministerium": later "Außenministeriums" alone means the same ministry.
          if (m.type == EntityType::organization && m.end - m.first == 1 && tokens_[m.first].has(token_flag::has_hyphen))
            organizations_.emplace(folded(org_head(m)), m.cluster);
        }
      }
    }
  }

  // The head of an organisation's compound ("außenministerium" of "US-Außenministerium").
  [[nodiscard]] std::string_view org_head(const Mention& m) const {
    const std::string_view w = word(m.end - 1);
    const std::size_t dash = w.rfind('-');
    return dash == std::string_view::npos ? w : w.substr(dash + 1);
  }

  // Words left over that name a person or organisation found elsewhere in the text: "Putin",
  // "Kims", "Außenministeriums" (of "US-Außenministerium").
  void add_back_references() {
    const std::size_t before = mentions_.size();
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (taken_[i] || !capitalized(i) || (classes(i) & wc::function_word) != 0) continue;
      const std::string_view w = word(i);
      for (std::string_view form : {w, without_genitive(w)}) {
        if (const std::uint32_t* cluster = surnames_.find(form)) {
          Mention m = make(i, i + 1, EntityType::person, i, form.size() < w.size() ? Origin::inflected : Origin::exact);
          m.cluster = *cluster;
          taken_[i] = true;
          mentions_.push_back(m);
          break;
        }
        if (const std::uint32_t* cluster = organizations_.find(folded(form))) {
          Mention m = make(i, i + 1, EntityType::organization, i, form.size() < w.size() ? Origin::inflected : Origin::exact);
          m.cluster = *cluster;
          taken_[i] = true;
          mentions_.push_back(m);
          break;
        }
      }
    }
    if (mentions_.size() > before)
      std::sort(mentions_.begin(), mentions_.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
  }

  // ---- keys and output ------------------------------------------------------------------------
  // How well a mention names its entity: names as listed over inflected ones and descriptors,
  // words over acronyms, more words over fewer; the first such mention wins ties.
  [[nodiscard]] int quality(const Mention& m) const {
    int q = static_cast<int>(m.end - m.first);
    if (m.origin == Origin::exact) q += 8;
    if (m.origin == Origin::extended) q -= 32;
    if (!all_caps(m.first)) q += 16;
    return q;
  }

  [[nodiscard]] Span span_of(const Mention& m) const {
    return {tokens_[m.first].span.begin, tokens_[m.end - 1].span.end};
  }

  void write(std::vector<Entity>& out) {
    best_.assign(clusters_.size(), UINT32_MAX);
    for (std::uint32_t k = 0; k < mentions_.size(); ++k) {
      std::uint32_t& b = best_[mentions_[k].cluster];
      if (b == UINT32_MAX || quality(mentions_[k]) > quality(mentions_[b])) b = k;
    }
    out.reserve(out.size() + mentions_.size());
    for (const Mention& m : mentions_)
      out.push_back(Entity{span_of(m), m.type, span_of(mentions_[best_[m.cluster]]), m.zone, m.country});
  }

  std::string_view text_;
  std::span<const Token> tokens_;
  Language language_;
  std::span<const Quote> quotes_;
  const EntityLexicon& lexicon_;
  const ZoneDirectory& zones_;
  // The working memory, in the caller's EntityScratch (its comments say what each is).
  std::vector<bool>& taken_;
  std::vector<Facts>& facts_;
  std::vector<PlaceHit>& places_;
  std::vector<Mention>& mentions_;
  std::vector<std::uint32_t>& clusters_;
  std::vector<std::uint32_t>& best_;
  KeyIndex& surnames_;
  KeyIndex& organizations_;
  KeyIndex& heads_;
  KeyIndex& by_skeleton_;
  KeyIndex& by_place_;
  KeyIndex& by_text_;
  std::string& scratch_;
  std::string& key_;
  std::string& variant_;
  std::string& adjusted_;
};

}  // namespace

void extract_entities(std::string_view text, std::span<const Token> tokens, Language language,
                      std::span<const Quote> quotes, std::vector<Entity>& out, EntityScratch& scratch) {
  EntityScanner(text, tokens, language, quotes, scratch).run(out);
}

void link_speakers(std::span<Quote> quotes, std::span<const Entity> entities) {
  for (Quote& q : quotes) {
    q.speaker_key.reset();
    if (!q.speaker) continue;
    const Span s = *q.speaker;
    // The first mention that starts inside the speaker, then the last one that ends inside it.
    auto it = std::lower_bound(entities.begin(), entities.end(), s.begin,
                               [](const Entity& e, std::uint32_t b) { return e.span.begin < b; });
    for (; it != entities.end() && it->span.begin < s.end; ++it)
      if (it->span.end <= s.end) q.speaker_key = it->key;
  }
}

}  // namespace wirereport::detail

namespace wirereport {

void extract_entities_append(std::string_view text, std::span<const Token> tokens, Language language,
                             std::span<const Quote> quotes, std::vector<Entity>& out) {
  detail::EntityScratch scratch;
  detail::extract_entities(text, tokens, language, quotes, out, scratch);
}

std::vector<Entity> extract_entities(std::string_view text, std::span<const Token> tokens, Language language,
                                     std::span<const Quote> quotes) {
  std::vector<Entity> out;
  extract_entities_append(text, tokens, language, quotes, out);
  return out;
}

}  // namespace wirereport
