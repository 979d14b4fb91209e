#include "quotes/marks.hpp"

#include "text/utf8.hpp"

namespace wirereport::detail {

namespace {

using Style = MarkStyle;

bool is_single(Style s) noexcept {
  return s == Style::low_single || s == Style::high_single_6 || s == Style::high_single_9 ||
         s == Style::straight_single;
}

// Marks that double as apostrophes ("Jones' car", "'90s"): never reported when unpaired.
bool apostrophe_like(Style s) noexcept { return s == Style::high_single_9 || s == Style::straight_single; }

// Can a mark of style `closer` close a quote opened by `opener`? Sloppy typography ("…“ for
// „…“, “…“) is accepted where it cannot be misread.
bool closes(Style opener, Style closer) noexcept {
  switch (opener) {
    case Style::low_double:
      return closer == Style::high_double_6 || closer == Style::high_double_9 || closer == Style::straight_double;
    case Style::low_single:
      return closer == Style::high_single_6 || closer == Style::high_single_9 || closer == Style::straight_single;
    case Style::high_double_6:
      return closer == Style::high_double_9 || closer == Style::high_double_6 || closer == Style::straight_double;
    case Style::high_double_9: return closer == Style::high_double_9;
    case Style::high_single_6: return closer == Style::high_single_9 || closer == Style::straight_single;
    case Style::guillemet_left: return closer == Style::guillemet_right;
    case Style::guillemet_right: return closer == Style::guillemet_left;
    case Style::angle_left: return closer == Style::angle_right;
    case Style::angle_right: return closer == Style::angle_left;
    case Style::straight_double: return closer == Style::straight_double || closer == Style::high_double_9;
    case Style::straight_single: return closer == Style::straight_single || closer == Style::high_single_9;
    case Style::apostrophes: return closer == Style::apostrophes;
    case Style::backticks:
      return closer == Style::apostrophes || closer == Style::straight_double || closer == Style::high_double_9;
    default: return false;
  }
}

// A mark opens unless its position says it closes (a word before it, a space after it:
// "wieder“, sagte er" is a German closing mark whose opening mark is missing).
bool can_open(Style s, TokenKind kind) noexcept {
  switch (s) {
    // ’ before a word is an elision ("’Ndrangheta", "rock ’n’ roll", "’90s"); single quotes
    // open with ‚ or ‘. Taken as opening it would swallow the sentences after it.
    case Style::high_single_9: return false;
    case Style::high_double_9:
    case Style::straight_single: return kind == TokenKind::quote_open;
    case Style::none: return false;
    case Style::apostrophes: return true;  // '' opens when it closes nothing: wiki markup ''Titanoboa''
    default: return kind != TokenKind::quote_close;
  }
}

bool can_close(Style s) noexcept {
  return s != Style::low_double && s != Style::low_single && s != Style::backticks && s != Style::none;
}

// Marks whose direction only their position tells: " ' « » ‹ ›.
bool symmetric(Style s) noexcept {
  return s == Style::straight_double || s == Style::straight_single || s == Style::guillemet_left ||
         s == Style::guillemet_right || s == Style::angle_left || s == Style::angle_right;
}

// Does a paragraph that opens with `reopening` continue a quote opened with `opener`?
bool continues(Style opener, Style reopening) noexcept {
  return opener == reopening || (opener == Style::high_double_6 && reopening == Style::straight_double) ||
         (opener == Style::straight_double && reopening == Style::high_double_6);
}

}  // namespace

MarkStyle mark_style(std::string_view t) noexcept {
  if (t == "``") return Style::backticks;
  if (t == "''") return Style::apostrophes;
  if (t.empty()) return Style::none;
  const CodePoint cp = decode_utf8(t, 0);
  switch (cp.value) {
    case U'\u201E': return Style::low_double;
    case U'\u201A': return Style::low_single;
    case U'\u201C': return Style::high_double_6;
    case U'\u201D': return Style::high_double_9;
    case U'\u2018': return Style::high_single_6;
    case U'\u2019': return Style::high_single_9;
    case U'\u00AB': return Style::guillemet_left;
    case U'\u00BB': return Style::guillemet_right;
    case U'\u2039': return Style::angle_left;
    case U'\u203A': return Style::angle_right;
    case U'"': return Style::straight_double;
    case U'\'': return Style::straight_single;
    case U'`': return Style::backticks;
    default: return Style::none;
  }
}

void MarkPairer::report(std::uint32_t token, Style style) const {
  if (!apostrophe_like(style)) diagnostics_(DiagnosticCode::unbalanced_quote, tokens_[token].span.begin);
}

bool MarkPairer::emit(std::uint32_t content_begin, std::uint32_t content_end, MarkedQuote& quote) const {
  while (content_begin < content_end && is_ascii_space(text_[content_begin])) ++content_begin;
  while (content_end > content_begin && is_ascii_space(text_[content_end - 1])) --content_end;
  if (content_begin >= content_end) return false;
  quote.content = {content_begin, content_end};
  return true;
}

bool MarkPairer::feed(std::uint32_t i, MarkedQuote& quote) {
  const Token& t = tokens_[i];
  if (t.kind != TokenKind::quote_open && t.kind != TokenKind::quote_close && t.kind != TokenKind::quote_ambiguous)
    return false;
  if (i == skip_token_) return false;
  const Style s = mark_style(t.span.in(text_));
  if (s == Style::none) return false;

  // The innermost open quote this mark can close.
  std::size_t match = depth_;
  if (can_close(s)) {
    for (std::size_t d = depth_; d-- > 0;) {
      if (closes(stack_[d].style, s)) {
        match = d;
        break;
      }
    }
  }
  // A symmetric mark in opening position (space before, word after) opens, even when a quote
  // of its style is open: that one was never closed ("He said "no. Then "yes"").
  const bool position_opens = t.kind == TokenKind::quote_open && symmetric(s);
  if (match < depth_ && !position_opens) {
    for (std::size_t d = depth_; d-- > match + 1;) report(stack_[d].token, stack_[d].style);
    const Open opener = stack_[match];
    depth_ = match;
    last_quote_end_ = t.span.end;
    // Only the outermost quote is a quote of its own; inner ones are part of its words.
    return depth_ == 0 && emit(tokens_[opener.token].span.end, t.span.begin, quote);
  }
  if (can_open(s, t.kind)) {
    if (position_opens) {
      // An open quote of the same style was left unclosed: report it and close it here.
      for (std::size_t d = depth_; d-- > 0;) {
        if (stack_[d].style == s) {
          for (std::size_t e = d; e < depth_; ++e) report(stack_[e].token, stack_[e].style);
          const Open dropped = stack_[d];
          depth_ = d;
          if (d == 0 && !is_single(s)) {
            stack_[depth_++] = {i, s};
            return emit(tokens_[dropped.token].span.end, tokens_[i - 1].span.end, quote);
          }
          break;
        }
      }
    }
    if (depth_ == max_depth) {  // pathological nesting: forget the outermost
      report(stack_[0].token, stack_[0].style);
      for (std::size_t d = 1; d < depth_; ++d) stack_[d - 1] = stack_[d];
      --depth_;
    }
    stack_[depth_++] = {i, s};
    return false;
  }
  // A closing mark with nothing to close. Apostrophes are silent; a double mark is reported
  // and, as best effort, closes a quote that began with the paragraph (or the last quote).
  report(i, s);
  if (apostrophe_like(s) || is_single(s) || depth_ > 0) return false;
  const std::uint32_t begin = std::max(paragraph_begin_, last_quote_end_);
  last_quote_end_ = t.span.end;
  return emit(begin, t.span.begin, quote);
}

bool MarkPairer::close_unbalanced(std::uint32_t end_token, MarkedQuote& closed) {
  if (depth_ == 0) return false;
  for (std::size_t d = 0; d < depth_; ++d) report(stack_[d].token, stack_[d].style);
  const Open outer = stack_[0];
  depth_ = 0;
  // Best effort: the quote runs to the end of its paragraph. Single marks are too often
  // apostrophes ("'90s") to guess a quote from.
  if (is_single(outer.style) || end_token <= outer.token) return false;
  return emit(tokens_[outer.token].span.end, tokens_[end_token].span.end, closed);
}

bool MarkPairer::paragraph_break(std::uint32_t i, MarkedQuote& closed, bool& closed_any) {
  closed_any = false;
  const std::uint32_t previous = i == 0 ? 0 : i - 1;
  paragraph_begin_ = tokens_[i].span.begin;
  last_quote_end_ = paragraph_begin_;
  if (depth_ == 0 || i == 0) return false;
  const Token& first = tokens_[i];
  const bool is_mark = first.kind == TokenKind::quote_open || first.kind == TokenKind::quote_ambiguous;
  if (is_mark && continues(stack_[0].style, mark_style(first.span.in(text_)))) {
    for (std::size_t d = 1; d < depth_; ++d) report(stack_[d].token, stack_[d].style);
    depth_ = 1;
    skip_token_ = i;
    return true;
  }
  closed_any = close_unbalanced(previous, closed);
  return false;
}

bool MarkPairer::finish(MarkedQuote& closed) {
  if (tokens_.empty()) return false;
  return close_unbalanced(static_cast<std::uint32_t>(tokens_.size() - 1), closed);
}

}  // namespace wirereport::detail
