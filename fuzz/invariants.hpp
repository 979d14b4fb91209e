// The invariants that hold for every input: checked by the fuzz targets on whatever bytes they
// get, and by the hostile-input unit tests. Each check returns nullptr when everything holds,
// or a short description of the first thing that broke.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "layout/regions.hpp"
#include "text/utf8.hpp"
#include "tokens/chars.hpp"
#include "wirereport/wirereport.hpp"

// Within a check: returns `what` when `condition` does not hold.
#define WR_INVARIANT(condition, what) \
  do {                                \
    if (!(condition)) return what;    \
  } while (false)

// Within a check: returns what a nested check found broken, if anything.
#define WR_INVARIANTS(check)                         \
  do {                                               \
    if (const char* broken = (check)) return broken; \
  } while (false)

namespace wirereport::invariants {

using Violation = const char*;  // nullptr: everything holds

inline bool in_text(Span s, std::size_t size) noexcept { return s.begin <= s.end && s.end <= size; }

// Spans that are non-empty, inside the text, in order and not overlapping.
inline Violation ordered(std::span<const Span> spans, std::size_t size, const char* what) {
  std::uint32_t pos = 0;
  for (const Span& s : spans) {
    WR_INVARIANT(in_text(s, size) && !s.empty() && s.begin >= pos, what);
    pos = s.end;
  }
  return nullptr;
}

// True when `inner` lies within one region of kind `kind` (a kind may have several regions).
inline bool in_region(const Article& a, Span inner, RegionKind kind) {
  for (const Region& r : a.regions())
    if (r.kind == kind && r.span.contains(inner)) return true;
  return false;
}

// Bytes that may stand outside tokens and paragraphs: ASCII whitespace and control characters.
inline bool is_blank_byte(char c) noexcept {
  const auto b = static_cast<unsigned char>(c);
  return b <= 0x20 || b == 0x7F;
}

// True when text[begin, end) holds only what the tokenizer skips between tokens: blank bytes
// and the code points it classes as space (White_Space and invisible separators such as a BOM).
inline bool only_whitespace(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  std::uint32_t pos = begin;
  while (pos < end) {
    if (is_blank_byte(text[pos])) {
      ++pos;
      continue;
    }
    const detail::CodePoint cp = detail::decode_utf8(text.substr(0, end), pos);
    if (cp.length == 0 || detail::classify(cp.value) != detail::CharClass::space) return false;
    pos += cp.length;
  }
  return true;
}

// Line breaks in the whitespace between two tokens, as the token flags count them: LF, CR not
// followed by LF (CRLF is one break), NEL, U+2028 and U+2029.
inline int line_breaks(std::string_view gap) {
  int n = 0;
  for (std::size_t i = 0; i < gap.size(); ++i) {
    if (gap[i] == '\n' || (gap[i] == '\r' && (i + 1 >= gap.size() || gap[i + 1] != '\n'))) ++n;
    if (gap.substr(i, 2) == "\u0085" || gap.substr(i, 3) == "\u2028" || gap.substr(i, 3) == "\u2029") ++n;
  }
  return n;
}

// The tokens of text[range]: non-empty, in order, with only whitespace between them (nothing
// lost), and the space/newline/paragraph flags saying what that whitespace holds.
inline Violation tokens_of(std::string_view text, Span range, std::span<const Token> tokens) {
  std::uint32_t pos = range.begin;
  for (const Token& t : tokens) {
    WR_INVARIANT(!t.span.empty() && range.contains(t.span), "a token is empty or outside its text");
    WR_INVARIANT(t.span.begin >= pos, "tokens overlap or are out of order");
    WR_INVARIANT(only_whitespace(text, pos, t.span.begin), "bytes between tokens that are not whitespace");
    const std::string_view gap = text.substr(pos, t.span.begin - pos);
    const int breaks = line_breaks(gap);
    // The first token of a text counts as after a space.
    WR_INVARIANT(t.has(token_flag::space_before) == (!gap.empty() || pos == range.begin), "space_before flag");
    WR_INVARIANT(t.has(token_flag::newline_before) == (breaks >= 1), "newline_before flag");
    WR_INVARIANT(t.has(token_flag::paragraph_before) == (breaks >= 2), "paragraph_before flag");
    WR_INVARIANT(static_cast<unsigned>(t.kind) <= static_cast<unsigned>(TokenKind::invalid), "token kind");
    pos = t.span.end;
  }
  WR_INVARIANT(only_whitespace(text, pos, range.end), "bytes after the last token that are not whitespace");
  return nullptr;
}

// Sentences over a token list: they partition the tokens, each from a token's begin to the end
// of the same or a later token.
inline Violation sentences_of(std::span<const Token> tokens, std::span<const Span> sentences) {
  std::size_t next = 0;
  for (const Span& s : sentences) {
    WR_INVARIANT(next < tokens.size() && tokens[next].span.begin == s.begin,
                 "a sentence does not start at the token after the previous sentence");
    while (next < tokens.size() && tokens[next].span.end < s.end) ++next;
    WR_INVARIANT(next < tokens.size() && tokens[next].span.end == s.end, "a sentence does not end at a token");
    ++next;
  }
  WR_INVARIANT(next == tokens.size(), "tokens after the last sentence");
  return nullptr;
}

// Everything an Article promises, whatever the input it was parsed from.
inline Violation article(const Article& a, const Options& options) {
  const std::string_view text = a.text();
  const std::size_t size = text.size();
  WR_INVARIANT(a.diagnostics().size() <= std::size_t{options.max_diagnostics} + 1, "more diagnostics than the limit");
  for (const Diagnostic& d : a.diagnostics()) {
    WR_INVARIANT(d.offset <= size, "a diagnostic offset past the end");
    WR_INVARIANT(std::string_view(to_string(d.code)) != "unknown", "a diagnostic code without a name");
  }
  if (!a.ok()) {
    // Nothing is extracted from a rejected input, and a diagnostic says why.
    WR_INVARIANT(a.regions().empty() && a.paragraphs().empty() && a.tokens().empty() && !a.headline(),
                 "a rejected input has records");
    WR_INVARIANT(!a.diagnostics().empty(), "a rejected input without a diagnostic");
    return nullptr;
  }

  // Nothing lost: the regions tile the whole text. In bare running text, which has no markup,
  // every printable byte of the body is in a paragraph too (wire formats keep markup such as
  // ANPA's line-end "=" in the body region, outside the paragraphs).
  WR_INVARIANT(detail::regions_tile(a.state().regions, static_cast<std::uint32_t>(size)),
               "the regions do not tile the text");
  WR_INVARIANTS(ordered(a.paragraphs(), size, "paragraphs are empty, outside the text or out of order"));
  std::size_t paragraph = 0;
  for (const Region& r : a.regions()) {
    if (r.kind != RegionKind::body || a.format() != Format::text) continue;
    for (std::uint32_t pos = r.span.begin; pos < r.span.end; ++pos) {
      if (is_blank_byte(text[pos])) continue;
      while (paragraph < a.paragraphs().size() && a.paragraphs()[paragraph].end <= pos) ++paragraph;
      WR_INVARIANT(paragraph < a.paragraphs().size() && a.paragraphs()[paragraph].begin <= pos,
                   "body text outside every paragraph");
    }
  }

  WR_INVARIANTS(ordered(a.sentences(), size, "sentences are empty, outside the text or out of order"));
  std::uint32_t token_end = 0;
  for (const Token& t : a.tokens()) {
    WR_INVARIANT(in_text(t.span, size) && !t.span.empty() && t.span.begin >= token_end,
                 "tokens are empty, outside the text or out of order");
    token_end = t.span.end;
  }
  WR_INVARIANTS(sentences_of(a.tokens(), a.sentences()));

  if (a.published()) {
    // Machine wire formats carry the filing time in their trailer.
    WR_INVARIANT(in_region(a, a.published()->span, RegionKind::header) ||
                     in_region(a, a.published()->span, RegionKind::trailer),
                 "the timestamp is outside the header and the trailer");
    const CivilTime& t = a.published()->local;
    WR_INVARIANT(t.month >= 1 && t.month <= 12 && t.day >= 1 && t.day <= 31 && t.hour < 24 && t.minute < 60,
                 "the publication time is out of range");
  }
  if (a.headline()) {
    // An ANPA alert's headline is taken from its first paragraph.
    const Span h = *a.headline();
    WR_INVARIANT(in_region(a, h, RegionKind::headline) ||
                     (!a.paragraphs().empty() && a.paragraphs().front().contains(h)),
                 "the headline is outside its region and the first paragraph");
  }
  if (a.dateline()) {
    const Dateline& d = *a.dateline();
    WR_INVARIANT(in_text(d.span, size), "the dateline is outside the text");
    WR_INVARIANT(!d.place || d.span.contains(d.place->span), "the dateline place is outside the dateline");
    WR_INVARIANT(!d.agency || d.span.contains(*d.agency), "the dateline agency is outside the dateline");
    WR_INVARIANT(!d.date || d.span.contains(d.date->span), "the dateline date is outside the dateline");
  }
  if (a.byline()) {
    WR_INVARIANT(in_region(a, a.byline()->span, RegionKind::byline), "the byline is outside its region");
    for (const Span& author : a.authors())
      WR_INVARIANT(a.byline()->span.contains(author), "an author is outside the byline");
  }
  if (a.trailer()) WR_INVARIANT(in_region(a, *a.trailer(), RegionKind::trailer), "the trailer is outside its region");
  for (const Span& tag : a.tags()) WR_INVARIANT(in_region(a, tag, RegionKind::trailer), "a tag is outside the trailer");

  WR_INVARIANT(a.quotes().size() <= options.max_quotes, "more quotes than Options::max_quotes");
  WR_INVARIANT(a.entities().size() <= options.max_entities, "more entities than Options::max_entities");
  for (const Quote& q : a.quotes()) {
    WR_INVARIANT(in_text(q.span, size), "a quote is outside the text");
    WR_INVARIANT(!q.speaker || in_text(*q.speaker, size), "a speaker is outside the text");
    WR_INVARIANT(!q.cue || in_text(*q.cue, size), "a cue is outside the text");
    WR_INVARIANT(!q.speaker_mention || in_text(*q.speaker_mention, size), "a speaker mention is outside the text");
    WR_INVARIANT(!q.speaker_key || in_text(*q.speaker_key, size), "a speaker key is outside the text");
  }
  for (const Entity& e : a.entities()) {
    WR_INVARIANT(in_text(e.span, size) && in_text(e.key, size), "an entity is outside the text");
    WR_INVARIANT(e.type == EntityType::place || (e.zone.empty() && e.country.empty()),
                 "an entity that is no place has a zone or a country");
  }
  for (const TimeExpression& t : a.times()) WR_INVARIANT(in_text(t.span, size), "a time is outside the text");

  // The machine wire formats: every header field, list and credit lies in the text.
  for (const Credit& c : a.credits()) WR_INVARIANT(in_text(c.name, size) && !c.name.empty(), "a credit's name");
  for (const auto list : {a.keywords(), a.flags(), a.ednotes()})
    for (const Span& s : list) WR_INVARIANT(in_text(s, size), "a keyword, flag or ednote is outside the text");
  if (a.wire()) {
    const WireHeader& w = *a.wire();
    for (const std::optional<Span>& field :
         {w.service, w.sequence, w.priority, w.category, w.slug, w.word_count, w.take, w.selector, w.agency,
          w.agency_sequence, w.reference, w.filing_date, w.notepad, w.nonpublic, w.signoff})
      WR_INVARIANT(!field || in_text(*field, size), "a wire header field is outside the text");
    WR_INVARIANT(!w.embargo || in_text(w.embargo->span, size), "the embargo is outside the text");
    WR_INVARIANT(w.priority_level <= 6, "a priority level past the IPTC 7901 scale");
    WR_INVARIANT(!a.word_count() || *a.word_count() <= 9999, "a word count past four digits");
  }
  return nullptr;
}

// A buffer of many stories through the stream API (stream.hpp): the stories tile the buffer in
// order, each one's text is its bytes of the buffer, the cutter alone cuts the same stories,
// and each story's article keeps the article invariants.
inline Violation stories(std::string_view buffer, const Options& options) {
  StoryStream stream(buffer, options);
  StoryCutter cutter(buffer, options.format);
  std::uint32_t end = 0;
  std::size_t index = 0;
  while (stream.next()) {
    const Span s = stream.span();
    WR_INVARIANT(s.begin == end && s.end >= s.begin && s.end <= buffer.size(), "the stories do not tile the buffer");
    WR_INVARIANT(stream.index() == index, "a story's index");
    WR_INVARIANT(stream.text().data() == buffer.data() + s.begin && stream.text().size() == s.size(),
                 "a story's text is not its bytes of the buffer");
    Span cut;
    WR_INVARIANT(cutter.next(cut) && cut == s, "the cutter cuts other stories than the stream");
    WR_INVARIANTS(article(stream.article(), options));
    end = s.end;
    ++index;
  }
  Span cut;
  WR_INVARIANT(!cutter.next(cut), "the cutter cuts more stories than the stream");
  WR_INVARIANT(index >= 1 && end == buffer.size(), "the stories do not reach the end of the buffer");
  return nullptr;
}

}  // namespace wirereport::invariants
