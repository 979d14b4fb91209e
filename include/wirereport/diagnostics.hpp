// Diagnostics: what was odd about an input, and where. Bad input is never an exception.
#pragma once

#include <cstdint>

#include "wirereport/export.h"

namespace wirereport {

enum class DiagnosticCode : std::uint16_t {
  empty_input,           // nothing but whitespace, or no bytes at all
  invalid_utf8,          // a byte sequence that is not UTF-8 (offset: its first byte)
  transcoded,            // the input was not UTF-8 and was transcoded (offset 0)
  control_characters,    // control characters other than tab/CR/LF/FF (offset: the first one)
  nul_bytes,             // NUL bytes in the text (offset: the first one)
  too_large,             // input over Options::max_input_bytes; nothing was parsed
  too_many_diagnostics,  // later diagnostics were dropped (offset: where the limit was reached)
  unknown_zone,          // a zone name that ICU does not know (offset: the name)
  unparsed_timestamp,    // a header line that looks like a timestamp but does not parse
  no_headline,           // the format has a headline line but this input has none
  no_dateline,           // the format has a dateline but this input has none
  unclassified_text,     // bytes the layout could not place (offset: the first such byte)
  mixed_line_endings,    // CRLF, LF and/or CR line ends in one text
  unbalanced_quote,      // a quotation mark without its partner (offset: the mark)
  truncated_story,       // a machine wire story that ends before its end-of-text mark (ETX)
  unparsed_header,       // a machine wire header line that does not read as the format's fields
  too_many_quotes,       // quotes beyond Options::max_quotes were dropped (offset: the first one)
  too_many_entities,     // entities beyond Options::max_entities were dropped (offset: the first one)
};

[[nodiscard]] WIREREPORT_API const char* to_string(DiagnosticCode code) noexcept;  // "invalid_utf8"
[[nodiscard]] WIREREPORT_API const char* describe(DiagnosticCode code) noexcept;   // a sentence

struct Diagnostic {
  DiagnosticCode code = DiagnosticCode::empty_input;
  std::uint32_t offset = 0;  // byte offset into the parsed text
};

// The outcome of a parse as a whole. Anything but `ok` means nothing was extracted.
enum class Status : std::uint8_t {
  ok,
  invalid_utf8,  // Options::reject_invalid_utf8 and the input is not UTF-8
  too_large,     // the input is larger than Options::max_input_bytes or 4 GiB - 1
  bad_option,    // an option names something unknown (a charset that cannot be opened)
};

[[nodiscard]] WIREREPORT_API const char* to_string(Status status) noexcept;

}  // namespace wirereport
