#include "layout/credits.hpp"

#include <optional>

#include "lang/agencies.hpp"
#include "text/utf8.hpp"

namespace wirereport::detail {

namespace {

struct Cue {
  std::string_view words;  // lower case; a cue ending in "by" may be followed by ':'
  CreditRole role;
};

// "additional reporting by" before "reporting by": the first cue that matches wins.
constexpr Cue cues[] = {
    {"additional reporting by", CreditRole::additional_reporting},
    {"to contact the reporter on this story:", CreditRole::reporting},  // Bloomberg
    {"to contact the reporters on this story:", CreditRole::reporting},
    {"to contact the editor responsible for this story:", CreditRole::editing},
    {"to contact the editors responsible for this story:", CreditRole::editing},
    {"reporting by", CreditRole::reporting},
    {"reported by", CreditRole::reporting},
    {"writing by", CreditRole::writing},
    {"written by", CreditRole::writing},
    {"compiled by", CreditRole::writing},
    {"editing by", CreditRole::editing},
    {"edited by", CreditRole::editing},
    {"photos by", CreditRole::photo},
    {"photo by", CreditRole::photo},
    {"mitarbeit:", CreditRole::contributing},
    {"redaktion:", CreditRole::editing},
    {"recherche:", CreditRole::reporting},
    {"autor/in:", CreditRole::author},
    {"autorin:", CreditRole::author},
    {"autoren:", CreditRole::author},
    {"autor:", CreditRole::author},
    {"authors:", CreditRole::author},
    {"author:", CreditRole::author},
    {"fotos:", CreditRole::photo},
    {"foto:", CreditRole::photo},
};

struct CueMatch {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;  // after the cue and a ':' that follows it
  CreditRole role = CreditRole::reporting;
};

// A cue at `pos` (a word start), or nothing.
std::optional<CueMatch> cue_at(std::string_view text, std::uint32_t pos, std::uint32_t end) {
  for (const Cue& cue : cues) {
    if (end - pos < cue.words.size()) continue;
    if (!iequals_ascii(text.substr(pos, cue.words.size()), cue.words)) continue;
    auto after = static_cast<std::uint32_t>(pos + cue.words.size());
    if (cue.words.back() != ':') {
      if (after < end && text[after] == ':') {
        ++after;
      } else if (after < end && !is_ascii_space(text[after])) {
        continue;  // "reporting byways"
      }
    }
    return CueMatch{pos, after, cue.role};
  }
  return std::nullopt;
}

bool starts_word(std::string_view text, std::uint32_t pos, std::uint32_t begin) {
  if (pos == begin) return true;
  const char before = text[pos - 1];
  return is_ascii_space(before) || before == '(' || before == ';' || before == ',' || before == '-';
}

// The next cue in [pos, end) that starts a word.
std::optional<CueMatch> next_cue(std::string_view text, std::uint32_t pos, std::uint32_t begin, std::uint32_t end) {
  for (; pos < end; ++pos) {
    if (!starts_word(text, pos, begin)) continue;
    if (auto cue = cue_at(text, pos, end)) return cue;
  }
  return std::nullopt;
}

// Small words inside a name: "Ursula von der Leyen", "Carlos de la Cruz".
bool is_name_connector(std::string_view w) {
  static constexpr std::string_view connectors[] = {"von", "van", "der", "den", "de", "da", "di", "du", "la",
                                                    "le",  "del", "della", "dos", "das", "bin", "ibn", "al", "ter",
                                                    "ten", "zu",  "vom",  "zur"};
  for (std::string_view c : connectors)
    if (w == c) return true;
  return false;
}

// Words after a name that say where the person was: "Jane Roe in Berlin".
bool is_place_preposition(std::string_view w) {
  static constexpr std::string_view prepositions[] = {"in", "at", "from", "aus", "bei", "im", "near", "on"};
  for (std::string_view p : prepositions)
    if (w == p) return true;
  return false;
}

// Articles never begin a person's name: "The San Diego Union-Tribune" is a newspaper.
bool is_article(std::string_view w) {
  static constexpr std::string_view articles[] = {"The", "THE", "Der", "Die", "Das", "A", "An", "La", "Le", "El"};
  for (std::string_view a : articles)
    if (w == a) return true;
  return false;
}

enum class WordKind : std::uint8_t { name, connector, stop, other };

WordKind classify_word(std::string_view w) {
  const char first = w.front();
  if (first == '(' || first == '<' || first == '+' || first == '[' || first == '"') return WordKind::stop;
  for (char c : w)
    if (is_ascii_digit(c) || c == '@') return WordKind::stop;
  const CodePoint cp = decode_utf8(w, 0);
  if (cp.length > 0 && is_upper(cp.value)) return WordKind::name;
  if (is_name_connector(w)) return WordKind::connector;
  if (is_place_preposition(w)) return WordKind::stop;
  return WordKind::other;
}

// Desks that credit lines name in place of people: "Redaktion: Politik-Inland".
bool is_desk_word(std::string_view w) {
  static constexpr std::string_view desks[] = {"Politik", "Ausland", "Inland", "Wirtschaft", "Sport", "Kultur",
                                               "Panorama", "Nachrichten", "Redaktion", "Desk", "Team", "Staff",
                                               "Newsroom", "Ressort", "Politics", "Business", "Sports"};
  w = w.substr(0, w.find('-'));
  for (std::string_view d : desks)
    if (w == d) return true;
  return false;
}

bool acceptable_name(std::string_view text, Span run, int words, std::string_view first_word) {
  return words <= 5 && !is_article(first_word) && !is_desk_word(first_word) && !is_agency_name(run.in(text));
}

// Cuts `span` into pieces at ",", ";", ")" ending a word and at the words "and", "und", "&",
// "sowie", and calls emit(piece) for each.
template <class Emit>
void split_pieces(std::string_view text, Span span, Emit emit) {
  std::uint32_t piece_begin = span.begin;
  std::uint32_t pos = span.begin;
  while (pos < span.end) {
    while (pos < span.end && is_ascii_space(text[pos])) ++pos;
    if (pos >= span.end) break;
    const std::uint32_t word_begin = pos;
    while (pos < span.end && !is_ascii_space(text[pos]) && text[pos] != ',' && text[pos] != ';') ++pos;
    const std::string_view word = text.substr(word_begin, pos - word_begin);
    if (word == "and" || word == "und" || word == "&" || word == "sowie" || word == "AND") {
      emit(Span{piece_begin, word_begin});
      piece_begin = pos;
    } else if (pos < span.end && (text[pos] == ',' || text[pos] == ';')) {
      emit(Span{piece_begin, pos});
      piece_begin = ++pos;
    } else if (!word.empty() && word.back() == ')') {
      emit(Span{piece_begin, pos});
      piece_begin = pos;
    }
  }
  if (piece_begin < span.end) emit(Span{piece_begin, span.end});
}

void append_names(std::string_view text, Span span, CreditRole role, std::vector<Credit>& out) {
  split_pieces(text, span, [&](Span piece) {
    const Span name = person_name(text, piece);
    if (!name.empty()) out.push_back({role, name});
  });
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals_ascii(s.substr(0, prefix.size()), prefix);
}

bool contains_ci(std::string_view s, std::string_view needle) {
  for (std::size_t i = 0; i + needle.size() <= s.size(); ++i)
    if (iequals_ascii(s.substr(i, needle.size()), needle)) return true;
  return false;
}

}  // namespace

Span person_name(std::string_view text, Span piece) {
  bool open = false;
  Span run{};
  int run_words = 0;
  std::string_view first_word;
  bool connector_pending = false;
  std::uint32_t pos = piece.begin;
  while (pos < piece.end) {
    while (pos < piece.end && is_ascii_space(text[pos])) ++pos;
    if (pos >= piece.end) break;
    const std::uint32_t word_begin = pos;
    while (pos < piece.end && !is_ascii_space(text[pos])) ++pos;
    // Trailing punctuation ends the word, and a run with it.
    std::uint32_t word_end = pos;
    bool punctuated = false;
    while (word_end > word_begin && (text[word_end - 1] == ',' || text[word_end - 1] == ';' ||
                                     text[word_end - 1] == ':' || text[word_end - 1] == ')' ||
                                     text[word_end - 1] == '=' || text[word_end - 1] == '<')) {
      --word_end;
      punctuated = true;
    }
    if (word_end - word_begin > 2 && text[word_end - 1] == '.') {
      --word_end;  // a sentence's period, not an initial's ("J.")
      punctuated = true;
    }
    if (word_end == word_begin) continue;
    const std::string_view word = text.substr(word_begin, word_end - word_begin);
    const WordKind kind = classify_word(word);
    if (kind == WordKind::name) {
      if (!open) {
        open = true;
        run = {word_begin, word_end};
        run_words = 0;
        first_word = word;
      }
      run.end = word_end;
      ++run_words;
      connector_pending = false;
      if (punctuated) {
        if (acceptable_name(text, run, run_words, first_word)) return run;
        open = false;
      }
      continue;
    }
    if (kind == WordKind::connector && open && !punctuated) {
      connector_pending = true;  // kept only when a name word follows
      continue;
    }
    // A stop after a run (a place, a bracket, the end of a piece) makes it a name; any other
    // word means the run was a title or an organisation ("Associated Press writers").
    if (open && (kind == WordKind::stop || (kind == WordKind::connector && connector_pending)) &&
        acceptable_name(text, run, run_words, first_word)) {
      return run;
    }
    open = false;
    connector_pending = false;
  }
  if (open && acceptable_name(text, run, run_words, first_word)) return run;
  return {};
}

TrailerLine classify_trailer_line(std::string_view line) {
  std::string_view s = line;
  if (s.empty()) return TrailerLine::none;
  if (starts_with_ci(s, "\xC2\xA9") || starts_with_ci(s, "(c) ") || starts_with_ci(s, "copyright") ||
      contains_ci(s, "all rights reserved") || contains_ci(s, "alle rechte vorbehalten")) {
    return TrailerLine::copyright;
  }
  if (starts_with_ci(s, "our standards:")) return TrailerLine::mark;
  std::string_view bare = s;
  if (bare.size() > 2 && bare.front() == '(' && bare.back() == ')') bare = bare.substr(1, bare.size() - 2);
  if (is_agency_name(bare)) return TrailerLine::mark;

  if (heading_cue(line)) return TrailerLine::credits;
  if (s.substr(0, 2) == "- " || s.substr(0, 2) == "* ") s.remove_prefix(2);
  if (!s.empty() && s.front() == '(') s.remove_prefix(1);
  const auto offset = static_cast<std::uint32_t>(s.data() - line.data());
  if (const auto cue = cue_at(line, offset, static_cast<std::uint32_t>(line.size()))) {
    bool names_someone = false;
    split_pieces(line, {cue->end, static_cast<std::uint32_t>(line.size())},
                 [&](Span piece) { names_someone = names_someone || !person_name(line, piece).empty(); });
    if (names_someone) return TrailerLine::credits;
  }
  return TrailerLine::none;
}

std::optional<CreditRole> heading_cue(std::string_view line) {
  const auto size = static_cast<std::uint32_t>(line.size());
  const auto cue = cue_at(line, 0, size);
  if (!cue || cue->end != size || line.back() != ':') return std::nullopt;
  return cue->role;
}

void append_credit_names(std::string_view text, Span span, CreditRole role, std::vector<Credit>& out) {
  append_names(text, span, role, out);
}

void parse_credits(std::string_view text, Span span, std::vector<Credit>& out) {
  auto cue = next_cue(text, span.begin, span.begin, span.end);
  while (cue) {
    const auto next = next_cue(text, cue->end, span.begin, span.end);
    append_names(text, {cue->end, next ? next->begin : span.end}, cue->role, out);
    cue = next;
  }
}

bool parse_contributor_note(std::string_view text, Span paragraph, std::vector<Credit>& out) {
  struct Verb {
    std::string_view words;
    CreditRole role;
  };
  static constexpr Verb verbs[] = {
      {" contributed to this report", CreditRole::contributing},
      {" contributed to this story", CreditRole::contributing},
      {" contributed reporting", CreditRole::contributing},
      {" contributed", CreditRole::contributing},
      {" helped with this story", CreditRole::contributing},
      {" helped with this report", CreditRole::contributing},
      {" reported from ", CreditRole::reporting},
      {" reported this story", CreditRole::reporting},
  };
  constexpr std::uint32_t max_note_bytes = 400;
  if (paragraph.size() > max_note_bytes) return false;
  const std::size_t first_new = out.size();
  std::uint32_t sentence = paragraph.begin;
  while (sentence < paragraph.end) {
    // The first verb phrase of this sentence, and where the sentence ends after it.
    std::uint32_t verb_at = paragraph.end;
    const Verb* found = nullptr;
    for (std::uint32_t pos = sentence; pos < paragraph.end && found == nullptr; ++pos) {
      if (text[pos] == '.' && pos + 1 < paragraph.end && text[pos + 1] == ' ') break;  // a sentence without one
      for (const Verb& v : verbs) {
        if (text.substr(pos, v.words.size()) == v.words) {
          verb_at = pos;
          found = &v;
          break;
        }
      }
    }
    if (found == nullptr) {
      out.resize(first_new);
      return false;
    }
    const std::size_t before = out.size();
    append_names(text, {sentence, verb_at}, found->role, out);
    if (out.size() == before) {
      out.resize(first_new);
      return false;
    }
    const std::size_t stop = text.substr(0, paragraph.end).find(". ", verb_at);
    sentence = stop == std::string_view::npos ? paragraph.end : static_cast<std::uint32_t>(stop + 2);
  }
  return out.size() > first_new;
}

}  // namespace wirereport::detail
