// News agency names, as datelines, bylines and trailers write them.
#pragma once

#include <string_view>

namespace wirereport::detail {

// "Reuters", "REUTER", "dpa", "Associated Press", "AFP", ... (ASCII case-insensitive).
[[nodiscard]] bool is_agency_name(std::string_view name) noexcept;

}  // namespace wirereport::detail
