// The tokenizer: Universal Dependencies surface tokens on sentences written for these tests,
// kinds and flags, scripts beyond Latin, bad input; every SIMD level and the general path
// give the same tokens on random text and on every corpus document; a warm Tokenizer
// allocates nothing.
#include <algorithm>
#include <array>
#include <bit>
#include <random>
#include <string>
#include <vector>

#include "../../bench/corpus.hpp"
#include "allocations.hpp"
#include "lang/lexicon.hpp"
#include "support.hpp"
#include "text/utf8.hpp"
#include "tokens/chars.hpp"
#include "tokens/scanner.hpp"

using namespace wirereport;

namespace {

std::vector<std::string> texts(std::string_view text, Language language = Language::unknown,
                               Compounds compounds = Compounds::whole) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text, language, compounds)) out.emplace_back(t.span.in(text));
  return out;
}

// The token whose text is `word` (the first one).
Token token(std::string_view text, std::string_view word, Language language = Language::unknown) {
  for (const Token& t : tokenize(text, language))
    if (t.span.in(text) == word) return t;
  FAIL("no token " << word << " in " << text);
  return {};
}

using Words = std::vector<std::string>;

// Tokens are ordered, non-empty, within the range, never overlap and never begin or end
// inside a UTF-8 sequence or before a combining mark.
void check_well_formed(std::string_view text, const std::vector<Token>& tokens, Span range) {
  std::uint32_t last = range.begin;
  for (const Token& t : tokens) {
    REQUIRE(t.span.begin >= last);
    REQUIRE(t.span.begin < t.span.end);
    REQUIRE(t.span.end <= range.end);
    if (t.kind != TokenKind::invalid) {
      for (const std::uint32_t at : {t.span.begin, t.span.end}) {
        if (at >= text.size()) continue;
        CHECK((static_cast<unsigned char>(text[at]) & 0xC0) != 0x80);
      }
    }
    // A mark, variation selector or zero width joiner never begins a token after another
    // character: the grapheme stays whole.
    if (!t.has(token_flag::space_before) && t.kind != TokenKind::invalid) {
      const detail::CodePoint cp = detail::decode_utf8(text, t.span.begin);
      CHECK_FALSE((detail::extends_grapheme(cp.value) || cp.value == 0x200D));
    }
    last = t.span.end;
  }
}

// Every scan mode on `text`: the same tokens as the portable general path.
void check_modes_agree(std::string_view text, Language language, Compounds compounds = Compounds::whole) {
  const Span all{0, static_cast<std::uint32_t>(text.size())};
  std::vector<Token> reference;
  detail::scan_tokens(text, all, language, compounds, reference, {detail::SimdLevel::scalar, false});
  check_well_formed(text, reference, all);
  for (const auto level : {detail::SimdLevel::scalar, detail::SimdLevel::sse2, detail::SimdLevel::avx2, detail::SimdLevel::avx512}) {
    for (const bool fast : {false, true}) {
      std::vector<Token> tokens;
      detail::scan_tokens(text, all, language, compounds, tokens, {level, fast});
      // The first token that differs (or is missing), with where it is.
      for (std::size_t i = 0; i < std::max(tokens.size(), reference.size()); ++i) {
        if (i < tokens.size() && i < reference.size() && tokens[i].span == reference[i].span &&
            tokens[i].kind == reference[i].kind && tokens[i].flags == reference[i].flags)
          continue;
        const auto in = [&](const std::vector<Token>& t) { return i < t.size() ? t[i].span.in(text) : "(none)"; };
        FAIL_CHECK("mode " << std::string(detail::to_string(level)) << (fast ? "+fast" : "") << " differs at token " << i << " of "
                           << reference.size() << ": " << in(tokens) << " / " << in(reference) << " in: " << text);
        return;
      }
    }
  }
}

}  // namespace

TEST_CASE("abbreviations keep their period; sentence-final periods are tokens") {
  CHECK(texts("Dr. Weber sprach z.B. mit Prof. Lang.", Language::de) ==
        Words{"Dr.", "Weber", "sprach", "z.B.", "mit", "Prof.", "Lang", "."});
  CHECK(texts("Das gilt z. B. und u. a. hier.", Language::de) ==
        Words{"Das", "gilt", "z.", "B.", "und", "u.", "a.", "hier", "."});
  CHECK(texts("The U.S. Army met on Sept. 14 with Acme Inc. officials.", Language::en) ==
        Words{"The", "U.S.", "Army", "met", "on", "Sept.", "14", "with", "Acme", "Inc.", "officials", "."});
  // "No." is an abbreviation before a number only.
  CHECK(texts("Track No. 5 won. The answer was No. Then", Language::en) ==
        Words{"Track", "No.", "5", "won", ".", "The", "answer", "was", "No", ".", "Then"});
  // Initials, unless a sentence opener follows.
  CHECK(texts("J. R. R. Tolkien and George W. Bush", Language::en) ==
        Words{"J.", "R.", "R.", "Tolkien", "and", "George", "W.", "Bush"});
  CHECK(texts("because of Plan B. The rest", Language::en) ==
        Words{"because", "of", "Plan", "B", ".", "The", "rest"});
  // English gives a sentence-final abbreviation's period to the sentence.
  CHECK(texts("They landed in the U.S.\n\nLater", Language::en) == Words{"They", "landed", "in", "the", "U.S", ".", "Later"});
  CHECK(texts("The cost is $5 bn, etc.. Next", Language::en).at(7) == "etc.");
}

TEST_CASE("German ordinals keep their period where they are ordinals") {
  CHECK(texts("Am 15. September und am 3. Juni.", Language::de) ==
        Words{"Am", "15.", "September", "und", "am", "3.", "Juni", "."});
  CHECK(texts("im 6. Stock des 18. Jahrhunderts", Language::de) == Words{"im", "6.", "Stock", "des", "18.", "Jahrhunderts"});
  CHECK(texts("Es war 1999. Dann kam 2000.", Language::de) == Words{"Es", "war", "1999", ".", "Dann", "kam", "2000", "."});
  CHECK(texts("Er wurde 67. Die Feier", Language::de) == Words{"Er", "wurde", "67", ".", "Die", "Feier"});
  CHECK(texts("Sie kamen. 2. Die Forderungen", Language::de) ==
        Words{"Sie", "kamen", ".", "2.", "Die", "Forderungen"});  // an enumeration
  CHECK(texts("bis zum 14.09. um acht", Language::de) == Words{"bis", "zum", "14.09.", "um", "acht"});
  CHECK(texts("on 15. Then", Language::en) == Words{"on", "15", ".", "Then"});
}

TEST_CASE("numbers, times, dates, percentages and currencies") {
  CHECK(texts("1.750 Euro, 155,221 bags, 5.93 mln, -3,5 Grad", Language::de) ==
        Words{"1.750", "Euro", ",", "155,221", "bags", ",", "5.93", "mln", ",", "-3,5", "Grad"});
  CHECK(texts("um 11:52 Uhr oder 11.52 Uhr am 14.09.2023", Language::de) ==
        Words{"um", "11:52", "Uhr", "oder", "11.52", "Uhr", "am", "14.09.2023"});
  CHECK(texts("on 2023-09-14 at 12%, $4.5 and 08/16/2000 but 24/7", Language::en) ==
        Words{"on", "2023-09-14", "at", "12", "%", ",", "$", "4.5", "and", "08/16/2000", "but", "24", "/", "7"});
  CHECK(texts("call 303-832-8160 for 13-17 year olds", Language::en) ==
        Words{"call", "303-832-8160", "for", "13-17", "year", "olds"});
  CHECK(texts("call 303-832-8160 for 13-17 year olds", Language::en, Compounds::split) ==
        Words{"call", "303-832-8160", "for", "13", "-", "17", "year", "olds"});
  CHECK(texts("a 375mm lens, the 4th and 1990s", Language::en) ==
        Words{"a", "375", "mm", "lens", ",", "the", "4th", "and", "1990s"});
  CHECK(texts("eine 250g Packung", Language::de) == Words{"eine", "250g", "Packung"});
  CHECK(token("1.750", "1.750").kind == TokenKind::number);
  CHECK(token("Es kostet 1.750 Euro", "1.750", Language::de).has(token_flag::has_digit));
}

TEST_CASE("hyphenated compounds: whole, or split as Universal Dependencies has them") {
  const std::string de = "Das US-Außenministerium und die Amur-Region; Kim Jong-un sprach.";
  CHECK(texts(de, Language::de) ==
        Words{"Das", "US-Außenministerium", "und", "die", "Amur-Region", ";", "Kim", "Jong-un", "sprach", "."});
  CHECK(token(de, "US-Außenministerium", Language::de).has(token_flag::has_hyphen));
  CHECK_FALSE(token(de, "US-Außenministerium", Language::de).has(token_flag::in_compound));
  CHECK(texts("der 30-Jährige vom All-in-Rechner", Language::de) == Words{"der", "30-Jährige", "vom", "All-in-Rechner"});

  CHECK(texts(de, Language::de, Compounds::split) ==
        Words{"Das", "US", "-", "Außenministerium", "und", "die", "Amur", "-", "Region", ";", "Kim", "Jong", "-", "un",
              "sprach", "."});
  const std::vector<Token> tokens = tokenize(de, Language::de, Compounds::split);
  for (std::size_t i = 1; i <= 3; ++i) CHECK(tokens[i].has(token_flag::in_compound));
  CHECK_FALSE(tokens[0].has(token_flag::in_compound));
  CHECK_FALSE(tokens[4].has(token_flag::in_compound));
  CHECK(compound_span(tokens, 2).in(de) == "US-Außenministerium");
  CHECK(compound_span(tokens, 13).in(de) == "Jong-un");
  CHECK(compound_span(tokens, 0).in(de) == "Das");
  CHECK(texts("Asien-Pazifik-Gipfel", Language::de, Compounds::split).size() == 5);
  // English keeps bound prefixes and suffixes whole.
  CHECK(texts("an e-mail to non-members about a well-known co-operation", Language::en, Compounds::split) ==
        Words{"an", "e-mail", "to", "non-members", "about", "a", "well", "-", "known", "co-operation"});
  CHECK(token("an e-mail", "e-mail", Language::en).has(token_flag::has_hyphen));
  // A dash between spaces and a truncated word are punctuation of their own.
  for (const Compounds c : {Compounds::whole, Compounds::split})
    CHECK(texts("Rohstoff- und Energiepreise - gestiegen", Language::de, c) ==
          Words{"Rohstoff", "-", "und", "Energiepreise", "-", "gestiegen"});
}

TEST_CASE("addresses, handles, hashtags, emoticons") {
  CHECK(texts("See https://example.com/a?b=1&c=2. Or www.example.de/x, mail hans.peter@example.org!") ==
        Words{"See", "https://example.com/a?b=1&c=2", ".", "Or", "www.example.de/x", ",", "mail",
              "hans.peter@example.org", "!"});
  CHECK(token("mail hans.peter@example.org!", "hans.peter@example.org").kind == TokenKind::email);
  CHECK(token("See https://example.com/a.", "https://example.com/a").kind == TokenKind::url);
  CHECK(texts("(Wikipedia: https://de.wikipedia.org/wiki/A_(B))") ==
        Words{"(", "Wikipedia", ":", "https://de.wikipedia.org/wiki/A_(B)", ")"});
  const std::string tweet = "Thanks @dpa_news for #Bundestagswahl2025 coverage :-) and #1 :)";
  CHECK(texts(tweet) == Words{"Thanks", "@dpa_news", "for", "#Bundestagswahl2025", "coverage", ":-)", "and", "#", "1", ":)"});
  CHECK(token(tweet, "@dpa_news").kind == TokenKind::handle);
  CHECK(token(tweet, "#Bundestagswahl2025").kind == TokenKind::hashtag);
  CHECK(texts("Note:Details", Language::en) == Words{"Note", ":", "Details"});
}

TEST_CASE("apostrophes and clitics as Universal Dependencies surface tokens") {
  CHECK(texts("I don't think Kim's plan can't work, it 's fine", Language::en) ==
        Words{"I", "don't", "think", "Kim's", "plan", "can't", "work", ",", "it", "'s", "fine"});
  CHECK(texts("Wie geht's? So geht 's.", Language::de) == Words{"Wie", "geht's", "?", "So", "geht", "'s", "."});
  CHECK(texts("the soldiers' families and the '90s", Language::en) ==
        Words{"the", "soldiers'", "families", "and", "the", "'90s"});
  CHECK(texts("O'Neill said 'proof' twice", Language::en) == Words{"O'Neill", "said", "'", "proof", "'", "twice"});
  CHECK(texts("rock 'n' roll b/c w/o", Language::en) == Words{"rock", "'n'", "roll", "b/c", "w/o"});
}

TEST_CASE("every quotation mark is a token; open, close or ambiguous") {
  const std::string de = "Er sagte: „Wir sind ‚bereit‘.“ Dann »Ja« und «Nein» und \"So\".";
  CHECK(texts(de, Language::de) == Words{"Er", "sagte", ":", "„", "Wir", "sind", "‚", "bereit", "‘", ".", "“", "Dann",
                                         "»", "Ja", "«", "und", "«", "Nein", "»", "und", "\"", "So", "\"", "."});
  const std::vector<Token> t = tokenize(de, Language::de);
  CHECK(t[3].kind == TokenKind::quote_open);
  CHECK(t[6].kind == TokenKind::quote_open);
  CHECK(t[8].kind == TokenKind::quote_close);
  CHECK(t[10].kind == TokenKind::quote_close);
  CHECK(t[20].kind == TokenKind::quote_open);
  CHECK(t[22].kind == TokenKind::quote_close);
  CHECK(texts("``Nein'', sagte er") == Words{"``", "Nein", "''", ",", "sagte", "er"});
  CHECK(token("``Nein'', sagte er", "``").kind == TokenKind::quote_open);
  CHECK(token("``Nein'', sagte er", "''").kind == TokenKind::quote_close);
  CHECK(token("a \" b", "\"").kind == TokenKind::quote_ambiguous);
  // English: “ opens.
  CHECK(token("He said “yes” then", "“", Language::en).kind == TokenKind::quote_open);
}

TEST_CASE("punctuation runs, per language") {
  CHECK(texts("Wirklich!! Oder?? Nun...", Language::de) == Words{"Wirklich", "!", "!", "Oder", "?", "?", "Nun", "..."});
  CHECK(texts("Really!! Or?! Well... --- ok", Language::en) == Words{"Really", "!!", "Or", "?!", "Well", "...", "---", "ok"});
  CHECK(texts("a---b ====") == Words{"a", "---", "b", "===="});
  CHECK(token("Ende.", ".").has(token_flag::sentence_final));
  CHECK(token("Ende…", "…").has(token_flag::sentence_final));
  CHECK(token("Ende…", "…").kind == TokenKind::punctuation);
  CHECK(token("5 € und 3 §", "€").kind == TokenKind::symbol);
}

TEST_CASE("flags: case, digits, white space, line and paragraph breaks") {
  const std::string text = "Kanzler (NATO) mRNA G7\nzweite Zeile\n\nNeuer Absatz";
  const std::vector<Token> t = tokenize(text, Language::de);
  CHECK(t[0].has(token_flag::capitalized));
  CHECK_FALSE(t[0].has(token_flag::all_caps));
  CHECK(t[0].has(token_flag::space_before));  // the start of the text counts
  CHECK(t[2].has(token_flag::all_caps));       // NATO
  CHECK_FALSE(t[2].has(token_flag::space_before));
  CHECK_FALSE(t[4].has(token_flag::capitalized));  // mRNA
  CHECK(t[5].has(token_flag::has_digit));           // G7
  CHECK(t[5].has(token_flag::capitalized));
  CHECK(t[6].has(token_flag::newline_before));
  CHECK_FALSE(t[6].has(token_flag::paragraph_before));
  CHECK(t[8].has(token_flag::paragraph_before));
  CHECK(t[8].has(token_flag::newline_before));
  CHECK(token("Ärger und ÜBER", "Ärger").has(token_flag::capitalized));
  CHECK(token("Ärger und ÜBER", "ÜBER").has(token_flag::all_caps));
  CHECK(token("über", "über").flags == token_flag::space_before);
  // CR LF and a Unicode line separator count as one line break each.
  CHECK(tokenize("a\r\n\r\nb")[1].has(token_flag::paragraph_before));
  CHECK(tokenize("a\r\nb")[1].flags == (token_flag::space_before | token_flag::newline_before));
  CHECK(tokenize("a\u2028b")[1].has(token_flag::newline_before));
  CHECK(tokenize("a\u00A0b")[1].flags == token_flag::space_before);
}

TEST_CASE("scripts beyond Latin: whole words, no split inside a code point or grapheme") {
  CHECK(texts("Москва и Αθήνα, שלום") == Words{"Москва", "и", "Αθήνα", ",", "שלום"});
  CHECK(texts("東京都に行きました。") == Words{"東", "京", "都", "に", "行", "きました", "。"});
  CHECK(texts("café (cafe\u0301) naïve") == Words{"café", "(", "cafe\u0301", ")", "naïve"});
  // Emoji: a family (zero width joiners), a flag (two regional indicators), a skin tone, a keycap.
  CHECK(texts("👩‍👩‍👧 🇩🇪 👍🏽 1️⃣!") == Words{"👩‍👩‍👧", "🇩🇪", "👍🏽", "1️⃣", "!"});
  CHECK(token("👍🏽", "👍🏽").kind == TokenKind::symbol);
  // A soft hyphen and a zero width joiner stay inside the word.
  CHECK(texts("Bundes\u00ADtag") == Words{"Bundes\u00ADtag"});
}

TEST_CASE("bad input: invalid UTF-8, controls, empty and odd ranges") {
  const std::string bad = std::string("ab\xC3(cd\xFF\xFE ef\xE2\x82") + "\x01\x7Fgh";
  const std::vector<Token> t = tokenize(bad);
  check_well_formed(bad, t, {0, static_cast<std::uint32_t>(bad.size())});
  CHECK(texts(bad) == Words{"ab", "\xC3", "(", "cd", "\xFF\xFE", "ef", "\xE2\x82", "gh"});
  CHECK(t[1].kind == TokenKind::invalid);
  CHECK(tokenize("").empty());
  CHECK(tokenize(" \n\t ").empty());
  std::vector<Token> out;
  tokenize_append("xx Hallo Welt yy", {3, 13}, Language::de, out);
  REQUIRE(out.size() == 2);
  CHECK(out[0].span == Span{3, 8});
  CHECK(out[0].has(token_flag::space_before));
  tokenize_append("abc", {2, 99}, Language::de, out);  // clipped to the text
  CHECK(out.back().span == Span{2, 3});
  tokenize_append("abc", {3, 1}, Language::de, out);   // empty
  CHECK(out.size() == 3);
}

TEST_CASE("words joined by hyphens and apostrophes, numbers, and marks before white space, on the fast path") {
  CHECK(texts("Die US-Präsident-Wahl, Ja- und Nein-Stimmen; Klage-, Verteidigung", Language::de) ==
        Words{"Die", "US-Präsident-Wahl", ",", "Ja", "-", "und", "Nein-Stimmen", ";", "Klage", "-", ",", "Verteidigung"});
  CHECK(texts("Japan's car: aren't they? soldiers' homes", Language::en) ==
        Words{"Japan's", "car", ":", "aren't", "they", "?", "soldiers'", "homes"});
  CHECK(texts("mail a-@b.de or Kim's-x@y.z now", Language::en) == Words{"mail", "a-@b.de", "or", "Kim's-x@y.z", "now"});
  const Token caps = token("Das ÄRGER-ÖL lief", "ÄRGER-ÖL", Language::de);
  CHECK(caps.has(token_flag::all_caps));
  CHECK(caps.has(token_flag::has_hyphen));
  CHECK(caps.has(token_flag::capitalized));
  CHECK_FALSE(token("die e-Mail kam", "e-Mail", Language::de).has(token_flag::capitalized));
  // Every case here, at every offset in a window, in every mode: the same tokens as the general path.
  const std::string cases[] = {"US-Präsident-Wahl", "Ja- und", "Klage-, x", "Japan's", "aren't", "soldiers' x",
                               "a-@b.de", "Kim's-x@y.z", "Covid-19-Fall", "x-'y", "O'Neill-Straße", "rock 'n' roll",
                               "e-mail", "E-Mail-Adresse", "so: ja; 5 % / 3 & c + d = e * f | g ~ h ^ i _ j",
                               "#tag @ home # x", ":-) ;) =D <3", "Wort-„Zitat“", "Wort-é", "Ab-ç", "x-\xC3",
                               "Mary's.", "US-Wahl.", "foo-bar.baz", "1-a", "a-1", "Über-Ärger' x",
                               "sagte: „Wir", "um 11:52: da", "http://x.y", "a:b", "(Österreich)", "Wort.“ Er",
                               "Dr.“ x", "5.“", "z.B.“", "and/or 1/2 a//b /\xCC\x81", ".\xCC\x81", "(\xE2\x80\x8D)",
                               ".\xE2\x80\x9C", "x.\xE2\x80\x99s", "(\xC2\xA0x", "[\xCB\x86",
                               "6,155,461 x", "1.750.000, 5.93; 11:52:00 14.09.2023", "14.09. x", "3,5%", "1.5mln",
                               "1.5@x.de", "A1.5 2,5,", "1:2-3 4.5.6.7", "-3,5 +1.5 (2.5)", "1,5\xC3\xA4 2.",
                               // Compounds the masks join into one run (Compounds::whole).
                               "Bund-Länder-Gipfel, x", "2023-09-14, 13-17 x", "A-B. Der", "US-EU!", "a--b -c- d",
                               "Ost-\xE2\x80\x9Cx", "x-\xC3\x97y", "U-Bahn: x", "Hapag-Lloyd (x)", "e-Mail-Adresse.",
                               // Compounds with numbers: one token where the first part is letters or a number.
                               "26-FEB-1987 x", "3-jährige, 2-1-Sieg; A-9!", "1:3,5-6,3 x", "75-100,000 x",
                               "375mm-Objektiv x", "Covid-19's x", "1- und 2-Zimmer", "1.5-fach x", "9-11\nx",
                               // Words at a period before a comma.
                               "Acme Inc., the U.S., Dr., etc., e.g., No., J., z.B., said., x",
                               // Compounds at a period.
                               "die Europacup-Siegerin. Der", "der UN-Charta.\n\nWeder", "A-B. x", "2023-09-14. Am",
                               "Covid-19. x", "Ja-. x", "Kim's-Partei. x", "x-y.z x", "re-evaluated..."};
  for (const std::string& c : cases)
    for (std::size_t pad = 0; pad < 70; pad += 7) {
      const std::string text = std::string(pad, ' ') + c + " x " + c;
      for (const Language l : {Language::de, Language::en})
        for (const Compounds k : {Compounds::whole, Compounds::split}) check_modes_agree(text, l, k);
    }
}

TEST_CASE("every SIMD level computes the same character masks as the scalar code") {
  // Every byte value at every position of a block, and after C3 and CR (the derived masks
  // look at the next byte), at even and odd offsets.
  std::vector<char> bytes;
  for (unsigned shift = 0; shift < detail::block_size; ++shift)
    for (unsigned i = 0; i < 256; ++i) bytes.push_back(static_cast<char>((i + shift) % 256));
  for (const char lead : {'\xC3', '\r'})
    for (unsigned offset = 0; offset < 2; ++offset) {
      if (offset == 1) bytes.push_back('x');
      for (unsigned i = 0; i < 256; ++i) {
        bytes.push_back(lead);
        bytes.push_back(static_cast<char>(i));
      }
    }
  bytes.resize((bytes.size() / detail::block_size + 1) * detail::block_size, ' ');
  const std::size_t blocks = bytes.size() / detail::block_size;
  std::vector<detail::BlockMasks> reference(blocks);
  detail::classify_blocks(detail::SimdLevel::scalar)(bytes.data(), reference.data(), blocks);
  for (const auto level : {detail::SimdLevel::sse2, detail::SimdLevel::avx2, detail::SimdLevel::avx512}) {
    std::vector<detail::BlockMasks> masks(blocks);
    detail::classify_blocks(level)(bytes.data(), masks.data(), blocks);
    for (std::size_t b = 0; b < blocks; ++b) {
      const detail::BlockMasks& x = masks[b];
      const detail::BlockMasks& r = reference[b];
      CHECK(x.space == r.space);
      CHECK(x.word == r.word);
      CHECK(x.upper == r.upper);
      CHECK(x.lower == r.lower);
      CHECK(x.digit == r.digit);
      CHECK(x.high == r.high);
      CHECK(x.separator == r.separator);
      CHECK(x.newline == r.newline);
      CHECK(x.latin_upper == r.latin_upper);
      CHECK(x.latin_lower == r.latin_lower);
    }
  }
  // The marks a run of plain tokens looks at, and flag bytes from masks of the same bytes.
  for (const auto level : {detail::SimdLevel::avx2, detail::SimdLevel::avx512})
    for (std::size_t b = 0; b < blocks; ++b) {
      const char* block = bytes.data() + b * detail::block_size;
      const detail::MarkMasks x = detail::mark_masks(level, block);
      const detail::MarkMasks r = detail::mark_masks(detail::SimdLevel::scalar, block);
      CHECK(x.comma == r.comma);
      CHECK(x.period == r.period);
      CHECK(x.bracket == r.bracket);
      CHECK(x.exclaim == r.exclaim);
      CHECK(x.hyphen == r.hyphen);
      const detail::BlockMasks& m = reference[b];
      const detail::FlagMasks flag_masks{m.space, m.word, m.upper, m.digit, m.newline, m.high};
      const detail::FlagValues values{1, 2, 8, 0x20, 0x40, 0x80};
      std::uint8_t got[detail::block_size];
      std::uint8_t want[detail::block_size];
      detail::flag_bytes(level, flag_masks, values, got);
      detail::flag_bytes(detail::SimdLevel::scalar, flag_masks, values, want);
      CHECK(std::equal(got, got + detail::block_size, want));
    }
  {
    const std::string marks = ",.()[]!?-:;\"" + std::string(detail::block_size - 13, 'x');
    const detail::MarkMasks m = detail::mark_masks(detail::SimdLevel::scalar, marks.data());
    CHECK(m.comma == 1);
    CHECK(m.period == 2);
    CHECK(m.bracket == 0x3C);
    CHECK(m.exclaim == 0xC0);
    CHECK(m.hyphen == 0x100);
  }
  // The scalar code itself on a few bytes: "\r\n" is one line break at the LF, "Ä" an upper-case letter.
  const std::string text = std::string("a\r\nb\rc\xC3\x84\xC3\xA4\xC3\x97") + std::string(detail::block_size - 12, ' ');
  detail::BlockMasks m;
  detail::classify_blocks(detail::SimdLevel::scalar)(text.data(), &m, 1);
  CHECK(m.newline == ((std::uint64_t{1} << 2) | (std::uint64_t{1} << 4)));
  CHECK(m.latin_upper == (std::uint64_t{1} << 6));
  CHECK(m.latin_lower == (std::uint64_t{1} << 8));
}

TEST_CASE("the writers of plain runs give the scalar writer's tokens") {
  // Windows of random letters, digits, marks and non-ASCII bytes with masks and first-byte
  // tables that say the same of them; random start and end masks, flag bytes; a run of 1 to 63
  // tokens. The SIMD writer writes whole groups of sixteen, so the room holds 64 tokens.
  std::array<TokenKind, 256> first_kind{};
  std::array<std::uint8_t, 256> first_flags{};
  for (int c = 0; c < 256; ++c) {
    const bool digit = c >= '0' && c <= '9';
    const bool word = digit || c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    first_kind[static_cast<std::size_t>(c)] = digit ? TokenKind::number : word ? TokenKind::word : TokenKind::punctuation;
    first_flags[static_cast<std::size_t>(c)] =
        digit ? token_flag::has_digit : (c == '.' || c == '!' || c == '?') ? token_flag::sentence_final : 0;
  }
  const std::string alphabet = "aZq09.,!?()-:\xC3\xA4";
  std::mt19937_64 random(20261128);
  const auto level = std::min(detail::SimdLevel::avx512, detail::best_simd_level());
  for (int round = 0; round < 2000; ++round) {
    unsigned char bytes[detail::block_size];
    std::uint8_t flags[detail::block_size];
    std::uint64_t digits = 0;
    std::uint64_t marks = 0;
    std::uint64_t final_marks = 0;
    for (std::size_t i = 0; i < detail::block_size; ++i) {
      bytes[i] = static_cast<unsigned char>(alphabet[random() % alphabet.size()]);
      flags[i] = static_cast<std::uint8_t>(random());
      const std::uint64_t bit = std::uint64_t{1} << i;
      if (first_kind[bytes[i]] == TokenKind::number) digits |= bit;
      if (first_kind[bytes[i]] == TokenKind::punctuation) marks |= bit;
      if ((first_flags[bytes[i]] & token_flag::sentence_final) != 0) final_marks |= bit;
    }
    const std::uint64_t density = round % 3 == 0 ? random() | random() : random();
    const std::uint64_t starts = random() | density;
    const std::uint64_t ends = random() | density;
    const auto most = static_cast<std::uint32_t>(std::min(std::popcount(starts), std::popcount(ends)));
    if (most == 0) continue;
    const detail::PlainRun run{bytes,
                               flags,
                               first_kind.data(),
                               first_flags.data(),
                               starts,
                               ends,
                               digits,
                               marks,
                               final_marks,
                               static_cast<std::uint32_t>(random() % 4'000'000'000u),
                               1 + static_cast<std::uint32_t>(random() % std::min(most, 63u)),
                               static_cast<std::uint8_t>(random()),
                               static_cast<std::uint8_t>(random())};
    std::vector<Token> got(detail::block_size);
    std::vector<Token> want(detail::block_size);
    detail::plain_tokens(level, run, got.data());
    detail::plain_tokens(detail::SimdLevel::scalar, run, want.data());
    for (std::uint32_t i = 0; i < run.count; ++i) {
      CHECK(got[i].span == want[i].span);
      CHECK(got[i].kind == want[i].kind);
      CHECK(got[i].flags == want[i].flags);
    }
  }
  // The scalar writer itself: "Ab, 12" as three tokens.
  const unsigned char bytes[detail::block_size] = {'A', 'b', ',', ' ', '1', '2', ' '};
  std::uint8_t flags[detail::block_size] = {token_flag::capitalized, 0, token_flag::all_caps, 0, token_flag::space_before};
  const detail::PlainRun run{bytes, flags, first_kind.data(), first_flags.data(), 0b10101, 0b1001100, 0b110000, 0b100, 0,
                             100, 3, token_flag::capitalized | token_flag::space_before, token_flag::all_caps};
  Token out[detail::block_size];
  detail::plain_tokens(detail::SimdLevel::scalar, run, out);
  CHECK(out[0].span == Span{100, 102});
  CHECK(out[0].kind == TokenKind::word);
  CHECK(out[0].flags == (token_flag::capitalized | token_flag::all_caps));
  CHECK(out[1].span == Span{102, 103});
  CHECK(out[1].kind == TokenKind::punctuation);
  CHECK(out[1].flags == 0);
  CHECK(out[2].span == Span{104, 106});
  CHECK(out[2].kind == TokenKind::number);
  CHECK(out[2].flags == (token_flag::space_before | token_flag::has_digit));
}

TEST_CASE("every SIMD level and the general path give the same tokens on generated text") {
  // Text with every byte value around the characters the rules look at, and generated news.
  std::mt19937 rng(7);
  const std::string pieces[] = {" ", "  ", "\n", "\n\n", ".", ",", "-", "'", "’", "„", "“", "\"", ":", "/", "@", "#",
                                "1", "23", "4.5", "Abc", "def", "GHI", "ä", "Ü", "ß", "z. B.", "U.S.", "e-mail",
                                "http://x.y/z", "a@b.cd", ":-)", "...", "!!", "?", "(", ")", "–", "…", "\xC3", "\xFF",
                                "😀", "\u0301", "\u00A0", "Dr.", "15.", "Inc.", "don't", "'s", "``", "''", "\t", "\r\n"};
  for (int round = 0; round < 200; ++round) {
    std::string text;
    const int n = std::uniform_int_distribution<int>(1, 200)(rng);
    for (int i = 0; i < n; ++i) text += pieces[std::uniform_int_distribution<std::size_t>(0, std::size(pieces) - 1)(rng)];
    for (const Language l : {Language::de, Language::en, Language::unknown})
      for (const Compounds c : {Compounds::whole, Compounds::split}) check_modes_agree(text, l, c);
  }
  for (const Language l : {Language::de, Language::en})
    for (const std::string& doc : bench::generated_documents(l, 200'000)) check_modes_agree(doc, l);
}

TEST_CASE("every SIMD level and the general path give the same tokens on every corpus document") {
  const auto dir = test::shared_file("corpus");
  if (!dir) return;
  for (const bench::Corpus& c : {bench::german_corpus(dir->string()), bench::english_corpus(dir->string())}) {
    if (!c.from_corpus) {
      MESSAGE("skipped: no corpus documents for " << c.name);
      continue;
    }
    MESSAGE(c.name << ": " << c.documents.size() << " documents from " << c.source);
    for (const std::string& doc : c.documents)
      for (const Compounds compounds : {Compounds::whole, Compounds::split}) check_modes_agree(doc, c.language, compounds);
  }
}

TEST_CASE("the abbreviation filter never hides an abbreviation and turns most other words away") {
  using detail::abbreviation_roles;
  using detail::word_roles;
  for (const char* word : {"Dr", "z.B", "z. B", "Nr", "bzw", "Mio", "Mrd", "Inc", "Corp", "Gov", "No", "Sept", "etc"}) {
    CAPTURE(word);
    CHECK(abbreviation_roles(word, Language::unknown) != 0);
    CHECK(abbreviation_roles(word, Language::unknown) == (word_roles(word, Language::unknown) & detail::word_role::abbreviation));
  }
  CHECK(abbreviation_roles("", Language::de) == 0);
  // Every word of the corpora: the same roles as the lexicon, and few lookups for words that are none.
  const auto dir = test::shared_file("corpus");
  if (!dir) return;
  std::size_t words = 0;
  std::size_t passed = 0;
  for (const bench::Corpus& c : {bench::german_corpus(dir->string()), bench::english_corpus(dir->string())}) {
    for (std::size_t d = 0; d < c.documents.size(); d += 8) {
      const std::string& doc = c.documents[d];
      for (const Token& t : tokenize(doc, c.language)) {
        if (t.kind != TokenKind::word) continue;
        std::string_view w = std::string_view(doc).substr(t.span.begin, t.span.size());
        if (t.has(token_flag::ends_with_period)) w.remove_suffix(1);
        const std::uint16_t roles = word_roles(w, c.language) & detail::word_role::abbreviation;
        REQUIRE(abbreviation_roles(w, c.language) == roles);
        if (roles != 0) continue;
        ++words;
        if (detail::passes_abbreviation_filter(w)) ++passed;
      }
    }
  }
  MESSAGE(words << " corpus words that are no abbreviation, " << passed << " passed the filter");
  if (words > 1000) CHECK(passed * 20 < words);
}

TEST_CASE("a warm Tokenizer and split_sentences_append allocate nothing") {
  std::vector<std::string> docs;
  const auto dir = test::shared_file("corpus");
  for (const bench::Corpus& c : {bench::german_corpus(dir ? dir->string() : std::string("/nonexistent")),
                                 bench::english_corpus(dir ? dir->string() : std::string("/nonexistent"))})
    for (std::size_t i = 0; i < c.documents.size(); i += 7) docs.push_back(c.documents[i]);
  REQUIRE(docs.size() > 100);
  Tokenizer tokenizer;
  std::vector<Span> sentences;
  auto pass = [&] {
    std::size_t tokens = 0;
    for (const std::string& doc : docs) {
      for (const Language l : {Language::de, Language::en}) {
        const std::span<const Token> t = tokenizer.tokenize(doc, l);
        sentences.clear();
        split_sentences_append(doc, t, l, sentences);
        tokens += t.size();
      }
    }
    return tokens;
  };
  const std::size_t warm = pass();  // grows the buffers and builds the shared word tables
  const std::size_t before = test::allocations();
  const std::size_t again = pass();
  const std::size_t allocated = test::allocations() - before;
  MESSAGE(docs.size() << " documents, " << again << " tokens: " << allocated << " allocations once warm");
  CHECK(again == warm);
  CHECK(allocated == 0);
  // The counter counts: a fresh Tokenizer allocates on its first text.
  const std::size_t fresh = test::allocations();
  Tokenizer cold;
  CHECK_FALSE(cold.tokenize(docs.front(), Language::de).empty());
  CHECK(test::allocations() > fresh);
}

TEST_CASE("a reused Tokenizer gives tokenize's tokens, after longer texts and shorter ones") {
  // It writes over the tokens of the texts before (its storage never shrinks): a short text
  // after a long one must see only its own tokens, and a long one after it all of its own.
  std::string long_text;
  while (long_text.size() < 20'000) long_text += "Der Ausschuss (EU) beriet am 3. Juni „lange“, sagte Dr. Müller. ";
  const std::string texts[] = {long_text, "Kurz.", "", "Zwei Wörter", long_text + "Ende", "Ein Satz, noch einer."};
  Tokenizer tokenizer;
  for (int round = 0; round < 2; ++round) {
    for (const std::string& text : texts) {
      CAPTURE(text.size());
      const std::vector<Token> want = tokenize(text, Language::de);
      const std::span<const Token> got = tokenizer.tokenize(text, Language::de);
      REQUIRE(got.size() == want.size());
      for (std::size_t i = 0; i < want.size(); ++i) {
        CHECK(got[i].span == want[i].span);
        CHECK(got[i].kind == want[i].kind);
        CHECK(got[i].flags == want[i].flags);
      }
    }
  }
}

TEST_CASE("a fresh tokenizer's output grows geometrically, also where every token is plain") {
  // Sentences whose every token goes in runs (take_plain_tokens): the token array must grow by
  // doubling, not by what each run adds (that made a 1 MB text take half a minute).
  std::string text;
  while (text.size() < 4'000'000) text += "Der Ausschuss beriet am Dienstag, sagte eine Sprecherin. ";
  for (const detail::SimdLevel level : {detail::SimdLevel::scalar, detail::SimdLevel::sse2, detail::SimdLevel::avx2,
                                        detail::SimdLevel::avx512}) {
    std::vector<Token> tokens;
    const std::size_t before = test::allocations();
    detail::scan_tokens(text, {0, static_cast<std::uint32_t>(text.size())}, Language::de, Compounds::whole, tokens,
                        {level, true});
    const std::size_t allocated = test::allocations() - before;
    CAPTURE(detail::to_string(level));
    CHECK(tokens.size() > 600'000);
    CHECK(allocated < 64);  // about log2 of the token count
  }
}
