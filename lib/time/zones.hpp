// Time zones and the place gazetteer, from ICU: IANA zone names, DST-correct offsets, and
// places by their localized names (exemplar cities, countries) plus lib/lang/places.inc.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/keys.hpp"
#include "wirereport/time.hpp"

#include <unicode/basictz.h>

namespace wirereport::detail {

struct Zone {
  std::string id;       // canonical IANA id, "Europe/Berlin"
  std::string country;  // ISO 3166 alpha-2, empty for non-location zones ("Etc/UTC")
  std::unique_ptr<icu::BasicTimeZone> rules;
};

enum class PlaceKind : std::uint8_t { city, country, region };

struct PlaceInfo {
  const Zone* zone = nullptr;  // null when the place spans zones (a country like "Russland")
  std::string_view country;    // ISO 3166 alpha-2; points into the directory
  std::uint32_t id = 0;        // one place, whatever its name: "Moskau" and "Moscow" share it
  PlaceKind kind = PlaceKind::city;
};

// Built once per process on first use (a thread-safe function-local static), immutable after.
class ZoneDirectory {
 public:
  [[nodiscard]] static const ZoneDirectory& instance();

  // The zone an IANA name (any alias, any case) or "UTC"/"GMT" stands for, or null.
  [[nodiscard]] const Zone* find_zone(std::string_view name) const;
  // A representative zone and fixed offset for a zone abbreviation ("EDT", "MESZ", "GMT").
  struct Abbreviation {
    const Zone* zone = nullptr;
    std::int16_t offset_minutes = 0;
  };
  [[nodiscard]] std::optional<Abbreviation> find_abbreviation(std::string_view name) const;
  // A place by its German or English name ("Moskau", "MOSCOW", "Russland"), case-insensitive.
  [[nodiscard]] std::optional<PlaceInfo> find_place(std::string_view name) const;
  // Whether a place name of several words starts with `word` ("New" of "New York"), any case.
  [[nodiscard]] bool starts_longer_place(std::string_view word) const;
  // The country a code names ("DE" -> the stored "DE"), for views with static lifetime.
  [[nodiscard]] std::string_view country_code(std::string_view code) const;

  // UTC offset in minutes of local wall time `local` in `zone`. A skipped local time (the
  // spring-forward gap) and a repeated one (fall-back) both resolve to the earlier offset.
  [[nodiscard]] std::int32_t offset_minutes_at_local(const Zone& zone, const CivilTime& local) const;

  ZoneDirectory(const ZoneDirectory&) = delete;
  ZoneDirectory& operator=(const ZoneDirectory&) = delete;
  ~ZoneDirectory();

 private:
  ZoneDirectory();
  void add_place(std::string_view name, PlaceInfo info);
  std::uint32_t next_place_id_ = 1;

  std::vector<std::unique_ptr<Zone>> zones_;
  TextIndex<const Zone*> by_name_;  // folded alias -> zone
  TextIndex<PlaceInfo> places_;     // folded name -> place
  TextSet longer_starts_;           // first words of names with spaces
  std::vector<std::string> countries_;                    // stable storage for country codes
  const Zone* utc_ = nullptr;
};

// UTC of a local civil time in a zone, as a CivilTime.
[[nodiscard]] CivilTime to_utc(const ZoneDirectory& zones, const Zone& zone, const CivilTime& local);

}  // namespace wirereport::detail
