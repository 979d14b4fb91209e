#include "decode/decode.hpp"

#include <unicode/ucnv.h>

#include <cstring>

#include "diagnostics.hpp"
#include "text/utf8.hpp"

namespace wirereport::detail {

namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

// Bytes that Windows-1252 leaves undefined: their presence points to Latin-1 (C1 controls).
bool undefined_in_1252(unsigned char b) noexcept {
  return b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D;
}

const char* icu_charset(Encoding e) noexcept {
  return e == Encoding::latin1 ? "ISO-8859-1" : "windows-1252";
}

void scan_controls(std::string_view text, std::uint32_t from, DecodeFacts& facts) {
  for (std::uint32_t i = from; i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b >= 0x20 && b != 0x7F) continue;
    if (b == '\t' || b == '\n' || b == '\r' || b == '\f') continue;
    if (b == 0) {
      if (facts.first_nul == UINT32_MAX) facts.first_nul = i;
    } else if (facts.first_control == UINT32_MAX) {
      facts.first_control = i;
    }
    if (facts.first_nul != UINT32_MAX && facts.first_control != UINT32_MAX) return;
  }
}

// One diagnostic per run of invalid bytes; a run ends at the next valid sequence.
void report_invalid_utf8(std::string_view text, std::uint32_t from, ArticleState& state) {
  std::size_t pos = find_invalid_utf8(text, from);
  while (pos < text.size()) {
    report(state, DiagnosticCode::invalid_utf8, static_cast<std::uint32_t>(pos));
    do {
      ++pos;
    } while (pos < text.size() && utf8_sequence_length(text, pos) == 0);
    pos = find_invalid_utf8(text, pos);
  }
}

}  // namespace

// Every byte maps to at most three UTF-8 bytes, so each chunk converts in one call into 3n + 1
// bytes (the + 1 for the NUL that ICU writes when there is room, overwritten by the next chunk).
bool transcode(std::string_view input, Encoding from, ArticleState& state, std::size_t chunk) {
  state.transcoded.clear();
  std::size_t size = 0;
  for (std::size_t pos = 0; pos < input.size(); pos += chunk) {
    const std::string_view piece = input.substr(pos, chunk);
    const std::size_t capacity = 3 * piece.size() + 1;
    state.transcoded.resize(size + capacity);
    UErrorCode status = U_ZERO_ERROR;
    const int32_t written = ucnv_convert("UTF-8", icu_charset(from), state.transcoded.data() + size,
                                         static_cast<int32_t>(capacity), piece.data(),
                                         static_cast<int32_t>(piece.size()), &status);
    if (U_FAILURE(status)) return false;
    size += static_cast<std::size_t>(written);
    if (size > max_supported_input_bytes) return false;  // offsets could not index the result
  }
  state.transcoded.resize(size);
  return true;
}

Encoding sniff_encoding(std::string_view input) noexcept {
  std::size_t invalid = 0;
  std::size_t multibyte = 0;
  bool c1_undefined = false;
  std::size_t pos = find_invalid_utf8(input, 0);
  if (pos == input.size()) return Encoding::utf8;
  // Count valid multi-byte sequences against stray high bytes over the whole input: a
  // Latin-1 text has almost no valid UTF-8 sequences, a damaged UTF-8 text has many.
  pos = 0;
  while (pos < input.size()) {
    const auto b = static_cast<unsigned char>(input[pos]);
    if (b < 0x80) {
      ++pos;
      continue;
    }
    const std::size_t len = utf8_sequence_length(input, pos);
    if (len == 0) {
      ++invalid;
      c1_undefined = c1_undefined || undefined_in_1252(b);
      ++pos;
    } else {
      ++multibyte;
      pos += len;
    }
  }
  if (invalid <= multibyte) return Encoding::utf8;
  return c1_undefined ? Encoding::latin1 : Encoding::windows1252;
}

bool decode(std::string_view input, const Options& options, ArticleState& state, DecodeFacts& facts) {
  state.source = input;
  state.uses_transcoded = false;
  state.content_begin = 0;
  const std::uint64_t limit = options.max_input_bytes < max_supported_input_bytes
                                  ? options.max_input_bytes
                                  : max_supported_input_bytes;
  if (input.size() > limit) {
    state.status = Status::too_large;
    state.source = {};
    report(state, DiagnosticCode::too_large, 0);
    return false;
  }

  // Rejecting invalid UTF-8 means not guessing a legacy charset either; one named in the
  // options is still transcoded.
  Encoding encoding = options.encoding;
  if (encoding == Encoding::auto_detect)
    encoding = options.reject_invalid_utf8 ? Encoding::utf8 : sniff_encoding(input);

  if (encoding == Encoding::latin1 || encoding == Encoding::windows1252) {
    if (!transcode(input, encoding, state)) {
      state.status = Status::too_large;
      report(state, DiagnosticCode::too_large, 0);
      return false;
    }
    state.uses_transcoded = true;
    state.encoding = encoding;
    report(state, DiagnosticCode::transcoded, 0);
    scan_controls(state.text(), 0, facts);
    return true;
  }

  state.encoding = Encoding::utf8;
  if (input.substr(0, utf8_bom.size()) == utf8_bom) state.content_begin = static_cast<std::uint32_t>(utf8_bom.size());
  const std::size_t first_bad = find_invalid_utf8(input, state.content_begin);
  if (first_bad != input.size() && options.reject_invalid_utf8) {
    state.status = Status::invalid_utf8;
    report(state, DiagnosticCode::invalid_utf8, static_cast<std::uint32_t>(first_bad));
    return false;
  }
  report_invalid_utf8(input, state.content_begin, state);
  scan_controls(input, state.content_begin, facts);
  return true;
}

}  // namespace wirereport::detail
