// People, places and organisations in running text, German and English, without a statistical
// model: lexicons in lib/lang/ (given names, roles, organisation words) and ICU's place names
// (time/zones.hpp), with mentions of one entity linked under one key.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "text/keys.hpp"
#include "time/zones.hpp"
#include "wirereport/article.hpp"

namespace wirereport::detail {

// The working memory of extract_entities(). A Parser keeps one across parses (lib/scratch.hpp):
// each call clears the members and reuses their capacity, so a warm parse allocates nothing.
struct EntityScratch {
  enum class Origin : std::uint8_t {
    exact,      // the name as the lexicon or gazetteer has it
    inflected,  // a genitive or adjective ending was stripped to find it
    extended,   // a descriptor was taken in ("Nachrichtenagentur KCNA")
  };
  struct Mention {
    std::uint32_t first = 0;  // token range [first, end)
    std::uint32_t end = 0;
    EntityType type = EntityType::person;
    Origin origin = Origin::exact;
    std::uint32_t place_id = 0;    // the gazetteer's place, for places
    std::string_view zone;         // its IANA zone and country, when known
    std::string_view country;
    std::uint32_t head_token = 0;  // the token that names it alone (surname, acronym, place)
    std::uint32_t cluster = 0;
  };
  struct PlaceHit {
    std::size_t end = 0;
    PlaceInfo info;
    Origin origin = Origin::exact;
  };
  // What the lexicons say of one token, filled on first use. Twelve bytes a token: a place
  // found at the token is kept in `places`, which few tokens need.
  struct Facts {
    static constexpr std::uint8_t classes_known = 1, role_known = 2, place_known = 4, calendar_known = 8;
    std::uint8_t known = 0;
    bool role = false;
    bool calendar = false;  // a month or weekday name
    std::uint32_t classes = 0;
    std::uint32_t place = 0;  // 1 + its index in `places`; 0: no place starts at the token
  };
  static_assert(sizeof(Facts) <= 12);

  std::vector<bool> taken;   // tokens inside a mention
  std::vector<Facts> facts;  // what the lexicons say of each token, looked up once
  std::vector<PlaceHit> places;  // the places that start at tokens (Facts::place)
  std::vector<Mention> mentions;
  std::vector<std::uint32_t> clusters;  // cluster -> its first mention
  std::vector<std::uint32_t> best;      // cluster -> the mention that names it best
  KeyIndex surnames;       // surname as written -> its person
  KeyIndex organizations;  // folded head of a compound -> its organisation
  KeyIndex heads;          // surname -> people named with more words
  KeyIndex by_skeleton;    // skeleton of a full name -> its person
  KeyIndex by_place;       // gazetteer place id -> its place
  KeyIndex by_text;        // type and folded head word -> its organisation or place
  std::string folded;      // folded words
  std::string key;         // keys being built: skeletons, typed words, place ids
  std::string variant;     // inflected place names
  std::string adjusted;
};

// Appends the entity mentions among `tokens` (spans into `text`) to `out`, in text order.
// `quotes` (may be empty) name speakers, which count as evidence for people. Each mention's
// `key` is the span of the mention that names its entity best ("Wladimir Putin" for "Putin",
// "Kim Jong-un" for "Kims" and "Kim Jung-un", "Nordkorea" for "DVRK").
// Linear in the number of tokens; the working memory is `scratch`.
void extract_entities(std::string_view text, std::span<const Token> tokens, Language language,
                      std::span<const Quote> quotes, std::vector<Entity>& out, EntityScratch& scratch);

// Sets each quote's speaker_key: the key of the last entity mention inside its speaker span
// ("die staatliche Nachrichtenagentur KCNA" -> "KCNA"). `entities` are in text order.
void link_speakers(std::span<Quote> quotes, std::span<const Entity> entities);

}  // namespace wirereport::detail
