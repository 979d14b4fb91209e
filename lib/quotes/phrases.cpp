#include "quotes/phrases.hpp"

#include <algorithm>

namespace wirereport::detail {

namespace wc = word_class;

namespace {

constexpr std::uint32_t function_classes = wc::determiner | wc::pronoun | wc::impersonal | wc::relative |
                                           wc::preposition | wc::subordinator | wc::complementizer |
                                           wc::coordinator | wc::auxiliary | wc::modal | wc::subjunctive |
                                           wc::subjunctive2 | wc::adverb | wc::according | wc::postposition |
                                           wc::so | wc::object | wc::cue_verb;

// Does token `i` start a sentence (or a quote, or follow a dateline's dash)?
bool sentence_initial(const Words& w, std::uint32_t i) {
  if (i == 0 || w.token(i).has(token_flag::newline_before)) return true;
  const std::string_view p = w.text(i - 1);
  return w.final_mark(i - 1) || w.token(i - 1).has(token_flag::sentence_final) || w.is_mark(i - 1) || p == ":" ||
         (p == "-" && !w.inner_hyphen(i - 1)) || p == "--" || p == "\u2013" || p == "\u2014" || p == "(";
}

}  // namespace

bool nounish(const Words& w, std::uint32_t i) {
  // "ver.di", "ndr.de", "Linkspartei.PDS": names with a dot inside.
  if (w.is_word(i) && !w.capitalized(i)) {
    const std::string_view t = w.text(i);
    const std::size_t dot = t.find('.');
    return dot != std::string_view::npos && dot > 0 && dot + 1 < t.size() && t.back() != '.' && t.size() > 4;
  }
  if (!w.capitalized(i)) return false;
  const std::uint32_t c = w.classes(i);
  if ((c & (function_classes & ~wc::cue_verb)) == 0 || (c & (wc::role_noun | wc::source_noun)) != 0) return true;
  // Inside a sentence only names write a function word with a capital: "Lothar Nicht", "Die Linke".
  return !sentence_initial(w, i) && w.german();
}

namespace {

// An English common noun or adjective ("spokesman", "senior"), or a German adjective after a
// determiner ("staatliche"): a lower-case word that is no function word or verb form.
bool content_word(const Words& w, std::uint32_t i) {
  if (!w.lowercase_word(i)) return false;
  const std::uint32_t c = w.classes(i);
  return (c & function_classes) == 0 || (c & wc::role_noun) != 0;
}

bool boundary(const Words& w, std::uint32_t i) { return w.clause_mark(i) || w.final_mark(i) || w.is_mark(i); }

std::uint32_t gender_of(const Words& w, std::uint32_t first, std::uint32_t last) {
  // The role noun says most ("Sprecherin"), then a pronoun, then the determiner.
  std::uint32_t from_det = 0;
  for (std::uint32_t j = first; j <= last; ++j) {
    const std::uint32_t c = w.classes(j);
    if ((c & wc::role_noun) != 0 && (c & wc::gender) != 0) return c & wc::gender;
    if ((c & wc::pronoun) != 0) return c & wc::gender;
    if (j == first && (c & wc::determiner) != 0) from_det = c & wc::gender;
  }
  return from_det;
}

Speaker make_speaker(const Words& w, std::uint32_t first, std::uint32_t last, bool pronoun) {
  Speaker s;
  s.first = first;
  s.last = last;
  s.span = {w.token(first).span.begin, w.token(last).span.end};
  s.pronoun = pronoun;
  s.gender = gender_of(w, first, last);
  return s;
}

// "(SPD)", "(CDU/CSU)": a short parenthesis right after a name; returns its last token or i - 1.
std::uint32_t parenthesis_after(const Words& w, std::uint32_t i, std::uint32_t end) {
  if (i >= end || !w.is(i, "(")) return i - 1;
  for (std::uint32_t j = i + 1; j < end && j <= i + 5; ++j) {
    if (w.is(j, ")")) return j;
    if (w.is_mark(j) || w.final_mark(j)) break;
  }
  return i - 1;
}

// The head of a noun phrase from `i`: names and nouns (German), also lower-case nouns (English).
std::uint32_t head_end(const Words& w, std::uint32_t i, std::uint32_t end, bool after_determiner) {
  std::uint32_t j = i;
  while (j < end) {
    if (nounish(w, j) || (w.token(j).kind == TokenKind::word && w.token(j).has(token_flag::all_caps))) {
      j = std::min(w.compound_last(j), end - 1) + 1;  // "SPD-Vorsitzende", "Ki-moon"
    } else if (j > i && w.has(j, wc::name_particle) && j + 1 < end &&
               (nounish(w, j + 1) || (w.has(j + 1, wc::name_particle) && j + 2 < end && nounish(w, j + 2)))) {
      ++j;  // "von der Leyen", "bin Laden"
    } else if (!w.german() && (after_determiner || j > i) && content_word(w, j) && j < i + 4) {
      ++j;  // "a spokesman", "senior officials"
    } else {
      break;
    }
  }
  return j;  // one past the head
}

// Are the names at `i` and `i + 1` two people ("Kim Putin") rather than one name ("Matthew
// Miller")? Both were named on their own shortly before. Looks back a bounded distance.
bool separate_names(const Words& w, std::uint32_t i) {
  constexpr std::uint32_t look_back = 400;
  auto alone = [&](std::uint32_t k) {
    return (k == 0 || !nounish(w, k - 1)) && (k + 1 >= w.size() || !nounish(w, k + 1));
  };
  const std::string_view first = w.text(i);
  const std::string_view second = w.text(i + 1);
  bool first_alone = false;
  bool second_alone = false;
  for (std::uint32_t k = i; k-- > 0 && k + look_back > i && !(first_alone && second_alone);) {
    if (!w.capitalized(k)) continue;
    const std::string_view t = w.text(k);
    if (t == first && alone(k)) first_alone = true;
    if (t == second && alone(k)) second_alone = true;
  }
  return first_alone && second_alone;
}

// "Von der Leyen", "Zu Guttenberg", "Van Basten" opening a sentence: a name whose particle
// is capitalised, when the text wrote it before with the particle in lower case ("Ursula von
// der Leyen"); otherwise "Von der Regierung …" is a prepositional phrase. The name's last
// token, or no_token. Looks back a bounded distance.
std::uint32_t particle_name_last(const Words& w, std::uint32_t i, std::uint32_t end) {
  constexpr std::uint32_t look_back = 800;
  if (i + 1 >= end || !w.capitalized(i)) return no_token;
  char buffer[64];
  const std::string_view particle = fold_word(w.text(i), buffer);
  if (particle != "von" && particle != "van" && particle != "de" && particle != "di" && particle != "del" &&
      particle != "zu" && particle != "ter")
    return no_token;
  std::uint32_t k = i + 1;
  const bool article = w.is(k, "der") || w.is(k, "den") || w.is(k, "dem");
  if (article) ++k;
  if (k >= end || !nounish(w, k)) return no_token;
  for (std::uint32_t j = i; j-- > 1 && j + look_back > i;) {
    if (!w.is(j, w.text(k)) || !(article ? w.is(j - 1, w.text(i + 1)) : true)) continue;
    const std::uint32_t p = article ? j - 2 : j - 1;
    if (p < j && p != no_token && w.lowercase_word(p) && w.is(p, particle)) return w.compound_last(k);
  }
  return no_token;
}

// German extended attributes ("die [in New York City] geborene Lopez"): from `j`, after the
// determiner, up to fifteen words without punctuation and then an inflected adjective or
// participle before a noun. Returns the position after that adjective, or `j` when there is none.
std::uint32_t extended_attribute_end(const Words& w, std::uint32_t j, std::uint32_t end) {
  bool inner_phrase = false;  // inside a phrase of the attribute ("in dem kleinen Ort"): its adjectives are its own
  for (std::uint32_t k = j; k < end && k < j + 16; ++k) {
    const TokenKind kind = w.token(k).kind;
    if (w.is(k, "(") || w.is(k, ")") || w.inner_hyphen(k)) continue;  // "in Wapakoneta (Ohio) geborene"
    if (kind != TokenKind::word && kind != TokenKind::number) break;
    if (w.is(k, "als") || w.has(k, wc::preposition | wc::determiner)) {
      inner_phrase = true;
      continue;
    }
    if (w.has(k, wc::finite_verb | wc::complementizer | wc::subordinator | wc::coordinator)) break;
    if (nounish(w, k)) {
      inner_phrase = false;
      continue;
    }
    if (!inner_phrase && k > j && k + 1 < end && w.lowercase_word(k) && (w.classes(k) & function_classes) == 0 &&
        nounish(w, k + 1)) {
      const std::string_view t = w.text(k);
      if (t.ends_with("e") || t.ends_with("en") || t.ends_with("er") || t.ends_with("es") || t.ends_with("em"))
        return k + 1;
    }
  }
  return j;
}

}  // namespace

std::uint32_t quoted_name_end(const Words& w, std::uint32_t i, std::uint32_t end) {
  if (i + 2 >= end || !w.is_mark(i)) return no_token;
  // "„tagesschau.de“": a web site's name is one word with a dot.
  if (w.is_mark(i + 2) && w.text(i + 1).find('.') != std::string_view::npos && w.is_word(i + 1)) return i + 2;
  if (!w.token(i + 1).has(token_flag::capitalized)) return no_token;
  for (std::uint32_t k = i + 2; k < end && k < i + 8; ++k) {
    if (w.is_mark(k)) return k;
    if (w.token(k).kind != TokenKind::word && w.token(k).kind != TokenKind::number && !w.is(k, "-")) break;
  }
  return no_token;
}

const LexWord* Words::lex(std::uint32_t i) const noexcept {
  if (tokens_[i].kind != TokenKind::word) return nullptr;
  CacheSlot& slot = cache_[i % cache_.size()];
  if (slot.token != i) slot = {i, lexicon_.find(text(i))};
  return slot.word;
}

bool Words::inner_hyphen(std::uint32_t i) const noexcept {
  if (i == 0 || i + 1 >= tokens_.size() || tokens_[i].kind != TokenKind::punctuation) return false;
  const std::string_view s = text(i);
  if (s != "-" && s != "\u2010" && s != "\u2011") return false;
  auto part = [&](std::uint32_t k) {
    return tokens_[k].kind == TokenKind::word || tokens_[k].kind == TokenKind::number;
  };
  return !tokens_[i].has(token_flag::space_before) && !tokens_[i + 1].has(token_flag::space_before) && part(i - 1) &&
         part(i + 1);
}

std::uint32_t Words::compound_last(std::uint32_t i) const noexcept {
  while (i + 2 < tokens_.size() && inner_hyphen(i + 1)) i += 2;
  return i;
}

std::uint32_t Words::compound_first(std::uint32_t i) const noexcept {
  while (i >= 2 && inner_hyphen(i - 1)) i -= 2;
  return i;
}

bool Words::clause_mark(std::uint32_t i) const noexcept {
  if (tokens_[i].kind != TokenKind::punctuation) return false;
  const std::string_view s = text(i);
  if (s == "-") return tokens_[i].has(token_flag::space_before);  // a dash, not "Fraktions- und"
  return s == "," || s == ";" || s == ":" || s == "\u2013" || s == "\u2014" || s == "--";
}

bool Words::final_mark(std::uint32_t i) const noexcept {
  return tokens_[i].kind == TokenKind::punctuation && tokens_[i].has(token_flag::sentence_final);
}

Speaker noun_phrase_after(const Words& w, std::uint32_t i, std::uint32_t end) {
  // A name in quotation marks: "„BBC News“ berichtet".
  if (const std::uint32_t close = quoted_name_end(w, i, end); close != no_token) return make_speaker(w, i, close, false);
  if (const std::uint32_t last = particle_name_last(w, i, end); last != no_token) return make_speaker(w, i, last, false);
  if (i >= end || w.token(i).kind != TokenKind::word) return {};
  const std::uint32_t c = w.classes(i);
  if ((c & wc::impersonal) != 0) return {};
  if ((c & wc::pronoun) != 0 && (c & wc::determiner) == 0) return make_speaker(w, i, i, true);
  std::uint32_t j = i;
  const bool determiner = (c & wc::determiner) != 0;
  if (determiner) {
    ++j;
    // "Einer der beteiligten Feuerwehrmänner", "eines der Mitglieder": one of a group.
    if (w.german() && j < end && (w.is(j, "der") || w.is(j, "des")) && w.text(i).size() > 3) {
      const Speaker group = noun_phrase_after(w, j, end);
      if (group.found() && !group.pronoun) return make_speaker(w, i, group.last, false);
    }
    // Adjectives between the determiner and the noun: "die staatliche nordkoreanische ...",
    // "die 13 beteiligten ...".
    std::uint32_t adjectives = 0;
    while (j < end && adjectives < 4 && w.german() &&
           (content_word(w, j) || w.token(j).kind == TokenKind::number ||
            (w.lowercase_word(j) && w.has(j, wc::determiner) && !w.has(j, wc::relative)))) {
      ++j;
      ++adjectives;
    }
    // "die in New York geborene Sängerin", "der sich als Gegner inszenierende Unternehmer": an
    // attribute with its own phrases before the inflected participle.
    if (w.german() && j < end && !nounish(w, j) && !w.is_mark(j)) j = extended_attribute_end(w, j, end);
  } else if ((c & wc::pronoun) != 0) {
    return make_speaker(w, i, i, true);  // "sie", "ihr" as subjects
  }
  const std::uint32_t head_begin = j;
  j = head_end(w, j, end, determiner);
  if (j == head_begin && determiner) {
    // A name in quotation marks: "die „Computerwoche“", "der „New York Times“".
    const std::uint32_t close = quoted_name_end(w, j, end);
    if (close != no_token) j = close + 1;
  }
  if (j == head_begin) return {};
  // "lud Kim Putin ein": two people, not one name.
  if (!determiner && j >= head_begin + 2 && separate_names(w, head_begin)) j = head_begin + 1;
  std::uint32_t last = j - 1;
  // A name in quotation marks after the noun: "die Wochenzeitschrift „Jungle World“".
  if (const std::uint32_t close = quoted_name_end(w, j, end);
      close != no_token && (determiner || w.has(last, wc::role_noun | wc::naming))) {
    last = close;
    j = close + 1;
  }
  // "Sprecher des Außenministeriums", "Leiter des Programms der WHO", "spokesman for the
  // ministry": a function noun or a phrase with a determiner takes genitive or of/for/von
  // phrases.
  const bool takes_complement = determiner || w.has(last, wc::role_noun);
  for (int depth = 0; depth < 2 && takes_complement && j < end && w.token(j).kind == TokenKind::word; ++depth) {
    const std::string_view next = w.text(j);
    // "des Ministeriums", "von Bündnis 90", "vieler Anwohner", "einer Partei".
    const bool genitive = w.german() && (next == "des" || next == "der" || next == "von" || next == "vom" ||
                                         (w.has(j, wc::determiner) && !w.has(j, wc::pronoun) && !w.has(j, wc::oblique) &&
                                          (next.ends_with("er") || next.ends_with("es"))));
    const bool of = !w.german() && (next == "of" || (next == "for" && w.has(last, wc::role_noun)));
    if (!genitive && !of) break;
    std::uint32_t k = j + 1;
    if (k < end && w.has(k, wc::determiner)) ++k;
    while (k < end && content_word(w, k) && k < j + 4) ++k;
    std::uint32_t e = head_end(w, k, end, true);
    // "des Fachmagazins „Automobilwoche“", "von „BBC News“": a name in marks.
    if (const std::uint32_t close = quoted_name_end(w, e, end); close != no_token) e = close + 1;
    if (e == k) break;
    last = e - 1;
    j = e;
  }
  last = parenthesis_after(w, last + 1, end);
  return make_speaker(w, i, last, false);
}

Speaker noun_phrase_before(const Words& w, std::uint32_t i, std::uint32_t begin) {
  if (i == no_token || i < begin) return {};
  std::uint32_t last = i;
  std::uint32_t j = i;
  // "Guido Westerwelle (FDP) sagte": the parenthesis belongs to the name.
  if (w.is(j, ")")) {
    std::uint32_t k = j;
    while (k > begin && k + 6 > j && !w.is(k, "(")) --k;
    if (!w.is(k, "(") || k == begin) return {};
    j = k - 1;
  }
  if (w.has(j, wc::pronoun) && !w.has(j, wc::determiner)) return make_speaker(w, j, last, true);
  // The head: names and nouns, right to left.
  std::uint32_t first = no_token;
  while (j >= begin) {
    if (const std::uint32_t part = w.compound_first(j); part < j && part >= begin) j = part;  // "SPD-Vorsitzende"
    if (nounish(w, j) || (w.token(j).kind == TokenKind::word && w.token(j).has(token_flag::all_caps))) {
      first = j;
    } else if (first != no_token && w.has(j, wc::name_particle) && j > begin && nounish(w, j - 1)) {
      first = j;
    } else if (!w.german() && content_word(w, j) && (first == no_token || first < j + 4)) {
      first = j;  // "officials", "a company spokesman"
    } else {
      break;
    }
    if (j == begin) break;
    --j;
  }
  if (first == no_token) return {};
  // Adjectives and the determiner before the head: "dem jüngsten Bericht", "the company".
  std::uint32_t k = first;
  std::uint32_t adjectives = 0;
  while (k > begin && adjectives < 4 && content_word(w, k - 1) && w.german()) {
    --k;
    ++adjectives;
  }
  // Lower-case words without a determiner before them are no part of the phrase.
  if (k > begin && w.has(k - 1, wc::determiner) && !w.has(k - 1, wc::pronoun)) first = k - 1;
  // "Angaben der Polizei zufolge": a genitive attaches to the noun before it.
  if (first > begin + 1 && w.german() && (w.is(first, "der") || w.is(first, "des")) && nounish(w, first - 1)) {
    const Speaker outer = noun_phrase_before(w, first - 1, begin);
    if (outer.found()) first = outer.first;
  }
  return make_speaker(w, first, last, false);
}

namespace {

// A noun phrase after `i`, past object pronouns and adverbs: "sagte ihm der Minister",
// "sagte weiter der Sprecher", "said on Monday the company" (up to three such words).
Speaker subject_after(const Words& w, std::uint32_t i, std::uint32_t end) {
  for (std::uint32_t skipped = 0; i < end && skipped < 3; ++skipped) {
    const std::uint32_t c = w.classes(i);
    if ((c & (wc::object | wc::adverb)) != 0 && (c & (wc::pronoun | wc::determiner)) == 0) {
      ++i;
    } else {
      break;
    }
  }
  return noun_phrase_after(w, i, end);
}

// "Matthew Miller, Sprecher des Außenministeriums, sagte": before the comma at `comma`, noun
// phrases separated by commas back to the start of the unit (or a colon, a quote); the first of
// them is the subject. None when anything else stands there ("„…“, sagte X", "Er komme, sagte X").
Speaker apposition_subject(const Words& w, std::uint32_t begin, std::uint32_t comma) {
  Speaker first;
  std::uint32_t chain_begin = no_token;  // where the segment of `first` begins
  Speaker name;  // the chain's name, if one of its phrases is a bare name ("Helen Marsh")
  std::uint32_t segment_end = comma;
  while (segment_end > begin) {
    std::uint32_t segment_begin = segment_end;
    while (segment_begin > begin) {
      if (!boundary(w, segment_begin - 1)) {
        --segment_begin;
        continue;
      }
      // Past a name in marks: "ein Vertreter der Organisation „Iceland Nature …“ (Inca), …".
      std::uint32_t open = segment_begin - 1;
      while (open > begin && open + 8 > segment_begin && !w.is_mark(open - 1)) --open;
      if (!w.is_mark(segment_begin - 1) || open <= begin + 1 || boundary(w, open - 2) ||
          quoted_name_end(w, open - 1, segment_begin) != segment_begin - 1)
        break;
      segment_begin = open - 1;
    }
    if (segment_begin == segment_end) break;
    const bool opens_unit = segment_begin == begin || w.is(segment_begin - 1, ":");
    // "Alice Kakamara, 30, beschrieb": an age.
    if (segment_begin + 1 == segment_end && w.token(segment_begin).kind == TokenKind::number && !opens_unit &&
        w.is(segment_begin - 1, ",")) {
      segment_end = segment_begin - 1;
      continue;
    }
    // "…, der zur Zeit die Ratspräsidentschaft innehat, sagte": a relative clause.
    const bool relative = !opens_unit && w.has(segment_begin, wc::relative) && segment_begin + 1 < segment_end &&
                          (!w.has(segment_begin, wc::determiner) ||
                           (!nounish(w, segment_begin + 1) && !content_word(w, segment_begin + 1)));
    if (!relative) {
      // "Auch die Delegationsleiterin beim Gipfel, Sharon Hayes, äußerte sich": a particle
      // first; "Wie die Premierministerin, Anna Bligh, erklärte": a verb-final clause.
      const std::uint32_t np_begin = opens_unit && w.has(segment_begin, wc::adverb | wc::subordinator) &&
                                             segment_begin + 1 < segment_end
                                         ? segment_begin + 1
                                         : segment_begin;
      const Speaker np = noun_phrase_after(w, np_begin, segment_end);
      if (!np.found() || np.pronoun) break;
      // A phrase may go on ("Der frühere Bürgermeister und Justizsenator, …", "Präsident der
      // Universität und Vorsitzender der Konferenz, …"), but not into a clause ("Der Katalog
      // müsse überprüft werden, forderte er").
      bool clause = false;
      for (std::uint32_t k = np.last + 1; k < segment_end && !clause; ++k)
        clause = w.has(k, wc::finite_verb | wc::cue_verb | wc::pronoun) || w.is_mark(k);
      if (clause) {
        if (opens_unit) return {};
        break;
      }
      first = np;
      chain_begin = segment_begin;
      if (!w.has(np.first, wc::determiner) && !w.has(np.last, wc::role_noun) && nounish(w, np.first)) name = np;
    }
    if (opens_unit || !w.is(segment_begin - 1, ",")) break;
    segment_end = segment_begin - 1;
  }
  // The chain must reach the start of the unit, a colon or a quote ("'…,' the port's chief
  // executive, Helen Marsh, said"): otherwise it is a clause's tail.
  if (first.found() && chain_begin > begin && !w.is(chain_begin - 1, ":") && !w.is_mark(chain_begin - 1)) return {};
  return name.found() ? name : first;
}

}  // namespace

namespace {

// A capitalised word at the start of a sentence that is an adverb by its ending
// ("Unmissverständlich sagt das Gericht", "Relativierend fügt Gall hinzu").
bool adverb_by_form(const Words& w, std::uint32_t i) {
  char buffer[64];
  const std::string_view f = fold_word(w.text(i), buffer);
  for (std::string_view ending : {"lich", "end", "ig", "isch", "weise", "erweise", "bar", "sam", "los", "falls"})
    if (f.size() > ending.size() + 3 && f.ends_with(ending)) return true;
  // Participles used as adverbs: "Besorgt äußerte sich …", "Enttäuscht zeigte sich …".
  if (f.size() >= 7 && f.ends_with("t")) {
    for (std::string_view prefix : {"be", "ge", "er", "ver", "ent", "über", "zer"})
      if (f.starts_with(prefix)) return true;
  }
  return false;
}

bool ends_with_any(std::string_view s, std::initializer_list<std::string_view> endings) {
  for (std::string_view e : endings)
    if (s.ends_with(e)) return true;
  return false;
}

// "Seine Zuversicht", "Ihr Sprecher", "His view": a phrase that points back to someone named before.
bool possessive(const Words& w, std::uint32_t i) {
  const std::string_view t = w.text(i);
  return t.starts_with("Sein") || t.starts_with("Ihr") || t.starts_with("His") || t.starts_with("Her") ||
         t.starts_with("Their");
}

// Can token `i` be the finite verb of a German clause? A lower-case word that is no function
// word, or an auxiliary, modal or cue verb.
bool verb_candidate(const Words& w, std::uint32_t i) {
  if (!w.lowercase_word(i) || w.text(i).find('.') != std::string_view::npos) return false;  // "ver.di"
  const std::uint32_t c = w.classes(i);
  if ((c & (wc::auxiliary | wc::modal | wc::cue_verb)) != 0) return true;
  if ((c & function_classes) != 0) return false;
  // Adverbs and adjectives by their endings: "wohl", "vermutlich", "wissenschaftlicher Mitarbeiter".
  const std::string_view t = w.text(i);
  if (ends_with_any(t, {"ig", "isch", "weise", "wohl"}) || (t.ends_with("lich") && !t.ends_with("glich"))) return false;
  return !(i + 1 < w.size() && nounish(w, i + 1) && ends_with_any(t, {"er", "es", "em"}));
}

// A personal pronoun that can only be, or often is, a subject: "er", "sie", "wir", "ich".
bool subject_pronoun(const Words& w, std::uint32_t i) {
  return w.has(i, wc::pronoun) && !w.has(i, wc::determiner) && w.lowercase_word(i);
}

// The head noun of a phrase: its first noun or name (the last part of a compound).
std::uint32_t head_of(const Words& w, const Speaker& s) {
  for (std::uint32_t k = s.first; k <= s.last; ++k)
    if (nounish(w, k)) return std::min(w.compound_last(k), s.last);
  return s.last;
}

// A German phrase marked plural: "die tibetischen Mönche" (the weak ending after "die"),
// "die Äußerungen" (a plural noun ending), "mehrere Zeugen".
bool plural_phrase(const Words& w, const Speaker& s) {
  if (s.pronoun) return w.is(s.first, "wir") || w.is(s.first, "Wir");
  const std::uint32_t c = w.classes(s.first);
  if ((c & wc::plural) != 0 && (c & (wc::feminine | wc::masculine)) == 0) return true;
  if (!w.is(s.first, "die") && !w.is(s.first, "Die")) return false;
  const std::uint32_t head = head_of(w, s);
  if (head > s.first + 1 && w.text(head - 1).ends_with("en") && w.lowercase_word(head - 1)) return true;
  return ends_with_any(w.text(head), {"ungen", "heiten", "keiten", "ionen", "täten", "nisse"});
}

// A German finite verb in the singular: no plural ending ("sagte", "beschrieb", "weist").
bool singular_verb(const Words& w, std::uint32_t i) {
  const std::string_view t = w.text(i);
  return !t.ends_with("n") && t != "sind";
}

// A phrase that can only be a subject: "er", "ich", "wir", or one opened by "der", "ein",
// "dieser" naming someone ("der SPD-Vorsitzende Franz Müller").
bool nominative_phrase(const Words& w, const Speaker& s) {
  char buffer[64];
  const std::string_view first = fold_word(w.text(s.first), buffer);
  if (s.pronoun) return first == "er" || first == "ich" || first == "wir";
  if (first != "der" && first != "ein" && first != "dieser") return false;
  for (std::uint32_t k = s.first + 1; k <= s.last; ++k)
    if (w.has(k, wc::role_noun) || (nounish(w, k) && k + 1 <= s.last && nounish(w, k + 1))) return true;
  return false;
}

// A phrase whose head is a thing, not a person or body: "die praktische Anwendung",
// "jegliche Verantwortung", "die Äußerungen".
bool abstract_phrase(const Words& w, const Speaker& s) {
  if (s.pronoun) return false;
  const std::uint32_t head = head_of(w, s);
  if (w.has(head, wc::role_noun | wc::body)) return false;
  return ends_with_any(w.text(head), {"ung", "ungen", "heit", "heiten", "keit", "keiten", "nis", "nisse", "ismus"});
}

}  // namespace

bool names_speaker(const Words& w, const Speaker& s) {
  if (!s.found()) return false;
  if (s.pronoun) return !w.has(s.first, wc::impersonal);
  for (std::uint32_t k = s.first; k <= s.last; ++k)
    if (w.has(k, wc::role_noun | wc::body)) return true;
  if (w.has(s.first, wc::determiner) || !nounish(w, s.first)) return false;
  const std::uint32_t next = w.compound_last(s.first) + 1;
  if (next <= s.last && nounish(w, next)) return true;  // "Franz Müller", "Hans-Jürgen Papier"
  // One word without an article: a name ("Osterloh"), not a plural or mass noun ("Vergleiche",
  // "Daten", "Kritik").
  return !ends_with_any(w.text(s.first), {"e", "en", "ik", "ung", "heit", "keit", "ion", "tät", "nis", "ismus"}) &&
         !abstract_phrase(w, s);
}

namespace {

// German main clauses put one phrase before the finite verb at `verb`, and that phrase need
// not be the subject: "Den Unmut … brachte die Sprecherin … zum Ausdruck", "Die Äußerungen …
// bezeichnete Wiefelspütz als …". Is `first` the object, and `after` (right after the verb)
// the subject? Case, number and a subject-only phrase after a thing decide.
bool object_first(const Words& w, const Speaker& first, std::uint32_t verb, const Speaker& after) {
  if (!after.found() || !first.found() || first.pronoun || w.has(after.first, wc::oblique)) return false;
  if (w.has(first.first, wc::oblique)) return true;
  // "Der englischsprachigen Zeitung sagte X": "der" with a weak adjective is dative or genitive.
  if ((w.is(first.first, "Der") || w.is(first.first, "der")) && first.first + 1 <= first.last &&
      w.lowercase_word(first.first + 1) && w.text(first.first + 1).ends_with("en") && !w.has(after.first, wc::oblique))
    return true;
  if (plural_phrase(w, first) && singular_verb(w, verb) && !plural_phrase(w, after)) return true;
  // "Jegliche Verantwortung weist Hartmann von sich": a thing before the verb, a name after it.
  const bool bare_name = !after.pronoun && !w.has(after.first, wc::determiner) && names_speaker(w, after);
  return abstract_phrase(w, first) && (nominative_phrase(w, after) || bare_name);
}

}  // namespace

namespace {

// Past the prepositional phrases from `j` (at most `count`): "vom Netzwerk Campact", "über
// Stoibers Äußerungen", "im Interview der Woche".
std::uint32_t after_prepositional_phrases(const Words& w, std::uint32_t j, std::uint32_t limit, int count) {
  for (int phrases = 0; phrases < count && j < limit && w.has(j, wc::preposition | wc::according); ++phrases) {
    const Speaker object = noun_phrase_after(w, j + 1, limit);
    if (!object.found()) break;
    j = object.last + 1;
    // "im Bezirk Weser-Ems der SPD": a genitive after the object.
    if (j + 1 < limit && (w.is(j, "der") || w.is(j, "des"))) {
      const Speaker genitive = noun_phrase_after(w, j, limit);
      if (genitive.found()) j = genitive.last + 1;
    }
  }
  // "In einem Bericht, der nach dem Angriff veröffentlicht wurde, rechtfertigte …": a relative
  // clause between commas.
  if (j + 1 < limit && w.is(j, ",") && w.has(j + 1, wc::relative)) {
    for (std::uint32_t k = j + 2; k < limit && k < j + 30 && !w.final_mark(k) && !w.is_mark(k); ++k)
      if (w.is(k, ",")) return k + 1;
  }
  return j;
}

}  // namespace

MainClause main_clause(const Words& w, std::uint32_t begin, std::uint32_t limit) {
  MainClause m;
  if (begin >= limit || !w.german()) return m;
  // "Seit August …", "Während der Debatte …": prepositions that can also open a clause.
  const bool preposition = w.has(begin, wc::preposition) && begin + 1 < limit && particle_name_last(w, begin, limit) == no_token &&
                           (w.has(begin + 1, wc::determiner) || nounish(w, begin + 1) ||
                            w.token(begin + 1).kind == TokenKind::number);
  if (!preposition && w.has(begin, wc::subordinator | wc::complementizer | wc::relative) &&
      !w.has(begin, wc::determiner))
    return m;
  std::uint32_t verb = no_token;
  std::uint32_t phrase = begin;  // where the phrase before the verb starts
  Speaker first;                 // that phrase, when it is a noun phrase
  // A first phrase of another shape: the verb is the word before a subject pronoun ("Nach
  // einem Flug mit … zusammen mit … lenkte er …", "nur ab und zu war er …").
  auto verb_before_pronoun = [&](std::uint32_t from) {
    for (std::uint32_t j = from; j + 1 < limit && j < begin + 30 && !boundary(w, j); ++j)
      if (verb_candidate(w, j) && subject_pronoun(w, j + 1)) return j;
    return no_token;
  };
  if (w.has(begin, wc::adverb) || (begin + 1 < limit && adverb_by_form(w, begin) && verb_candidate(w, begin + 1))) {
    if (begin + 1 < limit && verb_candidate(w, begin + 1)) {
      verb = begin + 1;  // "Dabei griff sie …"
    } else {
      phrase = begin + 1;  // a particle before the phrase: "Auch der Vorsitzende … kritisierte"
    }
  }
  if (verb == no_token && w.has(phrase, wc::preposition | wc::according) && particle_name_last(w, phrase, limit) == no_token) {
    // "Im Deutschlandfunk im Interview sagte sie".
    const std::uint32_t k = after_prepositional_phrases(w, phrase, limit, 4);
    verb = k < limit && verb_candidate(w, k) ? k : verb_before_pronoun(k);
  } else if (verb == no_token) {
    first = noun_phrase_after(w, phrase, limit);
    if (!first.found()) {
      verb = verb_before_pronoun(phrase);
      if (verb == no_token) return m;
      m.verb = verb;
      m.subject = subject_after(w, verb + 1, limit);
      return m;
    }
    // "Günter Metzges vom Netzwerk Campact ist …", "Den Unmut der CDU über … brachte".
    const std::uint32_t next = after_prepositional_phrases(w, first.last + 1, limit, 3);
    if (next < limit && verb_candidate(w, next)) {
      verb = next;
    } else if (next < limit && w.is(next, ",")) {
      // "Sadiq Khan, eines der Mitglieder, die …, verurteilte": the verb after an apposition
      // chain.
      for (std::uint32_t k = next; k + 1 < limit && k < next + 40; ++k) {
        if (boundary(w, k) && !w.is(k, ",")) break;
        if (w.is(k, ",") && verb_candidate(w, k + 1)) {
          const Speaker s = apposition_subject(w, begin, k);
          if (!s.found()) return m;
          m.verb = k + 1;
          m.subject = object_first(w, s, k + 1, subject_after(w, k + 2, limit)) ? subject_after(w, k + 2, limit) : s;
          return m;
        }
      }
      return m;
    } else {
      return m;
    }
  }
  if (verb == no_token) return m;
  m.verb = verb;
  const Speaker after = subject_after(w, verb + 1, limit);
  m.subject = first.found() && !object_first(w, first, verb, after) ? first : after;
  // A possessive ("Seine Zuversicht gründet sich …") points back to someone named before.
  if (m.subject.found() && m.subject.first == phrase && possessive(w, phrase)) m.subject = {};
  return m;
}

bool read_back_reference(const Words& w, std::uint32_t begin, std::uint32_t end, Cue& frame) {
  if (!w.german() || begin + 2 >= end) return false;
  const std::string_view first = w.text(begin);
  if (first != "Das" && first != "Dies" && first != "Dieses" && first != "So") return false;
  if (!verb_candidate(w, begin + 1)) return false;
  const Speaker subject = subject_after(w, begin + 2, end);
  if (!subject.found() || !(names_speaker(w, subject) || w.has(begin + 1, wc::cue_verb))) return false;
  frame = Cue{};
  frame.kind = CueKind::verb;
  frame.trigger = begin + 1;
  frame.speaker = subject;
  frame.inverted = true;
  // "Das musste Steinbrück … einräumen": the verb that ends the clause.
  std::uint32_t last = subject.last;
  while (last + 1 < end && last < subject.last + 12 && !boundary(w, last + 1)) ++last;
  const bool final_verb = last > subject.last && w.lowercase_word(last);
  frame.span = {w.token(begin + 1).span.begin, w.token(final_verb ? last : begin + 1).span.end};
  frame.frame_begin = begin;
  frame.frame_end = last;
  return true;
}

bool read_inverted_frame(const Words& w, std::uint32_t i, std::uint32_t end, Cue& frame) {
  // Not a form of "sein", "haben", "werden": "„OpenOffice“ ist ein Officepaket" names a thing.
  if (!w.german() || i >= end || !verb_candidate(w, i) || w.has(i, wc::cue_verb | wc::auxiliary)) return false;
  const Speaker subject = subject_after(w, i + 1, end);
  if (!subject.found() || w.has(subject.first, wc::oblique)) return false;
  // The clause ends after the subject and a few words: "zeigte sich X nach dem Spiel zufrieden".
  std::uint32_t last = subject.last;
  while (last + 1 < end && last < subject.last + 12 && !boundary(w, last + 1)) ++last;
  if (last + 1 < end && !boundary(w, last + 1)) return false;
  frame = Cue{};
  frame.kind = CueKind::verb;
  frame.trigger = i;
  frame.speaker = subject;
  frame.inverted = true;
  // "strich Romney heraus", "wollen die Demonstranten wissen": the word that closes the clause.
  const bool particle = last > subject.last && w.lowercase_word(last);
  frame.span = {w.token(i).span.begin, w.token(particle ? last : i).span.end};
  frame.frame_begin = i;
  frame.frame_end = last;
  return true;
}

Speaker clause_subject(const Words& w, std::uint32_t begin, std::uint32_t limit) {
  if (begin >= limit || possessive(w, begin)) return {};
  if (!w.german()) return noun_phrase_after(w, begin, limit);
  const MainClause m = main_clause(w, begin, limit);
  if (m.verb != no_token) return m.subject;
  // No verb: "BKA-Präsident Ziercke: „…“".
  if (w.has(begin, wc::adverb | wc::preposition | wc::subordinator | wc::according)) return {};
  return noun_phrase_after(w, begin, limit);
}

namespace {

// The first token of the clause holding token `i` (quotation marks stand inside clauses:
// "hatte den Bericht als „falsch“ zurückgewiesen").
std::uint32_t clause_begin(const Words& w, std::uint32_t begin, std::uint32_t i) {
  std::uint32_t j = i;
  while (j > begin && !w.clause_mark(j - 1) && !w.final_mark(j - 1)) --j;
  // "Parolen wie „Thaksin raus!“ und der Unternehmer … rief": past the end of a quote and "und".
  while (j < i && (w.token(j).kind == TokenKind::quote_close || (w.has(j, wc::coordinator) && !w.has(j, wc::adverb))))
    ++j;
  return j;
}

bool is_particle_of(const Words& w, const CueVerb& verb, std::uint32_t j, std::int8_t& index) {
  char buffer[64];
  const std::string_view folded = fold_word(w.text(j), buffer);
  for (std::size_t p = 0; p < verb.particles.size(); ++p) {
    if (verb.particles[p] == folded) {
      index = static_cast<std::int8_t>(p);
      return true;
    }
  }
  return false;
}

}  // namespace

Speaker relative_antecedent(const Words& w, std::uint32_t begin, std::uint32_t cb, std::uint32_t verb) {
  if (cb <= begin + 1 || cb >= verb || !w.is(cb - 1, ",") || !w.has(cb, wc::relative)) return {};
  const std::string_view r = w.text(cb);
  if (r != "der" && r != "die" && r != "das" && r != "welcher" && r != "welche" && r != "welches") return {};
  // "die Maßnahme, die er als „…“ bezeichnete": the relative is the object, the pronoun the subject.
  if (w.has(cb + 1, wc::pronoun | wc::determiner) || nounish(w, cb + 1)) return {};
  const Speaker antecedent = noun_phrase_before(w, cb - 2, begin);
  return names_speaker(w, antecedent) ? antecedent : Speaker{};
}

namespace {

// The speaker of a German cue verb at `i`: before the finite verb, after it, or after the
// conjunction of a verb-final clause ("wie ein Sprecher mitteilte").
Speaker german_subject(const Words& w, std::uint32_t begin, std::uint32_t end, std::uint32_t i, std::uint8_t forms,
                       bool zitieren, bool& inverted, std::uint32_t& finite) {
  inverted = false;
  finite = i;
  const std::uint32_t cb = clause_begin(w, begin, i);
  // "Wie ein Sprecher mitteilte, …", "während der Kreml angab": a verb-final clause. ("Als
  // Begründung sagte ein Wissenschaftler:" is none: a subject follows the verb.)
  if (cb < i && w.has(cb, wc::subordinator)) {
    const bool verb_final = i + 1 >= end || boundary(w, i + 1) || w.has(i + 1, wc::finite_verb) || w.is_mark(i + 1);
    if (i + 1 < end && w.has(i + 1, wc::auxiliary | wc::modal)) finite = i + 1;  // "wie er betont hatte"
    if (verb_final) return subject_after(w, cb + 1, i);  // past "sich": "wie sich Tauss ausdrückte"
  }
  // The finite verb: the cue itself, or the auxiliary before a participle or infinitive.
  std::uint32_t anchor = i;
  std::uint32_t auxiliary = no_token;
  if ((forms & (verb_form::participle | verb_form::infinitive)) != 0) {
    for (std::uint32_t a = i; a-- > cb && auxiliary == no_token;)  // the nearest: "war … und hatte gefragt"
      if (w.has(a, wc::auxiliary | wc::modal)) auxiliary = a;
  }
  if (auxiliary == no_token && (forms & verb_form::finite) == 0) return {};
  if (auxiliary != no_token) {
    anchor = auxiliary;
    finite = auxiliary;  // the cue is the verb with its auxiliary: "wird … zitiert", "hat … erklärt"
    const std::string_view aux = w.text(anchor);
    const bool passive = aux == "wird" || aux == "wurde" || aux == "werden" || aux == "wurden";
    if (passive && !zitieren) {
      for (std::uint32_t a = anchor + 1; a + 1 < i; ++a)
        if (w.is(a, "von") || w.is(a, "vom")) return noun_phrase_after(w, w.is(a, "von") ? a + 1 : a, i);
      return {};
    }
  }
  // "der Fahrgastverband, der diese Maßnahme als „…“ sieht": the relative pronoun stands for
  // the phrase before the comma.
  if (const Speaker antecedent = relative_antecedent(w, begin, cb, anchor); antecedent.found()) return antecedent;
  // "Jim DeMint, …, wollte sich nicht festlegen, sagte aber, …": a verb after a comma that goes
  // on without a subject of its own has the subject of the sentence's first clause.
  if (cb == anchor && cb > begin + 1 && w.is(cb - 1, ",") && anchor + 1 < end &&
      (w.is(anchor + 1, ",") || (w.has(anchor + 1, wc::adverb) && anchor + 2 < end && w.is(anchor + 2, ",")))) {
    const MainClause first = main_clause(w, begin, cb - 1);
    if (names_speaker(w, first.subject)) return first.subject;
  }
  // "„…“, und fügt hinzu: „…“": a verb joined to the sentence's first clause has its subject.
  if (cb == anchor && cb > begin && w.has(cb - 1, wc::coordinator) && !w.has(cb - 1, wc::adverb)) {
    const MainClause first = main_clause(w, begin, cb - 1);
    if (first.subject.found()) return first.subject;
  }
  // "Wie Norman Paech, der …, dazu feststellt, …": only adverbs between an apposition chain and
  // the verb of a verb-final clause.
  if (cb < anchor && cb > begin && w.is(cb - 1, ",")) {
    bool adverbs = true;
    for (std::uint32_t k = cb; k < anchor && adverbs; ++k) adverbs = w.has(k, wc::adverb);
    if (adverbs) {
      const Speaker before = apposition_subject(w, begin, cb - 1);
      if (before.found()) return before;
    }
  }
  if (cb == anchor) {
    if (anchor > begin && w.is(anchor - 1, ",")) {
      Speaker before = apposition_subject(w, begin, anchor - 1);
      const Speaker after = subject_after(w, anchor + 1, end);
      if (before.found() && object_first(w, before, anchor, after)) {
        inverted = true;  // "Die Mönche, die …, beschrieb die Agentur als …"
        return after;
      }
      if (before.found()) return before;
    }
    inverted = true;
    return subject_after(w, anchor + 1, end);
  }
  const std::uint32_t first_classes = w.classes(cb);
  const bool name = particle_name_last(w, cb, end) != no_token;  // "Von der Leyen betonte"
  const bool adverbial = !name && ((first_classes & (wc::adverb | wc::preposition | wc::according | wc::so)) != 0 ||
                                    w.token(cb).kind == TokenKind::number ||
                                    !(nounish(w, cb) || (first_classes & (wc::determiner | wc::pronoun)) != 0) ||
                                    (cb + 1 == anchor && cb == begin && adverb_by_form(w, cb)));
  // "Auch der ehemalige Schiedsrichter Urs Meier kritisierte": a particle and the subject.
  if (adverbial && cb + 1 < anchor && w.has(cb, wc::adverb)) {
    const Speaker s = noun_phrase_after(w, cb + 1, anchor);
    if (s.found() && s.last + 1 == anchor) return s;
  }
  // "biss der Randalierer den Fluggast und rief: …", "lenkte er die Fähre … und meldete sich":
  // the subject of the first verb.
  if (anchor > cb + 1 && w.has(anchor - 1, wc::coordinator) && !w.has(anchor - 1, wc::adverb)) {
    if (!w.lowercase_word(cb)) return clause_subject(w, cb, anchor);
    return subject_after(w, cb + 1, anchor);  // the clause starts with its verb
  }
  if (!adverbial) {
    Speaker s = noun_phrase_after(w, cb, anchor);
    // The noun phrase is all that stands before the verb (an apposition or relative clause
    // may follow it); otherwise the first position holds something else and the subject
    // follows the verb ("Die Entwicklung im Iran verglich Merkel mit …").
    const Speaker after = subject_after(w, anchor + 1, end);
    if (s.found() && s.last + 1 == anchor && object_first(w, s, anchor, after)) {
      inverted = true;
      return after;
    }
    if (s.found() && (s.last + 1 == anchor || w.is(s.last + 1, ","))) return s;
    if (after.found()) {
      inverted = true;
      return after;
    }
    if (s.found()) return s;
  }
  inverted = true;
  return subject_after(w, anchor + 1, end);
}

// The speaker of an English cue verb at `i`: "X said", "said X", "X has said", "X told".
Speaker english_subject(const Words& w, std::uint32_t begin, std::uint32_t end, std::uint32_t i, bool& inverted) {
  inverted = false;
  if (i == begin || boundary(w, i - 1)) {
    // "Senator Ruth Calder, who chairs the committee, said": the subject before its apposition.
    if (i > begin && w.is(i - 1, ",")) {
      Speaker before = apposition_subject(w, begin, i - 1);
      if (before.found()) return before;
    }
    inverted = true;
    return noun_phrase_after(w, i + 1, end);
  }
  std::uint32_t j = i - 1;
  // "X also said", "X has said", "X would later say", "X sharply criticized", "X on Monday said".
  auto skippable = [&](std::uint32_t k) {
    return (w.has(k, wc::adverb | wc::auxiliary | wc::modal) && !w.has(k, wc::pronoun)) ||
           (w.lowercase_word(k) && w.text(k).ends_with("ly") && w.classes(k) == 0) ||
           (w.has(k, wc::preposition) && k + 1 < i && w.has(k + 1, wc::adverb) && w.capitalized(k + 1));
  };
  while (j > begin && skippable(j)) --j;
  if (skippable(j)) return {};
  return noun_phrase_before(w, j, begin);
}

}  // namespace

bool read_cue(const Words& w, std::uint32_t begin, std::uint32_t end, std::uint32_t i, Cue& cue) {
  if (w.token(i).kind != TokenKind::word) return false;
  const LexWord* lw = w.lex(i);
  const std::string_view word = w.text(i);
  cue = Cue{};
  cue.trigger = i;

  // "heißt es", "hieß es", "hatte es geheißen" (in einer Erklärung, im Bericht, ...).
  if (w.german() && (word == "heißt" || word == "hieß" || word == "geheißen")) {
    std::uint32_t es = no_token;
    if (i + 1 < end && w.is(i + 1, "es")) es = i + 1;
    if (i > begin && w.is(i - 1, "es")) es = i - 1;
    if (i > begin + 1 && w.is(i - 2, "es") && word == "geheißen") es = i - 2;
    if (es == no_token) return false;
    cue.kind = CueKind::heisst_es;
    const std::uint32_t a = std::min(i, es);
    const std::uint32_t b = std::max(i, es);
    cue.span = {w.token(a).span.begin, w.token(b).span.end};
    cue.frame_begin = a;
    cue.frame_end = b;
    // The document or body: "heißt es in einer Erklärung der Regierung", or before the verb:
    // "In einer Mitteilung der Grünen heißt es".
    auto source_after = [&](std::uint32_t k, std::uint32_t limit) -> Speaker {
      if (k >= limit) return {};
      const std::string_view p = w.text(k);
      if (p == "in" || p == "In" || p == "im" || p == "Im" || p == "aus" || p == "Aus" || p == "bei" || p == "von" ||
          p == "vom" || p == "auf" || p == "Auf")
        return noun_phrase_after(w, k + 1, limit);
      return {};
    };
    std::uint32_t k = b + 1;
    while (k < end && w.has(k, wc::adverb)) ++k;
    cue.speaker = source_after(k, end);
    if (cue.speaker.found()) {
      cue.frame_end = cue.speaker.last;
    } else if (a > begin) {
      std::uint32_t cb = a;
      while (cb > begin && !w.clause_mark(cb - 1) && !w.final_mark(cb - 1)) --cb;
      cue.speaker = source_after(cb, a);
      if (cue.speaker.found()) cue.frame_begin = cb;
    }
    cue.inverted = true;
    return true;
  }
  if (lw == nullptr) return false;
  const std::uint32_t c = lw->classes;

  // "laut X", "gemäß X", "according to X".
  if ((c & wc::according) != 0) {
    std::uint32_t j = i + 1;
    if (!w.german()) {
      if (j >= end || !w.is(j, "to")) return false;
      ++j;
    }
    Speaker s = noun_phrase_after(w, j, end);
    if (!s.found() || s.pronoun) return false;
    // "laut Angaben der Polizei": the body, not the word for what it said.
    for (std::uint32_t k = s.first; k <= s.last; ++k) {
      if (w.has(k, wc::source_noun) && k + 1 <= s.last) {
        const std::uint32_t g = w.is(k + 1, "von") ? k + 2 : k + 1;
        const Speaker body = noun_phrase_after(w, g, s.last + 1);
        if (body.found()) s = body;
        break;
      }
    }
    cue.kind = CueKind::according;
    cue.span = {w.token(i).span.begin, w.token(j - 1).span.end};
    cue.speaker = s;
    cue.frame_begin = i;
    cue.frame_end = s.last;
    // "According to two people familiar with the talks, …": a phrase that opens its clause
    // runs to the comma.
    if (i == begin || w.clause_mark(i - 1)) {
      for (std::uint32_t k = s.last + 1; k < end && k <= s.last + 6; ++k) {
        if (w.is(k, ",")) {
          cue.frame_end = k - 1;
          break;
        }
        if (boundary(w, k) || w.has(k, wc::finite_verb | wc::cue_verb)) break;
      }
    }
    return true;
  }

  // "nach Angaben der Polizei", "nach eigenen Angaben", "nach Polizeiangaben", "Nach Grupps Meinung".
  if (w.german() && (word == "nach" || word == "Nach")) {
    std::uint32_t source = no_token;
    std::uint32_t genitive_name = no_token;
    for (std::uint32_t j = i + 1; j < end && j <= i + 4; ++j) {
      if (w.has(j, wc::source_noun) && w.capitalized(j)) {
        source = j;
        break;
      }
      if (nounish(w, j) && w.text(j).ends_with("s")) {
        genitive_name = j;  // "Grupps"
      } else if (!(w.has(j, wc::determiner) || content_word(w, j))) {
        break;
      }
    }
    if (source == no_token) return false;
    cue.kind = CueKind::according;
    cue.span = {w.token(i).span.begin, w.token(source).span.end};
    cue.frame_begin = i;
    cue.frame_end = source;
    if (source + 1 < end && (w.is(source + 1, "des") || w.is(source + 1, "der") || w.is(source + 1, "von") ||
                             w.is(source + 1, "vom"))) {
      cue.speaker = noun_phrase_after(w, w.is(source + 1, "von") ? source + 2 : source + 1, end);
    } else if (genitive_name != no_token) {
      cue.speaker = make_speaker(w, genitive_name, genitive_name, false);
    } else {
      bool own = false;
      for (std::uint32_t j = i + 1; j < source; ++j) own = own || w.text(j).starts_with("eigene");
      if (!own) cue.speaker = make_speaker(w, i + 1, source, false);  // "Polizeiangaben"
    }
    if (cue.speaker.found()) cue.frame_end = std::max(cue.frame_end, cue.speaker.last);
    return true;
  }

  // "Demnach …" first in a sentence: according to the source just named.
  if (w.german() && (word == "Demnach" || word == "demnach") && (i == begin || w.clause_mark(i - 1)) &&
      i + 1 < end && w.lowercase_word(i + 1)) {
    cue.kind = CueKind::according;
    cue.span = w.token(i).span;
    cue.frame_begin = i;
    cue.frame_end = i;
    cue.anaphoric = true;
    return true;
  }

  // "X zufolge", "dem Bericht zufolge"; "Seiner Meinung nach", "Dem Vernehmen nach": "nach"
  // after a source word and before no noun phrase of its own.
  const bool nach_after_source = w.german() && word == "nach" && i > begin && w.has(i - 1, wc::source_noun) &&
                                 i + 1 < end && !w.has(i + 1, wc::determiner) && !nounish(w, i + 1) &&
                                 w.token(i + 1).kind != TokenKind::number;
  if ((c & wc::postposition) != 0 || nach_after_source) {
    if (i == begin) return false;
    Speaker s = noun_phrase_before(w, i - 1, begin);
    if (!s.found()) return false;
    cue.kind = CueKind::postposition;
    cue.span = w.token(i).span;
    cue.speaker = s;
    cue.frame_begin = s.first;
    cue.frame_end = i;
    return true;
  }

  // "„…“, so X." and "…, so X.": "so" right after a comma or a closing mark, then a speaker
  // that ends the clause.
  if (w.german() && (c & wc::so) != 0 && i > begin && (w.is(i - 1, ",") || w.is_mark(i - 1))) {
    Speaker s = noun_phrase_after(w, i + 1, end);
    if (!s.found()) return false;
    const std::uint32_t after = s.last + 1;
    if (after < end && !boundary(w, after) && !w.has(after, wc::preposition | wc::adverb)) return false;
    cue.kind = CueKind::so;
    cue.span = w.token(i).span;
    cue.speaker = s;
    cue.frame_begin = i;
    cue.frame_end = s.last;
    // "…, so X in einem Blogeintrag auf der Website der Zeitung, …": the frame runs to the comma.
    if (const std::uint32_t k = after_prepositional_phrases(w, after, end, 4); k > after && k < end && w.is(k, ","))
      cue.frame_end = k - 1;
    cue.inverted = true;
    return true;
  }

  if ((c & wc::cue_verb) == 0) return false;
  const CueVerb& verb = w.lexicon().verb(lw->verb);
  if (w.german()) {
    // German verbs are written in lower case; a capitalised form is a noun ("das Sagen").
    if (w.capitalized(i) && i != begin) return false;
  } else {
    // English verbs in a sentence are in lower case ("Asked whether …" opens a participle
    // clause); forms that are also nouns follow a determiner ("the report said"); after "to"
    // or a modal the verb is no report ("declined to comment", "the city would add").
    if (w.capitalized(i)) return false;
    if (i > begin && (w.has(i - 1, wc::determiner) || w.is(i - 1, "to"))) return false;
    if (i > begin && w.has(i - 1, wc::modal) && (lw->forms & verb_form::infinitive) != 0) return false;
    // The passive ("is expected to", "was told") reports nobody's words.
    std::uint32_t k = i;
    while (k > begin && w.has(k - 1, wc::adverb)) --k;
    if (k > begin && (lw->forms & verb_form::participle) != 0) {
      const std::string_view be = w.text(k - 1);
      if (be == "is" || be == "are" || be == "was" || be == "were" || be == "be" || be == "been" || be == "being")
        return false;
    }
  }
  std::uint32_t particle = no_token;
  std::int8_t particle_index = lw->particle;
  if (particle_index < 0 && !verb.particles.empty()) {
    if (w.german() && (lw->forms & verb_form::finite) != 0) {
      // "teilte ... mit", "fügte er hinzu": the particle closes the clause.
      for (std::uint32_t j = i + 1; j < end && j <= i + 20 && !w.clause_mark(j) && !w.final_mark(j); ++j) {
        const bool closes_clause = j + 1 >= end || boundary(w, j + 1) || w.has(j + 1, wc::coordinator | wc::complementizer);
        if (closes_clause && is_particle_of(w, verb, j, particle_index)) {
          particle = j;
          break;
        }
      }
    } else if (w.german()) {
      if (i > begin && is_particle_of(w, verb, i - 1, particle_index)) particle = i - 1;  // "bekannt gegeben"
    } else {
      for (std::uint32_t j = i + 1; j < end && j <= i + 3 && !boundary(w, j); ++j) {
        if (is_particle_of(w, verb, j, particle_index)) {
          particle = j;
          break;
        }
      }
    }
  }
  if (particle_index < 0 && !verb.bare) return false;
  cue.kind = CueKind::verb;
  cue.cue_class = verb.cue_class;
  std::uint32_t a = particle == no_token ? i : std::min(i, particle);
  std::uint32_t b = particle == no_token ? i : std::max(i, particle);
  cue.span = {w.token(a).span.begin, w.token(b).span.end};
  if (w.german()) {
    // "Es drohe eine Erderwärmung": "es" as subject makes the verb no cue ("heißt es" is read above).
    if ((i > begin && w.has(i - 1, wc::impersonal) && w.is(i - 1, "Es")) || (i + 1 < end && w.is(i + 1, "es")))
      return false;
    const bool zitieren = verb.lemma == "zitieren";
    std::uint32_t finite = i;
    cue.speaker = german_subject(w, begin, end, i, lw->forms, zitieren, cue.inverted, finite);
    a = std::min(a, finite);
    b = std::max(b, finite);
    cue.span = {w.token(a).span.begin, w.token(b).span.end};
    // "zitiert die Zeitung den Minister": the paper that quotes is the source (as the gold
    // corpus has it); "zitierte man Yolanda Alvarez": with nobody quoting, whoever is quoted.
    if (zitieren && (lw->forms & verb_form::finite) != 0 && !cue.speaker.found() && i + 1 < end &&
        w.has(i + 1, wc::impersonal)) {
      const Speaker quoted = noun_phrase_after(w, i + 2, end);
      if (quoted.found() && !quoted.pronoun) cue.speaker = quoted;
    }
  } else if (!w.text(i).ends_with("ing")) {
    cue.speaker = english_subject(w, begin, end, i, cue.inverted);
    if (!cue.speaker.found()) return false;
  }
  cue.frame_begin = a;
  cue.frame_end = b;
  if (cue.speaker.found()) {
    cue.frame_begin = std::min(cue.frame_begin, cue.speaker.first);
    cue.frame_end = std::max(cue.frame_end, cue.speaker.last);
  }
  return true;
}

}  // namespace wirereport::detail
