// Pairing quotation marks into quotes: every style („…“ “…” "…" «…» »…« ‚…‘ ‘…’ '…' ``…''),
// nesting, quotes that run over paragraphs, and unbalanced marks (best effort, reported).
// One pass over the tokens with a bounded stack: linear in the number of marks.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

#include "wirereport/diagnostics.hpp"
#include "wirereport/span.hpp"
#include "wirereport/tokens.hpp"

namespace wirereport::detail {

// Where a stage sends its diagnostics: the article (within its limit) or a caller's vector.
struct DiagnosticSink {
  void* context = nullptr;
  void (*add)(void* context, DiagnosticCode code, std::uint32_t offset) = nullptr;
  void operator()(DiagnosticCode code, std::uint32_t offset) const {
    if (add != nullptr) add(context, code, offset);
  }
};

enum class MarkStyle : std::uint8_t {
  none,
  low_double,       // „ U+201E
  low_single,       // ‚ U+201A
  high_double_6,    // “ U+201C: closes „, opens English quotes
  high_double_9,    // ” U+201D
  high_single_6,    // ‘ U+2018
  high_single_9,    // ’ U+2019, also the apostrophe
  guillemet_left,   // « U+00AB
  guillemet_right,  // » U+00BB
  angle_left,       // ‹ U+2039
  angle_right,      // › U+203A
  straight_double,  // "
  straight_single,  // ', also the apostrophe
  backticks,        // `` (ANPA, TeX)
  apostrophes,      // '' closing ``
};

// The style of a quotation-mark token's text.
[[nodiscard]] MarkStyle mark_style(std::string_view token_text) noexcept;

// A quote found between a pair of marks: the words inside, without the marks.
struct MarkedQuote {
  Span content;
};

// Feeds on the tokens of a text in order and reports each outermost quote as it closes.
// Inner quotes (a quote within a quote) are part of the outer quote's words.
class MarkPairer {
 public:
  MarkPairer(std::string_view text, std::span<const Token> tokens, DiagnosticSink diagnostics)
      : text_(text), tokens_(tokens), diagnostics_(diagnostics) {}

  // Token `i` starts a paragraph. Returns true when a quote left open by the previous
  // paragraph continues (this paragraph opens with the same mark); otherwise any open marks
  // are reported as unbalanced and the outermost one is closed at the end of the previous
  // paragraph, returned in `closed` (`closed_any` says whether there is one).
  bool paragraph_break(std::uint32_t i, MarkedQuote& closed, bool& closed_any);

  // Reads token `i`; returns true with `quote` set when it closes an outermost quote.
  bool feed(std::uint32_t i, MarkedQuote& quote);

  // Closes what is still open at the end of the text (as paragraph_break does).
  bool finish(MarkedQuote& closed);

  // Whether a quote is open (the current sentence cannot end a unit of attribution).
  [[nodiscard]] bool open() const noexcept { return depth_ > 0; }

 private:
  struct Open {
    std::uint32_t token;
    MarkStyle style;
  };
  static constexpr std::size_t max_depth = 8;

  bool close_unbalanced(std::uint32_t end_token, MarkedQuote& closed);
  bool emit(std::uint32_t content_begin, std::uint32_t content_end, MarkedQuote& quote) const;
  void report(std::uint32_t token, MarkStyle style) const;

  std::string_view text_;
  std::span<const Token> tokens_;
  DiagnosticSink diagnostics_;
  std::array<Open, max_depth> stack_{};
  std::size_t depth_ = 0;
  std::uint32_t paragraph_begin_ = 0;  // offset where the current paragraph starts
  std::uint32_t last_quote_end_ = 0;   // offset after the last closing mark
  std::uint32_t skip_token_ = UINT32_MAX;  // a reopening mark already consumed by paragraph_break
};

}  // namespace wirereport::detail
