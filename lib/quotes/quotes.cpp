// The quote stage: direct quotes from paired quotation marks, reported speech from cues, each
// with its speaker and cue; pronoun speakers resolved to the last named one.
//
// One pass over the tokens. Sentences are merged into units of attribution so that no quote
// crosses a unit (a quote may hold several sentences, or run over paragraphs); each unit is
// read once its quotes are closed: its cues, the reported clauses they govern, who said each
// direct quote, and reported speech that goes on without a cue (German Konjunktiv I).
#include "wirereport/quotes.hpp"

#include <algorithm>
#include <array>

#include "diagnostics.hpp"
#include "quotes/marks.hpp"
#include "quotes/phrases.hpp"
#include "quotes/stage.hpp"

namespace wirereport {
namespace detail {

namespace wc = word_class;

namespace {

// Speakers named so far, for pronouns ("fügte er hinzu") and quotes without a cue of their own.
class SpeakerMemory {
 public:
  void remember(const Speaker& s) {
    if (!s.found() || s.pronoun) return;
    if (count_ == named_.size()) {
      std::move(named_.begin() + 1, named_.end(), named_.begin());
      --count_;
    }
    named_[count_++] = s;
  }

  // The last named speaker a pronoun can stand for: "er" for a man or a name, "sie" for a
  // woman, a group or a name, "they" for a group or a name.
  [[nodiscard]] const Speaker* resolve(const Speaker& pronoun) const {
    for (std::size_t k = count_; k-- > 0;) {
      const std::uint32_t g = named_[k].gender;
      if (g == 0 || pronoun.gender == 0 || (g & pronoun.gender) != 0) return &named_[k];
    }
    return nullptr;
  }

 private:
  std::array<Speaker, 6> named_{};
  std::size_t count_ = 0;
};

// The tokens of one direct quote within its unit.
struct QuoteTokens {
  std::uint32_t open = no_token;   // the opening mark, when the unit has it
  std::uint32_t first = no_token;  // first and last token of the quoted words
  std::uint32_t last = no_token;
  std::uint32_t close = no_token;  // the closing mark, when the unit has it
  [[nodiscard]] std::uint32_t outer_first() const { return open != no_token ? open : first; }
  [[nodiscard]] std::uint32_t outer_last() const { return close != no_token ? close : last; }
};

// A quote of the unit being read, with its speaker as found (a pronoun is resolved when the
// unit's quotes are written out in text order).
struct Found {
  Quote quote;
  Speaker speaker;
};

// A form of "werden" before a participle makes a passive.
bool is_werden(std::string_view word) {
  return word == "wird" || word == "wurde" || word == "wurden" || word == "werden";
}

constexpr std::size_t max_cues = 32;     // per unit; more are ignored (bounded work on any input)
constexpr std::size_t max_direct = 64;   // per unit; more stay unattributed
constexpr std::uint32_t long_unit = 64;  // tokens

class Stage {
 public:
  Stage(const Words& words, std::span<const Span> sentences, std::span<const Span> paragraphs,
        std::vector<Quote>& out, DiagnosticSink diagnostics)
      : w_(words), sentences_(sentences), paragraphs_(paragraphs), out_(out), diagnostics_(diagnostics) {}

  void run();

 private:
  void unit(std::uint32_t begin, std::uint32_t end, std::size_t first_quote, bool first_in_paragraph);
  QuoteTokens tokens_of(Span quote, std::uint32_t begin, std::uint32_t end) const;
  std::uint32_t first_token_at(std::uint32_t offset, std::uint32_t lo, std::uint32_t hi) const;
  std::uint32_t last_word(std::uint32_t begin, std::uint32_t end) const;
  bool inside(std::span<const QuoteTokens> direct, std::uint32_t i) const;
  std::uint32_t clause_end(std::uint32_t from, std::uint32_t end, std::span<const Cue> cues,
                           std::span<const QuoteTokens> direct) const;
  bool reported_clause(std::uint32_t begin, std::uint32_t end, std::span<const Cue> cues, std::size_t k,
                       std::span<const QuoteTokens> direct, Span& clause) const;
  bool reports_sentence(const Cue& c, std::uint32_t end) const;
  std::uint32_t skip_to_complement(std::uint32_t after, std::uint32_t end) const;
  std::uint32_t english_complement(const Cue& c, std::uint32_t end) const;
  std::uint32_t after_dateline(std::uint32_t begin, std::uint32_t end) const;
  // Was there speech in the last `units` units?
  [[nodiscard]] bool recent_speech(std::uint32_t units = 2) const {
    return last_speech_unit_ != UINT32_MAX && unit_index_ - last_speech_unit_ <= units;
  }
  bool make_reported(std::uint32_t first, std::uint32_t last, std::span<const QuoteTokens> direct, Span& clause) const;
  bool is_speech(const QuoteTokens& t, bool adjacent, bool in_context, bool governed, bool governed_by_call) const;
  bool names_something(const QuoteTokens& t, std::uint32_t words, bool in_context) const;
  const Cue* adjacent_cue(const QuoteTokens& t, std::span<const Cue> cues, bool& adjacent) const;
  const Cue* nearest_cue(const QuoteTokens& t, std::span<const Cue> cues) const;
  bool colon_frame(const QuoteTokens& t, std::uint32_t begin, std::span<const QuoteTokens> direct, Cue& frame) const;
  bool clause_frame(const QuoteTokens& t, std::uint32_t begin, Cue& frame) const;
  bool free_indirect(std::uint32_t begin, std::uint32_t end, std::span<const QuoteTokens> direct);
  bool reporting_sollen(std::uint32_t j, std::uint32_t end) const;
  bool konjunktiv_form(std::uint32_t i) const;
  void write(Found& found);

  const Words& w_;
  std::span<const Span> sentences_;
  std::span<const Span> paragraphs_;
  std::vector<Quote>& out_;
  DiagnosticSink diagnostics_;
  SpeakerMemory memory_;
  std::uint32_t unit_index_ = 0;
  // The last speech (quoted or reported) and its speaker: reported speech without a cue, and a
  // quote that is a sentence of its own, go on with it.
  Speaker last_speaker_;
  std::optional<Span> last_cue_;      // the cue and pronoun of that speech
  std::optional<Span> last_mention_;
  std::uint32_t last_speech_unit_ = UINT32_MAX;
  std::uint32_t last_direct_unit_ = UINT32_MAX;
  Speaker last_direct_speaker_;
  std::size_t last_free_indirect_ = SIZE_MAX;  // index in out_ of the last free indirect quote
  std::uint32_t last_free_indirect_unit_ = UINT32_MAX;
  std::uint32_t previous_unit_begin_ = 0;  // the unit before, and whether it gave no quote
  std::uint32_t previous_unit_end_ = 0;
  std::uint32_t previous_unit_index_ = UINT32_MAX;
  bool previous_unit_silent_ = false;
  std::size_t alone_quote_ = SIZE_MAX;  // index in out_ of a quote that was a sentence of its own, without a cue
  std::uint32_t alone_quote_unit_ = UINT32_MAX;
};

std::uint32_t Stage::first_token_at(std::uint32_t offset, std::uint32_t lo, std::uint32_t hi) const {
  while (lo < hi) {
    const std::uint32_t mid = lo + (hi - lo) / 2;
    if (w_.token(mid).span.begin < offset) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

QuoteTokens Stage::tokens_of(Span quote, std::uint32_t begin, std::uint32_t end) const {
  QuoteTokens t;
  t.first = first_token_at(quote.begin, begin, end);
  const std::uint32_t after = first_token_at(quote.end, t.first, end);
  t.last = after > t.first ? after - 1 : t.first;
  if (t.first > begin && w_.is_mark(t.first - 1)) t.open = t.first - 1;
  if (after < end && w_.is_mark(after)) t.close = after;
  return t;
}

// The last token of [begin, end) that is not punctuation, or no_token.
std::uint32_t Stage::last_word(std::uint32_t begin, std::uint32_t end) const {
  std::uint32_t e = end;
  while (e > begin && (w_.final_mark(e - 1) || w_.clause_mark(e - 1))) --e;
  return e > begin ? e - 1 : no_token;
}

bool Stage::inside(std::span<const QuoteTokens> direct, std::uint32_t i) const {
  for (const QuoteTokens& d : direct)
    if (d.outer_first() <= i && i <= d.outer_last()) return true;
  return false;
}

void Stage::run() {
  MarkPairer pairer(w_.text(), w_.tokens(), diagnostics_);
  const std::uint32_t n = w_.size();
  std::size_t sentence = 0;
  std::size_t paragraph = 0;
  // Which sentence or paragraph a token is in: 2k + 1 inside the k-th, 2k in the gap before it.
  auto place = [](std::span<const Span> spans, std::size_t& k, std::uint32_t offset) -> std::size_t {
    while (k < spans.size() && spans[k].end <= offset) ++k;
    return 2 * k + (k < spans.size() && spans[k].begin <= offset ? 1 : 0);
  };
  std::size_t previous_sentence = 0;
  std::size_t previous_paragraph = 0;
  std::uint32_t unit_begin = 0;
  std::size_t unit_first_quote = out_.size();
  auto push = [&](const MarkedQuote& m) { out_.push_back(Quote{m.content, QuoteKind::direct, {}, {}, {}}); };
  bool unit_opens_paragraph = true;
  auto end_unit = [&](std::uint32_t i, bool paragraph_ends) {
    unit(unit_begin, i, unit_first_quote, unit_opens_paragraph);
    unit_begin = i;
    unit_first_quote = out_.size();
    unit_opens_paragraph = paragraph_ends;
  };
  for (std::uint32_t i = 0; i < n; ++i) {
    const std::uint32_t offset = w_.token(i).span.begin;
    const std::size_t in_sentence = sentences_.empty() ? 0 : place(sentences_, sentence, offset);
    const std::size_t in_paragraph = paragraphs_.empty() ? 0 : place(paragraphs_, paragraph, offset);
    if (i > 0) {
      const bool new_paragraph = w_.token(i).has(token_flag::paragraph_before) || in_paragraph != previous_paragraph;
      if (new_paragraph) {
        MarkedQuote closed;
        bool closed_any = false;
        const bool continues = pairer.paragraph_break(i, closed, closed_any);
        if (closed_any) push(closed);
        if (!continues) end_unit(i, true);
      } else if (!pairer.open() && (in_sentence != previous_sentence ||
                                    (i - unit_begin >= long_unit && w_.token(i - 1).has(token_flag::sentence_final)))) {
        // Sentences end units; so does final punctuation in a unit grown long (a text whose
        // sentences were not split, or a long run of quotes).
        end_unit(i, false);
      }
    }
    previous_sentence = in_sentence;
    previous_paragraph = in_paragraph;
    MarkedQuote quote;
    if (pairer.feed(i, quote)) push(quote);
  }
  MarkedQuote closed;
  if (pairer.finish(closed)) push(closed);
  if (n > 0) unit(unit_begin, n, unit_first_quote, unit_opens_paragraph);
}

// Words in marks are a quote when someone says them; names and titles ("„Der Schrei“", "the
// film "Jaws"") are not.
bool Stage::is_speech(const QuoteTokens& t, bool adjacent, bool in_context, bool governed,
                      bool governed_by_call) const {
  std::uint32_t words = 0;
  std::uint32_t capitalized = 0;
  bool lower_content = false;  // a lower-case word that is no article, preposition or "und"
  bool sentence_end = false;
  for (std::uint32_t j = t.first; j <= t.last; ++j) {
    const Token& tok = w_.token(j);
    if ((tok.kind == TokenKind::word || tok.kind == TokenKind::number) && !(j > t.first && w_.inner_hyphen(j - 1)))
      ++words;  // a compound is one word, whether one token or three
    if (w_.capitalized(j)) ++capitalized;
    if (w_.lowercase_word(j) && (w_.classes(j) & (wc::determiner | wc::preposition | wc::coordinator)) == 0)
      lower_content = true;
    if (w_.final_mark(j) && j > t.first) sentence_end = true;
  }
  // "„Bild“-Zeitung": a name inside a compound. ''Titanoboa'': wiki italics.
  if (t.close != no_token && t.close + 1 < w_.size() && w_.is(t.close + 1, "-") &&
      !w_.token(t.close + 1).has(token_flag::space_before))
    return false;
  if (t.open != no_token && w_.is(t.open, "''")) return false;
  // "„Fahrendes Volk“ („gens du voyage“)": a translation of the words in marks before.
  if (t.open != no_token && t.open >= 2 && w_.is(t.open - 1, "(") && w_.token(t.open - 2).kind == TokenKind::quote_close)
    return false;
  // "sprach von einem „Wahlgeschenk auf Pump“", "warnte vor einer „Katastrophe“", "bezeichnete
  // es als „Skandal“": words in marks that the speech verb of their clause takes as object.
  if (governed && t.open != no_token) {
    std::uint32_t j = t.open;
    for (std::uint32_t skipped = 0; j > 0 && skipped < 3 && (w_.has(j - 1, wc::determiner) || w_.lowercase_word(j - 1)) &&
                                    !w_.has(j - 1, wc::preposition);
         ++skipped)
      --j;
    bool after_preposition = false;  // "nannte in einem Interview mit dem „Deutschlandfunk“ …"
    if (j > 0) {
      const std::string_view p = w_.text(j - 1);
      // ("skandierten Sprüche wie „…“")
      if (p == "von" || p == "vor" || p == "als" || p == "über" || p == "wie" || p == "of" || p == "as") return true;
      after_preposition = w_.has(j - 1, wc::preposition);
    }
    if (governed_by_call && !after_preposition) return true;  // "nannte den Bericht eine „Zeitungsente“"
  }
  // "die sogenannte „Nichtraucher-Initiative“", "unter dem Motto „…“", "the film "Jaws"".
  if (t.open != no_token && t.open > 0 && w_.has(t.open - 1, wc::naming)) return false;
  if (!sentence_end && names_something(t, words, in_context)) return false;
  if (adjacent || words >= 8 || sentence_end) return true;
  // A partial quote ("von „weitreichenden Plänen“") in a sentence about speech; a single
  // word if it is no name: lower case ("nannte sie „fahrlässig“") or after "als" ("wies
  // dies als „Unverschämtheit“ zurück").
  if (w_.lowercase_word(t.first)) return in_context || words >= 4;
  if (words == 1)
    return in_context && t.open != no_token && t.open > 0 && (w_.is(t.open - 1, "als") || w_.is(t.open - 1, "as"));
  // Capitalised words: a sentence said, not a title ("Mobile Engländer und die Verbreitung
  // des Fußballs") nor a name ("Dignité al Karama").
  const bool title_like = 2 * capitalized > words;
  return in_context && lower_content && !title_like;
}

// Words in marks that name a work, a paper, a species or a product rather than quote anyone:
// right after an article ("der „New York Times“", "das „Große Goldene Ehrenzeichen …“") unless
// a long stretch in a sentence about speech ("sie wolle dem „Vorwurf … nachgehen“"), right
// after a noun ("die Meeresschnecke „Chelidonura hirundinina“"), or in a list of names where
// nobody speaks ("Themen wie „…“, „…“"). German capitalises nouns: only a capital first word counts.
bool Stage::names_something(const QuoteTokens& t, std::uint32_t words, bool in_context) const {
  if (t.open == no_token || t.open == 0 || w_.lowercase_word(t.first)) return false;
  const std::uint32_t before = t.open - 1;
  // A definite article: "der „New York Times“". An indefinite one characterises ("sei ein „Opfer
  // des Terrorismus“", "sieht einen „Angriff …“"): names rarely take it.
  const std::string_view article = w_.text(before);
  const bool indefinite = article.starts_with("ein") || article.starts_with("Ein");
  if (w_.has(before, wc::determiner | wc::fused) && !w_.has(before, wc::pronoun) && !indefinite)
    return !in_context || words < 8;
  // "Der wissenschaftliche Name lautet „…“", "(Motto: „…“)": a clause about a name or title.
  for (std::uint32_t j = before; j-- > 0 && j + 7 > before;) {
    if (w_.clause_mark(j) || w_.final_mark(j) || w_.is_mark(j)) break;
    if (w_.capitalized(j) && w_.has(j, wc::title)) return true;
  }
  if (w_.has(before, wc::title)) return true;
  if (w_.german() && nounish(w_, before) && !w_.has(before, wc::role_noun | wc::source_noun) && words <= 6) return true;
  if (in_context) return false;
  // A list: another quote before ("„…“, „…“", "„…“ und „…“") or after.
  auto joins = [&](std::uint32_t j) {
    return w_.is(j, ",") || w_.is(j, "und") || w_.is(j, "oder") || w_.is(j, "and") || w_.is(j, "or");
  };
  auto opens = [&](std::uint32_t j) {
    return w_.token(j).kind == TokenKind::quote_open || w_.token(j).kind == TokenKind::quote_ambiguous;
  };
  if (words > 12) return false;
  if (before > 0 && joins(before) && w_.token(before - 1).kind == TokenKind::quote_close) return true;
  return t.close != no_token && t.close + 2 < w_.size() && joins(t.close + 1) && opens(t.close + 2);
}

// A cue right after the quote ("„…“, sagte X", "“…,” X said", "„…“ (so X)") or right before
// it ("X sagte: „…“", "X said, “…”", "sagte Olli Rehn, EU-Kommissar: „…“").
const Cue* Stage::adjacent_cue(const QuoteTokens& t, std::span<const Cue> cues, bool& adjacent) const {
  const Cue* before = nullptr;
  for (const Cue& c : cues) {
    // "genannt „BRD-Video“", "als „Sonnenwind“ bezeichnet": naming with nobody named says nothing.
    if (c.kind == CueKind::verb && c.cue_class == CueClass::call && !c.speaker.found()) continue;
    // (German puts the verb first there: "„…“, Löw bezeichnete …" starts a clause of its own.)
    if (t.close != no_token && c.frame_begin > t.close && c.frame_begin <= t.close + 2 &&
        (c.frame_begin == t.close + 1 || w_.clause_mark(t.close + 1) || w_.is(t.close + 1, "(")) &&
        (c.inverted || !w_.german())) {
      adjacent = true;
      return &c;
    }
    if (t.open == no_token || c.frame_end >= t.open) continue;
    std::uint32_t j = c.frame_end + 1;
    for (std::uint32_t skipped = 0; j < t.open && skipped < 6; ++skipped, ++j) {
      if (const std::uint32_t name = quoted_name_end(w_, j, t.open); name != no_token) j = name;  // "von „con energy“"
      else if (w_.clause_mark(j) || w_.is_mark(j) || w_.final_mark(j)) break;
    }
    // Right after the verb ("sagte „…“"), or after the frame's clause and a colon or comma.
    bool next_to = (j == t.open && j == c.frame_end + 1) || (j + 1 == t.open && (w_.is(j, ":") || w_.is(j, ",")));
    if (!next_to && j < t.open && w_.is(j, ",")) {
      const Speaker apposition = noun_phrase_after(w_, j + 1, t.open);
      next_to = apposition.found() && apposition.last + 2 == t.open &&
                (w_.is(apposition.last + 1, ":") || w_.is(apposition.last + 1, ","));
    }
    // "In der Fraktion sagte die Kanzlerin einigen Teilnehmern zufolge: „…“": the verb governs.
    const bool weaker = (c.kind == CueKind::according || c.kind == CueKind::postposition) && before != nullptr &&
                        before->kind == CueKind::verb;
    if (next_to && !weaker) before = &c;
  }
  adjacent = before != nullptr;
  return before;
}

// The clause before the colon that opens quote `t` ("Dabei griff sie … an: „…“"): its subject
// is the speaker and its finite verb, with a particle that ends the clause, the cue. Without a
// verb ("BKA-Präsident Ziercke: „…“") the phrase before the colon is the speaker, with no cue.
bool Stage::colon_frame(const QuoteTokens& t, std::uint32_t begin, std::span<const QuoteTokens> direct,
                        Cue& frame) const {
  if (t.open == no_token || t.open <= begin + 1 || !w_.is(t.open - 1, ":")) return false;
  const std::uint32_t colon = t.open - 1;
  // The clause starts past a quote that opens the unit ("„…“ Und: „…“") and past ";".
  std::uint32_t from = begin;
  for (const QuoteTokens& d : direct)
    if (d.outer_first() <= from && d.outer_last() < colon) from = d.outer_last() + 1;
  std::uint32_t open_parenthesis = no_token;  // "(übersetzt etwa: „…“)"
  for (std::uint32_t j = from; j < colon; ++j) {
    if (w_.is(j, ";") || w_.final_mark(j)) from = j + 1;
    if (w_.is(j, "(")) open_parenthesis = j;
    if (w_.is(j, ")")) open_parenthesis = no_token;
  }
  if (open_parenthesis != no_token) from = std::max(from, open_parenthesis + 1);
  while (from < colon && w_.token(from).kind == TokenKind::punctuation) ++from;  // ")" after a sentence
  if (from >= colon) return false;
  const MainClause clause = main_clause(w_, from, colon);
  if (clause.verb == no_token) {
    frame.speaker = clause_subject(w_, from, colon);
    return frame.speaker.found();
  }
  // "war sie wie folgt vorgestellt worden: „…“": the subject of a passive says nothing; in
  // reported speech ("Die Pflichten seien klar festgelegt: „…“") the reporter goes on speaking.
  bool passive = is_werden(w_.text(clause.verb));
  for (std::uint32_t j = clause.verb + 1; j < colon && !passive; ++j) passive = w_.is(j, "worden");
  if (w_.has(clause.verb, wc::subjunctive)) return false;
  frame.kind = CueKind::verb;
  frame.trigger = clause.verb;
  if (!passive) frame.speaker = clause.subject;
  std::uint32_t cue_end = clause.verb;
  if (colon > clause.verb + 1 && w_.lowercase_word(colon - 1) && w_.has(colon - 1, wc::preposition) &&
      w_.text(colon - 1).size() <= 4)
    cue_end = colon - 1;  // "griff … an"
  frame.span = {w_.token(clause.verb).span.begin, w_.token(cue_end).span.end};
  frame.frame_begin = clause.subject.found() ? std::min(clause.verb, clause.subject.first) : clause.verb;
  frame.frame_end = colon - 1;
  return true;
}

// The main clause around quote `t` (which does not open the unit): its subject and verb.
bool Stage::clause_frame(const QuoteTokens& t, std::uint32_t begin, Cue& frame) const {
  const MainClause clause = main_clause(w_, begin, t.outer_first());
  if (clause.verb == no_token || !names_speaker(w_, clause.subject)) return false;
  // The words stand in that clause or in what it reports ("ist der Meinung, dass …", "meinte,
  // der Ehemann „…“"), not in an infinitive or relative clause after it ("hat die Einladung
  // angenommen, zu Gesprächen über deren „weitreichenden Plan“ … zu besuchen").
  std::uint32_t first_mark = no_token;
  for (std::uint32_t j = clause.verb + 1; j < t.outer_first(); ++j) {
    if (w_.final_mark(j)) return false;
    if (w_.clause_mark(j) && first_mark == no_token) first_mark = j;
  }
  if (first_mark != no_token && first_mark + 1 < t.outer_first()) {
    const std::uint32_t k = first_mark + 1;
    const std::string_view opener = w_.text(k);
    if (opener == "zu" || opener == "um" || opener == "ohne" || opener == "statt" || opener == "anstatt") return false;
    if (w_.has(k, wc::relative) && !(w_.has(k, wc::determiner) && k + 1 < t.outer_first() && nounish(w_, k + 1)))
      return false;
  }
  // Reported speech ("Der Rücktritt sei …") and the passive ("Vergleiche werden gezogen mit
  // „…“") do not make their subject the speaker.
  if (w_.has(clause.verb, wc::subjunctive) || is_werden(w_.text(clause.verb))) return false;
  frame = Cue{};
  frame.kind = CueKind::verb;
  frame.trigger = clause.verb;
  frame.speaker = clause.subject;
  frame.span = w_.token(clause.verb).span;
  frame.frame_begin = std::min(clause.verb, clause.subject.first);
  frame.frame_end = std::max(clause.verb, clause.subject.last);
  return true;
}

// The cue nearest before the quote in its unit, else the nearest after it; opinions do not
// make words in marks their own ("hat die Einladung angenommen, … „weitreichenden Plan“").
const Cue* Stage::nearest_cue(const QuoteTokens& t, std::span<const Cue> cues) const {
  const Cue* before = nullptr;
  const Cue* after = nullptr;
  for (const Cue& c : cues) {
    if (c.kind == CueKind::verb && c.cue_class == CueClass::think) continue;
    // "als „Sonnenwind“ bezeichnet wird", "Dies nennt man einen „Aktiensplit“": naming by nobody.
    if (c.kind == CueKind::verb && c.cue_class == CueClass::call && !c.speaker.found()) continue;
    if (c.trigger < t.first) {
      before = &c;
    } else if (after == nullptr && c.trigger > t.last) {
      after = &c;
    }
  }
  return before != nullptr ? before : after;
}

// Where a reported clause from `from` ends: before the clause of the next cue ("…, während
// der Kreml angab"), at a semicolon or colon, or at the end of the unit.
std::uint32_t Stage::clause_end(std::uint32_t from, std::uint32_t end, std::span<const Cue> cues,
                                std::span<const QuoteTokens> direct) const {
  std::uint32_t stop = end;
  for (const Cue& c : cues) {
    if (c.frame_begin <= from) continue;
    std::uint32_t s = c.frame_begin;
    while (s > from && !w_.clause_mark(s - 1) && !w_.is_mark(s - 1)) --s;
    if (s > from + 1 && w_.is(s - 1, ",")) stop = s - 1;
    break;
  }
  for (std::uint32_t j = from; j < stop; ++j) {
    if (inside(direct, j)) continue;
    if (w_.is(j, ";") || w_.is(j, ":")) return j;
  }
  return stop;
}

bool Stage::make_reported(std::uint32_t first, std::uint32_t last, std::span<const QuoteTokens> direct,
                          Span& clause) const {
  if (first == no_token || last == no_token || last < first) return false;
  while (first < last && (w_.clause_mark(first) || w_.final_mark(first))) ++first;
  while (last > first && (w_.clause_mark(last) || w_.final_mark(last))) --last;
  if (last < first + 2) return false;  // too short to report anything
  // Words that are one direct quote are that quote, not a report of it.
  for (const QuoteTokens& d : direct)
    if (d.outer_first() <= first && last <= d.outer_last()) return false;
  clause = {w_.token(first).span.begin, w_.token(last).span.end};
  return true;
}

// German: past the words after a cue's frame ("sagte am Montag der Zeitung, …") to the comma
// or conjunction that opens its complement; at most six words.
std::uint32_t Stage::skip_to_complement(std::uint32_t after, std::uint32_t end) const {
  for (std::uint32_t skipped = 0; after < end && skipped < 6; ++skipped, ++after)
    if (w_.clause_mark(after) || w_.is_mark(after) || w_.final_mark(after) || w_.has(after, wc::complementizer))
      break;
  return after;
}

// English: where the complement of a verb cue starts: "said (on Tuesday) (that) it would …",
// "told reporters (that) …", "said, …".
std::uint32_t Stage::english_complement(const Cue& c, std::uint32_t end) const {
  std::uint32_t j = c.frame_end + 1;
  if (j >= end) return j;
  // "told reporters", "told Reuters": the addressee.
  if (w_.lexicon().verb(w_.lex(c.trigger)->verb).lemma == "tell") {
    const Speaker addressee = noun_phrase_after(w_, j, end);
    if (addressee.found()) {
      j = addressee.last + 1;
    } else if (w_.has(j, wc::object)) {
      ++j;
    }
  }
  // "on Tuesday", "in a statement", "late on Monday": a short phrase before "that".
  for (std::uint32_t k = j; k < end && k < j + 5; ++k) {
    if (w_.has(k, wc::complementizer)) return k;
    if (w_.clause_mark(k) || w_.final_mark(k) || w_.is_mark(k)) break;
  }
  if (j < end && w_.has(j, wc::preposition) && j + 1 < end && w_.capitalized(j + 1)) j += 2;  // "on Tuesday"
  return j;
}

// Cues that report the sentence they stand in rather than a clause of their own: "laut X",
// "X zufolge", "nach Angaben von X", and ", so X," inside the sentence.
bool Stage::reports_sentence(const Cue& c, std::uint32_t end) const {
  if (c.kind == CueKind::according || c.kind == CueKind::postposition) return true;
  return c.kind == CueKind::so && c.frame_end + 1 < end && w_.is(c.frame_end + 1, ",");
}

// The clause that cue `k` reports, if any.
bool Stage::reported_clause(std::uint32_t begin, std::uint32_t end, std::span<const Cue> cues, std::size_t k,
                            std::span<const QuoteTokens> direct, Span& clause) const {
  const Cue& c = cues[k];
  if (c.kind == CueKind::verb && c.cue_class == CueClass::call) return false;
  std::uint32_t clause_first = c.frame_begin;  // the first token of the cue's clause
  while (clause_first > begin && !w_.clause_mark(clause_first - 1) && !w_.is_mark(clause_first - 1) &&
         !w_.final_mark(clause_first - 1))
    --clause_first;
  // Past the frame, up to the comma (or "that") that opens a complement: "sagte am Montag, …",
  // "said on Tuesday it would …", "told reporters that …".
  std::uint32_t after = w_.german() || c.kind != CueKind::verb ? skip_to_complement(c.frame_end + 1, end)
                                                               : english_complement(c, end);
  const bool at_start = clause_first == begin;
  bool at_end = after >= end || w_.final_mark(after);
  // "…, sagte Mark Keefe, der Sprecher der Ambulanz.": an apposition closes the sentence.
  if (!at_end && c.inverted && w_.is(after, ",")) {
    const Speaker apposition = noun_phrase_after(w_, after + 1, end);
    at_end = apposition.found() && !apposition.pronoun &&
             (apposition.last + 1 >= end || w_.final_mark(apposition.last + 1));
  }

  // "Laut X …", "X zufolge …", "nach Angaben von X …", "…, so X, …": the rest of the sentence
  // is reported; the frame may stand first, last, or inside it.
  if (reports_sentence(c, end)) {
    const std::uint32_t frame_end = c.frame_end;
    const bool frame_first = c.frame_begin == begin || (c.frame_begin == begin + 1 && w_.has(begin, wc::adverb));
    const bool frame_last = frame_end + 1 >= end || w_.final_mark(frame_end + 1);
    if (frame_first && !frame_last) {
      const std::uint32_t from = w_.is(frame_end + 1, ",") ? frame_end + 2 : frame_end + 1;
      return make_reported(from, last_word(from, clause_end(from, end, cues, direct)), direct, clause);
    }
    if (frame_last && c.frame_begin > begin + 1 && w_.is(c.frame_begin - 1, ","))
      return make_reported(begin, c.frame_begin - 2, direct, clause);
    return make_reported(begin, last_word(begin, end), direct, clause);
  }
  // The cue after its clause: "…, sagte X.", "…, so X.", "…, X said.", "…, wie X mitteilte."
  const bool subordinate = w_.has(clause_first, wc::subordinator) && !w_.has(clause_first, wc::complementizer);
  if ((c.inverted || subordinate || !w_.german()) && at_end && clause_first > begin + 1 &&
      w_.is(clause_first - 1, ",") && !inside(direct, clause_first - 2)) {
    std::uint32_t from = begin;
    for (std::size_t p = 0; p < k; ++p) from = std::max(from, cues[p].frame_end + 1);
    return make_reported(from, clause_first - 2, direct, clause);
  }
  // "Wie X mitteilte, …": the reported clause follows the cue's clause.
  if (subordinate && at_start && after < end && w_.is(after, ",")) {
    const std::uint32_t from = after + 1;
    return make_reported(from, last_word(from, clause_end(from, end, cues, direct)), direct, clause);
  }
  // A complement: "X sagte, dass …", "X sagte, er habe …", "X said (that) …".
  if (at_end || w_.is_mark(after) || w_.is(after, ":")) return false;
  std::uint32_t from = after;
  if (w_.is(after, ",")) {
    from = after + 1;
    if (!w_.german() && !(from < end && w_.has(from, wc::complementizer))) return false;
  } else if (w_.german() && !w_.has(after, wc::complementizer)) {
    return false;
  } else if (!w_.german() && !w_.has(after, wc::complementizer | wc::determiner | wc::pronoun | wc::impersonal) &&
             !w_.capitalized(after) && w_.token(after).kind != TokenKind::number) {
    return false;  // "spoke with", "said in a statement."
  }
  if (from >= end || w_.is_mark(from)) return false;
  const std::uint32_t stop = clause_end(from, end, cues, direct);
  if (w_.german() && !w_.has(from, wc::complementizer)) {
    // A bare clause has a verb of its own or a zu-infinitive; "sagte Miller, Sprecher des
    // Außenministeriums" has none.
    if (w_.has(from, wc::relative | wc::coordinator | wc::subordinator) && !w_.has(from, wc::determiner)) return false;
    const std::string_view first = w_.text(from);
    if (first == "um" || first == "ohne" || first == "statt" || first == "anstatt") return false;  // "…, um … zu"
    // Opinions take a finite clause ("glaubt, er habe"); "nimmt die Einladung an, … zu
    // besuchen" accepts rather than assumes.
    const bool infinitive_ok = c.cue_class != CueClass::think;
    bool verb = false;
    for (std::uint32_t j = from; j < stop && !verb; ++j)
      verb = !inside(direct, j) && (w_.has(j, wc::finite_verb) || (infinitive_ok && w_.is(j, "zu")));
    if (!verb) return false;
  }
  return make_reported(from, last_word(from, stop), direct, clause);
}

// A finite German verb in Konjunktiv I by its ending: "erinnere", "betone" (not "erinnerte").
bool Stage::konjunktiv_form(std::uint32_t i) const {
  const LexWord* lw = w_.lex(i);
  if (lw == nullptr || (lw->forms & verb_form::finite) == 0 || w_.capitalized(i)) return false;
  const std::string_view t = w_.text(i);
  return t.ends_with("e") && !t.ends_with("te") && !(i > 0 && (w_.is(i - 1, "ich") || w_.is(i - 1, "Ich")));
}

// "Der Mann soll den Tätern geholfen haben", "soll krank sein": "sollen" reports what others
// say when its clause ends in "haben" or "sein"; "soll am Mittwoch vorgeführt werden", "soll
// im Herbst erfolgen" plan or order, which is reported speech only right after speech.
bool Stage::reporting_sollen(std::uint32_t j, std::uint32_t end) const {
  std::uint32_t k = j + 1;
  while (k < end && !w_.clause_mark(k) && !w_.final_mark(k) && !w_.is_mark(k)) ++k;
  return k > j + 1 && (w_.is(k - 1, "haben") || w_.is(k - 1, "sein"));
}

// German reported speech that goes on without a cue: Konjunktiv I ("Er sei …") or the
// reporting "sollen" ("Der Mann soll den Tätern geholfen haben").
bool Stage::free_indirect(std::uint32_t begin, std::uint32_t end, std::span<const QuoteTokens> direct) {
  if (!w_.german()) return false;
  bool subjunctive = false;
  for (std::uint32_t j = begin; j < end && !subjunctive; ++j)
    subjunctive = w_.lowercase_word(j) && !inside(direct, j) &&
                  (w_.has(j, wc::subjunctive) ||
                   ((w_.is(j, "soll") || w_.is(j, "sollen")) && (reporting_sollen(j, end) || recent_speech(1))));
  // Konjunktiv I of any verb in the verb's place: "Dazu gehöre …" (not the past "machte").
  if (!subjunctive) {
    const MainClause clause = main_clause(w_, begin, end);
    if (clause.verb != no_token && !inside(direct, clause.verb) && !w_.has(clause.verb, wc::cue_verb)) {
      const std::string_view v = w_.text(clause.verb);
      subjunctive = v.size() > 3 && v.ends_with("e") && !v.ends_with("te") && w_.classes(clause.verb) == 0;
    }
  }
  if (!subjunctive) return false;
  const std::uint32_t last = end - 1;
  // A run of such sentences is one report.
  if (last_free_indirect_unit_ + 1 == unit_index_ && last_free_indirect_ < out_.size()) {
    out_[last_free_indirect_].span.end = w_.token(last).span.end;
    last_free_indirect_unit_ = unit_index_;
    return true;
  }
  Found f{{{w_.token(begin).span.begin, w_.token(last).span.end}, QuoteKind::indirect, {}, {}, {}}, {}};
  // Reported speech runs on over a few sentences: the speaker of the speech before it.
  if (recent_speech(4)) f.speaker = last_speaker_;
  write(f);
  last_free_indirect_ = out_.size() - 1;
  last_free_indirect_unit_ = unit_index_;
  return true;
}

// Resolves a pronoun speaker, remembers a named one, and appends the quote.
void Stage::write(Found& f) {
  Quote& q = f.quote;
  if (f.speaker.found()) {
    if (f.speaker.pronoun) {
      q.speaker_mention = f.speaker.span;
      const Speaker* named = memory_.resolve(f.speaker);
      if (named != nullptr) {
        f.speaker = *named;
        q.speaker = named->span;
      }
    } else {
      q.speaker = f.speaker.span;
      memory_.remember(f.speaker);
    }
  }
  if (q.speaker) {
    last_speaker_ = f.speaker;
    last_cue_ = q.cue;
    last_mention_ = q.speaker_mention;
  }
  last_speech_unit_ = unit_index_;
  if (q.kind == QuoteKind::direct) {
    last_direct_unit_ = unit_index_;
    last_direct_speaker_ = q.speaker ? f.speaker : Speaker{};
  }
  out_.push_back(q);
}

// "WASHINGTON, March 3 (Reuters) -", "Moskau -": a dateline before a dash at the start of a
// paragraph is no part of the first sentence's frame.
std::uint32_t Stage::after_dateline(std::uint32_t begin, std::uint32_t end) const {
  for (std::uint32_t i = begin; i < end && i < begin + 12; ++i) {
    const std::string_view t = w_.text(i);
    if (((t == "-" && !w_.inner_hyphen(i)) || t == "--" || t == "\u2013" || t == "\u2014") && i > begin) return i + 1;
    const bool dateline_word = w_.capitalized(i) || w_.token(i).kind == TokenKind::number || t == "," ||
                               t == "(" || t == ")" || t == "." || t == "/";
    if (!dateline_word) break;
  }
  return begin;
}

void Stage::unit(std::uint32_t begin, std::uint32_t end, std::size_t first_quote, bool first_in_paragraph) {
  if (begin >= end) return;
  if (first_in_paragraph) begin = after_dateline(begin, end);
  // "„Ja, es gibt Zumutungen“. Das musste Steinbrück einräumen.": this sentence names who said
  // the quote that stood alone before it.
  if (alone_quote_unit_ + 1 == unit_index_ && alone_quote_ < out_.size()) {
    Cue back;
    if (read_back_reference(w_, begin, end, back)) {
      Found f{out_[alone_quote_], back.speaker};
      f.quote.cue = back.span;
      f.quote.speaker = std::nullopt;
      f.quote.speaker_mention = std::nullopt;
      if (back.speaker.pronoun) {
        f.quote.speaker_mention = back.speaker.span;
        if (const Speaker* named = memory_.resolve(back.speaker)) f.speaker = *named;
      }
      if (!f.speaker.pronoun) {
        f.quote.speaker = f.speaker.span;
        memory_.remember(f.speaker);
        last_speaker_ = f.speaker;
      }
      out_[alone_quote_] = f.quote;
    }
  }
  // The unit's direct quotes are the last entries of out_: take them out to attribute them.
  std::array<Found, max_direct> direct_found{};
  std::array<QuoteTokens, max_direct> direct_tokens{};
  const std::size_t direct_count = std::min(out_.size() - first_quote, max_direct);
  for (std::size_t k = 0; k < direct_count; ++k) {
    direct_found[k].quote = out_[first_quote + k];
    direct_tokens[k] = tokens_of(direct_found[k].quote.span, begin, end);
  }
  out_.erase(out_.begin() + static_cast<std::ptrdiff_t>(first_quote),
             out_.begin() + static_cast<std::ptrdiff_t>(first_quote + direct_count));
  const bool overflow = out_.size() > first_quote;  // quotes beyond max_direct stay as they are
  const std::span<const QuoteTokens> direct(direct_tokens.data(), direct_count);
  const std::size_t written_before = out_.size();

  // "Die Enten waren infiziert. Das erklärte ein Sprecher des Ministeriums.": this sentence
  // reports the one before it, which said nothing of its own.
  if (!overflow && previous_unit_silent_ && previous_unit_index_ + 1 == unit_index_ &&
      previous_unit_end_ > previous_unit_begin_) {
    Cue back;
    bool speech = false;
    if (read_back_reference(w_, begin, end, back)) {
      for (std::uint32_t j = back.trigger; j <= back.frame_end && !speech; ++j)
        speech = w_.has(j, wc::cue_verb) && w_.lexicon().verb(w_.lex(j)->verb).cue_class == CueClass::say;
    }
    const std::uint32_t last = last_word(previous_unit_begin_, previous_unit_end_);
    if (speech && last != no_token) {
      Found report{{{w_.token(previous_unit_begin_).span.begin, w_.token(last).span.end}, QuoteKind::indirect, {}, back.span, {}},
                   back.speaker};
      write(report);
    }
  }

  // Cues outside the direct quotes.
  std::array<Cue, max_cues> cue_storage{};
  std::size_t cue_count = 0;
  std::size_t d = 0;
  for (std::uint32_t i = begin; i < end && cue_count < max_cues; ++i) {
    while (d < direct.size() && direct[d].outer_last() < i) ++d;
    if (d < direct.size() && direct[d].outer_first() <= i) {
      i = direct[d].outer_last();
      continue;
    }
    Cue& c = cue_storage[cue_count];
    if (read_cue(w_, begin, end, i, c)) {
      // "kritisiert, die Aktion erinnere an …": a verb in Konjunktiv I after another cue is part
      // of what that cue reports, not a report of its own.
      if (w_.german() && cue_count > 0 && c.kind == CueKind::verb && cue_storage[cue_count - 1].kind == CueKind::verb &&
          konjunktiv_form(i))
        continue;
      // "…, saying the move would …", "…, adding that …": the sentence's speaker.
      if (!c.speaker.found() && !w_.german() && w_.text(i).ends_with("ing")) {
        c.speaker = cue_count > 0 ? cue_storage[cue_count - 1].speaker : noun_phrase_after(w_, begin, i);
      }
      ++cue_count;
    }
  }
  const std::span<const Cue> cues(cue_storage.data(), cue_count);

  // The clauses the cues report: first those of verbs; "laut X" and its kin report the rest of
  // the sentence only when no verb does ("Laut KCNA sagte Kim, dass …": the verb governs).
  std::array<Found, max_cues> reported{};
  std::array<std::size_t, max_cues> reported_cue{};
  std::size_t reported_count = 0;
  for (int pass = 0; pass < 2; ++pass) {
    if (pass == 1 && reported_count > 0) break;
    for (std::size_t k = 0; k < cues.size(); ++k) {
      if (reports_sentence(cues[k], end) != (pass == 1)) continue;
      Span clause;
      if (!reported_clause(begin, end, cues, k, direct, clause)) continue;
      reported[reported_count] = {{clause, QuoteKind::indirect, {}, cues[k].span, {}}, cues[k].speaker};
      if (cues[k].anaphoric && recent_speech()) reported[reported_count].speaker = last_speaker_;
      reported_cue[reported_count++] = k;
    }
  }

  // Is the unit about speech? A cue, reported speech (Konjunktiv I) or speech just before.
  bool speech_context = cue_count > 0 || (last_speech_unit_ != UINT32_MAX && last_speech_unit_ + 1 == unit_index_);
  for (std::uint32_t j = begin; j < end && !speech_context; ++j)
    speech_context = w_.lowercase_word(j) && w_.has(j, wc::subjunctive) && !inside(direct, j);

  // Who said each direct quote.
  std::size_t kept = 0;
  std::array<bool, max_direct> own_cue{};  // whether quote k has a cue or frame of its own
  for (std::size_t k = 0; k < direct_count; ++k) {
    const QuoteTokens& t = direct[k];
    Found& f = direct_found[k];
    bool adjacent = false;
    const Cue* chosen = adjacent_cue(t, cues, adjacent);
    // A partial quote inside reported speech has the reporter's words.
    for (std::size_t r = 0; r < reported_count && chosen == nullptr; ++r)
      if (reported[r].quote.span.contains(f.quote.span)) chosen = &cues[reported_cue[r]];
    // "Den Unmut … brachte die Sprecherin … zum Ausdruck: „…“", "BKA-Präsident Ziercke: „…“":
    // the clause before a colon introduces the quote even when its verb is no cue verb.
    Cue frame;
    if (chosen == nullptr && colon_frame(t, begin, direct, frame)) {
      chosen = frame.trigger != no_token ? &frame : nullptr;
      // A cue of the clause ("Auf der Homepage heißt es zur Begründung, …:") says more.
      for (const Cue& c : cues)
        if (chosen != nullptr && c.frame_begin >= frame.frame_begin && c.trigger <= frame.frame_end) chosen = &c;
      f.speaker = chosen != nullptr ? chosen->speaker : frame.speaker;
      adjacent = f.speaker.found();
    } else if (chosen == nullptr && t.outer_first() == begin && t.close != no_token) {
      // "„…“, zeigte sich der Trainer zufrieden": a verb and its subject after the quote.
      const std::uint32_t verb = t.close + 1 < end && w_.is(t.close + 1, ",") ? t.close + 2 : t.close + 1;
      if (read_inverted_frame(w_, verb, end, frame)) {
        chosen = &frame;
        adjacent = true;
      }
    }
    if (chosen == nullptr && !adjacent) chosen = nearest_cue(t, cues);
    const bool cue_found = chosen != nullptr;
    own_cue[k] = cue_found || adjacent;
    // No cue in the sentence: words in marks inside a clause are the words of its subject
    // ("Schüssel würdigte Ligeti als „großen Österreicher“", "Ursprünglich wollte er „…“
    // vorlegen"); the clause's verb stands for the cue.
    if (chosen == nullptr && !adjacent && t.outer_first() > begin && clause_frame(t, begin, frame)) chosen = &frame;
    const bool alone = t.outer_first() <= begin + 1 && t.outer_last() + 2 >= end;
    if (chosen != nullptr) {
      f.speaker = chosen->speaker;
      f.quote.cue = chosen->span;
    }
    if (!f.speaker.found() && (chosen == nullptr || chosen == &frame) && recent_speech()) {
      // A quote without a cue of its own goes on with the speaker of the speech just before;
      // a quote that is the next sentence of a quoted speech ("„…“ Und: „…“") shares its cue.
      f.speaker = last_speaker_;
      if (chosen == nullptr && alone && last_direct_unit_ + 1 == unit_index_) {
        f.quote.cue = last_cue_;
        f.quote.speaker_mention = last_mention_;
      }
    }
    // Words in marks inside a speaker's name name it ("Wie die „Aktion Deutschland hilft“
    // mitteilte", "nach einem Bericht der „FAZ“").
    bool in_frame = false;
    for (const Cue& c : cues)
      in_frame = in_frame || (c.speaker.found() && c.speaker.first <= t.outer_first() && t.outer_last() <= c.speaker.last);
    const bool in_context = cue_found || speech_context;
    // The cue stands before the quote in the same clause: "sprach von einem „…“".
    bool governed = cue_found && chosen->frame_end < t.outer_first();
    for (std::uint32_t j = governed ? chosen->frame_end + 1 : t.outer_first(); j < t.outer_first() && governed; ++j)
      governed = !w_.clause_mark(j) && !w_.final_mark(j);
    const bool by_call = governed && chosen->kind == CueKind::verb && chosen->cue_class == CueClass::call &&
                         chosen->speaker.found();
    if (!in_frame && (alone || is_speech(t, adjacent, in_context, governed, by_call))) direct_found[kept++] = f;
  }

  std::sort(reported.begin(), reported.begin() + static_cast<std::ptrdiff_t>(reported_count),
            [](const Found& x, const Found& y) { return x.quote.span.begin < y.quote.span.begin; });
  // The sentence's subject may be who a later pronoun stands for ("Der Student … . Er …");
  // remembered before the unit's speakers, which are more recent.
  {
    std::uint32_t limit = end;
    for (const QuoteTokens& t : direct) limit = std::min(limit, t.outer_first());
    const Speaker subject = clause_subject(w_, begin, limit);
    if (names_speaker(w_, subject) && !subject.pronoun) memory_.remember(subject);
  }
  // Write the unit's quotes in text order.
  std::size_t a = 0;
  std::size_t b = 0;
  while (a < kept || b < reported_count) {
    const bool take_direct =
        b >= reported_count || (a < kept && direct_found[a].quote.span.begin <= reported[b].quote.span.begin);
    write(take_direct ? direct_found[a++] : reported[b++]);
  }
  if (kept == 1 && reported_count == 0 && direct_count == 1 && !own_cue[0] &&
      direct[0].outer_first() <= begin + 1 && direct[0].outer_last() + 2 >= end) {
    alone_quote_ = out_.size() - 1;
    alone_quote_unit_ = unit_index_;
  }
  if (cue_count == 0 && kept == 0) free_indirect(begin, end, direct);
  // "Die Ministerin sprach sich gegen Gewalt aus.": speech without words of its own; reported
  // speech and quotes in the next sentences go on with its speaker.
  if (kept == 0 && reported_count == 0) {
    for (const Cue& c : cues) {
      if (c.kind != CueKind::verb || c.cue_class != CueClass::say || !c.speaker.found()) continue;
      const Speaker* named = c.speaker.pronoun ? memory_.resolve(c.speaker) : &c.speaker;
      if (named == nullptr) continue;
      last_speaker_ = *named;
      last_speech_unit_ = unit_index_;
      if (!c.speaker.pronoun) memory_.remember(c.speaker);
    }
  }
  if (overflow) {  // quotes beyond max_direct were left in place: restore text order
    std::sort(out_.begin() + static_cast<std::ptrdiff_t>(first_quote), out_.end(),
              [](const Quote& x, const Quote& y) { return x.span.begin < y.span.begin; });
    last_free_indirect_ = SIZE_MAX;
  }
  previous_unit_begin_ = begin;
  previous_unit_end_ = end;
  previous_unit_index_ = unit_index_;
  previous_unit_silent_ = out_.size() == written_before;
  ++unit_index_;
}

}  // namespace

void run_quote_stage(std::string_view text, std::span<const Token> tokens, std::span<const Span> sentences,
                     std::span<const Span> paragraphs, Language language, std::vector<Quote>& quotes,
                     DiagnosticSink diagnostics) {
  if (tokens.empty()) return;
  const Words words(text, tokens, QuoteLexicon::instance(language), language != Language::en);
  Stage(words, sentences, paragraphs, quotes, diagnostics).run();
}

}  // namespace detail

std::vector<Quote> extract_quotes(std::string_view text, std::span<const Token> tokens, std::span<const Span> sentences,
                                  Language language) {
  std::vector<Quote> quotes;
  std::vector<Diagnostic> diagnostics;
  extract_quotes_append(text, tokens, sentences, {}, language, quotes, diagnostics);
  return quotes;
}

void extract_quotes_append(std::string_view text, std::span<const Token> tokens, std::span<const Span> sentences,
                           std::span<const Span> paragraphs, Language language, std::vector<Quote>& quotes,
                           std::vector<Diagnostic>& diagnostics) {
  auto add = [](void* context, DiagnosticCode code, std::uint32_t offset) {
    static_cast<std::vector<Diagnostic>*>(context)->push_back({code, offset});
  };
  detail::run_quote_stage(text, tokens, sentences, paragraphs, language, quotes, {&diagnostics, add});
}

}  // namespace wirereport
