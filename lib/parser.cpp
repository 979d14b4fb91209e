// The pipeline: decode -> layout -> tokens -> sentences -> extractors, into one ArticleState.
#include "decode/decode.hpp"
#include "diagnostics.hpp"
#include "entities/entities.hpp"
#include "lang/language.hpp"
#include "layout/layout.hpp"
#include "layout/regions.hpp"
#include "limits.hpp"
#include "quotes/stage.hpp"
#include "scratch.hpp"
#include "text/lines.hpp"
#include "time/expressions.hpp"
#include "time/zones.hpp"
#include "wirereport/article.hpp"

namespace wirereport {

namespace {

void free_scratch(detail::Scratch* scratch) { delete scratch; }

bool is_machine_wire(Format f) noexcept { return f == Format::anpa1312 || f == Format::iptc7901; }

// Tokens and sentences of one content span (the headline, a paragraph).
void tokenize_span(detail::ArticleState& state, Span span) {
  const std::string_view text = state.text();
  const std::size_t first = state.tokens.size();
  tokenize_append(text, span, state.language, state.tokens);
  const std::span<const Token> tokens(state.tokens.data() + first, state.tokens.size() - first);
  split_sentences_append(text, tokens, state.language, state.sentences);
}

void report_line_endings(detail::ArticleState& state) {
  const std::string_view text = state.text();
  bool crlf = false;
  bool lf = false;
  bool cr = false;
  std::uint32_t first_mixed = 0;
  for (std::size_t pos = text.find_first_of("\r\n"); pos != std::string_view::npos;
       pos = text.find_first_of("\r\n", pos + 1)) {
    bool* kind = &lf;
    if (text[pos] == '\r') {
      const bool pair = pos + 1 < text.size() && text[pos + 1] == '\n';
      kind = pair ? &crlf : &cr;
      if (pair) ++pos;
    }
    if (!*kind && (crlf || lf || cr) && first_mixed == 0) first_mixed = static_cast<std::uint32_t>(pos);
    *kind = true;
  }
  if (int{crlf} + int{lf} + int{cr} > 1) detail::report(state, DiagnosticCode::mixed_line_endings, first_mixed);
}

}  // namespace

namespace detail {

Scratch& scratch_of(ArticleState& state) {
  if (state.scratch.get() == nullptr) state.scratch.reset(new Scratch, free_scratch);
  return *state.scratch.get();
}

}  // namespace detail

void Parser::parse_into(std::string_view input, Article& out) const {
  detail::ArticleState& state = out.state();
  state.clear();
  state.diagnostic_limit = options_.max_diagnostics;
  detail::DecodeFacts facts;
  if (detail::decode(input, options_, state, facts)) {
    const std::string_view text = state.text();
    const auto size = static_cast<std::uint32_t>(text.size());

    const detail::ZoneDirectory& zones = detail::ZoneDirectory::instance();
    detail::LayoutContext ctx{text, state.content_begin, nullptr};
    if (!options_.default_zone.empty()) {
      ctx.default_zone = zones.find_zone(options_.default_zone);
      if (ctx.default_zone == nullptr) detail::report(state, DiagnosticCode::unknown_zone, 0);
    }

    state.language = options_.language != Language::unknown
                         ? options_.language
                         : detail::detect_language(text, {state.content_begin, size});
    const Format format =
        options_.format == Format::auto_detect ? detail::detect_format(text, state.content_begin) : options_.format;
    switch (format) {
      case Format::web: detail::layout_web(ctx, state); break;
      case Format::reuters: detail::layout_reuters(ctx, state); break;
      case Format::agency: detail::layout_agency(ctx, state); break;
      case Format::anpa1312: detail::layout_anpa1312(ctx, state); break;
      case Format::iptc7901: detail::layout_iptc7901(ctx, state); break;
      default: detail::layout_text(ctx, state); break;
    }
    if (state.paragraphs.empty() && !state.headline) detail::report(state, DiagnosticCode::empty_input, 0);
    if (!is_machine_wire(state.format)) {
      if (facts.first_nul != UINT32_MAX) detail::report(state, DiagnosticCode::nul_bytes, facts.first_nul);
      if (facts.first_control != UINT32_MAX)
        detail::report(state, DiagnosticCode::control_characters, facts.first_control);
    }
    report_line_endings(state);

    // A headline taken from the first paragraph (ANPA alerts) is tokenized with the paragraph.
    const bool headline_in_body = state.headline && !state.paragraphs.empty() &&
                                  state.paragraphs.front().contains(*state.headline);
    if (state.headline && !headline_in_body) tokenize_span(state, *state.headline);
    for (const Span& paragraph : state.paragraphs) tokenize_span(state, paragraph);

    auto report = [](void* context, DiagnosticCode code, std::uint32_t offset) {
      detail::report(*static_cast<detail::ArticleState*>(context), code, offset);
    };
    detail::run_quote_stage(text, state.tokens, state.sentences, state.paragraphs, state.language, state.quotes,
                            {&state, report});
    detail::keep_within_limit(state, state.quotes, options_.max_quotes, DiagnosticCode::too_many_quotes);

    // Extractors over the tokens. Entities come after quotes: speakers are evidence for people.
    detail::Scratch& scratch = detail::scratch_of(state);
    detail::extract_times(text, state.tokens, state.language, state.published ? &*state.published : nullptr,
                          state.times, scratch.times);
    detail::extract_entities(text, state.tokens, state.language, state.quotes, state.entities, scratch.entities);
    detail::keep_within_limit(state, state.entities, options_.max_entities, DiagnosticCode::too_many_entities);
    detail::link_speakers(state.quotes, state.entities);
  }
  if (state.dropped_diagnostics > 0) {
    state.diagnostics.push_back({DiagnosticCode::too_many_diagnostics, state.first_dropped_offset});
  }
}

const Article& Parser::parse(std::string_view text) {
  parse_into(text, article_);
  return article_;
}

Article parse(std::string_view text, const Options& options) {
  Article article;
  Parser(options).parse_into(text, article);
  return article;
}

}  // namespace wirereport
