// The tokenizer: one left-to-right scan producing Universal Dependencies surface tokens.
//
// The scan reads the text in windows of 64 bytes whose characters are classified into bit
// masks (tokens/masks.hpp: white space, letters and digits, upper, lower, non-ASCII, line
// breaks, letters U+00C0..U+00FF); the loop is compiled once per SIMD level with its mask
// kernel inlined (tokens/kernels.hpp). Where tokens start follows from the masks, and the
// common tokens (a plain word or a single mark before a space, a comma, a period; with SIMD
// and Compounds::whole also a compound, "US-Präsident", whose hyphens the masks join into its
// run) are decided from them with a few bit operations and no branch on their shape: fast_token;
// the next most common (numbers with separators, a word before a sentence's period, compounds
// split into parts, "Japan's", quotation marks and dashes) with a little more work:
// fast_token_more. Everything
// else goes the general way: scan_token decodes non-ASCII code points (tokens/chars.hpp) and
// decides at the byte after each run of word characters what joins it with the next run
// ("U.S.", "1.750", "don't", "e-mail") or ends the token. The fast path only takes a token
// when it is sure to give what scan_token gives (a test compares the two on every corpus
// document, at every SIMD level).
#include "tokens/scanner.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <memory>
#include <new>

#include "lang/lexicon.hpp"
#include "text/utf8.hpp"
#include "time/names.hpp"
#include "tokens/chars.hpp"
#include "tokens/kernels.hpp"

namespace wirereport::detail {

namespace {

constexpr std::uint32_t none = UINT32_MAX;
constexpr std::uint32_t refit = UINT32_MAX - 1;  // fast_token: the token may not end in the window
// scan_token's masks: four aligned blocks around the position it looks at.
constexpr std::uint32_t window_blocks = 2;
constexpr std::uint32_t window_bytes = window_blocks * block_size;

constexpr bool is_ascii_digit_byte(unsigned char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_letter_byte(unsigned char c) noexcept { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
constexpr bool is_ascii_alnum_byte(unsigned char c) noexcept { return is_ascii_digit_byte(c) || is_ascii_letter_byte(c); }
constexpr bool is_ascii_upper_byte(unsigned char c) noexcept { return c >= 'A' && c <= 'Z'; }

// Marks that repeat into one token ("...", "--", "$$$", "=====").
bool repeats(unsigned char c) noexcept {
  switch (c) {
    case '.': case '-': case '=': case '_': case '*': case '~': case '+': case '#': case '$': case '%':
    case '&': case '<': case '>': case '|': case '^': case '/': case '\\': case ':': case '!': case '?':
    case '@':
      return true;
    default:
      return false;
  }
}

// Characters of ruled lines ("----==", "*-*-*"): a run of them is one token.
bool is_rule_char(unsigned char c) noexcept { return c == '-' || c == '=' || c == '_' || c == '*' || c == '~'; }

constexpr TokenKind ascii_mark_kind(unsigned char c) noexcept {
  switch (c) {
    case '%': case '&': case '+': case '=': case '<': case '>': case '|': case '~': case '^': case '$':
    case '*': case '#': case '@':
      return TokenKind::symbol;
    default:
      return TokenKind::punctuation;
  }
}

// The number of set bits, saturated at 4 (the rules compare counts of letters with 1 to 3;
// std::popcount is a library call where the build may not assume the POPCNT instruction).
inline std::uint32_t count_upto4(std::uint64_t x) noexcept {
  const std::uint64_t x1 = x & (x - 1);
  const std::uint64_t x2 = x1 & (x1 - 1);
  const std::uint64_t x3 = x2 & (x2 - 1);
  return std::uint32_t{x != 0} + std::uint32_t{x1 != 0} + std::uint32_t{x2 != 0} + std::uint32_t{x3 != 0};
}

// Facts about a word token, gathered run by run (letter counts saturate at 4).
struct WordFacts {
  std::uint32_t letters = 0;
  std::uint32_t upper = 0;
  bool lower = false;
  bool digit = false;
  std::uint32_t first_letter = none;  // offset of the first letter
  bool first_upper = false;
  std::uint32_t periods = 0;           // inner periods ("U.S", "1.750")
  std::uint32_t other_joins = 0;       // hyphens, apostrophes, separators other than periods
  std::uint32_t segment_letters = 0;   // letters since the last joining character
  std::uint32_t longest_segment = 0;   // letters in the longest period-separated part
  std::uint32_t slashes = 0;
  bool hyphen = false;
};

// Where the scanner's tokens go: a run of plain tokens is written in place (the SIMD writer
// writes whole groups of sixteen, past its end), and pushing a token is a store through a
// pointer, not a vector's capacity check. Appending, the tokens go to a buffer of its own and
// from there to the vector a block at a time (straight to the vector measured slower: its new
// elements are value-initialised first). Reusing, they overwrite the vector's elements from its
// start, and the vector grows but never shrinks: a warm Tokenizer neither initialises nor copies.
class TokenSink {
 public:
  static constexpr std::size_t capacity = 512;  // tokens per block
  enum class Mode { append, reuse };

  TokenSink(std::vector<Token>& out, Mode mode) noexcept
      : out_(out),
        mode_(mode),
        begin_(mode == Mode::append ? buffer() : out.data()),
        next_(begin_),
        end_(mode == Mode::append ? buffer() + capacity : out.data() + out.size()) {}
  TokenSink(const TokenSink&) = delete;
  TokenSink& operator=(const TokenSink&) = delete;

  // Where up to `n` tokens (n <= capacity) may be written; commit takes those written.
  [[nodiscard]] Token* room(std::size_t n) {
    if (static_cast<std::size_t>(end_ - next_) < n) make_room(n);
    return next_;
  }
  void commit(Token* end) noexcept { next_ = end; }
  void push(const Token& token) { next_ = std::construct_at(room(1), token) + 1; }

  // The tokens in the vector (appending: before this scan too) and written since.
  [[nodiscard]] std::size_t size() const noexcept {
    return (mode_ == Mode::append ? out_.size() : 0) + static_cast<std::size_t>(next_ - begin_);
  }
  [[nodiscard]] const Token& back() const noexcept { return next_ != begin_ ? next_[-1] : out_.back(); }

  // Ends the scan (appending: the buffered tokens go to the vector); returns size().
  std::size_t finish() {
    if (mode_ == Mode::append) make_room(capacity);
    return size();
  }

 private:
  void make_room(std::size_t n) {
    if (mode_ == Mode::append) {
      out_.insert(out_.end(), begin_, next_);
      next_ = begin_;
      return;
    }
    const auto used = static_cast<std::size_t>(next_ - begin_);
    out_.resize(std::max(2 * out_.size(), used + n + capacity));
    begin_ = out_.data();
    next_ = begin_ + used;
    end_ = begin_ + out_.size();
  }

  Token* buffer() noexcept { return std::launder(reinterpret_cast<Token*>(storage_)); }

  std::vector<Token>& out_;
  Mode mode_;
  Token* begin_;
  Token* next_;
  Token* end_;
  alignas(Token) unsigned char storage_[capacity * sizeof(Token)];  // appending: tokens created in place
};

class Scanner {
 public:
  Scanner(std::string_view text, Span range, Language language, Compounds compounds, std::vector<Token>& out,
          TokenSink::Mode sink, ScanMode mode)
      : s_(text.data()),
        text_size_(text.size()),
        begin_(range.begin),
        end_(range.end),
        language_(language),
        german_(language == Language::de),
        english_(language == Language::en),
        split_compounds_(compounds == Compounds::split),
        classify_(classify_blocks(mode.level)),
        fast_path_(mode.fast_path),
        level_(std::min(mode.level, best_simd_level())),
        first_token_(sink == TokenSink::Mode::append ? out.size() : 0),
        sink_(out, sink) {}

  // Scans the range; returns the tokens in the vector (TokenSink::size).
  std::size_t run() {
    scan();
    return sink_.finish();
  }

 private:
  // The scan loop compiled once per SIMD level, with its mask kernel inlined.
  void scan() {
    switch (level_) {
#if defined(WIREREPORT_HAS_AVX512_KERNEL)
      case SimdLevel::avx512: run_avx512(); return;
#endif
#if defined(WIREREPORT_HAS_AVX2_KERNEL)
      case SimdLevel::avx2: run_avx2(); return;
#endif
#if WIREREPORT_X86_64
      case SimdLevel::sse2: run_loop<kernels::sse2_block>(); return;
#endif
      default: run_loop<kernels::scalar_block>(); return;
    }
  }

#if defined(WIREREPORT_HAS_AVX2_KERNEL)
  WIREREPORT_AVX2_TARGET void run_avx2() {
    run_loop<kernels::avx2_block, kernels::avx2_marks, kernels::avx2_flag_bytes, kernels::scalar_plain_tokens>();
  }
#endif
#if defined(WIREREPORT_HAS_AVX512_KERNEL)
  WIREREPORT_AVX512_TARGET void run_avx512() {
    run_loop<kernels::avx512_block, kernels::avx512_marks, kernels::avx512_flag_bytes, kernels::avx512_plain_tokens,
             kernels::avx512_copy_padded>();
  }
#endif

  using MarksOf = MarkMasks (*)(const char*) noexcept;
  using FlagBytes = void (*)(const FlagMasks&, const FlagValues&, std::uint8_t*) noexcept;
  using CopyPadded = void (*)(const char*, std::size_t, unsigned char*) noexcept;

  // With marks_of, flag_bytes and write_plain, runs of plain tokens go at once
  // (take_plain_tokens); without them, token by token.
  template <void (*classify_window)(const char*, BlockMasks&) noexcept, MarksOf marks_of = nullptr,
            FlagBytes flag_bytes = nullptr, WritePlainTokens write_plain = nullptr,
            CopyPadded copy_padded = kernels::copy_padded>
  WIREREPORT_ALWAYS_INLINE void run_loop() {
    constexpr bool batches = write_plain != nullptr;
    std::uint32_t pos = begin_;
    while (pos < end_) {
      // A window of 64 bytes from `pos`, which is at a token boundary. Its masks give where
      // tokens start and where runs end; take_plain_tokens and fast_token take the common
      // tokens from them. Where runs of plain tokens go at once, the next window starts where
      // the last token ended, so that the white space before the next token lies in it; else
      // at a token that may go on beyond this window, or after this window (fewer windows,
      // where each costs more). Anything fast_token does not take goes to slow_token; the
      // window goes on after it where its masks still hold, else a new window starts there.
      const std::uint32_t base = pos;
      const unsigned char* bytes = window_bytes_at<copy_padded>(pos);
      BlockMasks m;
      classify_window(reinterpret_cast<const char*>(bytes), m);
      MarkMasks k;
      if constexpr (batches) k = marks_of(reinterpret_cast<const char*>(bytes));
      const FastView v = fast_view(m, batches ? k.hyphen & whole_compounds_ : 0);
      PlainView plain;
      if constexpr (batches) plain_view<flag_bytes>(m, k, v, base, plain);
      const std::uint64_t marks = ~(m.space | m.word);
      std::uint64_t starts = (m.word & ~(m.word << 1)) | marks;
      pos = none;  // where the window ends early
      while (starts != 0) {
        // Runs of plain tokens go at once; each other token one by one below.
        if constexpr (batches) {
          if (fast_path_ && end_of_last_ >= base &&
              base + static_cast<std::uint32_t>(std::countr_zero(starts)) != compound_next_) {
            starts = take_plain_tokens<write_plain>(bytes, base, plain, starts);
            if (starts == 0) break;
            // Near the window's end, what stopped the run is most likely a token that goes on
            // beyond it: the next window, from the last token's end, takes it with the rest.
            if (std::countr_zero(starts) >= static_cast<int>(block_size - 16) && end_of_last_ > base) {
              pos = end_of_last_;
              break;
            }
          }
        }
        const auto off = static_cast<std::uint32_t>(std::countr_zero(starts));
        const std::uint32_t at = base + off;
        const std::uint16_t flags = end_of_last_ >= base ? window_gap_flags(v, base, off) : gap_flags(at);
        const std::uint32_t n = fast_path_ ? fast_token(bytes, base, m, v, off, flags) : 0;
        if (n == refit && off != 0) {  // the token may go on beyond the window
          pos = batches && end_of_last_ > base ? end_of_last_ : at;
          break;
        }
        std::uint32_t e = 0;  // where this token (or white space) ended
        if (n == 0 || n == refit) {
          // The window goes on after a token of the general path that ends in it where the
          // masks see what a window starting there would: not inside a run of word bytes
          // ("@4" of "@4.5", whose masks join "4.5"), not after white space beyond ASCII.
          e = slow_token(at, flags);
          if (e != end_of_last_ || e - base >= block_size || ((v.word >> (e - base - 1)) & 3) == 3) {
            pos = e;
            break;
          }
        } else {
          e = at + n;
          end_of_last_ = e;
          line_breaks_ = 0;
          if (off + n >= block_size) {
            pos = e;
            break;
          }
        }
        // Tokens after this one start at the next start bit, or right here when this token
        // ended inside a run ("„Wir": the quotation mark, then the word).
        starts = (starts & (~std::uint64_t{0} << (e - base))) | (m.word & (std::uint64_t{1} << (e - base)));
      }
      if (pos == none) pos = batches && end_of_last_ > base ? end_of_last_ : base + block_size;  // past white space
    }
  }

  static constexpr std::uint16_t newline_flags = token_flag::newline_before | token_flag::paragraph_before;
  // A word or number that kept its period ("Dr.", "U.S.", "15."), whichever path decided it.
  static constexpr std::uint16_t kept_period_flags = token_flag::ends_with_period | token_flag::sentence_final;

  // Flags for the white space between the last token and a token at `at`.
  WIREREPORT_ALWAYS_INLINE std::uint16_t gap_flags(std::uint32_t at) const noexcept {
    const std::uint32_t gap = at - end_of_last_;
    std::uint16_t flags = gap != 0 || at == begin_ ? token_flag::space_before : 0;
    if (gap > 1 || (gap == 1 && s_[end_of_last_] != ' ') || line_breaks_ != 0) {
      const std::uint32_t n = count_newlines(end_of_last_, at) + line_breaks_;
      if (n != 0) flags |= n == 1 ? token_flag::newline_before : newline_flags;
    }
    return flags;
  }

  // What fast_token and window_gap_flags read, computed once per window. Its runs of word
  // bytes take in the separators between digits ("155,221", "5.93", "11:52": scan_word
  // joins them always). Facts about a whole run are marked at the byte after the run: adding
  // a mask X of bytes in runs to the run mask carries each X bit to the end of its run and
  // out onto the byte after it.
  struct FastView {
    std::uint64_t word;         // word bytes, and separators between digits
    std::uint64_t upper;        // upper-case letters: A-Z and the lead bytes of À..Þ
    std::uint64_t digit;
    std::uint64_t odd_end;      // after a run with bytes >= 0x80 other than letters À..ÿ, or
                                // with letters and digits mixed
    std::uint64_t lower_end;    // after a run with a lower-case letter
    std::uint64_t after_space;  // bit i: byte i - 1 is white space
    std::uint64_t newline;
  };
  // `hyphens`: the hyphens that join the word bytes on either side into one word (Compounds::whole:
  // "US-Präsident"), so that such a compound is one run.
  static FastView fast_view(const BlockMasks& m, std::uint64_t hyphens) noexcept {
    const std::uint64_t latin = m.latin_upper | m.latin_lower;
    const std::uint64_t upper = m.upper | m.latin_upper;
    const std::uint64_t lower = m.lower | m.latin_lower;
    const std::uint64_t joining = hyphens & (m.word << 1) & (m.word >> 1);
    const std::uint64_t word = m.word | (m.separator & (m.digit << 1) & (m.digit >> 1)) | joining;
    const auto after_runs_with = [&](std::uint64_t x) { return (word + x) & ~word; };
    const std::uint64_t odd_high = m.high & ~(latin | (latin << 1));
    const std::uint64_t odd_end = after_runs_with(odd_high) | (after_runs_with(upper | lower) & after_runs_with(m.digit));
    return {word, upper, m.digit, odd_end, after_runs_with(lower), m.space << 1, m.newline};
  }

  // Whether the bytes on either side of `at` (1 to 62) are digits: a separator there joins a
  // number ("155,221", "11:52"), as fast_view's runs take it in.
  static bool between_digits(const BlockMasks& m, std::uint32_t at) noexcept {
    return ((m.digit >> (at - 1)) & (m.digit >> (at + 1)) & 1) != 0;
  }

  // The hyphens fast_view joined runs at: its run bytes that are neither word bytes nor
  // separators.
  static std::uint64_t joining_hyphens(const BlockMasks& m, const FastView& v) noexcept {
    return v.word & ~(m.word | m.separator);
  }

  // Where fast_token would take a plain token, as masks over a window, so that a run of plain
  // tokens goes without a branch on each token's shape (take_plain_tokens). A subset of what
  // fast_token and fast_token_more take: a word (a compound too, where fast_view joined its
  // hyphens) before white space, a comma, a bracket, "!" or "?", or before a colon or a period
  // (not of an abbreviation, not after a compound) and white space; a comma, bracket, final
  // mark, hyphen or colon that is a token by itself. The flags fast_token computes
  // token by token are bytes here, one per position of the window (flag_bytes).
  struct PlainView {
    std::uint64_t token_start;  // where tokens start if all are plain: runs and marks
    std::uint64_t token_end;    // where they end
    std::uint64_t bad_start;    // starts of tokens that are not plain
    std::uint64_t bad_end;      // ends of words that are not plain
    std::uint64_t period_words; // ends of words before a period that is a token of its own
    std::uint64_t digits;       // digits (a plain token that starts with one is a number)
    std::uint64_t marks;        // marks (a plain token that starts with one is punctuation)
    std::uint64_t final_marks;  // . ! ? (sentence_final when a token of their own)
    alignas(block_size) std::uint8_t flags[block_size];  // flags at a token's first byte, all_caps at its end
  };
  static constexpr std::uint8_t start_flags = token_flag::capitalized | token_flag::space_before |
                                              token_flag::newline_before | token_flag::paragraph_before;
  static constexpr std::uint8_t end_flags = token_flag::all_caps | token_flag::has_hyphen;
  static_assert(token_flag::paragraph_before <= 0xFF && end_flags <= 0xFF);

  template <FlagBytes flag_bytes>
  WIREREPORT_ALWAYS_INLINE void plain_view(const BlockMasks& m, const MarkMasks& k, const FastView& v,
                                           std::uint32_t base, PlainView& p) const noexcept {
    const std::uint64_t word = v.word;
    const std::uint64_t run_start = word & ~(word << 1);
    const std::uint64_t run_end = ~word & (word << 1);
    const std::uint64_t marks = ~(m.space | word);
    const auto after_runs = [](std::uint64_t runs, std::uint64_t x) { return (runs + x) & ~runs; };
    const std::uint64_t hyphen_end = after_runs(word, joining_hyphens(m, v));
    // A word ends before a byte that ends it, has no odd bytes, and its end byte lies in the
    // window with one byte after it (bit 62 at most): a comma there that joins digits
    // ("155,221") lies inside the run already. Also before a colon and white space (bit 61 at
    // most: the byte after the colon is in the window).
    const std::uint64_t enders = m.space | k.comma | k.bracket | k.exclaim;
    const std::uint64_t colon = m.separator & ~(k.comma | k.period);
    const std::uint64_t word_end = run_end & ~v.odd_end &
                                   ((enders & (~std::uint64_t{0} >> 1)) |
                                    (colon & (m.space >> 1) & (~std::uint64_t{0} >> 2)));
    // A comma or bracket before an ASCII byte; a final mark before an ASCII byte that is no
    // final mark; a hyphen or colon before white space. Bits up to 61, so the byte after is in
    // the window.
    const std::uint64_t final_mark = k.period | k.exclaim;
    const std::uint64_t mark = (((k.comma | k.bracket) & ~(m.high >> 1)) | (final_mark & ~((m.high | final_mark) >> 1)) |
                                ((k.hyphen | colon) & (m.space >> 1))) &
                               marks & (~std::uint64_t{0} >> 2);
    // A word before a period and white space: the period is a token of its own unless the word
    // may keep it ("Dr." may, "said." does not). A spaced abbreviation ("z. B.") that the
    // slower path finds later in the window is for take_plain_tokens.
    p.period_words = 0;
    for (std::uint64_t c = run_end & k.period & (m.space >> 1) & ~(v.odd_end | hyphen_end) & (~std::uint64_t{0} >> 2);
         c != 0;
         c &= c - 1) {
      const auto at = static_cast<std::uint32_t>(std::countr_zero(c));
      const auto start = static_cast<std::uint32_t>(63 - std::countl_zero(run_start & ((std::uint64_t{1} << at) - 1)));
      if (!may_keep_period(base + start, base + at, ((m.digit >> start) & 1) != 0, 0))
        p.period_words |= std::uint64_t{1} << at;
    }
    p.digits = m.digit;
    p.marks = marks;
    p.final_marks = final_mark;
    p.token_start = run_start | marks;
    p.token_end = run_end | (marks << 1);
    p.bad_start = marks & ~mark;
    p.bad_end = run_end & ~(word_end | p.period_words);
    // All caps: two capitals (one that is not the first capital of its run) and no lower case.
    const std::uint64_t not_upper = word & ~v.upper;
    const std::uint64_t leading = after_runs(not_upper, not_upper & ~(word << 1));  // after a run's leading non-capitals
    const std::uint64_t first_upper = v.upper & (~(word << 1) | leading);
    const std::uint64_t all_caps_end = after_runs(word, v.upper & ~first_upper) & ~v.lower_end;
    // Line breaks in the white space before a token; two of them make a paragraph break.
    const std::uint64_t other_space = m.space & ~m.newline;
    const std::uint64_t after_newline_run = after_runs(other_space, (m.newline << 1) & other_space);
    const std::uint64_t second_newline = (after_newline_run | (m.newline << 1)) & m.newline;
    flag_bytes({v.upper, all_caps_end, hyphen_end, v.after_space | std::uint64_t{base == begin_},
                after_runs(m.space, m.newline), after_runs(m.space, second_newline)},
               {token_flag::capitalized, token_flag::all_caps, token_flag::has_hyphen, token_flag::space_before,
                token_flag::newline_before, token_flag::paragraph_before},
               p.flags);
  }

  // Whether the period after the word [b, e) may belong to it, so that only the slower path
  // decides: a German number (an ordinal, "15."), a word of up to two letters, a word before
  // `spaced_end` (inside a spaced abbreviation, "z. B."), a word the lexicon knows as an
  // abbreviation. English numbers and other words leave the period a token of its own.
  bool may_keep_period(std::uint32_t b, std::uint32_t e, bool number, std::uint32_t spaced_end) const noexcept {
    const std::uint32_t n = e - b;
    if (number) return !english_;
    return n <= longest_abbreviation_ &&
           (n <= 2 || e < spaced_end || abbreviation_roles(view(b, e), language_) != 0);
  }

  // Emits the plain tokens from the first of `starts` on, as fast_token would, up to the first
  // token that is not plain; returns the starts left. Needs the gap before the first token to
  // lie in the window (end_of_last_ >= base).
  template <WritePlainTokens write_plain>
  WIREREPORT_ALWAYS_INLINE std::uint64_t take_plain_tokens(const unsigned char* bytes, std::uint32_t base,
                                                           const PlainView& p, std::uint64_t starts) {
    const auto first_off = static_cast<std::uint32_t>(std::countr_zero(starts));
    if (first_off > 61 || ((p.token_start >> first_off) & 1) == 0) return starts;  // inside a run: not plain
    // While the tokens are plain, the i-th start and the i-th end from first_off on belong to
    // one token; the tokens before the first bad start or bad end are plain: those whose ends
    // lie before the first bad end and not after the first bad start (the end of the token
    // before it may touch it). The last token's end comes from the masks alone, not from the
    // writer: it is where the next window starts.
    const std::uint64_t token_starts = p.token_start & (~std::uint64_t{0} << first_off);
    const std::uint64_t token_ends = p.token_end & (~std::uint64_t{0} << (first_off + 1));
    std::uint64_t bad_end = p.bad_end;
    if (spaced_abbreviation_end_ > base) {  // words before it keep their period
      const std::uint32_t rel = spaced_abbreviation_end_ - base;
      bad_end |= p.period_words & (rel >= block_size ? ~std::uint64_t{0} : (std::uint64_t{1} << rel) - 1);
    }
    const auto below_lowest = [](std::uint64_t x) { return (x & (~x + 1)) - 1; };  // all bits for x == 0
    const auto up_to_lowest = [](std::uint64_t x) { return x ^ (x - 1); };          // all bits for x == 0
    const std::uint64_t taken_ends =
        token_ends & below_lowest(token_ends & bad_end) & up_to_lowest(token_starts & p.bad_start);
    if (taken_ends == 0) return starts;
    const auto count = static_cast<std::uint32_t>(std::popcount(taken_ends));
    const auto e = static_cast<std::uint32_t>(63 - std::countl_zero(taken_ends));
    const PlainRun run{bytes, p.flags, start_kind.data(), plain_flags.data(), token_starts, token_ends,
                       p.digits, p.marks, p.final_marks, base, count, start_flags, end_flags};
    Token* const first = sink_.room(block_size);
    write_plain(run, first);
    sink_.commit(first + count);
    end_of_last_ = base + e;
    line_breaks_ = 0;
    return starts & (~std::uint64_t{0} << e);  // a plain token ends at bit 62 at most
  }

  // gap_flags for a gap that lies in the window at `base` (from the last token's end to `off`),
  // from the masks: only white space lies between tokens there, so there is a gap when the
  // byte before is white space. Unicode line separators end a window (slow_token), so none
  // are pending.
  WIREREPORT_ALWAYS_INLINE std::uint16_t window_gap_flags(const FastView& v, std::uint32_t base,
                                                            std::uint32_t off) const noexcept {
    const auto space = static_cast<std::uint32_t>((v.after_space >> off) & 1) | std::uint32_t{base + off == begin_};
    auto flags = static_cast<std::uint16_t>(space * token_flag::space_before);
    if (v.newline != 0) {
      const std::uint64_t gap = ((std::uint64_t{1} << off) - 1) & ~((std::uint64_t{1} << (end_of_last_ - base)) - 1);
      const std::uint64_t lines = v.newline & gap;
      const std::uint32_t line = std::uint32_t{lines != 0};
      const std::uint32_t paragraph = std::uint32_t{(lines & (lines - 1)) != 0};
      flags |= static_cast<std::uint16_t>(line * token_flag::newline_before | paragraph * token_flag::paragraph_before);
    }
    return flags;
  }

  // The 64 bytes from `pos`, where bytes at or after the end of the range read as spaces. The
  // copy of the last window out of line: the window's load then takes its address from a
  // register, not from where the compiler merged the two paths in memory (the window's load is
  // on the chain from one window to the next).
  template <CopyPadded copy_padded>
  WIREREPORT_ALWAYS_INLINE const unsigned char* window_bytes_at(std::uint32_t pos) noexcept {
    if (end_ - pos >= block_size) [[likely]]
      return reinterpret_cast<const unsigned char*>(s_) + pos;
    return last_window<copy_padded>(pos);
  }
  template <CopyPadded copy_padded>
  WIREREPORT_NOINLINE const unsigned char* last_window(std::uint32_t pos) noexcept {
    copy_padded(s_ + pos, end_ - pos, window_copy_);
    return window_copy_;
  }

  // The common tokens, decided from the window's masks with one test and no branch on the
  // token's shape: a word of ASCII letters and letters U+00C0..U+00FF, or a number of ASCII
  // digits, before a space or a mark that cannot join it; and a single mark that cannot begin
  // anything longer. Other tokens fast_token can decide go to fast_token_more. Pushes exactly
  // the token scan_token would and returns its length; returns 0 when unsure, refit when the
  // token or the byte after it may not be in the window.
  WIREREPORT_ALWAYS_INLINE std::uint32_t fast_token(const unsigned char* bytes, std::uint32_t base, const BlockMasks& m,
                                                      const FastView& v, std::uint32_t off, std::uint16_t flags) {
    const std::uint64_t word = v.word >> off;
    // A run of word bytes, or one mark (the run length is 0 there).
    const std::uint32_t n = static_cast<std::uint32_t>(std::countr_zero(~word)) + static_cast<std::uint32_t>(~word & 1);
    if (off + n + 1 >= block_size) return refit;
    const unsigned char b = bytes[off];
    const unsigned char c = bytes[off + n];  // the byte after the token
    // A word needs a byte after it that ends it, and no odd bytes; a mark one that cannot make
    // it longer (breaks_after). A plain word is all letters or all digits.
    const std::uint64_t end = std::uint64_t{1} << (off + n);
    const bool plain = ((next_byte[c] & breaks_after[b]) == 0) & ((v.odd_end & end) == 0);
    const std::uint32_t pos = base + off;
    if (!plain || pos == compound_next_) return fast_token_more(bytes, base, m, off, flags);
    // Flags by arithmetic in 32 bits: no branch to mispredict, no narrow temporaries.
    const std::uint64_t upper = (v.upper >> off) & ((std::uint64_t{1} << n) - 1);
    const std::uint32_t all_caps = std::uint32_t{(v.lower_end & end) == 0} & std::uint32_t{(upper & (upper - 1)) != 0};
    const std::uint32_t all = flags | static_cast<std::uint32_t>(upper & 1) * token_flag::capitalized |
                              all_caps * token_flag::all_caps |
                              static_cast<std::uint32_t>((v.digit >> off) & 1) * token_flag::has_digit |
                              std::uint32_t{((joining_hyphens(m, v) >> off) & ((std::uint64_t{1} << n) - 1)) != 0} *
                                  token_flag::has_hyphen |
                              mark_flags[b];
    sink_.push(Token{{pos, pos + n}, start_kind[b], static_cast<std::uint16_t>(all)});
    return n;
  }

  // What next_byte says about a byte (bits).
  static constexpr std::uint16_t ends_word = 1;  // a plain word ends before it: space, brackets, ...
  static constexpr std::uint16_t is_final = 2;   // . ! ?
  static constexpr std::uint16_t is_space = 4;   // white space and controls
  static constexpr std::uint16_t is_high = 8;    // >= 0x80
  static constexpr std::uint16_t is_digit = 16;
  static constexpr std::uint16_t not_ends_word = 32;
  static constexpr std::uint16_t not_space = 64;
  static constexpr std::uint16_t is_lt = 128;    // <
  static constexpr std::uint16_t is_gt = 256;    // >
  static constexpr std::uint16_t is_three = 512; // 3 ("<3")
  static constexpr std::uint16_t is_comma = 1024;
  static constexpr std::uint16_t any_byte = 2048;
  static constexpr std::uint16_t is_slash = 4096;
  static constexpr auto next_byte = [] {
    std::array<std::uint16_t, 256> t{};
    for (int c = 0; c <= 0x20; ++c) t[static_cast<std::size_t>(c)] = ends_word | is_space;
    t[0x7F] = ends_word | is_space;
    for (const char c : std::string_view("()[]{};!?\"<>|*=~^$#`,")) t[static_cast<unsigned char>(c)] |= ends_word;
    for (const char c : std::string_view(".!?")) t[static_cast<unsigned char>(c)] |= is_final;
    for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] |= is_digit;
    for (int c = 0x80; c < 0x100; ++c) t[static_cast<std::size_t>(c)] = is_high;
    t['<'] |= is_lt;
    t['>'] |= is_gt;
    t['3'] |= is_three;
    t[','] |= is_comma;
    t['/'] |= is_slash;
    for (auto& bits : t) {
      if ((bits & ends_word) == 0) bits |= not_ends_word;
      if ((bits & is_space) == 0) bits |= not_space;
      bits |= any_byte;
    }
    return t;
  }();

  // For the first byte of a token: the next_byte bits after it that make fast_token unsure.
  // A word ends only before a byte that ends it; a number not before a comma, which may join
  // it with more digits ("155,221": fast_token_more decides). Marks, each before an ASCII
  // byte (a mark may follow that belongs to it): , ( ) [ ] always one token; a final mark
  // unless another final mark follows; "/" unless doubled; "<" and ">" unless doubled or in
  // "<3"; other marks but quotes before white space. Quotes are never plain.
  static constexpr auto breaks_after = [] {
    std::array<std::uint16_t, 256> t{};
    for (auto& bits : t) bits = any_byte;
    for (int c = 0; c < 256; ++c)
      if (c >= 0x80 || is_ascii_alnum_byte(static_cast<unsigned char>(c))) t[static_cast<std::size_t>(c)] = not_ends_word;
    for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] |= is_comma;
    // Any other ASCII mark but quotes is one token before white space (scan_ascii_mark).
    for (int c = 0x21; c < 0x7F; ++c)
      if (!is_ascii_alnum_byte(static_cast<unsigned char>(c)) && c != '"' && c != '\'' && c != '`')
        t[static_cast<std::size_t>(c)] = not_space;
    for (const char c : std::string_view(",()[]")) t[static_cast<unsigned char>(c)] = is_high;
    for (const char c : std::string_view(".!?")) t[static_cast<unsigned char>(c)] = is_high | is_final;
    t['-'] = not_space;
    t['/'] = is_high | is_slash;
    t['<'] = is_high | is_lt | is_three;
    t['>'] = is_high | is_gt | is_three;
    return t;
  }();

  // The kind of a plain token by its first byte (a plain word is all letters or all digits).
  static constexpr auto start_kind = [] {
    std::array<TokenKind, 256> t{};
    for (std::size_t c = 0; c < 256; ++c) t[c] = ascii_mark_kind(static_cast<unsigned char>(c));
    for (std::size_t c = 0; c < 256; ++c)
      if (c >= 0x80 || is_ascii_letter_byte(static_cast<unsigned char>(c))) t[c] = TokenKind::word;
    for (std::size_t c = '0'; c <= '9'; ++c) t[c] = TokenKind::number;
    return t;
  }();
  static constexpr auto mark_flags = [] {
    std::array<std::uint16_t, 256> t{};
    for (const char c : std::string_view(".!?")) t[static_cast<unsigned char>(c)] = token_flag::sentence_final;
    return t;
  }();
  // The flags of a plain token that follow from its first byte.
  static constexpr auto plain_flags = [] {
    std::array<std::uint8_t, 256> t{};
    for (std::size_t c = 0; c < 256; ++c)
      t[c] = static_cast<std::uint8_t>(mark_flags[c] | (c >= '0' && c <= '9' ? token_flag::has_digit : 0));
    return t;
  }();

  // The tokens fast_token leaves to this: numbers with separators ("155,221", "5.93"), words
  // with letters U+00C0..U+00FF ("Präsident"), a word before a period that ends a sentence,
  // and a straight double quote.
  // Out of line: the tight loop around fast_token keeps its registers.
  WIREREPORT_NOINLINE std::uint32_t fast_token_more(const unsigned char* bytes, std::uint32_t base, const BlockMasks& m,
                                                           std::uint32_t off, std::uint16_t flags) {
    const std::uint32_t pos = base + off;
    const std::uint64_t word = m.word >> off;
    if ((word & 1) != 0) {
      auto n = static_cast<std::uint32_t>(std::countr_zero(~word));
      if (off + n + 1 >= block_size) return refit;
      if (bytes[off] >= 0x80 && bytes[off] != 0xC3) return fast_general_punctuation(bytes, off, pos, flags);
      auto c = bytes[off + n];
      const std::uint64_t digit = m.digit >> off;
      // Numbers: digit runs joined by "." "," ":" with digits on both sides ("155,221", "11:52").
      WordFacts number;  // what scan_word would know of it (for German ordinals)
      number.digit = true;
      while ((c == '.' || c == ',' || c == ':') && between_digits(m, off + n)) {
        ++(c == '.' ? number.periods : number.other_joins);
        n += 1 + static_cast<std::uint32_t>(std::countr_zero(~(word >> (n + 1))));
        if (off + n + 1 >= block_size) return refit;
        c = bytes[off + n];
      }
      std::uint64_t range = (std::uint64_t{1} << n) - 1;
      std::uint64_t upper = (m.upper >> off) & range;
      std::uint64_t lower = (m.lower >> off) & range;
      std::uint64_t digits = digit & range;
      std::uint32_t first_upper = static_cast<std::uint32_t>(upper & 1);
      bool any_lower = lower != 0;
      if (const std::uint64_t high = (m.high >> off) & range; high != 0) {
        if (digits != 0) return 0;
        // The word ends at general punctuation ("Wort“", "Wort–"); before that only letters
        // U+00C0..U+00FF may appear.
        const std::uint32_t cut = general_punctuation_at(bytes + off, high);
        if (cut == 0) return 0;
        if (cut < n) {
          n = cut;
          c = bytes[off + n];
          range = (std::uint64_t{1} << n) - 1;
          upper &= range;
          lower &= range;
          any_lower = lower != 0;
        }
        if (!latin_letters(bytes + off, high & range, (upper | lower) & (~(upper | lower) + 1), upper, any_lower,
                           first_upper))
          return 0;
      } else if ((upper | lower) != 0 && digits != 0) {
        return 0;  // "250g", "SX40": scan_word decides
      }
      bool compound = false;
      if (c == '.') {
        // Before a period that ends a sentence: a word that cannot be an abbreviation, or an
        // English number, leaves the period alone.
        const auto next = bytes[off + n + 1];
        const bool closing = next >= 0x80 && off + n + 4 < block_size && ends_at_general_punctuation(bytes + off + n + 1);
        const bool ascii_letters = digits == 0 && ((m.high >> off) & range) == 0;
        if (!closing && ((next_byte[next] & ends_word) == 0 || next == ','))
          return ascii_letters ? fast_dotted_word(bytes, base, m, off, n, flags) : 0;  // "U.S."
        if (may_keep_period(pos, pos + n, digits != 0, spaced_abbreviation_end_)) {
          // A word that may be an abbreviation ("Dr.", "Inc.", "J."): keeps_period decides.
          if (digits == 0) return ascii_letters && !closing ? fast_dotted_word(bytes, base, m, off, n, flags) : 0;
          // A German number: an ordinal keeps its period ("am 3. Juni"), as scan_word decides.
          if (keeps_period(pos, pos + n, number)) {
            emit(pos, pos + n + 1, TokenKind::number,
                 flags | token_flag::has_digit | kept_period_flags);
            return n + 1;
          }
        }
      } else if (c == '-' && !split_compounds_) {
        return fast_joined_word(bytes, base, m, off, n, flags);
      } else if (c == '-') {
        if (digits != 0 || !splits_compound(pos, pos + n)) return 0;
        compound = true;
      } else if (c == '\'') {
        return digits != 0 ? 0 : fast_joined_word(bytes, base, m, off, n, flags);
      } else if (c == ':') {
        if ((next_byte[bytes[off + n + 1]] & ends_word) == 0) return 0;  // "11:52", "http://"
      } else if ((next_byte[c] & ends_word) == 0) {
        if (c < 0x80 || !ends_at_general_punctuation(bytes + off + n)) return 0;
      }
      const bool all_caps = !any_lower && (upper & (upper - 1)) != 0;
      flags |= static_cast<std::uint16_t>(first_upper * token_flag::capitalized + all_caps * token_flag::all_caps +
                                          (digits != 0) * token_flag::has_digit);
      if (compound) flags |= token_flag::in_compound;
      emit(pos, pos + n, digits != 0 ? TokenKind::number : TokenKind::word, flags);
      if (compound) compound_next_ = pos + n;
      return n;
    }
    if (off + 1 >= block_size) return refit;
    const auto b = bytes[off];
    const auto next = bytes[off + 1];
    if (next >= 0x80) {
      // "(Österreich", ".“": a single mark before a character that cannot belong to it.
      const bool single = breaks_after[b] == is_high || breaks_after[b] == (is_high | is_final);
      if (!single || off + 4 >= block_size || may_extend(bytes + off + 1)) return 0;
      emit(pos, pos + 1, start_kind[b], static_cast<std::uint16_t>(flags | mark_flags[b]));
      return 1;
    }
    switch (b) {
      case '-':  // the hyphen of a compound ("US-Präsident")
        if (pos != compound_next_ || !is_ascii_alnum_byte(next)) return 0;
        compound_next_ = none;
        emit(pos, pos + 1, TokenKind::punctuation, flags | token_flag::in_compound);
        compound_next_ = pos + 1;
        return 1;
      case '"':
        emit(pos, pos + 1, quote_kind(pos, pos + 1, U'"', false, flags), flags);
        return 1;
      default:
        return 0;
    }
  }

  // A word of ASCII letters whose first run (n bytes from off) ends at a period: its parts
  // joined by periods where each before a period has one or two letters ("U.S", "z.B", as
  // join_at joins them), and its last period kept or not as keeps_period decides, with the facts
  // scan_word would gather. 0 when unsure (a longer part before a period: "google.com", an
  // address, a part that goes on with other characters, the end of the window).
  // Out of line: rare enough, and fast_token_more stays small.
  WIREREPORT_NOINLINE std::uint32_t fast_dotted_word(const unsigned char* bytes, std::uint32_t base, const BlockMasks& m,
                                                     std::uint32_t off, std::uint32_t n, std::uint16_t flags) {
    const std::uint64_t letter = m.upper | m.lower;
    WordFacts f;
    std::uint32_t e = off + n;  // at a period
    std::uint32_t segment = n;
    while (((letter >> (e + 1)) & 1) != 0) {  // another part after this period
      if (segment > 2) return 0;
      ++f.periods;
      f.longest_segment = std::max(f.longest_segment, segment);
      segment = static_cast<std::uint32_t>(std::countr_zero(~(letter >> (e + 1))));
      e += 1 + segment;
      if (e + 2 >= block_size || bytes[e] != '.') return 0;
    }
    const auto after = bytes[e + 1];
    if ((next_byte[after] & ends_word) == 0) return 0;
    const std::uint64_t range = ((std::uint64_t{1} << (e - off)) - 1) << off;
    const std::uint64_t upper = m.upper & range;
    f.longest_segment = std::max(f.longest_segment, segment);
    f.segment_letters = segment;
    f.letters = count_upto4(letter & range);
    f.upper = count_upto4(upper);
    f.lower = (m.lower & range) != 0;
    f.first_letter = 0;
    f.first_upper = ((upper >> off) & 1) != 0;
    const std::uint32_t pos = base + off;
    const bool kept = keeps_period(pos, base + e, f);
    flags |= static_cast<std::uint16_t>(std::uint32_t{f.first_upper} * token_flag::capitalized +
                                        std::uint32_t{f.letters >= 2 && f.upper >= 2 && !f.lower} * token_flag::all_caps +
                                        std::uint32_t{kept} * kept_period_flags);
    const std::uint32_t end = e + std::uint32_t{kept};
    emit(pos, base + end, TokenKind::word, flags);
    return end - off;
  }

  // A word whose first run (n bytes from off: letters, or a number) ends at "-" (Compounds::whole)
  // or "'": the runs that join_at joins there ("US-Präsident", "Hapag-Lloyd", "26-FEB-1987",
  // "3-jährige", "Japan's", "aren't"), up to a byte that ends the word; a hyphen before a mark
  // stays apart ("Ja- und"). A number unless it has a letter, capitalised by its first letter.
  // A compound before a period keeps it or not as keeps_period decides. 0 when unsure (digits
  // with an apostrophe, other characters, a possessive apostrophe).
  std::uint32_t fast_joined_word(const unsigned char* bytes, std::uint32_t base, const BlockMasks& m,
                                 std::uint32_t off, std::uint32_t n, std::uint16_t flags) {
    const std::uint64_t latin = m.latin_upper | m.latin_lower;
    const std::uint64_t letter = m.upper | m.lower | latin;  // where a letter begins
    std::uint32_t e = off + n;  // the byte after the token so far
    bool hyphen = false;
    bool apostrophe = false;
    bool at_period = false;  // before a period and a byte that ends a word
    while (true) {
      const unsigned char c = bytes[e];
      const std::uint64_t next = std::uint64_t{1} << (e + 1);
      if (c == '-' && !split_compounds_) {
        if ((m.word & next) == 0) {
          // "Ja- und": the hyphen is a token of its own; before other characters an e-mail
          // address may go on ("a-@b.de") or the masks do not tell.
          if ((next_byte[bytes[e + 1]] & ends_word) == 0) return 0;
          break;
        }
        hyphen = true;
      } else if (c == '\'') {
        if ((letter & next) == 0) return 0;
        apostrophe = true;
      } else if (c == '.' && hyphen && !apostrophe && (next_byte[bytes[e + 1]] & ends_word) != 0) {
        at_period = true;
        break;
      } else {
        // A comma between digits joins them ("1:3,5-6,3"): the slower path decides.
        if ((next_byte[c] & ends_word) == 0 || (c == ',' && between_digits(m, e))) return 0;
        break;
      }
      e += 1 + static_cast<std::uint32_t>(std::countr_zero(~(m.word >> (e + 1))));
      if (e + 1 >= block_size) return refit;
    }
    const std::uint64_t range = ((std::uint64_t{1} << (e - off)) - 1) << off;
    const std::uint64_t digits = m.digit & range;
    if (((m.high & ~(latin | (latin << 1))) & range) != 0 || (apostrophe && digits != 0)) return 0;
    const std::uint64_t upper = (m.upper | m.latin_upper) & range;
    const std::uint64_t letters = letter & range;
    const bool lower = ((m.lower | m.latin_lower) & range) != 0;
    std::uint32_t all = flags | std::uint32_t{(upper & letters & (~letters + 1)) != 0} * token_flag::capitalized |
                        std::uint32_t{!lower && (upper & (upper - 1)) != 0} * token_flag::all_caps |
                        std::uint32_t{digits != 0} * token_flag::has_digit | std::uint32_t{hyphen} * token_flag::has_hyphen;
    const std::uint32_t pos = base + off;
    std::uint32_t end = e;
    if (at_period) {  // "Europacup-Siegerin." or "UN-Charta.": keeps_period decides, with what scan_word knows
      WordFacts f;
      f.letters = count_upto4(letters);
      f.upper = count_upto4(upper);
      f.lower = lower;
      f.digit = digits != 0;
      f.other_joins = 1;
      f.hyphen = true;
      if (keeps_period(pos, base + e, f)) {
        end = e + 1;
        all |= kept_period_flags;
      }
    }
    emit(pos, base + end, letters != 0 ? TokenKind::word : TokenKind::number, static_cast<std::uint16_t>(all));
    return end - off;
  }

  // A token at `pos`: with compound_next_ there, it is part of a compound.
  WIREREPORT_ALWAYS_INLINE void emit(std::uint32_t pos, std::uint32_t e, TokenKind kind, std::uint16_t flags) {
    if (pos == compound_next_) {
      flags |= token_flag::in_compound;
      compound_next_ = none;
    }
    sink_.push(Token{{pos, e}, kind, flags});
  }

  // A word [b, e) before "-" and an ASCII letter or digit: whether scan_word splits the
  // compound there (no e-mail address goes on, and in English no bound prefix or suffix
  // keeps it whole).
  bool splits_compound(std::uint32_t b, std::uint32_t e) const {
    if (!split_compounds_) return false;
    const std::uint32_t next = e + 1;
    if (!is_ascii_alnum_byte(byte(next))) return false;
    std::uint32_t at = e;
    while (at < end_ && (is_ascii_alnum_byte(byte(at)) || byte(at) == '.' || byte(at) == '_' || byte(at) == '-' ||
                         byte(at) == '+' || byte(at) == '%'))
      ++at;
    if (byte(at) == '@') return false;
    if (!english_) return true;
    if ((word_roles_lower(view(b, e), language_) & word_role::hyphen_prefix) != 0) return false;
    std::uint32_t after = next;
    while (after < end_ && is_ascii_letter_byte(byte(after))) ++after;
    return !(after > next && !word_at(after) &&
             (word_roles_lower(view(next, after), language_) & word_role::hyphen_suffix) != 0);
  }

  // In a word's bytes: the offset of the first U+2000..U+206F that is not a joiner, hyphen or
  // apostrophe (a quotation mark, dash, ellipsis or space: where the word ends), or 64 when
  // none; 0 when a non-ASCII byte other than these and C3 comes first.
  static std::uint32_t general_punctuation_at(const unsigned char* word, std::uint64_t high) noexcept {
    while (high != 0) {
      const auto at = static_cast<std::uint32_t>(std::countr_zero(high));
      if (word[at] == 0xE2) return ends_at_general_punctuation(word + at) ? at : 0;
      if (word[at] != 0xC3) return 0;
      high &= ~(std::uint64_t{3} << at);
    }
    return block_size;
  }

  // Whether the character at p may extend the grapheme before it (conservative): code points
  // below U+0300 never do, nor general punctuation (ends_at_general_punctuation).
  static bool may_extend(const unsigned char* p) noexcept {
    return !(p[0] < 0x80 || (p[0] >= 0xC2 && p[0] <= 0xCB) || ends_at_general_punctuation(p));
  }

  static bool ends_at_general_punctuation(const unsigned char* p) noexcept {
    if (p[0] != 0xE2 || (p[1] != 0x80 && p[1] != 0x81) || (p[2] & 0xC0) != 0x80) return false;
    const char32_t cp = 0x2000 + ((p[1] & 0x3Fu) << 6) + (p[2] & 0x3Fu);
    return cp != 0x200C && cp != 0x200D && cp != 0x2060 && cp != 0x2010 && cp != 0x2011 && cp != 0x2019;
  }

  // Quotation marks „ “ ” and dashes – — and the ellipsis …, before an ASCII byte.
  std::uint32_t fast_general_punctuation(const unsigned char* bytes, std::uint32_t off, std::uint32_t pos,
                                         std::uint16_t flags) {
    if (bytes[off] != 0xE2 || bytes[off + 1] != 0x80 || off + 4 >= block_size) return 0;
    const auto next = bytes[off + 3];
    if (next >= 0x80) return 0;
    switch (bytes[off + 2]) {
      case 0x93: case 0x94:  // – —
        emit(pos, pos + 3, TokenKind::punctuation, flags);
        return 3;
      case 0xA6:  // …
        emit(pos, pos + 3, TokenKind::punctuation, flags | token_flag::sentence_final);
        return 3;
      case 0x9C: case 0x9D: case 0x9E:  // “ ” „
        emit(pos, pos + 3, quote_kind(pos, pos + 3, 0x2000u + 0x1Cu + (bytes[off + 2] - 0x9Cu), false, flags), flags);
        return 3;
      default:
        return 0;
    }
  }


  // The letters U+00C0..U+00FF in a word ("äöüßÄÖÜé"; two bytes each, C3 80..BF) at the bits
  // `high` of `word`: adds the capitals to `upper` and lower case to `any_lower`, and decides
  // `first_upper` when one of them comes before the first ASCII letter (`first_ascii`, a bit).
  // False when another character is there.
  static bool latin_letters(const unsigned char* word, std::uint64_t high, std::uint64_t first_ascii,
                            std::uint64_t& upper, bool& any_lower, std::uint32_t& first_upper) noexcept {
    for (bool first = true; high != 0; first = false) {
      const auto at = static_cast<std::uint32_t>(std::countr_zero(high));
      const auto low = word[at + 1];
      if (word[at] != 0xC3 || ((high >> at) & 2) == 0 || (low & 0xC0) != 0x80 || low == 0x97 || low == 0xB7)
        return false;
      const bool is_upper = low < 0x9F;
      if (is_upper) upper |= std::uint64_t{1} << at;
      any_lower = any_lower || !is_upper;
      if (first && (first_ascii == 0 || (std::uint64_t{1} << at) < first_ascii)) first_upper = is_upper;
      high &= ~(std::uint64_t{3} << at);
    }
    return true;
  }


  // ---- Bytes and code points of the range (0 beyond its end) ----

  unsigned char byte(std::uint32_t pos) const noexcept {
    return pos < end_ ? static_cast<unsigned char>(s_[pos]) : 0;
  }
  CodePoint decode(std::uint32_t pos) const noexcept {
    if (pos >= end_) return {0, 0};
    return decode_utf8(std::string_view(s_, end_), pos);
  }
  std::string_view view(std::uint32_t b, std::uint32_t e) const noexcept { return {s_ + b, e - b}; }

  // A word character starts at pos: an ASCII letter or digit, or a non-ASCII letter, mark or digit.
  bool word_at(std::uint32_t pos) const noexcept {
    const auto b = byte(pos);
    if (b < 0x80) return is_ascii_alnum_byte(b);
    const CodePoint cp = decode(pos);
    return cp.length != 0 && is_word_class(classify(cp.value));
  }
  bool letter_at(std::uint32_t pos) const noexcept {
    const auto b = byte(pos);
    if (b < 0x80) return is_ascii_letter_byte(b);
    const CodePoint cp = decode(pos);
    return cp.length != 0 && is_letter_class(classify(cp.value));
  }
  bool lower_at(std::uint32_t pos) const noexcept {
    const auto b = byte(pos);
    if (b < 0x80) return b >= 'a' && b <= 'z';
    const CodePoint cp = decode(pos);
    return cp.length != 0 && classify(cp.value) == CharClass::lower;
  }

  // ---- The mask window: four blocks of masks around the scan position ----

  const BlockMasks& block(std::uint32_t index) {
    if (index - wfirst_ >= window_blocks) load(index);
    return window_[index - wfirst_];
  }

  void load(std::uint32_t first) {
    wfirst_ = first;
    const std::uint64_t base = std::uint64_t{begin_} + std::uint64_t{first} * block_size;
    const char* src = pad_;
    if (base + window_bytes <= text_size_) {
      src = s_ + base;
    } else {  // the end of the text: read a padded copy
      std::memset(pad_, ' ', window_bytes);
      if (base < text_size_) std::memcpy(pad_, s_ + base, static_cast<std::size_t>(text_size_ - base));
    }
    classify_(src, window_, window_blocks);
    // Bytes at or after the end of the range read as white space.
    for (std::uint32_t b = 0; b < window_blocks; ++b) {
      const std::uint64_t block_begin = base + b * block_size;
      if (block_begin + block_size <= end_) continue;
      const std::uint64_t valid =
          block_begin >= end_ ? 0 : (std::uint64_t{1} << (end_ - block_begin)) - 1;
      BlockMasks& m = window_[b];
      m.word &= valid;
      m.upper &= valid;
      m.lower &= valid;
      m.digit &= valid;
      m.high &= valid;
      m.newline &= valid;
      m.latin_upper &= valid;
      m.latin_lower &= valid;
      m.space |= ~valid;
    }
  }

  // The end of the run of word bytes (ASCII letters and digits, bytes >= 0x80) at pos.
  std::uint32_t run_end(std::uint32_t pos) {
    std::uint32_t rel = pos - begin_;
    while (true) {
      const std::uint64_t bits = ~block(rel / block_size).word >> (rel % block_size);
      if (bits != 0) return begin_ + rel + static_cast<std::uint32_t>(std::countr_zero(bits));
      rel = (rel | (block_size - 1)) + 1;
    }
  }

  // Calls f(masks, bits of [b, e) in this block, offset of the block) block by block.
  template <typename F>
  void for_blocks(std::uint32_t b, std::uint32_t e, F&& f) {
    std::uint32_t rel = b - begin_;
    const std::uint32_t rel_end = e - begin_;
    while (rel < rel_end) {
      const std::uint32_t off = rel % block_size;
      const std::uint32_t n = std::min<std::uint32_t>(block_size - off, rel_end - rel);
      const std::uint64_t range = (n == block_size ? ~std::uint64_t{0} : (std::uint64_t{1} << n) - 1) << off;
      f(block(rel / block_size), range, begin_ + rel - off);
      rel += n;
    }
  }

  // ---- Tokens ----

  // Appends a token; a mark or joiner after it belongs to its last character, so the token
  // takes it (a grapheme is never split). Returns the token's end.
  std::uint32_t push(std::uint32_t b, std::uint32_t e, TokenKind kind, std::uint16_t flags) {
    if (byte(e) >= 0x80) e = extend_grapheme(e);
    if (b == compound_next_) {
      flags |= token_flag::in_compound;
      compound_next_ = none;
    }
    sink_.push(Token{{b, e}, kind, flags});
    return e;
  }

  // Line breaks in [b, e): LF, CR LF (counted at its LF), or CR alone.
  std::uint32_t count_newlines(std::uint32_t b, std::uint32_t e) const noexcept {
    std::uint32_t n = 0;
    for (std::uint32_t i = b; i < e; ++i) {
      const char c = s_[i];
      if (c == '\n' || (c == '\r' && byte(i + 1) != '\n')) ++n;
    }
    return n;
  }

  // What fast_token does not take at pos: Unicode white space (part of the gap before the
  // next token), or a token scan_token takes. Returns where to go on.
  std::uint32_t slow_token(std::uint32_t pos, std::uint16_t flags) {
    if (byte(pos) >= 0x80) {
      const CodePoint cp = decode(pos);
      if (cp.length != 0 && classify(cp.value) == CharClass::space) {
        if (cp.value == 0x2028 || cp.value == 0x2029 || cp.value == 0x85) ++line_breaks_;
        return pos + cp.length;
      }
    }
    const std::uint32_t e = scan_token(pos, flags);
    end_of_last_ = e;
    line_breaks_ = 0;
    return e;
  }

  std::uint32_t scan_token(std::uint32_t pos, std::uint16_t flags) {
    const auto b = byte(pos);
    if (b < 0x80) {
      if (is_ascii_alnum_byte(b)) return scan_word(pos, pos, flags);
      return scan_ascii_mark(pos, b, flags);
    }
    const CodePoint cp = decode(pos);
    if (cp.length == 0) {  // invalid UTF-8: one token per run of bad bytes
      std::uint32_t e = pos + 1;
      while (e < end_ && byte(e) >= 0x80 && decode(e).length == 0) ++e;
      return push(pos, e, TokenKind::invalid, flags);
    }
    const CharClass c = classify(cp.value);
    switch (c) {
      case CharClass::upper:
      case CharClass::lower:
      case CharClass::letter:
      case CharClass::mark:
      case CharClass::joiner:
      case CharClass::digit:
        return scan_word(pos, pos, flags);
      case CharClass::ideograph: {  // one token per character
        const std::uint32_t e = extend_grapheme(pos + cp.length);
        return push(pos, e, TokenKind::word, flags);
      }
      case CharClass::kana: {
        std::uint32_t e = pos + cp.length;
        while (true) {
          const CodePoint next = decode(e);
          if (next.length == 0) break;
          const CharClass nc = classify(next.value);
          if (nc != CharClass::kana && nc != CharClass::mark) break;
          e += next.length;
        }
        return push(pos, e, TokenKind::word, flags);
      }
      case CharClass::quote:
        return scan_quote(pos, cp, flags);
      case CharClass::hyphen:
        return scan_dash(pos, cp, flags);
      case CharClass::punctuation: {
        std::uint32_t e = pos + cp.length;
        const bool dash = cp.value >= 0x2012 && cp.value <= 0x2015;
        if (dash)  // "——"
          while (decode(e).value == cp.value) e += cp.length;
        e = extend_grapheme(e);
        const bool final = cp.value == 0x2026 || cp.value == 0x3002 || cp.value == 0xFF01 ||
                           cp.value == 0xFF1F || cp.value == 0x203C || cp.value == 0x2047 ||
                           cp.value == 0x2048 || cp.value == 0x2049;
        return push(pos, e, TokenKind::punctuation, flags | (final ? token_flag::sentence_final : 0));
      }
      default: {  // symbols and emoji, with what joins them into one grapheme
        std::uint32_t e = pos + cp.length;
        if (is_regional_indicator(cp.value)) {  // a flag is a pair
          const CodePoint next = decode(e);
          if (next.length != 0 && is_regional_indicator(next.value)) e += next.length;
        }
        e = extend_grapheme(e);
        return push(pos, e, TokenKind::symbol, flags);
      }
    }
  }

  // Marks, variation selectors, emoji modifiers and zero width joiner sequences after pos.
  std::uint32_t extend_grapheme(std::uint32_t pos) const noexcept {
    while (pos < end_ && byte(pos) >= 0x80) {
      const CodePoint cp = decode(pos);
      if (cp.length == 0) break;
      if (cp.value == 0x200D) {  // zero width joiner: the next code point belongs here too
        pos += cp.length;
        const CodePoint joined = decode(pos);
        if (joined.length == 0 || classify(joined.value) == CharClass::space) break;
        pos += joined.length;
      } else if (extends_grapheme(cp.value)) {
        pos += cp.length;
      } else {
        break;
      }
    }
    return pos;
  }

  // ---- Words and numbers ----

  // Non-ASCII code points in [b, e): the run ends before the first that is not a word
  // character; letters count in `f`. Returns the (possibly shortened) end.
  std::uint32_t check_non_ascii(std::uint32_t b, std::uint32_t e, WordFacts& f, std::uint32_t& first_letter,
                                bool& first_upper) {
    std::uint32_t p = b;
    while (p < e) {
      if (byte(p) < 0x80) {
        ++p;
        continue;
      }
      CharClass c;
      std::uint32_t length = 2;
      if (byte(p) == 0xC3 && (byte(p + 1) & 0xC0) == 0x80) {  // U+00C0..U+00FF: "äöüßé"
        const auto low = byte(p + 1);
        c = low == 0x97 || low == 0xB7 ? CharClass::symbol : low < 0x9F ? CharClass::upper : CharClass::lower;
      } else {
        const CodePoint cp = decode(p);
        if (cp.length == 0) return p;
        c = classify(cp.value);
        length = cp.length;
      }
      if (!is_word_class(c)) return p;
      if (is_letter_class(c)) {
        f.letters = std::min<std::uint32_t>(f.letters + 1, 4);
        f.segment_letters = std::min<std::uint32_t>(f.segment_letters + 1, 4);
        if (first_letter == none) {
          first_letter = p;
          first_upper = c == CharClass::upper;
        }
        if (c == CharClass::upper) f.upper = std::min<std::uint32_t>(f.upper + 1, 4);
        if (c == CharClass::lower) f.lower = true;
      } else if (c == CharClass::digit) {
        f.digit = true;
      }
      p += length;
    }
    return e;
  }

  // The run of word characters at pos: its end, with its facts added to `f`.
  std::uint32_t scan_run(std::uint32_t pos, WordFacts& f) {
    const std::uint32_t rel = pos - begin_;
    const std::uint32_t off = rel % block_size;
    const BlockMasks& m = block(rel / block_size);
    const auto n = static_cast<std::uint32_t>(std::countr_zero(~(m.word >> off)));
    if (off + n >= block_size) return scan_long_run(pos, f);  // the run may go on into the next block
    const std::uint64_t range = ((std::uint64_t{1} << n) - 1) << off;
    if ((m.high & range) != 0) return scan_long_run(pos, f);
    add_ascii_facts(m, range, pos - off, f, none, false);
    return pos + n;
  }

  // ASCII letters and digits of `range` (bits of the block starting at `base`) into `f`;
  // a non-ASCII first letter already found in the run (at `first`) may come before them.
  static void add_ascii_facts(const BlockMasks& m, std::uint64_t range, std::uint32_t base, WordFacts& f,
                              std::uint32_t first, bool first_upper) noexcept {
    const std::uint64_t upper = m.upper & range;
    const std::uint64_t letters = (m.upper | m.lower) & range;
    const std::uint32_t count = count_upto4(letters);
    f.letters += count;
    f.segment_letters += count;
    f.upper += count_upto4(upper);
    f.lower = f.lower || (m.lower & range) != 0;
    f.digit = f.digit || (m.digit & range) != 0;
    if (letters != 0) {
      const std::uint32_t at = base + static_cast<std::uint32_t>(std::countr_zero(letters));
      if (at < first) {
        first = at;
        first_upper = (upper & letters & (~letters + 1)) != 0;
      }
    }
    if (f.first_letter == none && first != none) {
      f.first_letter = first;
      f.first_upper = first_upper;
    }
  }

  // A run with non-ASCII characters or across blocks.
  std::uint32_t scan_long_run(std::uint32_t pos, WordFacts& f) {
    std::uint32_t e = run_end(pos);
    std::uint64_t high = 0;
    for_blocks(pos, e, [&](const BlockMasks& m, std::uint64_t r, std::uint32_t) { high |= m.high & r; });
    std::uint32_t first_letter = none;
    bool first_upper = false;
    if (high != 0) e = check_non_ascii(pos, e, f, first_letter, first_upper);
    WordFacts ascii;
    for_blocks(pos, e, [&](const BlockMasks& m, std::uint64_t r, std::uint32_t base) {
      add_ascii_facts(m, r, base, ascii, none, false);
    });
    f.letters = std::min<std::uint32_t>(f.letters + ascii.letters, 4);
    f.segment_letters = std::min<std::uint32_t>(f.segment_letters + ascii.segment_letters, 4);
    f.upper = std::min<std::uint32_t>(f.upper + ascii.upper, 4);
    f.lower = f.lower || ascii.lower;
    f.digit = f.digit || ascii.digit;
    if (ascii.first_letter < first_letter) {
      first_letter = ascii.first_letter;
      first_upper = ascii.first_upper;
    }
    if (f.first_letter == none && first_letter != none) {
      f.first_letter = first_letter;
      f.first_upper = first_upper;
    }
    return e;
  }

  // A word or number starting at `start` (a sign, if any, before `pos`).
  std::uint32_t scan_word(std::uint32_t start, std::uint32_t pos, std::uint16_t flags) {
    WordFacts f;
    bool checked_chunk = false;
    std::uint32_t e = pos;
    for (bool first_run = true;; first_run = false) {
      e = scan_run(e, f);
      if (first_run && english_ && f.digit && f.letters > 0) e = split_unit(start, e, f);
      const auto c = byte(e);
      if (c == ' ' || e >= end_) break;
      if (!checked_chunk && (c == '.' || c == ':' || c == '@' || c == '-' || c == '_' || c == '+' || c == '%')) {
        checked_chunk = true;
        const std::uint32_t special = scan_address(start, e, flags);
        if (special != none) return special;
      }
      const std::uint32_t joined = join_at(start, e, c, f);
      if (joined == none) break;
      if (f.longest_segment < f.segment_letters) f.longest_segment = f.segment_letters;
      f.segment_letters = 0;
      e = joined;
    }
    if (f.longest_segment < f.segment_letters) f.longest_segment = f.segment_letters;

    std::uint16_t extra = 0;
    if (byte(e) == '.' && keeps_period(start, e, f)) {
      ++e;
      extra |= kept_period_flags;
    } else if (is_compound_hyphen(e)) {
      extra |= token_flag::in_compound;
      compound_next_ = e;
    }
    if (f.first_upper) extra |= token_flag::capitalized;
    if (f.letters >= 2 && f.upper >= 2 && !f.lower) extra |= token_flag::all_caps;
    if (f.digit) extra |= token_flag::has_digit;
    if (f.hyphen) extra |= token_flag::has_hyphen;
    return push(start, e, f.letters == 0 && f.digit ? TokenKind::number : TokenKind::word, flags | extra);
  }

  // English writes a number and its unit as two tokens ("375mm", "24hrs", "650k"), but keeps
  // ordinals and decades whole ("4th", "1990s") and codes with capitals ("SX40", "10MM").
  // Called on a token's first run: where the number ends when it is such a pair, else e.
  std::uint32_t split_unit(std::uint32_t start, std::uint32_t e, WordFacts& f) const noexcept {
    std::uint32_t digits = start;
    while (digits < e && (is_ascii_digit_byte(byte(digits)) || byte(digits) == '-' || byte(digits) == '+')) ++digits;
    if (digits == start || digits == e || !is_ascii_digit_byte(byte(digits - 1))) return e;
    if (e - digits > 3) return e;  // "4gamer" is a name
    for (std::uint32_t i = digits; i < e; ++i)
      if (byte(i) < 'a' || byte(i) > 'z') return e;
    const std::string_view unit = view(digits, e);
    if (unit == "st" || unit == "nd" || unit == "rd" || unit == "th" || unit == "s") return e;
    f.letters = 0;
    f.lower = false;
    f.first_letter = none;
    f.segment_letters = 0;
    return digits;
  }

  // After a word that ends at e: a hyphen between it and another word, which splits the compound.
  bool is_compound_hyphen(std::uint32_t e) const noexcept {
    if (!split_compounds_) return false;
    const auto c = byte(e);
    if (c == '-') return word_at(e + 1);
    if (c == 0xE2) {
      const CodePoint cp = decode(e);
      return (cp.value == 0x2010 || cp.value == 0x2011) && word_at(e + cp.length);
    }
    return false;
  }

  // Whether the character at e (c is its first byte) joins the word so far with the next run;
  // returns where the next run starts, or none.
  std::uint32_t join_at(std::uint32_t start, std::uint32_t e, unsigned char c, WordFacts& f) {
    const auto prev = byte(e - 1);
    const bool prev_digit = is_ascii_digit_byte(prev);
    switch (c) {
      case '.': {
        const auto next = byte(e + 1);
        if (prev_digit && is_ascii_digit_byte(next)) {  // "1.750", "14.09.2023", "5.93"
          ++f.periods;
          return e + 1;
        }
        if (f.segment_letters == 0 || !letter_at(e + 1)) return none;
        // "U.S", "z.B", "Ph.D" (short parts); "google.com", "Lisa_resume.doc" (a lower-case part).
        if (f.segment_letters <= 2 || lower_at(e + 1)) {
          ++f.periods;
          return e + 1;
        }
        return none;
      }
      case ',':  // "155,221", "3,5"
      case ':':  // "11:52", "03:14:14"
        if (prev_digit && is_ascii_digit_byte(byte(e + 1))) {
          ++f.other_joins;
          return e + 1;
        }
        return none;
      case '/': {
        if (const std::uint32_t w = slash_word_end(start, e); w != none) {  // "b/c", "w/o", "w/"
          ++f.other_joins;
          f.slashes = none;
          return w;
        }
        // Dates "08/16/2000" and year spans "1986/87", "2006/2007"; not "24/7" or "3/4".
        if (prev_digit && is_ascii_digit_byte(byte(e + 1))) {
          std::uint32_t q = e + 1;
          while (is_ascii_digit_byte(byte(q))) ++q;
          std::uint32_t p = e;
          while (p > start && is_ascii_digit_byte(byte(p - 1))) --p;
          const bool span = e - p >= 2 && q - (e + 1) >= 2 && !word_at(q) && byte(q) != '/';
          if (f.slashes > 0 || span || (byte(q) == '/' && is_ascii_digit_byte(byte(q + 1)))) {
            ++f.slashes;
            ++f.other_joins;
            return e + 1;
          }
        }
        return none;
      }
      case '-':
        return join_hyphen(start, e, 1, f);
      case '\'':
        return join_apostrophe(e, 1, f);
      case '&':  // "AT&T", "S&P"
        if (is_ascii_upper_byte(prev) && is_ascii_upper_byte(byte(e + 1)) && f.letters <= 3 && !f.lower) {
          ++f.other_joins;
          return e + 1;
        }
        return none;
      case '_':  // identifiers and file names
        if (word_at(e + 1)) {
          ++f.other_joins;
          return e + 1;
        }
        return none;
      default:
        break;
    }
    if (c == 0xE2) {  // U+2019 apostrophe, U+2010 and U+2011 hyphens
      const CodePoint cp = decode(e);
      if (cp.value == 0x2019) return join_apostrophe(e, cp.length, f);
      if (cp.value == 0x2010 || cp.value == 0x2011) return join_hyphen(start, e, cp.length, f);
    }
    return none;
  }

  // A hyphen between word characters joins them (Compounds::whole). Split as Universal
  // Dependencies does: digits on both sides stay one number ("2023-09-14", "303-832-8160"),
  // words split except English bound prefixes and suffixes ("e-mail", "non-human").
  std::uint32_t join_hyphen(std::uint32_t start, std::uint32_t e, std::uint32_t len, WordFacts& f) {
    const std::uint32_t next = e + len;
    if (!word_at(next)) return none;
    if (!split_compounds_) {
      f.hyphen = true;
      ++f.other_joins;
      return next;
    }
    if (is_ascii_digit_byte(byte(e - 1)) && is_ascii_digit_byte(byte(next)) && f.letters == 0) {
      // Telephone numbers and dates stay whole ("303-832-8160", "853-3242", "2023-09-14");
      // ranges split ("13-17", "1990-94").
      std::uint32_t group = e;
      while (group > start && is_ascii_digit_byte(byte(group - 1))) --group;
      std::uint32_t after = next;
      while (is_ascii_digit_byte(byte(after))) ++after;
      const bool more = (byte(after) == '-' && is_ascii_digit_byte(byte(after + 1)));
      if (f.hyphen || more || (e - group <= 3 && after - next >= 4 && !word_at(after))) {
        f.hyphen = true;
        ++f.other_joins;
        return next;
      }
      return none;
    }
    if (!english_) return none;
    // The part before: from the last joining character (or the start) to e.
    std::uint32_t part = e;
    while (part > start && word_at_byte_before(part)) --part;
    if ((word_roles_lower(view(part, e), language_) & word_role::hyphen_prefix) != 0 && f.digit == false) {
      f.hyphen = true;
      ++f.other_joins;
      return next;
    }
    // The part after: a bound suffix ending the word ("clockwise" written "clock-wise").
    std::uint32_t after = next;
    while (after < end_ && is_ascii_letter_byte(byte(after))) ++after;
    if (after > next && !word_at(after) &&
        (word_roles_lower(view(next, after), language_) & word_role::hyphen_suffix) != 0) {
      f.hyphen = true;
      ++f.other_joins;
      return next;
    }
    return none;
  }

  // A word written with a slash that started at `start` ("b/c", "w/o", "w/"): its end, or none.
  std::uint32_t slash_word_end(std::uint32_t start, std::uint32_t slash) const noexcept {
    if (slash - start > 2) return none;
    std::uint32_t e = slash + 1;
    while (e < end_ && e - start < 6 && (is_ascii_letter_byte(byte(e)) || byte(e) == '/')) ++e;
    for (; e > slash; --e) {
      if (word_at(e) || (e < end_ && byte(e) == '/')) continue;
      if ((word_roles(view(start, e), language_) & word_role::slash_word) != 0) return e;
    }
    return none;
  }

  bool word_at_byte_before(std::uint32_t pos) const noexcept {
    const auto b = byte(pos - 1);
    return b >= 0x80 || is_ascii_alnum_byte(b);
  }

  // "don't", "Kim's", "O'Neill", "70's" join; "soldiers'" keeps a final possessive apostrophe.
  std::uint32_t join_apostrophe(std::uint32_t e, std::uint32_t len, WordFacts& f) {
    const auto prev = byte(e - 1);
    const std::uint32_t next = e + len;
    if (letter_at(next) && (is_ascii_alnum_byte(prev) || prev >= 0x80)) {
      ++f.other_joins;
      return next;
    }
    // A possessive after -s, -x, -z when no single quote is open that this could close.
    const auto after = byte(next);
    const bool possessive = (prev == 's' || prev == 'x' || prev == 'z') && f.letters >= 2 && !open_single_quote_ &&
                            after != '\'' && !word_at(next) && (after <= 0x20 || after == ',' || after == '.' ||
                                                                after == ';' || after == ':' || after == ')');
    if (possessive) {
      ++f.other_joins;
      possessive_end_ = next;
      return next;
    }
    return none;
  }

  // Whether a word ending at e keeps the period there.
  bool keeps_period(std::uint32_t start, std::uint32_t e, const WordFacts& f) {
    if (e == possessive_end_) return false;
    const auto after = byte(e + 1);
    if (after == '.' && byte(e + 2) == '.') return false;  // "etc..." is the word and an ellipsis
    const std::string_view word = view(start, e);
    if (f.letters > 0) {
      if (e < spaced_abbreviation_end_) return true;
      if (f.letters <= 2 && after == ' ') {  // "z. B.", "u. a.": spaced abbreviations
        const std::size_t n = spaced_abbreviation_length(view(start, end_), language_);
        if (n != 0) {
          spaced_abbreviation_end_ = start + static_cast<std::uint32_t>(n);
          return true;
        }
      }
      // Initials ("J. R. R. Tolkien"), unless a sentence opener follows ("because of X. So").
      if (f.letters == 1 && f.upper == 1 && !f.digit && f.other_joins == 0) return !sentence_follows(e + 1, false);
      const std::uint16_t roles = abbreviation_roles(word, language_);
      if ((roles & word_role::title) != 0) return true;
      if ((roles & word_role::number) != 0) return is_ascii_digit_byte(byte(next_token_start(e + 1)));
      const bool shape = f.periods > 0 && f.other_joins == 0 && !f.digit && f.longest_segment <= 2;  // "U.S."
      if (shape || (roles & word_role::general) != 0) {
        // English gives a sentence-final abbreviation's period to the sentence ("in the U.S.").
        return !english_ || !sentence_follows(e + 1, true);
      }
      return false;
    }
    // German ordinals: "15. September", "am 3. Juni", "im 6. Stock", "2. Soziale Bewegungen".
    if (english_ || f.other_joins != 0 || !f.digit) return false;
    const std::size_t period = word.find('.');
    const bool short_number = f.periods == 0 && word.size() <= 3;
    const bool day_and_month = f.periods == 1 && period <= 2 && word.size() - period - 1 <= 2;  // "14.09."
    if (!short_number && !day_and_month) return false;
    // An enumeration at the start of a sentence: "2. Soziale Bewegungen ...".
    if (short_number && word.size() <= 2 && after == ' ' && at_sentence_start()) return true;
    return is_ordinal_context(e + 1);
  }

  // Whether the token about to be pushed starts a sentence: the range starts here, or final
  // punctuation came before.
  bool at_sentence_start() const noexcept {
    if (sink_.size() == first_token_) return true;
    const Token& prev = sink_.back();
    return prev.kind == TokenKind::punctuation && prev.has(token_flag::sentence_final);
  }

  // After the period at `pos`: the end of the range, a paragraph break (with `or_end`), a
  // typical sentence opener or an opening quote.
  bool sentence_follows(std::uint32_t pos, bool or_end) const {
    const std::uint32_t b = next_token_start(pos);
    if (b >= end_) return or_end;
    if (b == pos) return false;
    if (or_end && count_newlines(pos, b) >= 2) return true;
    std::uint32_t e = b;
    while (e < end_ && e - b < 24 && (is_ascii_letter_byte(byte(e)) || byte(e) >= 0x80)) ++e;
    if (e == b || e - b >= 24 || word_at(e)) return false;
    return (word_roles(view(b, e), language_) & word_role::starter) != 0;
  }

  std::uint32_t next_token_start(std::uint32_t pos) const noexcept {
    while (pos < end_ && (byte(pos) == ' ' || byte(pos) == '\t' || byte(pos) == '\n' || byte(pos) == '\r')) ++pos;
    return pos;
  }

  // After "15.": a month name or a word that is not a sentence opener makes it an ordinal.
  bool is_ordinal_context(std::uint32_t pos) const {
    if (byte(pos) != ' ') return false;
    const std::uint32_t b = next_token_start(pos);
    if (b >= end_ || byte(b) == '\n') return false;
    std::uint32_t e = b;
    while (e < end_ && e - b < 24 && (is_ascii_letter_byte(byte(e)) || byte(e) >= 0x80)) ++e;
    if (e == b) return false;
    const std::string_view next = view(b, e);
    if (lower_at(b)) return true;
    if (next.size() <= 10 && CalendarNames::instance().month(next) > 0) return true;
    return (word_roles(next, language_) & word_role::starter) == 0;
  }

  // URLs, e-mail addresses and Lotus Notes style addresses ("Warner@ENRON") that begin at
  // `start`, whose first run ended at e: the end of the token it made, or none.
  std::uint32_t scan_address(std::uint32_t start, std::uint32_t e, std::uint16_t flags) {
    const auto c = byte(e);
    if (c == ':' || c == '.') {
      const std::string_view head = view(start, e);
      const bool scheme = c == ':' && byte(e + 1) == '/' && byte(e + 2) == '/' &&
                          (iequals_ascii(head, "http") || iequals_ascii(head, "https") || iequals_ascii(head, "ftp"));
      if (scheme || (c == '.' && iequals_ascii(head, "www") && word_at(e + 1))) return scan_url(start, flags);
    }
    if (c != '.' && c != '@' && c != '-' && c != '_' && c != '+' && c != '%') return none;
    // An e-mail address: local part, "@", domain labels.
    std::uint32_t at = e;
    while (at < end_ && (is_ascii_alnum_byte(byte(at)) || byte(at) == '.' || byte(at) == '_' || byte(at) == '-' ||
                         byte(at) == '+' || byte(at) == '%'))
      ++at;
    if (byte(at) != '@' || !is_ascii_alnum_byte(byte(at + 1))) return none;
    std::uint32_t d = at + 1;
    while (d < end_ && (is_ascii_alnum_byte(byte(d)) || byte(d) == '-' ||
                        (byte(d) == '.' && is_ascii_alnum_byte(byte(d + 1)))))
      ++d;
    return push(start, d, TokenKind::email, flags);
  }

  std::uint32_t scan_url(std::uint32_t start, std::uint16_t flags) {
    std::uint32_t e = start;
    int open_round = 0;
    int open_square = 0;
    while (e < end_) {
      const auto b = byte(e);
      if (b <= 0x20 || b == '<' || b == '>' || b == '"' || b == 0x7F) break;
      if (b >= 0x80) {  // letters of international addresses, not quotes or dashes
        const CodePoint cp = decode(e);
        if (cp.length == 0 || !is_word_class(classify(cp.value))) break;
        e += cp.length;
        continue;
      }
      if (b == '(') ++open_round;
      if (b == '[') ++open_square;
      if (b == ')' && --open_round < 0) break;
      if (b == ']' && --open_square < 0) break;
      ++e;
    }
    // Final punctuation belongs to the sentence, not the address.
    while (e > start + 1 && std::strchr(".,;:!?'", static_cast<char>(byte(e - 1))) != nullptr) --e;
    return push(start, e, TokenKind::url, flags);
  }

  // ---- Quotation marks ----

  // Marks after a quotation mark that end what it quotes, as white space would.
  static constexpr bool closes_quoted(unsigned char c) noexcept {
    switch (c) {
      case '.': case ',': case ';': case ':': case '!': case '?': case ')': case ']': case '}':
        return true;
      default:
        return false;
    }
  }

  // Whether a quotation mark [pos, e) opens, closes or cannot say: by the white space and
  // brackets around it, else by the mark itself („ opens; “ and ‘ close in German, open in English).
  TokenKind quote_kind(std::uint32_t pos, std::uint32_t e, char32_t mark, bool doubled, std::uint16_t flags) const {
    const auto before = pos > begin_ ? byte(pos - 1) : ' ';
    const bool space_before = (flags & token_flag::space_before) != 0 || before == '(' || before == '[' ||
                              before == '{' || before == '-' || before == '/';
    const auto after = byte(e);
    const bool space_after = e >= end_ || after <= 0x20 || closes_quoted(after) ||
                             (after >= 0x80 && !word_at(e));
    if (space_before != space_after) return space_before ? TokenKind::quote_open : TokenKind::quote_close;
    switch (mark) {
      case 0x201E: case 0x201A: case U'`': case 0x300C: case 0x300E:
        return TokenKind::quote_open;
      case 0x201D: case 0x300D: case 0x300F:
        return TokenKind::quote_close;
      case 0x201C: case 0x2018:
        return german_ ? TokenKind::quote_close : TokenKind::quote_open;
      case U'\'':
        return doubled ? TokenKind::quote_close : TokenKind::quote_ambiguous;
      default:
        return TokenKind::quote_ambiguous;
    }
  }

  std::uint32_t scan_quote(std::uint32_t pos, CodePoint cp, std::uint16_t flags) {
    std::uint32_t e = pos + cp.length;
    const bool apostrophe = cp.value == U'\'' || cp.value == 0x2019;
    if (apostrophe) {
      const std::uint32_t clitic = clitic_end(e);
      if (clitic != none) {
        return push(pos, clitic, TokenKind::word, flags);
      }
    }
    // `` and '' are the typewriter's double quotes.
    const bool doubled = (cp.value == U'`' || cp.value == U'\'') && byte(e) == cp.value;
    if (doubled) ++e;
    const TokenKind kind = quote_kind(pos, e, cp.value, doubled, flags);
    const bool single = !doubled && (cp.value == U'\'' || cp.value == 0x2018 || cp.value == 0x2019 ||
                                     cp.value == 0x201A || cp.value == 0x2039 || cp.value == 0x203A);
    if (single) open_single_quote_ = kind == TokenKind::quote_open;
    e = extend_grapheme(e);
    return push(pos, e, kind, flags);
  }

  // "'s", "'re", "'n", "'90s" after an apostrophe at a token start: the end of that clitic.
  std::uint32_t clitic_end(std::uint32_t pos) const noexcept {
    std::uint32_t e = pos;
    while (e < end_ && e - pos < 6 && is_ascii_letter_byte(byte(e))) ++e;
    if (e > pos && !word_at(e) && (word_roles(view(pos, e), language_) & word_role::clitic) != 0) {
      if (byte(e) == '\'' && view(pos, e) == "n") return e + 1;  // rock 'n' roll
      return e;
    }
    if (e == pos && is_ascii_digit_byte(byte(pos)) && is_ascii_digit_byte(byte(pos + 1))) {  // '90s
      e = pos + 2;
      if (byte(e) == 's') ++e;
      if (!word_at(e) && byte(e) != '-') return e;
    }
    return none;
  }

  // ---- Punctuation and symbols ----

  std::uint32_t scan_dash(std::uint32_t pos, CodePoint cp, std::uint16_t flags) {
    // A sign before a number after a space or bracket: "-3,5", "+1".
    const auto before = pos > begin_ ? byte(pos - 1) : ' ';
    if (cp.value == U'-' && is_ascii_digit_byte(byte(pos + 1)) &&
        ((flags & token_flag::space_before) != 0 || before == '(' || before == '['))
      return scan_word(pos, pos + 1, flags);
    std::uint32_t e = pos + cp.length;
    if (cp.value == U'-') {
      if (const std::uint32_t n = emoticon_at(pos); n != 0 && !word_at(pos + n)) {
        return push(pos, pos + n, TokenKind::symbol, flags);
      }
      while (is_rule_char(byte(e))) ++e;  // "--", "----==="
    }
    if (pos == compound_next_ && e == pos + cp.length && word_at(e)) {
      compound_next_ = none;
      e = push(pos, e, TokenKind::punctuation, flags | token_flag::in_compound);
      compound_next_ = e;
      return e;
    }
    return push(pos, e, TokenKind::punctuation, flags);
  }

  std::uint32_t scan_ascii_mark(std::uint32_t pos, unsigned char c, std::uint16_t flags) {
    switch (c) {
      case '"':
      case '\'':
      case '`':
        return scan_quote(pos, CodePoint{c, 1}, flags);
      case '-':
        return scan_dash(pos, CodePoint{c, 1}, flags);
      case '+':
        if (is_ascii_digit_byte(byte(pos + 1)) && (flags & token_flag::space_before) != 0)
          return scan_word(pos, pos + 1, flags);
        break;
      case '@':  // @handle
        if ((is_ascii_alnum_byte(byte(pos + 1)) || byte(pos + 1) == '_') && opens_tag(pos, flags)) {
          std::uint32_t e = pos + 1;
          while (is_ascii_alnum_byte(byte(e)) || byte(e) == '_') ++e;
          return push(pos, e, TokenKind::handle, flags);
        }
        break;
      case '#':  // #hashtag: letters first, then letters, digits and underscores
        if (letter_at(pos + 1) && opens_tag(pos, flags)) {
          std::uint32_t e = pos + 1;
          while (word_at(e) || byte(e) == '_') e += std::max<std::uint32_t>(decode(e).length, 1);
          return push(pos, e, TokenKind::hashtag, flags);
        }
        break;
      case ':': case ';': case '=': case '<': case '^':
        if (const std::uint32_t n = emoticon_at(pos);
            n != 0 && !(is_ascii_letter_byte(byte(pos + n - 1)) && word_at(pos + n))) {
          return push(pos, pos + n, TokenKind::symbol, flags);
        }
        break;
      default:
        break;
    }
    std::uint32_t e = pos + 1;
    std::uint16_t extra = 0;
    if (c == '.' || c == '!' || c == '?') {
      extra = token_flag::sentence_final;
      if (german_) {  // German treebanks split "!!" and "??" but keep "..." whole
        if (c == '.')
          while (byte(e) == '.') ++e;
      } else {  // English keeps "!!", "?!", "..?" whole, and "..." apart from what follows
        while (byte(e) == '.') ++e;
        if (e - pos < 3)
          while (byte(e) == '.' || byte(e) == '!' || byte(e) == '?') ++e;
      }
    } else if (is_rule_char(c)) {
      while (is_rule_char(byte(e))) ++e;
    } else if (repeats(c)) {
      while (byte(e) == c) ++e;
    }
    e = extend_grapheme(e);
    return push(pos, e, ascii_mark_kind(c), flags | extra);
  }

  std::uint32_t emoticon_at(std::uint32_t pos) const noexcept {
    const auto second = byte(pos + 1);
    if (second <= 0x20 || is_ascii_digit_byte(second) || (is_ascii_letter_byte(second) && second != 'D' &&
                                                          second != 'P' && second != 'p' && second != 'o' &&
                                                          second != 'O'))
      return second == '3' ? 2 * (byte(pos) == '<') : 0;  // "<3"
    return static_cast<std::uint32_t>(emoticon_length(view(pos, std::min(end_, pos + 4))));
  }

  // "@" and "#" start a handle or hashtag after a space, a bracket or a quote.
  bool opens_tag(std::uint32_t pos, std::uint16_t flags) const noexcept {
    if ((flags & token_flag::space_before) != 0) return true;
    const auto before = byte(pos - 1);
    return before == '(' || before == '[' || before == '"' || before == '\'';
  }

  const char* s_;
  std::uint64_t text_size_;
  std::uint32_t begin_;
  std::uint32_t end_;
  Language language_;
  bool german_;
  bool english_;
  bool split_compounds_;  // Universal Dependencies' compound parts (Compounds::split)
  std::uint64_t whole_compounds_ = split_compounds_ ? 0 : ~std::uint64_t{0};  // hyphens may join a run
  ClassifyBlocks classify_;
  bool fast_path_;
  SimdLevel level_;  // the mask kernel; the scan loop for AVX2 also uses BMI1 and BMI2
  std::size_t first_token_;  // the first token of this range
  std::uint32_t longest_abbreviation_ = static_cast<std::uint32_t>(longest_abbreviation());

  std::uint32_t wfirst_ = none - window_blocks;  // no window loaded yet
  BlockMasks window_[window_blocks];
  char pad_[window_bytes];
  unsigned char window_copy_[block_size];   // the last window of a range, padded with spaces

  std::uint32_t end_of_last_ = begin_;  // where the last token ended (white space follows)
  std::uint32_t line_breaks_ = 0;       // Unicode line separators since then
  std::uint32_t compound_next_ = none;            // a token starting here is part of a compound
  std::uint32_t spaced_abbreviation_end_ = 0;     // "z. B.": words before this keep their period
  std::uint32_t possessive_end_ = none;           // a possessive apostrophe ends a word here
  bool open_single_quote_ = false;                // a single quote opened and not yet closed
  TokenSink sink_;  // last: its buffer would put the members above far apart
};

}  // namespace

void scan_tokens(std::string_view text, Span range, Language language, Compounds compounds, std::vector<Token>& out,
                 ScanMode mode) {
  if (range.end > text.size()) range.end = static_cast<std::uint32_t>(text.size());
  if (range.begin >= range.end) return;
  Scanner(text, range, language, compounds, out, TokenSink::Mode::append, mode).run();
}

std::size_t scan_tokens_reusing(std::string_view text, Span range, Language language, Compounds compounds,
                                std::vector<Token>& storage, ScanMode mode) {
  if (range.end > text.size()) range.end = static_cast<std::uint32_t>(text.size());
  if (range.begin >= range.end) return 0;
  return Scanner(text, range, language, compounds, storage, TokenSink::Mode::reuse, mode).run();
}

}  // namespace wirereport::detail
