// The decode stage: make the input valid to index as UTF-8, in place when it already is.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "wirereport/article.hpp"
#include "wirereport/options.hpp"

namespace wirereport::detail {

// What decode saw that the stages after it may want to report.
struct DecodeFacts {
  std::uint32_t first_control = UINT32_MAX;  // first control byte other than TAB/LF/CR/FF/NUL
  std::uint32_t first_nul = UINT32_MAX;
};

// Sets state.source, .transcoded, .encoding and .content_begin (after a byte order mark) and
// reports invalid UTF-8 (kept in place) or transcoding. Returns false when the parse must stop;
// state.status then says why.
bool decode(std::string_view input, const Options& options, ArticleState& state, DecodeFacts& facts);

// Transcodes `input`, in a single-byte legacy charset, to UTF-8 in state.transcoded. ICU takes
// 32-bit lengths, so the input goes `chunk` bytes per call (a single-byte charset can be cut
// anywhere). False when ICU fails or the UTF-8 is longer than offsets can index (4 GiB - 1).
bool transcode(std::string_view input, Encoding from, ArticleState& state,
               std::size_t chunk = std::size_t{1} << 28);

// Which legacy charset, if any, `input` looks like: returns Encoding::utf8 when it is UTF-8 or
// mostly UTF-8 with a few bad bytes, else windows1252 or latin1.
[[nodiscard]] Encoding sniff_encoding(std::string_view input) noexcept;

}  // namespace wirereport::detail
