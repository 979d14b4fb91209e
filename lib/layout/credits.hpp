// Trailers of agency copy: credit lines ("(Reporting by ...; Editing by ...)", "Mitarbeit: ...",
// "- Reporting by: ..."), AP's contributor notes, copyright lines, and the people they name.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "wirereport/article.hpp"

namespace wirereport::detail {

enum class TrailerLine : std::uint8_t {
  none,       // story text
  credits,    // people with their roles: "(Reporting by A; Editing by B)", "Mitarbeit: C"
  copyright,  // "© 2023 Reuters", "Copyright 2023 The Associated Press. All rights reserved."
  mark,       // an agency's mark alone: "Reuters", "(dpa)", "Our Standards: The Thomson Reuters ..."
};

// What kind of trailer line `line` (one line, trimmed) is.
[[nodiscard]] TrailerLine classify_trailer_line(std::string_view line);

// Appends the people a credits span names, each with the role its cue gives. Names are cut
// from what follows a name ("Jane Roe in Berlin", "Max Muster (Bonn), +49 ..."); agencies and
// organisations ("The San Diego Union-Tribune") are not people.
void parse_credits(std::string_view text, Span span, std::vector<Credit>& out);

// A line that is only a credit cue ("To contact the reporter on this story:"): its people follow
// on the next lines, one a line. The cue's role, or nothing.
[[nodiscard]] std::optional<CreditRole> heading_cue(std::string_view line);

// Appends the people `span` names, all with `role` (one line under a heading_cue()).
void append_credit_names(std::string_view text, Span span, CreditRole role, std::vector<Credit>& out);

// AP's closing notes: "AP writers A in B and C contributed to this report.", "D reported from E.",
// "F helped with this story." When every sentence of `paragraph` is one, appends their people
// and returns true; otherwise appends nothing.
bool parse_contributor_note(std::string_view text, Span paragraph, std::vector<Credit>& out);

// The first person's name in `piece` ("Associated Press writers Dina Cappiello" -> "Dina
// Cappiello"), or an empty span. Shared with bylines.
[[nodiscard]] Span person_name(std::string_view text, Span piece);

}  // namespace wirereport::detail
