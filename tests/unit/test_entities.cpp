// People, places and organisations with linked mentions, on reports written for these tests.
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "entities/entities.hpp"
#include "wirereport/extract.hpp"
#include "wirereport/tokens.hpp"

namespace {

using wirereport::EntityType;
using wirereport::Language;

// "type:key" -> the texts of its mentions, in order.
std::map<std::string, std::vector<std::string>> clusters(std::string_view text, Language language,
                                                         std::span<const wirereport::Quote> quotes = {}) {
  const std::vector<wirereport::Token> tokens = wirereport::tokenize(text, language);
  std::map<std::string, std::vector<std::string>> out;
  for (const auto& e : wirereport::extract_entities(text, tokens, language, quotes))
    out[std::string(wirereport::to_string(e.type)) + ":" + std::string(e.key.in(text))].emplace_back(e.span.in(text));
  return out;
}

using Texts = std::vector<std::string>;

}  // namespace

TEST_CASE("German: people by given name and role, surnames and genitives linked") {
  const std::string_view text =
      "Scholz empfängt Macron. Bundeskanzler Olaf Scholz hat am Montag den französischen Präsidenten "
      "Emmanuel Macron in Potsdam empfangen. Scholz sagte, Macrons Besuch sei wichtig. "
      "Regierungssprecher Steffen Hebestreit nannte keine Details.";
  const auto c = clusters(text, Language::de);
  CHECK(c.at("person:Olaf Scholz") == Texts{"Scholz", "Olaf Scholz", "Scholz"});
  CHECK(c.at("person:Emmanuel Macron") == Texts{"Macron", "Emmanuel Macron", "Macrons"});
  CHECK(c.at("person:Steffen Hebestreit") == Texts{"Steffen Hebestreit"});
  CHECK(c.at("place:Potsdam") == Texts{"Potsdam"});
  CHECK(c.size() == 4);
}

TEST_CASE("German: places from ICU and the lists, inflected and compounded") {
  const std::string_view text =
      "Die Regierung Frankreichs und die Vereinigten Staaten beraten in Genf. Die USA schicken "
      "Truppen nach Ostpolen, in die Donezk-Region und in die Türkei.";
  const auto c = clusters(text, Language::de);
  CHECK(c.at("place:Frankreichs") == Texts{"Frankreichs"});
  CHECK(c.at("place:Vereinigten Staaten") == Texts{"Vereinigten Staaten", "USA"});
  CHECK(c.at("place:Genf") == Texts{"Genf"});
  CHECK(c.at("place:Ostpolen") == Texts{"Ostpolen"});
  CHECK(c.at("place:Donezk-Region") == Texts{"Donezk-Region"});
  CHECK(c.at("place:Türkei") == Texts{"Türkei"});
}

TEST_CASE("places carry their zone and country") {
  const std::string_view text = "Moskau und Ostrussland: Die USA warnten Pjöngjang.";
  const std::vector<wirereport::Token> tokens = wirereport::tokenize(text, Language::de);
  std::map<std::string, std::pair<std::string, std::string>> places;
  for (const auto& e : wirereport::extract_entities(text, tokens, Language::de))
    if (e.type == EntityType::place) places[std::string(e.span.in(text))] = {std::string(e.zone), std::string(e.country)};
  CHECK(places.at("Moskau") == std::pair<std::string, std::string>{"Europe/Moscow", "RU"});
  CHECK(places.at("Ostrussland") == std::pair<std::string, std::string>{"", "RU"});
  CHECK(places.at("USA") == std::pair<std::string, std::string>{"", "US"});  // a country of many zones
  CHECK(places.at("Pjöngjang") == std::pair<std::string, std::string>{"Asia/Pyongyang", "KP"});
}

TEST_CASE("German: organisations by acronym, head, legal form, and compound linking") {
  const std::string_view text =
      "Die Siemens AG und die Deutsche Bank kritisieren die EZB. Das Bundesverfassungsgericht "
      "prüft den Fall. Das EU-Außenministerium widersprach; ein Sprecher des Außenministeriums "
      "nannte die Kritik der Nachrichtenagentur Tanjug falsch, wie die dpa meldet.";
  const auto c = clusters(text, Language::de);
  CHECK(c.at("organization:Siemens AG") == Texts{"Siemens AG"});
  CHECK(c.at("organization:Deutsche Bank") == Texts{"Deutsche Bank"});
  CHECK(c.at("organization:EZB") == Texts{"EZB"});
  CHECK(c.at("organization:Bundesverfassungsgericht") == Texts{"Bundesverfassungsgericht"});
  CHECK(c.at("organization:EU-Außenministerium") == Texts{"EU-Außenministerium", "Außenministeriums"});
  CHECK(c.at("organization:dpa") == Texts{"dpa"});
  CHECK(c.count("organization:Tanjug") == 0);  // an unknown name: no guess
}

TEST_CASE("English: names with initials and particles, roles, family names first") {
  const std::string_view text =
      "President Biden met Xi Jinping and Ursula von der Leyen in Bali. Xi said the talks were useful, "
      "and spokesman John F. Kirby said Biden would travel on.";
  const auto c = clusters(text, Language::en);
  CHECK(c.at("person:Xi Jinping") == Texts{"Xi Jinping", "Xi"});
  CHECK(c.at("person:Ursula von der Leyen") == Texts{"Ursula von der Leyen"});
  CHECK(c.at("person:John F. Kirby") == Texts{"John F. Kirby"});
  CHECK(c.at("person:Biden") == Texts{"Biden", "Biden"});
}

TEST_CASE("transliteration variants and adjacent surnames") {
  const std::string_view text =
      "Kim Jong-un traf Wladimir Putin. Danach lud Kim Putin ein; Kim Jung-un und Kims Delegation reisten ab.";
  const auto c = clusters(text, Language::de);
  CHECK(c.at("person:Kim Jong-un") == Texts{"Kim Jong-un", "Kim", "Kim Jung-un", "Kims"});
  CHECK(c.at("person:Wladimir Putin") == Texts{"Wladimir Putin", "Putin"});
}

TEST_CASE("words that only look like names") {
  const std::string_view text =
      "Anders als erwartet stieg der Kurs. Am Ende lag Mark Rutte vorn, die Mark war stabil. "
      "Die Schweizer Armee übte in der Kirche St. Maria.";
  const auto c = clusters(text, Language::de);
  CHECK(c.count("person:Anders") == 0);
  CHECK(c.at("person:Mark Rutte") == Texts{"Mark Rutte"});
  CHECK(c.count("person:Mark") == 0);
  CHECK(c.count("organization:Schweizer Armee") == 0);
  CHECK(c.count("person:Maria") == 0);
}

TEST_CASE("quote speakers are people in English text") {
  const std::string_view text = "\"We stay,\" said Hebestreit.";
  wirereport::Quote q;
  const std::size_t at = text.find("Hebestreit");
  q.speaker = wirereport::Span{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + 10)};
  const std::span<const wirereport::Quote> quotes(&q, 1);
  CHECK(clusters(text, Language::en, quotes).at("person:Hebestreit") == Texts{"Hebestreit"});
  CHECK(clusters(text, Language::en).empty());
  // German speakers are often plain nouns: "sagen Händler" names no one.
  const std::string_view de = "Das Geschäft laufe ruhig, sagen Händler.";
  const std::size_t h = de.find("Händler");
  q.speaker = wirereport::Span{static_cast<std::uint32_t>(h), static_cast<std::uint32_t>(h + 8)};
  CHECK(clusters(de, Language::de, quotes).empty());
}

TEST_CASE("speakers link to the entity they name") {
  const std::string_view text =
      "Kim Jong-un reiste ab, meldete KCNA. Das sagte die staatliche Nachrichtenagentur KCNA. Kim sei zufrieden, "
      "sagte sie.";
  const std::vector<wirereport::Token> tokens = wirereport::tokenize(text, Language::de);
  const std::vector<wirereport::Entity> entities = wirereport::extract_entities(text, tokens, Language::de);
  auto span_of = [&](std::string_view words) {
    const auto at = static_cast<std::uint32_t>(text.find(words));
    return wirereport::Span{at, at + static_cast<std::uint32_t>(words.size())};
  };
  std::vector<wirereport::Quote> quotes(3);
  quotes[0].speaker = span_of("die staatliche Nachrichtenagentur KCNA");
  quotes[1].speaker = span_of("Kim sei");
  quotes[1].speaker->end = quotes[1].speaker->begin + 3;  // the second "Kim"
  quotes[2].speaker = span_of("sie");
  wirereport::detail::link_speakers(quotes, entities);
  REQUIRE(quotes[0].speaker_key);
  CHECK(quotes[0].speaker_key->in(text) == "KCNA");
  REQUIRE(quotes[1].speaker_key);
  CHECK(quotes[1].speaker_key->in(text) == "Kim Jong-un");
  CHECK(!quotes[2].speaker_key);
}
