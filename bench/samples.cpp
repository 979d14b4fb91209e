// Benchmark text for machines without ../shared/corpus: articles assembled at random (fixed
// seed) from word lists written for this project, so the tokenizer sees varied words, numbers,
// quotes and abbreviations rather than one short text repeated.
#include <array>
#include <random>
#include <string_view>

#include "corpus.hpp"

namespace wirereport::bench {

namespace {

struct Words {
  std::vector<std::string_view> function;
  std::vector<std::string_view> nouns;
  std::vector<std::string_view> verbs;
  std::vector<std::string_view> names;
  std::vector<std::string_view> extras;  // abbreviations, numbers with units, compounds
  std::string_view open_quote;
  std::string_view close_quote;
  std::string_view said;
};

const Words& words(Language language) {
  static const Words de{
      {"der", "die", "das", "und", "in", "mit", "für", "auf", "nach", "bei", "über", "vor", "seit", "dem",
       "den", "ein", "eine", "nicht", "auch", "noch", "wie", "als", "am", "im", "zum", "zur", "sich", "es",
       "sie", "er", "wir", "aber", "dass", "weil", "wenn", "bereits", "rund", "etwa", "laut", "gegen"},
      {"Regierung", "Ministerium", "Bundestag", "Kanzlerin", "Wirtschaft", "Prozent", "Euro", "Jahr",
       "Woche", "Stadt", "Polizei", "Gericht", "Unternehmen", "Mitarbeiter", "Verhandlungen", "Streik",
       "Gewerkschaft", "Haushalt", "Energiepreise", "Wahlkampf", "Außenministerium", "Grenze", "Hafen",
       "Flughafen", "Bürgermeister", "Landtag", "Gesetzentwurf", "Überschwemmung", "Börse", "Zinsen"},
      {"sagte", "erklärte", "kündigte", "forderte", "stieg", "fiel", "bestätigte", "meldete", "wies",
       "berichtete", "plant", "verhandelt", "kritisierte", "begrüßte", "warnte", "lehnte", "traf", "reiste"},
      {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann",
       "Berlin", "Hamburg", "München", "Köln", "Wien", "Zürich", "Brüssel", "Moskau", "Peking"},
      {"Dr.", "z. B.", "u. a.", "bzw.", "ca.", "Nr. 7", "1.750", "3,5", "15. September", "am 3. Juni",
       "11.52 Uhr", "14.09.2023", "US-Präsident", "SPD-Chef", "-2,4 Prozent", "www.example.de", "(dpa)",
       "rund 12 Mio.", "2023", "1,2 Mrd. Euro", "Nord-Süd-Verbindung", "E-Mail", "O'Brien"},
      "\u201E", "\u201C", "sagte"};
  static const Words en{
      {"the", "a", "of", "and", "in", "to", "for", "on", "with", "at", "by", "from", "as", "that", "was",
       "is", "were", "has", "had", "its", "their", "not", "also", "after", "before", "about", "over",
       "than", "but", "which", "it", "they", "he", "she", "we", "this", "some", "more", "up", "said"},
      {"government", "ministry", "company", "shares", "percent", "dollars", "year", "week", "city",
       "police", "court", "workers", "talks", "strike", "union", "budget", "prices", "election", "border",
       "port", "airport", "mayor", "parliament", "bill", "floods", "market", "rates", "exports", "crop"},
      {"said", "announced", "demanded", "rose", "fell", "confirmed", "reported", "rejected", "plans",
       "negotiates", "criticized", "welcomed", "warned", "met", "travelled", "expects", "agreed"},
      {"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Garcia", "Wilson", "Taylor",
       "London", "Washington", "Chicago", "Tokyo", "Brussels", "Moscow", "Beijing", "Sydney"},
      {"Dr.", "Mr.", "U.S.", "Inc.", "Corp.", "Sept. 14", "155,221", "5.93", "11:52", "2023-09-14",
       "$4.5 billion", "12 pct", "don't", "Kim's", "co-operation", "e-mail", "non-binding", "www.example.com",
       "(Reuters)", "vs.", "No. 3", "1987/88", "well-known", "O'Neill"},
      "\u201C", "\u201D", "said"};
  return language == Language::de ? de : en;
}

}  // namespace

std::vector<std::string> generated_documents(Language language, std::size_t bytes) {
  const Words& w = words(language);
  std::mt19937 rng(20230915u);
  auto pick = [&](const std::vector<std::string_view>& list) {
    return list[std::uniform_int_distribution<std::size_t>(0, list.size() - 1)(rng)];
  };
  auto chance = [&](int percent) { return std::uniform_int_distribution<int>(0, 99)(rng) < percent; };
  auto number = [&] { return std::to_string(std::uniform_int_distribution<int>(1, 99999)(rng)); };

  std::vector<std::string> docs;
  std::size_t total = 0;
  while (total < bytes) {
    std::string doc;
    // A headline line, then paragraphs of sentences between blank lines.
    doc += pick(w.names);
    doc += ' ';
    doc += pick(w.verbs);
    doc += ' ';
    doc += pick(w.nouns);
    doc += "\n\n";
    const int paragraphs = std::uniform_int_distribution<int>(4, 12)(rng);
    for (int p = 0; p < paragraphs; ++p) {
      const int sentences = std::uniform_int_distribution<int>(1, 4)(rng);
      for (int s = 0; s < sentences; ++s) {
        const bool quoted = chance(15);
        if (quoted) doc += w.open_quote;
        const int length = std::uniform_int_distribution<int>(5, 28)(rng);
        for (int i = 0; i < length; ++i) {
          std::string word(chance(30) ? pick(w.nouns) : chance(20) ? pick(w.verbs)
                                                    : chance(12) ? pick(w.names)
                                                    : chance(8)  ? pick(w.extras)
                                                    : chance(4)  ? std::string_view{}
                                                                 : pick(w.function));
          if (word.empty()) word = number();
          if (i == 0 && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 'a' + 'A');
          doc += word;
          if (i + 1 < length) doc += chance(8) ? ", " : " ";
        }
        doc += chance(90) ? "." : chance(50) ? "?" : "!";
        if (quoted) {
          doc += w.close_quote;
          doc += chance(50) ? " " : ", ";
          doc += w.said;
          doc += ' ';
          doc += pick(w.names);
          doc += '.';
        }
        doc += ' ';
      }
      doc.back() = '\n';
      doc += '\n';
    }
    total += doc.size();
    docs.push_back(std::move(doc));
  }
  return docs;
}

}  // namespace wirereport::bench
