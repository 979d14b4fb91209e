#include "time/zones.hpp"

#include <unordered_map>

#include <unicode/basictz.h>
#include <unicode/locid.h>
#include <unicode/region.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>
#include <unicode/unistr.h>

#include "time/civil.hpp"
#include "text/utf8.hpp"

namespace wirereport::detail {

namespace {

std::string folded(std::string_view name) {
  std::string key;
  append_folded(name, key);
  return key;
}

std::string utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

struct PlaceSeed {
  const char* name;
  const char* zone;
};

constexpr PlaceSeed extra_places[] = {
#include "lang/places.inc"
};

struct RegionSeed {
  const char* name;
  const char* zone;     // "" when the region spans zones
  const char* country;  // "" when it spans countries
};

constexpr RegionSeed regions[] = {
#include "lang/regions.inc"
};

// Abbreviations seen in datelines and timestamps, with the fixed offset each one means.
struct AbbreviationSeed {
  const char* name;
  const char* zone;
  std::int16_t offset_minutes;
};

constexpr AbbreviationSeed abbreviations[] = {
    {"UTC", "Etc/UTC", 0},           {"GMT", "Etc/UTC", 0},           {"Z", "Etc/UTC", 0},
    {"CET", "Europe/Berlin", 60},    {"CEST", "Europe/Berlin", 120},  {"MEZ", "Europe/Berlin", 60},
    {"MESZ", "Europe/Berlin", 120},  {"WET", "Europe/Lisbon", 0},     {"WEST", "Europe/Lisbon", 60},
    {"BST", "Europe/London", 60},    {"EET", "Europe/Athens", 120},   {"EEST", "Europe/Athens", 180},
    {"MSK", "Europe/Moscow", 180},   {"EST", "America/New_York", -300},
    {"EDT", "America/New_York", -240}, {"CST", "America/Chicago", -360},
    {"CDT", "America/Chicago", -300},  {"MST", "America/Denver", -420},
    {"MDT", "America/Denver", -360},   {"PST", "America/Los_Angeles", -480},
    {"PDT", "America/Los_Angeles", -420}, {"JST", "Asia/Tokyo", 540},
    {"KST", "Asia/Seoul", 540},      {"HKT", "Asia/Hong_Kong", 480},  {"IST", "Asia/Kolkata", 330},
    {"AEST", "Australia/Sydney", 600}, {"AEDT", "Australia/Sydney", 660},
};

}  // namespace

const ZoneDirectory& ZoneDirectory::instance() {
  static const ZoneDirectory directory;
  return directory;
}

ZoneDirectory::~ZoneDirectory() = default;

ZoneDirectory::ZoneDirectory() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::StringEnumeration> ids(icu::TimeZone::createEnumeration(status));
  if (U_FAILURE(status) || !ids) return;

  // Every id ICU knows, canonicalised: one Zone per canonical id, every alias pointing at it.
  std::unordered_map<std::string, Zone*> canonical;
  const icu::UnicodeString* id = nullptr;
  while ((status = U_ZERO_ERROR, id = ids->snext(status)) != nullptr && U_SUCCESS(status)) {
    icu::UnicodeString canonical_id;
    UBool is_system = false;
    icu::TimeZone::getCanonicalID(*id, canonical_id, is_system, status);
    if (U_FAILURE(status) || !is_system) continue;
    const std::string canon = utf8(canonical_id);
    Zone*& zone = canonical[canon];
    if (zone == nullptr) {
      auto fresh = std::make_unique<Zone>();
      fresh->id = canon;
      char region[8] = {};
      UErrorCode region_status = U_ZERO_ERROR;
      icu::TimeZone::getRegion(canonical_id, region, sizeof region, region_status);
      if (U_SUCCESS(region_status) && std::string_view(region) != "001") fresh->country = region;
      icu::TimeZone* tz = icu::TimeZone::createTimeZone(canonical_id);
      fresh->rules.reset(dynamic_cast<icu::BasicTimeZone*>(tz));
      if (!fresh->rules) {
        delete tz;
        continue;
      }
      zone = fresh.get();
      zones_.push_back(std::move(fresh));
    }
    by_name_.emplace(folded(utf8(*id)), zone);
  }
  utc_ = find_zone("Etc/UTC");

  // Exemplar cities ("Moskau", "Moscow") for each location zone, in German and English.
  for (const char* locale : {"en", "de"}) {
    status = U_ZERO_ERROR;
    std::unique_ptr<icu::TimeZoneNames> names(icu::TimeZoneNames::createInstance(icu::Locale(locale), status));
    if (U_FAILURE(status) || !names) continue;
    for (std::size_t i = 0; i < zones_.size(); ++i) {
      const Zone& zone = *zones_[i];
      if (zone.country.empty()) continue;
      icu::UnicodeString city;
      names->getExemplarLocationName(icu::UnicodeString::fromUTF8(zone.id), city);
      // One id per zone: the German and English names of its city are one place.
      const auto place_id = static_cast<std::uint32_t>(i + 1);
      if (!city.isBogus() && city.length() > 0) add_place(utf8(city), {&zone, zone.country, place_id, PlaceKind::city});
    }
  }
  next_place_id_ = static_cast<std::uint32_t>(zones_.size() + 1);

  // Country names; a country with a single zone gets that zone, others none.
  std::unordered_map<std::string, const Zone*> only_zone;
  std::unordered_map<std::string, int> zone_count;
  for (const auto& zone : zones_) {
    if (zone->country.empty()) continue;
    ++zone_count[zone->country];
    only_zone[zone->country] = zone.get();
  }
  // countries_ is filled completely before any view into it is taken.
  for (const char* const* cc = icu::Locale::getISOCountries(); *cc != nullptr; ++cc)
    countries_.emplace_back(*cc);
  std::unordered_map<std::string_view, std::uint32_t> country_ids;
  for (const std::string& cc : countries_) {
    const Zone* zone = zone_count[cc] == 1 ? only_zone[cc] : nullptr;
    const icu::Locale region("", cc.c_str());
    const std::uint32_t place_id = next_place_id_++;
    country_ids.emplace(cc, place_id);
    for (const char* locale : {"en", "de"}) {
      icu::UnicodeString name;
      region.getDisplayCountry(icu::Locale(locale), name);
      if (name.length() > 0) add_place(utf8(name), {zone, cc, place_id, PlaceKind::country});
    }
  }

  for (const PlaceSeed& seed : extra_places) {
    const Zone* zone = find_zone(seed.zone);
    if (zone != nullptr) add_place(seed.name, {zone, zone->country, next_place_id_++, PlaceKind::city});
  }

  // Continents and world regions by ICU's localized names ("Europa", "Westafrika").
  for (const URegionType type : {URGN_CONTINENT, URGN_SUBCONTINENT}) {
    status = U_ZERO_ERROR;
    std::unique_ptr<icu::StringEnumeration> codes(icu::Region::getAvailable(type, status));
    if (U_FAILURE(status) || !codes) continue;
    const char* code = nullptr;
    while ((status = U_ZERO_ERROR, code = codes->next(nullptr, status)) != nullptr && U_SUCCESS(status)) {
      const icu::Locale region("", code);
      const std::uint32_t place_id = next_place_id_++;
      for (const char* locale : {"en", "de"}) {
        icu::UnicodeString name;
        region.getDisplayCountry(icu::Locale(locale), name);
        if (name.length() > 0) add_place(utf8(name), {nullptr, {}, place_id, PlaceKind::region});
      }
    }
  }

  // Other names of countries ("USA", "DVRK") share the country's id; the rest are regions.
  for (const RegionSeed& seed : regions) {
    const std::string_view cc = country_code(seed.country);
    const Zone* zone = find_zone(seed.zone);
    const auto country = country_ids.find(cc);
    if (zone == nullptr && country != country_ids.end()) {
      const Zone* only = zone_count[std::string(cc)] == 1 ? only_zone[std::string(cc)] : nullptr;
      add_place(seed.name, {only, cc, country->second, PlaceKind::country});
    } else {
      add_place(seed.name, {zone, cc, next_place_id_++, PlaceKind::region});
    }
  }
}

void ZoneDirectory::add_place(std::string_view name, PlaceInfo info) {
  // The first entry wins: exemplar cities come before countries and the extra list.
  std::string key = folded(name);
  if (const std::size_t space = key.find(' '); space != std::string::npos) longer_starts_.insert(key.substr(0, space));
  places_.emplace(key, info);
}

const Zone* ZoneDirectory::find_zone(std::string_view name) const {
  if (name.empty()) return nullptr;
  FoldBuffer buffer;
  const Zone* const* zone = by_name_.find(fold_into(name, buffer));
  return zone == nullptr ? nullptr : *zone;
}

std::optional<ZoneDirectory::Abbreviation> ZoneDirectory::find_abbreviation(std::string_view name) const {
  for (const AbbreviationSeed& a : abbreviations) {
    if (iequals_ascii(name, a.name)) {
      const Zone* zone = find_zone(a.zone);
      if (zone != nullptr) return Abbreviation{zone, a.offset_minutes};
    }
  }
  return std::nullopt;
}

std::optional<PlaceInfo> ZoneDirectory::find_place(std::string_view name) const {
  if (name.empty()) return std::nullopt;
  FoldBuffer buffer;
  const PlaceInfo* place = places_.find(fold_into(name, buffer));
  if (place == nullptr) return std::nullopt;
  return *place;
}

bool ZoneDirectory::starts_longer_place(std::string_view word) const {
  FoldBuffer buffer;
  return longer_starts_.contains(fold_into(word, buffer));
}

std::string_view ZoneDirectory::country_code(std::string_view code) const {
  for (const std::string& cc : countries_)
    if (cc == code) return cc;
  return {};
}

std::int32_t ZoneDirectory::offset_minutes_at_local(const Zone& zone, const CivilTime& local) const {
  if (!zone.rules) return 0;
  UErrorCode status = U_ZERO_ERROR;
  int32_t raw = 0;
  int32_t dst = 0;
  zone.rules->getOffsetFromLocal(static_cast<UDate>(epoch_ms(local)), UCAL_TZ_LOCAL_FORMER,
                                 UCAL_TZ_LOCAL_FORMER, raw, dst, status);
  if (U_FAILURE(status)) return 0;
  return (raw + dst) / 60'000;
}

CivilTime to_utc(const ZoneDirectory& zones, const Zone& zone, const CivilTime& local) {
  const std::int64_t offset_ms = std::int64_t{zones.offset_minutes_at_local(zone, local)} * 60'000;
  return civil_from_epoch_ms(epoch_ms(local) - offset_ms);
}

}  // namespace wirereport::detail
