// The publication timestamp: one line such as "Sep 15, 2023 11:52 Europe/Berlin",
// "15.09.2023, 11:52 Uhr", "Freitag, 15. September 2023 11:52 MESZ", "26-FEB-1987 15:01:01.79"
// or "2023-09-15T11:52:00+02:00".
#pragma once

#include <optional>
#include <string_view>

#include "time/zones.hpp"
#include "wirereport/article.hpp"

namespace wirereport::detail {

struct TimestampResult {
  Published published;
  bool names_unknown_zone = false;  // a zone-like word at the end that ICU does not know
  Span zone_span;                   // the zone's words in the text, when it names one
};

// Reads `line` (a span of `text`) as a timestamp. The whole line must be the timestamp, apart
// from surrounding whitespace. Without a zone in the text, `default_zone` (may be null) is used.
[[nodiscard]] std::optional<TimestampResult> parse_timestamp(std::string_view text, Span line,
                                                             const Zone* default_zone);

// Sets published.zone and .utc for a local time in `zone` (IANA rules, DST-correct).
void resolve_in_zone(Published& published, const Zone& zone);

}  // namespace wirereport::detail
