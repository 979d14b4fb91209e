// The tokenizer: one left-to-right scan producing UD-style surface tokens.
#include <string_view>

#include "lang/abbreviations.hpp"
#include "text/utf8.hpp"
#include "time/names.hpp"
#include "wirereport/tokens.hpp"

namespace wirereport {

namespace {

using detail::CodePoint;
using detail::decode_utf8;

bool is_quote(char32_t cp) noexcept {
  switch (cp) {
    case U'"': case U'\'': case U'\u201E': case U'\u201C': case U'\u201D': case U'\u201A':
    case U'\u2018': case U'\u2019': case U'\u00AB': case U'\u00BB': case U'\u2039': case U'\u203A':
    case U'`':
      return true;
    default:
      return false;
  }
}

bool is_hyphen(char32_t cp) noexcept { return cp == U'-' || cp == U'\u2010' || cp == U'\u2011'; }
bool is_apostrophe(char32_t cp) noexcept { return cp == U'\'' || cp == U'\u2019'; }

bool is_word_char(char32_t cp) noexcept {
  return (cp < 0x80 && (detail::is_ascii_alpha(static_cast<char>(cp)) || detail::is_ascii_digit(static_cast<char>(cp)))) ||
         (cp >= 0x80 && (detail::is_letter(cp) || detail::is_mark(cp) ||
                         (cp >= 0x660 && cp <= 0x669) /* Arabic-Indic digits */));
}

bool is_digit(char32_t cp) noexcept { return cp >= U'0' && cp <= U'9'; }

bool is_punctuation_cp(char32_t cp) noexcept {
  switch (cp) {
    case U'.': case U',': case U';': case U':': case U'!': case U'?': case U'(': case U')':
    case U'[': case U']': case U'{': case U'}': case U'-': case U'/': case U'\\': case U'\u2026':
    case U'\u2013': case U'\u2014': case U'\u2012': case U'\u2015': case U'\u00B7': case U'\u00BF':
    case U'\u00A1': case U'_': case U'\u2022': case U'\u3002': case U'\uFF0C': case U'\u3001':
      return true;
    default:
      return false;
  }
}

class Scanner {
 public:
  Scanner(std::string_view text, Span range, Language language, std::vector<Token>& out)
      : text_(text), pos_(range.begin), begin_(range.begin), end_(range.end), language_(language), out_(out) {}

  void run() {
    while (true) {
      const std::uint16_t ws = skip_space();
      if (pos_ >= end_) break;
      scan_token(ws);
    }
  }

 private:
  CodePoint at(std::uint32_t pos) const noexcept {
    if (pos >= end_) return {0, 0};
    return decode_utf8(text_.substr(0, end_), pos);
  }

  // Whitespace and control characters between tokens; returns the flags they imply.
  std::uint16_t skip_space() {
    const std::uint32_t start = pos_;
    int newlines = 0;
    while (pos_ < end_) {
      const auto b = static_cast<unsigned char>(text_[pos_]);
      if (b < 0x80) {
        if (b == '\n') {
          ++newlines;
        } else if (b == '\r') {
          if (pos_ + 1 >= end_ || text_[pos_ + 1] != '\n') ++newlines;
        } else if (b > 0x20 && b != 0x7F) {
          break;
        }
        ++pos_;
        continue;
      }
      const CodePoint cp = at(pos_);
      if (cp.length == 0 || !detail::is_space(cp.value)) break;
      if (cp.value == 0x2028 || cp.value == 0x2029) ++newlines;
      pos_ += cp.length;
    }
    std::uint16_t flags = 0;
    if (pos_ > start || start == begin_) flags |= token_flag::space_before;
    if (newlines >= 1) flags |= token_flag::newline_before;
    if (newlines >= 2) flags |= token_flag::paragraph_before;
    return flags;
  }

  void push(std::uint32_t start, std::uint32_t end, TokenKind kind, std::uint16_t flags) {
    out_.push_back(Token{{start, end}, kind, flags});
  }

  void scan_token(std::uint16_t flags) {
    const std::uint32_t start = pos_;
    const CodePoint cp = at(pos_);
    if (cp.length == 0) {  // invalid UTF-8: one token per run of bad bytes
      do {
        ++pos_;
      } while (pos_ < end_ && detail::utf8_sequence_length(text_.substr(0, end_), pos_) == 0);
      push(start, pos_, TokenKind::invalid, flags);
      return;
    }
    const CodePoint next = at(pos_ + cp.length);
    if (starts_url(start)) return scan_url(start, flags);
    if (is_word_char(cp.value)) return scan_word(start, flags);
    if ((cp.value == U'-' || cp.value == U'+' || cp.value == U'\u2212') && is_digit(next.value) &&
        (flags & token_flag::space_before) != 0)
      return scan_word(start, flags);  // "-3,5"
    if ((cp.value == U'@' || cp.value == U'#') && next.length > 0 && is_word_char(next.value) &&
        (flags & token_flag::space_before) != 0) {
      pos_ += cp.length;
      scan_word(pos_, flags);
      Token& t = out_.back();
      t.span.begin = start;
      t.kind = cp.value == U'@' ? TokenKind::handle : TokenKind::hashtag;
      return;
    }
    if (is_quote(cp.value)) return scan_quote(start, cp, flags);
    if (is_punctuation_cp(cp.value)) {
      // A run of the same mark is one token: "...", "--", "!!".
      pos_ += cp.length;
      while (pos_ < end_ && at(pos_).value == cp.value) pos_ += cp.length;
      const bool final = cp.value == U'.' || cp.value == U'!' || cp.value == U'?' || cp.value == U'\u2026';
      push(start, pos_, TokenKind::punctuation, flags | (final ? token_flag::sentence_final : 0));
      return;
    }
    // A symbol with the marks, variation selectors and joined code points that belong to it.
    pos_ += cp.length;
    while (pos_ < end_) {
      const CodePoint more = at(pos_);
      if (more.length == 0) break;
      if (detail::is_mark(more.value) || (more.value >= 0xFE00 && more.value <= 0xFE0F) ||
          (more.value >= 0x1F3FB && more.value <= 0x1F3FF)) {
        pos_ += more.length;
      } else if (more.value == 0x200D) {  // zero width joiner: take the next code point too
        pos_ += more.length;
        const CodePoint joined = at(pos_);
        pos_ += joined.length;
      } else {
        break;
      }
    }
    push(start, pos_, TokenKind::symbol, flags);
  }

  bool starts_url(std::uint32_t start) const {
    const std::string_view rest = text_.substr(start, std::min<std::uint32_t>(end_ - start, 8));
    return rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www.");
  }

  void scan_url(std::uint32_t start, std::uint16_t flags) {
    while (pos_ < end_ && !detail::is_ascii_space(text_[pos_])) ++pos_;
    // Final punctuation belongs to the sentence, not the address.
    while (pos_ > start + 1 && std::string_view(".,;:!?)]\"'").find(text_[pos_ - 1]) != std::string_view::npos) --pos_;
    push(start, pos_, TokenKind::url, flags);
  }

  void scan_quote(std::uint32_t start, CodePoint cp, std::uint16_t flags) {
    pos_ += cp.length;
    // `` and '' are the typewriter's double quotes.
    if ((cp.value == U'`' || cp.value == U'\'') && pos_ < end_ && text_[pos_] == static_cast<char>(cp.value)) {
      ++pos_;
      push(start, pos_, cp.value == U'`' ? TokenKind::quote_open : TokenKind::quote_close, flags);
      return;
    }
    const bool space_before = (flags & token_flag::space_before) != 0 ||
                              (start > begin_ && std::string_view("([{").find(text_[start - 1]) != std::string_view::npos);
    const CodePoint next = at(pos_);
    const bool space_after = next.length == 0 || detail::is_space(next.value) || is_punctuation_cp(next.value);
    TokenKind kind = TokenKind::quote_ambiguous;
    if (space_before && !space_after) {
      kind = TokenKind::quote_open;
    } else if (!space_before && space_after) {
      kind = TokenKind::quote_close;
    } else if (cp.value == U'\u201E' || cp.value == U'\u201A' || cp.value == U'`') {
      kind = TokenKind::quote_open;
    } else if (cp.value == U'\u201D') {
      kind = TokenKind::quote_close;
    }
    push(start, pos_, kind, flags);
  }

  void scan_word(std::uint32_t start, std::uint16_t flags) {
    bool letters = false;
    bool digits = false;
    bool upper_first = false;
    bool any_lower = false;
    int upper_count = 0;
    bool hyphen = false;
    bool inner_period = false;
    bool at_sign = false;
    std::uint32_t i = start;
    char32_t prev = 0;
    {
      const CodePoint first = at(i);
      if (first.value == U'-' || first.value == U'+' || first.value == U'\u2212') i += first.length;
    }
    while (i < end_) {
      const CodePoint cp = at(i);
      if (cp.length == 0) break;
      if (is_word_char(cp.value)) {
        if (is_digit(cp.value)) {
          digits = true;
        } else if (!detail::is_mark(cp.value)) {
          if (!letters) upper_first = detail::is_upper(cp.value);
          letters = true;
          if (detail::is_upper(cp.value)) ++upper_count;
          if (detail::is_lower(cp.value)) any_lower = true;
        }
        prev = cp.value;
        i += cp.length;
        continue;
      }
      const CodePoint nx = at(i + cp.length);
      const bool next_word = nx.length > 0 && is_word_char(nx.value);
      const bool prev_digit = is_digit(prev);
      if (is_hyphen(cp.value) && next_word && prev != 0) {
        hyphen = true;
      } else if (cp.value == U'.' && next_word && prev != 0) {
        inner_period = true;
      } else if ((cp.value == U',' || cp.value == U':' || cp.value == U'/') && prev_digit && is_digit(nx.value)) {
        // "155,221", "11:52", "1986/87"
      } else if (is_apostrophe(cp.value) && next_word && detail::is_letter(prev) && detail::is_letter(nx.value)) {
        // "don't", "Kim's", "geht's"
      } else if (cp.value == U'@' && next_word && !at_sign) {
        at_sign = true;
      } else if (cp.value == U'&' && next_word && detail::is_ascii_upper(static_cast<char>(prev < 0x80 ? prev : 0)) &&
                 detail::is_ascii_upper(static_cast<char>(nx.value < 0x80 ? nx.value : 0))) {
        // "AT&T", "S&P"
      } else {
        break;
      }
      prev = cp.value;
      i += cp.length;
    }
    std::uint16_t extra = 0;
    // A final period stays with abbreviations, initials, inner-period words and ordinals.
    if (i < end_ && text_[i] == '.' && letters != digits) {
      const std::string_view word = text_.substr(start, i - start);
      bool keep = false;
      if (letters) {
        keep = inner_period || detail::is_abbreviation(word) ||
               (upper_count + (any_lower ? 1 : 0) == 1 && word.size() <= 2);
      } else if (word.size() <= 2 && !inner_period) {
        keep = followed_by_month(i + 1);
      }
      if (keep) {
        ++i;
        extra |= token_flag::ends_with_period | token_flag::sentence_final;
      }
    }
    pos_ = i;
    TokenKind kind = letters ? TokenKind::word : TokenKind::number;
    if (at_sign && inner_period) kind = TokenKind::email;
    std::uint16_t f = flags | extra;
    if (upper_first) f |= token_flag::capitalized;
    if (upper_count >= 2 && !any_lower) f |= token_flag::all_caps;
    if (digits) f |= token_flag::has_digit;
    if (hyphen) f |= token_flag::has_hyphen;
    push(start, i, kind, f);
  }

  // "15. September", "3. Juni": a month name after the spaces at `pos`.
  bool followed_by_month(std::uint32_t pos) const {
    while (pos < end_ && text_[pos] == ' ') ++pos;
    std::uint32_t e = pos;
    while (e < end_ && (detail::is_ascii_alpha(text_[e]) || static_cast<unsigned char>(text_[e]) >= 0x80)) ++e;
    return e > pos && detail::CalendarNames::instance().month(text_.substr(pos, e - pos)) > 0;
  }

  std::string_view text_;
  std::uint32_t pos_;
  std::uint32_t begin_;
  std::uint32_t end_;
  [[maybe_unused]] Language language_;
  std::vector<Token>& out_;
};

}  // namespace

void tokenize_append(std::string_view text, Span range, Language language, std::vector<Token>& out) {
  if (range.end > text.size()) range.end = static_cast<std::uint32_t>(text.size());
  if (range.begin >= range.end) return;
  Scanner(text, range, language, out).run();
}

std::vector<Token> tokenize(std::string_view text, Language language) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5 + 1);
  tokenize_append(text, {0, static_cast<std::uint32_t>(text.size())}, language, tokens);
  return tokens;
}

std::span<const Token> Tokenizer::tokenize(std::string_view text, Language language) {
  tokens_.clear();
  tokenize_append(text, {0, static_cast<std::uint32_t>(text.size())}, language, tokens_);
  return tokens_;
}

}  // namespace wirereport
