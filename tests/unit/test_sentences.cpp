// Sentence splitting on texts written for these tests: final punctuation with closing quotes
// and brackets, abbreviations, initials, ordinals, quotes that continue a sentence, paragraph
// breaks, list items and datelines.
#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "sentences/candidates.hpp"
#include "support.hpp"

using namespace wirereport;

namespace {

std::vector<std::string> sentences(std::string_view text, Language language) {
  const std::vector<Token> tokens = tokenize(text, language);
  std::vector<std::string> out;
  for (const Span s : split_sentences(text, tokens, language)) out.emplace_back(s.in(text));
  return out;
}

using Sentences = std::vector<std::string>;

}  // namespace

TEST_CASE("final punctuation ends a sentence; closing quotes and brackets belong to it") {
  CHECK(sentences("Der Zug kam. Er war voll! War er pünktlich? Nein.", Language::de) ==
        Sentences{"Der Zug kam.", "Er war voll!", "War er pünktlich?", "Nein."});
  CHECK(sentences("Sie sagte: „Wir sind bereit.“ Dann ging sie.", Language::de) ==
        Sentences{"Sie sagte: „Wir sind bereit.“", "Dann ging sie."});
  CHECK(sentences("He left (for good.) Then he returned.", Language::en) ==
        Sentences{"He left (for good.)", "Then he returned."});
  CHECK(sentences("\"Stop.\" She did.", Language::en) == Sentences{"\"Stop.\"", "She did."});
}

TEST_CASE("a quotation that ends in ? or ! continues when the sentence goes on") {
  CHECK(sentences("„Wie geht es weiter?“, fragte sie. Niemand antwortete.", Language::de) ==
        Sentences{"„Wie geht es weiter?“, fragte sie.", "Niemand antwortete."});
  CHECK(sentences("„Wohin?“ fragte er leise.", Language::de) == Sentences{"„Wohin?“ fragte er leise."});
  CHECK(sentences("\"Run!\" he shouted.", Language::en) == Sentences{"\"Run!\" he shouted."});
  CHECK(sentences("Es gab Verletzte (drei davon schwer!) und Schäden.", Language::de) ==
        Sentences{"Es gab Verletzte (drei davon schwer!) und Schäden."});
}

TEST_CASE("abbreviations, initials and ordinals do not end a sentence, unless one clearly begins") {
  CHECK(sentences("Dr. Weber und Prof. Lang kamen z. B. mit Nr. 5 an.", Language::de) ==
        Sentences{"Dr. Weber und Prof. Lang kamen z. B. mit Nr. 5 an."});
  CHECK(sentences("Am 15. September kam er in den 6. Stock.", Language::de) ==
        Sentences{"Am 15. September kam er in den 6. Stock."});
  CHECK(sentences("J. R. R. Tolkien met George W. Bush on Sept. 14 in Washington.", Language::en) ==
        Sentences{"J. R. R. Tolkien met George W. Bush on Sept. 14 in Washington."});
  CHECK(sentences("Shares of Acme Inc. rose. The firm is based in the U.S. It hires.", Language::en) ==
        Sentences{"Shares of Acme Inc. rose.", "The firm is based in the U.S.", "It hires."});
  CHECK(sentences("Er kaufte Äpfel, Birnen usw. Die Preise stiegen.", Language::de) ==
        Sentences{"Er kaufte Äpfel, Birnen usw.", "Die Preise stiegen."});
  // A name ending in -er is not an abbreviation.
  CHECK(sentences("Das sagte Miller. Dann ging er.", Language::de) == Sentences{"Das sagte Miller.", "Dann ging er."});
  CHECK(sentences("Es waren 1999 rund 250. Die Zahl stieg.", Language::de) ==
        Sentences{"Es waren 1999 rund 250.", "Die Zahl stieg."});
}

TEST_CASE("an ellipsis ends a sentence only before a capital") {
  CHECK(sentences("Wir warteten... und warteten. Dann... Nichts.", Language::de) ==
        Sentences{"Wir warteten... und warteten.", "Dann...", "Nichts."});
  CHECK(sentences("...and then it rained.", Language::en) == Sentences{"...and then it rained."});
}

TEST_CASE("English web text: a period before a lower-case word still ends a sentence") {
  CHECK(sentences("we went home. then it rained. why? no idea", Language::en) ==
        Sentences{"we went home.", "then it rained.", "why?", "no idea"});
}

TEST_CASE("paragraph breaks, headlines and list items") {
  CHECK(sentences("Bahnstreik legt Verkehr lahm\n\nDie Gewerkschaft streikt seit Montag.", Language::de) ==
        Sentences{"Bahnstreik legt Verkehr lahm", "Die Gewerkschaft streikt seit Montag."});
  CHECK(sentences("Die Forderungen:\n- mehr Lohn\n- kürzere Schichten\nDas Angebot folgt.", Language::de) ==
        Sentences{"Die Forderungen:", "- mehr Lohn", "- kürzere Schichten\nDas Angebot folgt."});
  // Hard-wrapped lines (as in Reuters dispatches) do not end sentences.
  CHECK(sentences("The bank said it would\nraise rates by half\na point.", Language::en) ==
        Sentences{"The bank said it would\nraise rates by half\na point."});
}

TEST_CASE("a dateline before the story is a sentence of its own") {
  CHECK(sentences("BERLIN (dpa) - Die Regierung hat beschlossen.", Language::de) ==
        Sentences{"BERLIN (dpa) -", "Die Regierung hat beschlossen."});
  CHECK(sentences("NEW YORK, Feb 26 - Shares rose.", Language::en) == Sentences{"NEW YORK, Feb 26 -", "Shares rose."});
  CHECK(sentences("Wien – Die Gewerkschaft sieht Bedarf.", Language::de) ==
        Sentences{"Wien –", "Die Gewerkschaft sieht Bedarf."});
  CHECK(sentences("Er sagte - und das war neu - nichts.", Language::de) == Sentences{"Er sagte - und das war neu - nichts."});
  CHECK(sentences("Jackie Taylor - she is located here.", Language::en) ==
        Sentences{"Jackie Taylor - she is located here."});
}

TEST_CASE("sentences tile the tokens: every token is in exactly one sentence") {
  const std::string text =
      "Der Präsident (SPD) sagte am 3. Juni: „Wir kommen!“ Dann…\n\nNeuer Absatz? Ja. U.S. firms, "
      "e.g. Acme Inc., said so.  Ende";
  for (const Language l : {Language::de, Language::en, Language::unknown}) {
    const std::vector<Token> tokens = tokenize(text, l);
    const std::vector<Span> spans = split_sentences(text, tokens, l);
    REQUIRE_FALSE(spans.empty());
    std::size_t t = 0;
    for (const Span s : spans) {
      REQUIRE(t < tokens.size());
      CHECK(s.begin == tokens[t].span.begin);
      while (t < tokens.size() && tokens[t].span.end <= s.end) ++t;
      CHECK(s.end == tokens[t - 1].span.end);
    }
    CHECK(t == tokens.size());
  }
  CHECK(split_sentences("", {}, Language::de).empty());
}

TEST_CASE("the gather of candidates gives the same indexes at every level") {
  // Random kinds and flags on tokens, gathered over every range of 0 to 40 tokens at 17 offsets
  // (the SIMD level takes sixteen at a time, the rest one by one) and over a chunk of 256, with
  // few and many of the flags that make candidates.
  std::mt19937 random(20261129);
  const std::uint16_t deciding = token_flag::newline_before | token_flag::paragraph_before | token_flag::sentence_final;
  std::vector<Token> tokens(300);
  auto fill = [&](unsigned density) {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      tokens[i] = Token{{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1 + random() % 5)},
                        static_cast<TokenKind>(random() % 2 != 0 ? 0 : random() % 12),
                        static_cast<std::uint16_t>(random() & ~std::uint32_t{deciding})};
      if (random() % 100 < density) {
        const std::uint16_t flag[] = {token_flag::newline_before, token_flag::paragraph_before, token_flag::sentence_final};
        tokens[i].flags |= flag[random() % 3];
      }
    }
  };
  const auto level = detail::best_simd_level();
  std::vector<std::uint32_t> expected(256 + detail::candidate_slack);
  std::vector<std::uint32_t> got(256 + detail::candidate_slack);
  std::size_t compared = 0;
  for (const unsigned density : {0u, 3u, 30u, 100u}) {
    fill(density);
    for (std::size_t from = 0; from < 17; ++from) {
      for (std::size_t to = from; to <= from + 40; ++to) {
        const std::size_t n = detail::gather_candidates(tokens, from, to, expected.data(), detail::SimdLevel::scalar);
        REQUIRE(detail::gather_candidates(tokens, from, to, got.data(), level) == n);
        for (std::size_t c = 0; c < n; ++c) REQUIRE(got[c] == expected[c]);
        compared += n;
      }
    }
    const auto first = tokens.begin() + 20;
    const auto last = tokens.begin() + 276;
    const std::size_t n = detail::gather_candidates(tokens, 20, 276, expected.data(), detail::SimdLevel::scalar);
    CHECK(n == static_cast<std::size_t>(std::count_if(first, last, detail::is_candidate)));
    CHECK(std::all_of(expected.begin(), expected.begin() + static_cast<std::ptrdiff_t>(n),
                      [&](std::uint32_t i) { return detail::is_candidate(tokens[i]); }));
    CHECK(detail::gather_candidates(tokens, 20, 276, got.data(), level) == n);
    CHECK(std::equal(expected.begin(), expected.begin() + static_cast<std::ptrdiff_t>(n), got.begin()));
  }
  // Which tokens are candidates.
  CHECK(detail::is_candidate(Token{{0, 1}, TokenKind::punctuation, token_flag::sentence_final}));
  CHECK(detail::is_candidate(Token{{0, 1}, TokenKind::word, token_flag::sentence_final}));  // "Dr."
  CHECK(detail::is_candidate(Token{{0, 1}, TokenKind::word, token_flag::paragraph_before}));
  CHECK(detail::is_candidate(Token{{0, 1}, TokenKind::number, token_flag::newline_before}));  // "1."
  CHECK_FALSE(detail::is_candidate(Token{{0, 1}, TokenKind::word, token_flag::newline_before}));
  CHECK_FALSE(detail::is_candidate(Token{{0, 1}, TokenKind::punctuation, token_flag::capitalized}));
  MESSAGE(compared << " indexes compared at " << std::string(detail::to_string(level)));
  CHECK(compared > 1000);
}
