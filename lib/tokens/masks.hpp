// Character-class bit masks over 64-byte blocks: the tokenizer finds word and space runs with
// one bit scan instead of a branch per byte. Three implementations compute the same masks:
// portable scalar code, SSE2 (the x86-64 baseline) and AVX2 (chosen at run time when the CPU
// has it).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

#include "wirereport/tokens.hpp"

namespace wirereport::detail {

// Bit i describes byte i of the block. No initialisers: a kernel writes every field (a scanner
// keeps masks it has not computed yet, and would clear them for nothing); `{}` gives zeros.
struct BlockMasks {
  std::uint64_t space;  // ASCII white space and control bytes: <= 0x20 and 0x7F
  std::uint64_t word;   // ASCII letters and digits, and every byte >= 0x80
  std::uint64_t upper;  // A-Z
  std::uint64_t lower;  // a-z
  std::uint64_t digit;  // 0-9
  std::uint64_t high;   // bytes >= 0x80 (UTF-8 beyond ASCII)
  std::uint64_t separator;  // . , : (which join digits: "1.750", "155,221", "11:52")
  // Derived from the bytes' own classes by shifting masks (finish_masks), so a block needs no
  // byte after it; bit 63 looks at nothing beyond the block.
  std::uint64_t newline;      // LF, and CR not followed by LF (CR LF counts at its LF)
  std::uint64_t latin_upper;  // the lead byte C3 of À..Þ (C3 80..9E, not × C3 97)
  std::uint64_t latin_lower;  // the lead byte C3 of ß..ÿ (C3 9F..BF, not ÷ C3 B7)
};

// The per-byte classes the derived masks come from (bit i: byte i).
struct ByteClasses {
  std::uint64_t lf;           // LF
  std::uint64_t cr;           // CR
  std::uint64_t c3;           // C3
  std::uint64_t trail_upper;  // 80..9E but not 97
  std::uint64_t trail_lower;  // 9F..BF but not B7
};

// The masks every implementation derives the same way from the per-byte classes.
inline void finish_masks(BlockMasks& m, const ByteClasses& b) noexcept {
  m.word = m.upper | m.lower | m.digit | m.high;
  m.newline = b.lf | (b.cr & ~(b.lf >> 1));
  m.latin_upper = b.c3 & (b.trail_upper >> 1);
  m.latin_lower = b.c3 & (b.trail_lower >> 1);
}

inline constexpr std::size_t block_size = 64;

// The marks a run of plain tokens looks at (take_plain_tokens in tokens/scanner.cpp), computed
// only by the levels that take such runs at once (AVX2 and AVX-512).
struct MarkMasks {
  std::uint64_t comma = 0;    // ,
  std::uint64_t period = 0;   // .
  std::uint64_t bracket = 0;  // ( ) [ ]
  std::uint64_t exclaim = 0;  // ! ?
  std::uint64_t hyphen = 0;   // -
};

// Flag bytes from bit masks: byte i of `out` (64 bytes) is the sum of values[k] over the masks
// k whose bit i is set (the values are distinct bits).
inline constexpr std::size_t flag_masks = 6;
using FlagMasks = std::array<std::uint64_t, flag_masks>;
using FlagValues = std::array<std::uint8_t, flag_masks>;

// A run of plain tokens in a window (take_plain_tokens in tokens/scanner.cpp): token i spans
// from the i-th set bit of `starts` to the i-th set bit of `ends`, as offsets from `base`. Its
// flags are flags[start] & start_flags | flags[end] & end_flags, with has_digit where its first
// byte is a digit and sentence_final where it is . ! or ?; its kind is number where its first
// byte is a digit, punctuation where a mark, else word. The portable writer reads those facts
// of the first byte from tables, the SIMD writer from the masks; both say the same.
struct PlainRun {
  const unsigned char* bytes;       // the window's 64 bytes
  const std::uint8_t* flags;        // 64 flag bytes (flag_bytes)
  const TokenKind* first_kind;      // by the first byte (256 entries)
  const std::uint8_t* first_flags;  // has_digit and sentence_final by the first byte (256 entries)
  std::uint64_t starts;
  std::uint64_t ends;
  std::uint64_t digits;       // digits
  std::uint64_t marks;        // marks (bytes that are neither white space nor word bytes)
  std::uint64_t final_marks;  // . ! ?
  std::uint32_t base;
  std::uint32_t count;  // 1 to 63
  std::uint8_t start_flags;
  std::uint8_t end_flags;
};

// Writes the `count` tokens of a run to `out`, where there is room for 64 (the SIMD writers
// write whole groups of 16, past `count`).
using WritePlainTokens = void (*)(const PlainRun& run, Token* out) noexcept;

// scalar: portable code; sse2: the x86-64 baseline; avx2: AVX2 with BMI1 and BMI2 (Haswell,
// Zen and later), where the scan loop itself is also compiled for these instructions; avx512:
// AVX-512 F, BW, VBMI and VBMI2 as well (Ice Lake, Zen 4 and later), one compare per class and
// block, and the tokens of a run written sixteen at a time.
enum class SimdLevel : std::uint8_t { scalar, sse2, avx2, avx512 };

#if (defined(__x86_64__) || defined(_M_X64)) && (defined(__GNUC__) || defined(__clang__))
#define WIREREPORT_AVX2_TARGET __attribute__((target("avx2,bmi,bmi2")))
#define WIREREPORT_AVX512_TARGET __attribute__((target("avx512f,avx512bw,avx512vbmi,avx512vbmi2,avx2,bmi,bmi2")))
#define WIREREPORT_ALWAYS_INLINE __attribute__((always_inline)) inline
#define WIREREPORT_NOINLINE __attribute__((noinline))
#else
#define WIREREPORT_AVX2_TARGET
#define WIREREPORT_AVX512_TARGET
#define WIREREPORT_ALWAYS_INLINE inline
#define WIREREPORT_NOINLINE
#endif

// Computes the masks of `count` consecutive blocks starting at `bytes` (count * 64 bytes).
using ClassifyBlocks = void (*)(const char* bytes, BlockMasks* out, std::size_t count) noexcept;

// The best level this CPU supports (decided once).
[[nodiscard]] SimdLevel best_simd_level() noexcept;

// The implementation for `level`; a level the CPU or build lacks falls back to a lower one.
[[nodiscard]] ClassifyBlocks classify_blocks(SimdLevel level) noexcept;

[[nodiscard]] const char* to_string(SimdLevel level) noexcept;

// The MarkMasks and flag bytes of one block as `level` computes them (levels without their
// own code compute them the portable way), for the tests that compare the levels.
[[nodiscard]] MarkMasks mark_masks(SimdLevel level, const char* block) noexcept;
void flag_bytes(SimdLevel level, const FlagMasks& masks, const FlagValues& values, std::uint8_t* out) noexcept;
// The tokens of a plain run as the writer of `level` writes them.
void plain_tokens(SimdLevel level, const PlainRun& run, Token* out) noexcept;

}  // namespace wirereport::detail
