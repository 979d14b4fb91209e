// The quote stage: quotation styles, nesting, quotes over paragraphs, unbalanced marks,
// speakers and cues in German and English reports written for the project
// (tests/fixtures/quotes), and the seed report's expected quotes (../shared/seeds).
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "json_check.hpp"
#include "support.hpp"
#include "wirereport/wirereport.hpp"

namespace {

using wirereport::Article;
using wirereport::Language;
using wirereport::Quote;
using wirereport::QuoteKind;

std::string fixture(const char* name) { return wirereport::test::project_file(std::string("tests/fixtures/quotes/") + name); }

// The quotes of `text` through the stand-alone API (text, tokens, sentences).
struct Extracted {
  std::vector<Quote> quotes;
  std::vector<wirereport::Diagnostic> diagnostics;
};

Extracted extract(std::string_view text, Language language) {
  const std::vector<wirereport::Token> tokens = wirereport::tokenize(text, language);
  const std::vector<wirereport::Span> sentences = wirereport::split_sentences(text, tokens, language);
  Extracted e;
  wirereport::extract_quotes_append(text, tokens, sentences, {}, language, e.quotes, e.diagnostics);
  return e;
}

std::string_view view(std::string_view text, const std::optional<wirereport::Span>& span) {
  return span ? span->in(text) : std::string_view();
}

// The quote of `kind` whose words start with `starts`, or nullptr.
const Quote* find(std::string_view text, const std::vector<Quote>& quotes, QuoteKind kind, std::string_view starts) {
  for (const Quote& q : quotes)
    if (q.kind == kind && q.span.in(text).starts_with(starts)) return &q;
  return nullptr;
}

struct Expected {
  QuoteKind kind;
  std::string_view starts;
  std::string_view speaker;  // empty: none
  std::string_view cue;      // empty: none
  std::string_view mention = {};
};

void check_all(std::string_view text, const std::vector<Quote>& quotes, std::initializer_list<Expected> expected) {
  for (const Expected& e : expected) {
    CAPTURE(e.starts);
    const Quote* q = find(text, quotes, e.kind, e.starts);
    REQUIRE(q != nullptr);
    CHECK(view(text, q->speaker) == e.speaker);
    CHECK(view(text, q->cue) == e.cue);
    CHECK(view(text, q->speaker_mention) == e.mention);
  }
}

bool has_diagnostic(const std::vector<wirereport::Diagnostic>& diagnostics, wirereport::DiagnosticCode code) {
  for (const auto& d : diagnostics)
    if (d.code == code) return true;
  return false;
}

}  // namespace

TEST_CASE("every quotation style gives the quoted words without the marks") {
  struct Style {
    const char* text;
    Language language;
  };
  const Style styles[] = {
      {"„Wir kommen morgen wieder“, sagte der Sprecher.", Language::de},
      {"»Wir kommen morgen wieder«, sagte der Sprecher.", Language::de},
      {"«Wir kommen morgen wieder», sagte der Sprecher.", Language::de},
      {"‚Wir kommen morgen wieder‘, sagte der Sprecher.", Language::de},
      {"“Wir kommen morgen wieder,” said the spokesman.", Language::en},
      {"\"Wir kommen morgen wieder,\" said the spokesman.", Language::en},
      {"‘Wir kommen morgen wieder,’ said the spokesman.", Language::en},
      {"'Wir kommen morgen wieder,' said the spokesman.", Language::en},
      {"``Wir kommen morgen wieder,'' said the spokesman.", Language::en},
  };
  for (const Style& s : styles) {
    CAPTURE(s.text);
    const std::string_view text = s.text;
    const Extracted e = extract(text, s.language);
    REQUIRE(e.quotes.size() == 1);
    const Quote& q = e.quotes[0];
    CHECK(q.kind == QuoteKind::direct);
    CHECK(q.span.in(text).starts_with("Wir kommen morgen wieder"));
    CHECK_FALSE(q.span.in(text).ends_with("\u201C"));
    CHECK(view(text, q.speaker) == (s.language == Language::de ? "der Sprecher" : "the spokesman"));
    CHECK(e.diagnostics.empty());
  }
}

TEST_CASE("a quote within a quote is part of the outer quote") {
  const std::string_view text =
      "“The company told us, ‘There is no more money,’ and then walked out,” said Jonas Berg, an organiser.";
  const Extracted e = extract(text, Language::en);
  REQUIRE(e.quotes.size() == 1);
  CHECK(e.quotes[0].span.in(text) == "The company told us, ‘There is no more money,’ and then walked out,");
  CHECK(view(text, e.quotes[0].speaker) == "Jonas Berg");
  CHECK(e.diagnostics.empty());

  const std::string_view german = "„Er sagte nur: ‚Wir gehen‘, dann war er weg“, berichtete die Zeugin.";
  const Extracted g = extract(german, Language::de);
  REQUIRE(g.quotes.size() == 1);
  CHECK(g.quotes[0].span.in(german) == "Er sagte nur: ‚Wir gehen‘, dann war er weg");
  CHECK(view(german, g.quotes[0].speaker) == "die Zeugin");
}

TEST_CASE("a quote continued in the next paragraph is one quote") {
  const std::string text = fixture("ap_en_firehouse.txt");
  const Extracted e = extract(text, Language::en);
  const Quote* q = find(text, e.quotes, QuoteKind::direct, "Every extra minute costs lives.");
  REQUIRE(q != nullptr);
  CHECK(q->span.in(text).ends_with("``The council should reject this plan outright,"));
  CHECK(view(text, q->speaker) == "Ortiz");
  CHECK(view(text, q->speaker_mention) == "she");
  CHECK(e.diagnostics.empty());
}

TEST_CASE("unbalanced marks: best effort and a diagnostic") {
  SUBCASE("an opening mark never closed ends its quote with the paragraph") {
    const std::string_view text = "„Wir kommen wieder, sagte der Trainer.\n\nDas Spiel endete 0:0.";
    const Extracted e = extract(text, Language::de);
    REQUIRE(has_diagnostic(e.diagnostics, wirereport::DiagnosticCode::unbalanced_quote));
    CHECK(e.diagnostics[0].offset == 0);
    REQUIRE(!e.quotes.empty());
    CHECK(e.quotes[0].span.in(text) == "Wir kommen wieder, sagte der Trainer.");
  }
  SUBCASE("a closing mark never opened closes a quote from the paragraph start") {
    const std::string_view text = "Wir kommen wieder“, sagte der Trainer.";
    const Extracted e = extract(text, Language::de);
    REQUIRE(has_diagnostic(e.diagnostics, wirereport::DiagnosticCode::unbalanced_quote));
    REQUIRE(e.quotes.size() == 1);
    CHECK(e.quotes[0].span.in(text) == "Wir kommen wieder");
    CHECK(view(text, e.quotes[0].speaker) == "der Trainer");
  }
  SUBCASE("apostrophes are no quotation marks") {
    const std::string_view text = "The Joneses' house, built in the '90s, was sold, he said.";
    const Extracted e = extract(text, Language::en);
    CHECK(e.diagnostics.empty());
    CHECK(find(text, e.quotes, QuoteKind::direct, "") == nullptr);
  }
  SUBCASE("an elision with ’ opens no quote") {
    const std::string_view text = "Die Polizei ging gegen die ’Ndrangheta vor. „Wir bleiben dran“, sagte der Sprecher.";
    const Extracted e = extract(text, Language::de);
    CHECK(e.diagnostics.empty());
    REQUIRE(e.quotes.size() == 1);
    CHECK(e.quotes[0].span.in(text) == "Wir bleiben dran");
    CHECK(view(text, e.quotes[0].speaker) == "der Sprecher");
  }
  SUBCASE("the parser reports them among the article's diagnostics") {
    const Article a = wirereport::parse("Er sagte: „Wir kommen.\n\nDann ging er.", {});
    CHECK(has_diagnostic({a.diagnostics().begin(), a.diagnostics().end()}, wirereport::DiagnosticCode::unbalanced_quote));
  }
}

TEST_CASE("100,000 quotation marks: no crash, bounded diagnostics, every quote closed") {
  // Linear in the marks (a bounded stack); runs in milliseconds (see the README's figures).
  const std::string runs[] = {
      std::string(300000, '"'),
      [] {
        std::string s;
        for (int i = 0; i < 100000; ++i) s += "\u201E";  // „ never closed
        return s;
      }(),
      [] {
        std::string s;
        for (int i = 0; i < 50000; ++i) s += "„Ja“, sagte er. ";
        return s;
      }(),
      [] {
        std::string s;
        for (int i = 0; i < 100000; ++i) s += i % 3 == 0 ? "»a " : (i % 3 == 1 ? "« b‘ " : "’ “c ");
        return s;
      }(),
  };
  for (const std::string& text : runs) {
    const Article a = wirereport::parse(text, {});
    CHECK(a.ok());
    CHECK(a.diagnostics().size() <= 1001);
    for (const Quote& q : a.quotes()) CHECK(q.span.end <= text.size());
  }
  const Article alternating = wirereport::parse(runs[2], {});
  CHECK(alternating.quotes().size() == 50000);
}

TEST_CASE("Reuters style: said, told, according to, appositions, pronouns") {
  const std::string text = fixture("reuters_en_treasury.txt");
  const Article a = wirereport::parse(text, {});
  const std::vector<Quote> quotes(a.quotes().begin(), a.quotes().end());
  check_all(text, quotes,
            {
                {QuoteKind::indirect, "it would extend a program", "The U.S. Treasury", "said"},
                {QuoteKind::indirect, "that \"conditions remain fragile\"", "The U.S. Treasury", "warning"},
                {QuoteKind::direct, "conditions remain fragile", "The U.S. Treasury", "warning"},
                {QuoteKind::direct, "We are not out of the woods yet", "Treasury Secretary Janet Holt", "told"},
                {QuoteKind::direct, "But the system is far stronger", "Treasury Secretary Janet Holt", "told"},
                {QuoteKind::indirect, "the department had spoken", "Holt", "said"},
                {QuoteKind::direct, "Liquidity is there", "Marcus Webb", "said"},
                {QuoteKind::indirect, "that no bank had yet drawn", "Marcus Webb", "added", "He"},
                {QuoteKind::indirect, "the Treasury also weighed", "two people familiar", "According to"},
                {QuoteKind::direct, "I want to see the numbers", "Senator Ruth Calder", "said"},
                {QuoteKind::direct, "Frankly, we were surprised", "Senator Ruth Calder", "said", "she"},
                {QuoteKind::direct, "Nobody told us", "Senator Ruth Calder", "said", "she"},
                {QuoteKind::indirect, "that it expected to publish", "The agency", "told"},
            });
}

TEST_CASE("AP style: ``…'' quotes, said X, called, warned that, paragraphs") {
  const std::string text = fixture("ap_en_firehouse.txt");
  const Article a = wirereport::parse(text, {});
  const std::vector<Quote> quotes(a.quotes().begin(), a.quotes().end());
  check_all(text, quotes,
            {
                {QuoteKind::indirect, "the move would save $4 million", "City officials", "saying"},
                {QuoteKind::direct, "Nobody wants to close a firehouse", "Deputy Mayor Alan Pierce", "said"},
                {QuoteKind::direct, "But we have to live within our means", "Deputy Mayor Alan Pierce", "said"},
                {QuoteKind::indirect, "the city would add two ambulances", "Pierce", "said"},
                {QuoteKind::direct, "reckless", "Union leader Dana Ortiz", "called"},
                {QuoteKind::direct, "We have run the numbers ourselves", "Ortiz", "said"},
                {QuoteKind::indirect, "The council is expected to vote", "a city spokesman", "said"},
            });
}

TEST_CASE("quotation styles in one report: curly, straight, single, guillemets") {
  const std::string text = fixture("styles_en_harbour.txt");
  const Extracted e = extract(text, Language::en);
  check_all(text, e.quotes,
            {
                {QuoteKind::indirect, "Dock workers at the port", "their union", "said"},
                {QuoteKind::direct, "The company told us, ‘There is no more money,’", "Jonas Berg", "said"},
                {QuoteKind::direct, "We are ready to talk at any time,", "Helen Marsh", "said"},
                {QuoteKind::indirect, "the offer on the table was", "Helen Marsh", "said", "She"},
                {QuoteKind::direct, "fair and final", "Helen Marsh", "said", "She"},
                {QuoteKind::direct, "Every day of disruption costs us dearly", "an executive", "said"},
                {QuoteKind::direct, "Only if they come back with a real offer.", "Berg", "said"},
            });
  // The last quote is never closed: reported, and closed at the end of its paragraph.
  CHECK(has_diagnostic(e.diagnostics, wirereport::DiagnosticCode::unbalanced_quote));
}

TEST_CASE("German: sagte X, so X, laut, zufolge, nach Angaben, heißt es, fügte … hinzu, Konjunktiv") {
  const std::string text = fixture("web_de_ladesaeulen.txt");
  const Article a = wirereport::parse(text, {});
  const std::vector<Quote> quotes(a.quotes().begin(), a.quotes().end());
  check_all(text, quotes,
            {
                {QuoteKind::direct, "Wir halten Wort", "Wirtschaftsministerin Petra Lang", "sagte"},
                {QuoteKind::direct, "Die Prämie bleibt", "Wirtschaftsministerin Petra Lang", "sagte"},
                {QuoteKind::indirect, "die Mittel seien im Haushalt", "Ein Sprecher des Finanzministeriums", "sagte"},
                {QuoteKind::direct, "Wahlgeschenk auf Pump", "Die Opposition", "sprach"},
                {QuoteKind::indirect, "stieg die Zahl der Neuzulassungen", "dem Branchenverband VDA", "Laut"},
                {QuoteKind::indirect, "fehlen aber weiterhin Ladesäulen", "Dem Verband", "zufolge"},
                {QuoteKind::direct, "Das reicht bei weitem nicht", "Verbandspräsident Jörg Maurer", "so"},
                {QuoteKind::indirect, "Man brauche doppelt so viele", "Verbandspräsident Jörg Maurer", "fügte er hinzu",
                 "er"},
                {QuoteKind::indirect, "waren Ende März rund 1,4 Millionen", "des Statistischen Bundesamtes",
                 "Nach Angaben"},
                {QuoteKind::direct, "Die Regierung fährt auf Sicht.", "einer Mitteilung der Grünen", "heißt es"},
                {QuoteKind::indirect, "der Verband werde im Herbst", "Maurer", "teilte mit"},
                {QuoteKind::indirect, "Sie solle zeigen", "Maurer", ""},
                {QuoteKind::indirect, "dass die Prämie „kein Dauerzustand“", "Die Ministerin", "betonte"},
                {QuoteKind::direct, "kein Dauerzustand", "Die Ministerin", "betonte"},
            });
}

TEST_CASE("German frames without a cue verb: colon clauses, verb-first clauses, pointing back, names") {
  const std::string text = fixture("web_de_stadthalle.txt");
  const Article a = wirereport::parse(text, {});
  const std::vector<Quote> quotes(a.quotes().begin(), a.quotes().end());
  check_all(text, quotes,
            {
                // "X. Das erklärte Y.": the sentence before is reported.
                {QuoteKind::indirect, "Die Kosten steigen um zwei Millionen Euro", "der Kämmerer Paul Vogt", "erklärte"},
                // The object stands first, the subject after the verb; the verb is no cue verb.
                {QuoteKind::direct, "Wir schlafen seit Wochen nicht mehr.", "die Sprecherin der Bürgerinitiative",
                 "brachte"},
                {QuoteKind::direct, "Das ist trotzdem ein guter Tag", "Oberbürgermeister Karl Brandt",
                 "zeigte sich Oberbürgermeister Karl Brandt nach der Sitzung zufrieden"},
                {QuoteKind::direct, "Wir haben bei der Planung Fehler gemacht.", "Baustadtrat Ole Hansen",
                 "musste Baustadtrat Ole Hansen am Montag einräumen"},
                // A name whose particle opens the sentence, named before with "von" in lower case.
                {QuoteKind::direct, "Die Halle wird im nächsten Jahr fertig.", "Von der Heide", "betonte"},
                // Words in marks without a cue: the subject of their clause.
                {QuoteKind::direct, "gefährlichen Optimismus", "Vogt", "sieht"},
                // The paper that quotes is the source, as the gold corpus has it.
                {QuoteKind::direct, "Die Halle wird am Ende noch teurer", "das „Stadtblatt“", "zitiert"},
                // Speech without words of its own ("sprach sich … aus") goes on in Konjunktiv.
                {QuoteKind::direct, "jeden Preis", "Ministerin Eva Lind", ""},
            });
  // "soll … verschwiegen haben" reports; "soll … eröffnet werden" plans (away from speech);
  // titles and lists of names in marks are no quotes.
  const Quote* reported = find(text, quotes, QuoteKind::indirect, "Der frühere Bauleiter soll");
  REQUIRE(reported != nullptr);
  CHECK(reported->span.in(text) == "Der frühere Bauleiter soll Mängel am Dach verschwiegen haben.");
  CHECK(find(text, quotes, QuoteKind::indirect, "Die Halle soll") == nullptr);
  CHECK(find(text, quotes, QuoteKind::direct, "Die Brücke am Fluss") == nullptr);
  CHECK(find(text, quotes, QuoteKind::direct, "Grüne Dächer") == nullptr);
  CHECK(find(text, quotes, QuoteKind::direct, "Neue Wege") == nullptr);
}

TEST_CASE("compounds split into three tokens read like one word") {
  // Universal Dependencies splits "SPD-Vorsitzende" into "SPD" "-" "Vorsitzende"; the stage
  // must read the speaker the same way.
  const std::string_view text = "„Wir bleiben dabei“, sagte der SPD-Vorsitzende Franz Berger am Abend.";
  std::vector<wirereport::Token> tokens = wirereport::tokenize(text, Language::de);
  std::vector<wirereport::Token> split;
  for (const wirereport::Token& t : tokens) {
    const std::string_view word = t.span.in(text);
    const std::size_t hyphen = word.find('-');
    if (t.kind != wirereport::TokenKind::word || hyphen == std::string_view::npos) {
      split.push_back(t);
      continue;
    }
    const auto at = static_cast<std::uint32_t>(t.span.begin + hyphen);
    split.push_back({{t.span.begin, at}, wirereport::TokenKind::word, t.flags});
    split.push_back({{at, at + 1}, wirereport::TokenKind::punctuation, 0});
    split.push_back({{at + 1, t.span.end}, wirereport::TokenKind::word, wirereport::token_flag::capitalized});
  }
  REQUIRE(split.size() == tokens.size() + 2);
  const std::vector<wirereport::Span> sentences = wirereport::split_sentences(text, split, Language::de);
  std::vector<Quote> quotes;
  std::vector<wirereport::Diagnostic> diagnostics;
  wirereport::extract_quotes_append(text, split, sentences, {}, Language::de, quotes, diagnostics);
  check_all(text, quotes, {{QuoteKind::direct, "Wir bleiben dabei", "der SPD-Vorsitzende Franz Berger", "sagte"}});
}

TEST_CASE("quotes come in text order and the JSON shows speaker and cue") {
  const std::string text = fixture("web_de_ladesaeulen.txt");
  const Article a = wirereport::parse(text, {});
  REQUIRE(!a.quotes().empty());
  for (std::size_t i = 1; i < a.quotes().size(); ++i) CHECK(a.quotes()[i - 1].span.begin <= a.quotes()[i].span.begin);
  const std::string json = wirereport::to_json(a);
  CHECK(json.find("\"kind\":\"indirect\",\"speaker\":{\"span\"") != std::string::npos);
  CHECK(json.find("\"cue\":{\"span\":[") != std::string::npos);
  CHECK(json.find("\"text\":\"fügte er hinzu\"") != std::string::npos);
}

TEST_CASE("the seed report: every expected quote with its speaker and cue") {
  const auto expected_path = wirereport::test::shared_file("seeds/000_b62a570b9a3f314f.expected.json");
  const auto text_path = wirereport::test::shared_file("seeds/000_b62a570b9a3f314f.txt");
  if (!expected_path || !text_path) return;
  const std::string text = wirereport::test::read_file(*text_path);
  const std::string expected_json = wirereport::test::read_file(*expected_path);
  wirereport::fuzz::JsonValue expected;
  REQUIRE(wirereport::fuzz::JsonReader(expected_json).document(&expected));
  const Article a = wirereport::parse(text, {});
  const std::string_view t = a.text();
  REQUIRE(expected["quotes"].array.size() == 13);
  for (const auto& e : expected["quotes"].array) {
    const std::string& whole = e["text"].string;
    const std::string& starts = e["text_starts"].string;
    const std::string& ends = e["text_ends"].string;
    const QuoteKind kind = e["kind"].string == "indirect" ? QuoteKind::indirect : QuoteKind::direct;
    CAPTURE(whole + starts);
    const Quote* found = nullptr;
    for (const Quote& q : a.quotes()) {
      const std::string_view words = q.span.in(t);
      if (q.kind == kind && (whole.empty() ? words.starts_with(starts) && words.ends_with(ends) : words == whole))
        found = &q;
    }
    REQUIRE(found != nullptr);
    const std::string speaker = e["speaker"].is_null() ? std::string() : e["speaker"].string;
    CHECK(view(t, found->speaker) == speaker);
    if (!e["speaker_mention"].is_null()) CHECK(view(t, found->speaker_mention) == e["speaker_mention"].string);
    // The cue: the expected words, in our cue span ("lud" in "lud Kim Putin ein").
    const std::string_view cue = view(t, found->cue);
    if (e["cue"].is_null()) {
      CHECK(cue.empty());
    } else {
      std::istringstream words(e["cue"].string);
      for (std::string word; words >> word;) CHECK(cue.find(word) != std::string_view::npos);
    }
  }
}
