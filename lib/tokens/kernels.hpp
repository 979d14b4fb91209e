// The per-block kernels behind tokens/masks.hpp, inline so the scan loop that is compiled for
// a SIMD level (tokens/scanner.cpp) keeps their constants in registers across windows. Each
// computes the same masks: the scalar kernel is the reference the SIMD ones match bit for bit.
#pragma once

#include <bit>
#include <cstddef>
#include <cstring>
#include <memory>

#include "tokens/masks.hpp"

#if defined(__x86_64__) || defined(_M_X64)
#define WIREREPORT_X86_64 1
#include <immintrin.h>
#endif

namespace wirereport::detail::kernels {

// The `count` bytes (below 64) at `from` and spaces after them: the scan's last window of a
// range, whose bytes past the range must not be read.
inline void copy_padded(const char* from, std::size_t count, unsigned char* to) noexcept {
  std::memcpy(to, from, count);
  std::memset(to + count, ' ', block_size - count);
}

// ---- Portable scalar code: eight bytes at a time in a 64-bit word (SWAR) ----
//
// A byte's class is its high bit in a word of flags (0x80 set: in the class); movemask
// gathers those eight bits into one byte, byte 0 of the word (the first in memory) as bit 0.
namespace swar {
inline constexpr std::uint64_t ones = 0x0101010101010101ull;
inline constexpr std::uint64_t highs = 0x8080808080808080ull;

constexpr std::uint64_t movemask(std::uint64_t flags) noexcept { return ((flags & highs) * 0x0002040810204081ull) >> 56; }
// Bytes equal to c.
constexpr std::uint64_t eq(std::uint64_t x, unsigned char c) noexcept {
  const std::uint64_t y = x ^ (ones * c);
  return ~(((y & ~highs) + ~highs) | y) & highs;
}
// Bytes below n (n <= 0x80): ASCII ones whose low seven bits stay below n.
constexpr std::uint64_t below(std::uint64_t x, unsigned n) noexcept {
  return ~(((x & ~highs) + ones * (0x80 - n)) | x) & highs;
}
// Bytes in [lo, lo + count), within ASCII (lo + count <= 0x80).
constexpr std::uint64_t in_range(std::uint64_t x, unsigned lo, unsigned count) noexcept {
  return below(x, lo + count) & ~below(x, lo);
}
}  // namespace swar

WIREREPORT_ALWAYS_INLINE void scalar_block(const char* block, BlockMasks& out) noexcept {
  BlockMasks m{};
  ByteClasses k{};
  for (unsigned i = 0; i < block_size; i += 8) {
    std::uint64_t x = 0;  // byte i + b of the block as byte b of x, whatever the CPU's byte order
    for (unsigned b = 0; b < 8; ++b) x |= std::uint64_t{static_cast<unsigned char>(block[i + b])} << (8 * b);
    const std::uint64_t upper_half = x ^ swar::highs;  // 0x80..0xFF as 0x00..0x7F, ASCII as 0x80..0xFF
    const auto put = [i](std::uint64_t& mask, std::uint64_t flags) { mask |= swar::movemask(flags) << i; };
    put(m.space, swar::below(x, 0x21) | swar::eq(x, 0x7F));
    put(m.upper, swar::in_range(x, 'A', 26));
    put(m.lower, swar::in_range(x, 'a', 26));
    put(m.digit, swar::in_range(x, '0', 10));
    put(m.high, x);
    put(m.separator, swar::eq(x, '.') | swar::eq(x, ',') | swar::eq(x, ':'));
    put(k.lf, swar::eq(x, '\n'));
    put(k.cr, swar::eq(x, '\r'));
    put(k.c3, swar::eq(x, 0xC3));
    put(k.trail_upper, swar::below(upper_half, 0x1F) & ~swar::eq(x, 0x97));                    // 80..9E
    put(k.trail_lower, swar::in_range(upper_half, 0x1F, 0x21) & ~swar::eq(x, 0xB7));            // 9F..BF
  }
  finish_masks(m, k);
  out = m;
}

WIREREPORT_ALWAYS_INLINE MarkMasks scalar_marks(const char* block) noexcept {
  MarkMasks m;
  for (unsigned i = 0; i < block_size; ++i) {
    const auto c = static_cast<unsigned char>(block[i]);
    const std::uint64_t bit = std::uint64_t{1} << i;
    if (c == ',') m.comma |= bit;
    if (c == '.') m.period |= bit;
    if (c == '(' || c == ')' || c == '[' || c == ']') m.bracket |= bit;
    if (c == '!' || c == '?') m.exclaim |= bit;
    if (c == '-') m.hyphen |= bit;
  }
  return m;
}

inline void scalar_flag_bytes(const FlagMasks& masks, const FlagValues& values, std::uint8_t* out) noexcept {
  for (unsigned i = 0; i < block_size; ++i) {
    std::uint8_t byte = 0;
    for (std::size_t k = 0; k < flag_masks; ++k)
      if (((masks[k] >> i) & 1) != 0) byte = static_cast<std::uint8_t>(byte | values[k]);
    out[i] = byte;
  }
}

// Token i of a run takes the i-th start and the i-th end bit. The SIMD writer writes kinds as
// numbers (word, number and punctuation are 0, 1 and 2) into tokens laid out as here.
static_assert(static_cast<int>(TokenKind::word) == 0 && static_cast<int>(TokenKind::number) == 1 &&
              static_cast<int>(TokenKind::punctuation) == 2);
static_assert(sizeof(Token) == 12 && offsetof(Token, span) == 0 && offsetof(Token, kind) == 8 &&
              offsetof(Token, flags) == 10);

inline void scalar_plain_tokens(const PlainRun& run, Token* out) noexcept {
  std::uint64_t starts = run.starts;
  std::uint64_t ends = run.ends;
  for (std::uint32_t i = 0; i < run.count; ++i) {
    const auto start = static_cast<std::uint32_t>(std::countr_zero(starts));
    const auto end = static_cast<std::uint32_t>(std::countr_zero(ends));
    starts &= starts - 1;
    ends &= ends - 1;
    const unsigned char first = run.bytes[start];
    const auto flags = static_cast<std::uint16_t>((run.flags[start] & run.start_flags) | (run.flags[end] & run.end_flags) |
                                                  run.first_flags[first]);
    std::construct_at(out++, Token{{run.base + start, run.base + end}, run.first_kind[first], flags});
  }
}

#if WIREREPORT_X86_64

// ---- SSE2: four 16-byte lanes per block ----

WIREREPORT_ALWAYS_INLINE std::uint64_t lane_bits(int movemask, unsigned lane) noexcept {
  return static_cast<std::uint64_t>(static_cast<unsigned>(movemask) & 0xFFFFu) << (16 * lane);
}

// Bytes in [lo, lo + count) as unsigned values: moved to start at -128, they compare below
// -128 + count as signed bytes.
WIREREPORT_ALWAYS_INLINE __m128i in_range_sse2(__m128i v, unsigned lo, unsigned count) noexcept {
  const __m128i t = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80u - lo)));
  return _mm_cmpgt_epi8(_mm_set1_epi8(static_cast<char>(0x80u + count)), t);
}

WIREREPORT_ALWAYS_INLINE __m128i eq_sse2(__m128i v, unsigned char c) noexcept {
  return _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(c)));
}

WIREREPORT_ALWAYS_INLINE void sse2_block(const char* block, BlockMasks& out) noexcept {
  BlockMasks m{};
  ByteClasses k{};
  for (unsigned lane = 0; lane < 4; ++lane) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 16 * lane));
    const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x20)), v);  // <= 0x20
    m.space |= lane_bits(_mm_movemask_epi8(_mm_or_si128(control, eq_sse2(v, 0x7F))), lane);
    m.upper |= lane_bits(_mm_movemask_epi8(in_range_sse2(v, 'A', 26)), lane);
    m.lower |= lane_bits(_mm_movemask_epi8(in_range_sse2(v, 'a', 26)), lane);
    m.digit |= lane_bits(_mm_movemask_epi8(in_range_sse2(v, '0', 10)), lane);
    m.high |= lane_bits(_mm_movemask_epi8(v), lane);
    m.separator |= lane_bits(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(eq_sse2(v, '.'), eq_sse2(v, ',')), eq_sse2(v, ':'))), lane);
    k.lf |= lane_bits(_mm_movemask_epi8(eq_sse2(v, '\n')), lane);
    k.cr |= lane_bits(_mm_movemask_epi8(eq_sse2(v, '\r')), lane);
    k.c3 |= lane_bits(_mm_movemask_epi8(eq_sse2(v, 0xC3)), lane);
    k.trail_upper |= lane_bits(_mm_movemask_epi8(_mm_andnot_si128(eq_sse2(v, 0x97), in_range_sse2(v, 0x80, 0x1F))), lane);
    k.trail_lower |= lane_bits(_mm_movemask_epi8(_mm_andnot_si128(eq_sse2(v, 0xB7), in_range_sse2(v, 0x9F, 0x21))), lane);
  }
  finish_masks(m, k);
  out = m;
}

// ---- AVX2: two 32-byte lanes per block; compiled for AVX2 only in these functions ----

#if defined(__GNUC__) || defined(__clang__)
#define WIREREPORT_HAS_AVX2_KERNEL 1
#define WIREREPORT_AVX2_KERNEL __attribute__((target("avx2"), always_inline)) inline

WIREREPORT_AVX2_KERNEL std::uint64_t lane32(__m256i cmp, unsigned lane) noexcept {
  return static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm256_movemask_epi8(cmp))) << (32 * lane);
}

WIREREPORT_AVX2_KERNEL __m256i in_range_avx2(__m256i v, unsigned lo, unsigned count) noexcept {
  const __m256i t = _mm256_add_epi8(v, _mm256_set1_epi8(static_cast<char>(0x80u - lo)));
  return _mm256_cmpgt_epi8(_mm256_set1_epi8(static_cast<char>(0x80u + count)), t);
}

WIREREPORT_AVX2_KERNEL __m256i eq_avx2(__m256i v, unsigned char c) noexcept {
  return _mm256_cmpeq_epi8(v, _mm256_set1_epi8(static_cast<char>(c)));
}

// Not always_inline: the compiler inlines it where the caller is compiled for AVX2 as well
// (GCC checks always_inline before the scan loop is inlined into its AVX2 function).
__attribute__((target("avx2"))) inline void avx2_block(const char* block, BlockMasks& out) noexcept {
  BlockMasks m{};
  ByteClasses k{};
  for (unsigned lane = 0; lane < 2; ++lane) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(block + 32 * lane));
    const __m256i control = _mm256_cmpeq_epi8(_mm256_min_epu8(v, _mm256_set1_epi8(0x20)), v);  // <= 0x20
    m.space |= lane32(_mm256_or_si256(control, eq_avx2(v, 0x7F)), lane);
    m.upper |= lane32(in_range_avx2(v, 'A', 26), lane);
    m.lower |= lane32(in_range_avx2(v, 'a', 26), lane);
    m.digit |= lane32(in_range_avx2(v, '0', 10), lane);
    m.high |= lane32(v, lane);
    m.separator |= lane32(_mm256_or_si256(_mm256_or_si256(eq_avx2(v, '.'), eq_avx2(v, ',')), eq_avx2(v, ':')), lane);
    k.lf |= lane32(eq_avx2(v, '\n'), lane);
    k.cr |= lane32(eq_avx2(v, '\r'), lane);
    k.c3 |= lane32(eq_avx2(v, 0xC3), lane);
    k.trail_upper |= lane32(_mm256_andnot_si256(eq_avx2(v, 0x97), in_range_avx2(v, 0x80, 0x1F)), lane);
    k.trail_lower |= lane32(_mm256_andnot_si256(eq_avx2(v, 0xB7), in_range_avx2(v, 0x9F, 0x21)), lane);
  }
  finish_masks(m, k);
  out = m;
}

// ---- AVX-512 (F and BW): the whole block in one register, compares straight into bit masks ----

#define WIREREPORT_HAS_AVX512_KERNEL 1
#define WIREREPORT_AVX512_KERNEL __attribute__((target("avx512f,avx512bw"), always_inline)) inline

WIREREPORT_AVX512_KERNEL std::uint64_t eq_avx512(__m512i v, unsigned char c) noexcept {
  return _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8(static_cast<char>(c)));
}

WIREREPORT_AVX512_KERNEL std::uint64_t in_range_avx512(__m512i v, unsigned lo, unsigned count) noexcept {
  return _mm512_cmplt_epu8_mask(_mm512_sub_epi8(v, _mm512_set1_epi8(static_cast<char>(lo))),
                                _mm512_set1_epi8(static_cast<char>(count)));
}

// Not always_inline, for the reason given at avx2_block.
__attribute__((target("avx512f,avx512bw"))) inline void avx512_block(const char* block, BlockMasks& out) noexcept {
  const __m512i v = _mm512_loadu_si512(block);
  BlockMasks m{};
  ByteClasses k{};
  m.space = _mm512_cmple_epu8_mask(v, _mm512_set1_epi8(0x20)) | eq_avx512(v, 0x7F);
  m.upper = in_range_avx512(v, 'A', 26);
  m.lower = in_range_avx512(v, 'a', 26);
  m.digit = in_range_avx512(v, '0', 10);
  m.high = _mm512_movepi8_mask(v);
  m.separator = eq_avx512(v, '.') | eq_avx512(v, ',') | eq_avx512(v, ':');
  k.lf = eq_avx512(v, '\n');
  k.cr = eq_avx512(v, '\r');
  k.c3 = eq_avx512(v, 0xC3);
  k.trail_upper = in_range_avx512(v, 0x80, 0x1F) & ~eq_avx512(v, 0x97);
  k.trail_lower = in_range_avx512(v, 0x9F, 0x21) & ~eq_avx512(v, 0xB7);
  finish_masks(m, k);
  out = m;
}

// ( and ) differ in one bit: one compare with that bit set finds both.
__attribute__((target("avx2"))) inline MarkMasks avx2_marks(const char* block) noexcept {
  MarkMasks m;
  for (unsigned lane = 0; lane < 2; ++lane) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(block + 32 * lane));
    const __m256i paren = eq_avx2(_mm256_or_si256(v, _mm256_set1_epi8(1)), ')');
    m.comma |= lane32(eq_avx2(v, ','), lane);
    m.period |= lane32(eq_avx2(v, '.'), lane);
    m.bracket |= lane32(_mm256_or_si256(paren, _mm256_or_si256(eq_avx2(v, '['), eq_avx2(v, ']'))), lane);
    m.exclaim |= lane32(_mm256_or_si256(eq_avx2(v, '!'), eq_avx2(v, '?')), lane);
    m.hyphen |= lane32(eq_avx2(v, '-'), lane);
  }
  return m;
}

// 0xFF for each set bit of `bits`, 0 for the others: byte j of the result is bit j.
WIREREPORT_AVX2_KERNEL __m256i bits_to_bytes_avx2(std::uint32_t bits) noexcept {
  // Each 128-bit lane of the broadcast holds all four bytes of `bits`; byte j picks byte j / 8.
  const __m256i spread = _mm256_shuffle_epi8(_mm256_set1_epi32(static_cast<int>(bits)),
                                             _mm256_setr_epi64x(0, 0x0101010101010101, 0x0202020202020202,
                                                                0x0303030303030303));
  const __m256i bit = _mm256_set1_epi64x(static_cast<long long>(0x8040201008040201ull));
  return _mm256_cmpeq_epi8(_mm256_and_si256(spread, bit), bit);
}

__attribute__((target("avx2"))) inline void avx2_flag_bytes(const FlagMasks& masks, const FlagValues& values,
                                                            std::uint8_t* out) noexcept {
  for (unsigned half = 0; half < 2; ++half) {
    __m256i bytes = _mm256_setzero_si256();
    for (std::size_t k = 0; k < flag_masks; ++k) {
      const __m256i set = bits_to_bytes_avx2(static_cast<std::uint32_t>(masks[k] >> (32 * half)));
      bytes = _mm256_or_si256(bytes, _mm256_and_si256(set, _mm256_set1_epi8(static_cast<char>(values[k]))));
    }
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out + 32 * half), bytes);
  }
}

// copy_padded in one masked load (which reads no byte it leaves out) and one whole store: the
// window's load then comes from a single store of its size, where the bytes memcpy and memset
// store one way or another cannot be forwarded to it (about 9 ns per range: a text of one
// token took 50 ns, now 41).
__attribute__((target("avx512f,avx512bw,bmi2"))) inline void avx512_copy_padded(const char* from, std::size_t count,
                                                                              unsigned char* to) noexcept {
  const __mmask64 keep = _bzhi_u64(~std::uint64_t{0}, static_cast<unsigned>(count));
  _mm512_storeu_si512(to, _mm512_mask_loadu_epi8(_mm512_set1_epi8(' '), keep, from));
}

__attribute__((target("avx512f,avx512bw"))) inline MarkMasks avx512_marks(const char* block) noexcept {
  const __m512i v = _mm512_loadu_si512(block);
  MarkMasks m;
  m.comma = eq_avx512(v, ',');
  m.period = eq_avx512(v, '.');
  m.bracket = eq_avx512(_mm512_or_si512(v, _mm512_set1_epi8(1)), ')') | eq_avx512(v, '[') | eq_avx512(v, ']');
  m.exclaim = eq_avx512(v, '!') | eq_avx512(v, '?');
  m.hyphen = eq_avx512(v, '-');
  return m;
}

__attribute__((target("avx512f,avx512bw"))) inline void avx512_flag_bytes(const FlagMasks& masks,
                                                                        const FlagValues& values,
                                                                        std::uint8_t* out) noexcept {
  __m512i bytes = _mm512_setzero_si512();
  for (std::size_t k = 0; k < flag_masks; ++k)
    bytes = _mm512_or_si512(bytes, _mm512_maskz_mov_epi8(masks[k], _mm512_set1_epi8(static_cast<char>(values[k]))));
  _mm512_storeu_si512(out, bytes);
}

// The writer of plain runs: the offsets of the set bits of a mask packed into bytes (VBMI2
// compress), their flags and kinds gathered by byte permutes (VBMI), then sixteen tokens at a
// time: begins, ends and kind | flags << 16 widened to dwords by byte permutes and interleaved
// into 12-byte tokens by dword permutes.
namespace plain_tokens_avx512 {
// Byte 4 j of a dword vector takes byte j of the packed offsets (token i + j, i added per step).
constexpr std::array<std::uint8_t, 64> widen_index = [] {
  std::array<std::uint8_t, 64> t{};
  for (std::size_t j = 0; j < 16; ++j) t[4 * j] = static_cast<std::uint8_t>(j);
  return t;
}();
// Kind (byte 0) and flags (byte 2) of token j, from the two vectors of a two-source permute.
constexpr std::array<std::uint8_t, 64> kind_flags_index = [] {
  std::array<std::uint8_t, 64> t{};
  for (std::size_t j = 0; j < 16; ++j) {
    t[4 * j] = static_cast<std::uint8_t>(j);
    t[4 * j + 2] = static_cast<std::uint8_t>(64 + j);
  }
  return t;
}();
constexpr __mmask64 dword_low_byte = 0x1111111111111111ull;
constexpr __mmask64 dword_bytes_0_2 = 0x5555555555555555ull;
// Dword j of output vector v (j = 0..15) is field (16 v + j) % 3 of token (16 v + j) / 3; the
// two-source permute takes begins (index t) and ends (16 + t), the masked one kind and flags.
constexpr std::array<std::int32_t, 48> field_index = [] {
  std::array<std::int32_t, 48> t{};
  for (int i = 0; i < 48; ++i) t[static_cast<std::size_t>(i)] = i / 3 + (i % 3 == 1 ? 16 : 0);
  return t;
}();
constexpr __mmask16 kind_lanes(int v) {
  unsigned m = 0;
  for (int j = 0; j < 16; ++j)
    if ((16 * v + j) % 3 == 2) m |= 1u << j;
  return static_cast<__mmask16>(m);
}
constexpr std::array<std::uint8_t, 64> byte_index = [] {
  std::array<std::uint8_t, 64> t{};
  for (std::size_t i = 0; i < 64; ++i) t[i] = static_cast<std::uint8_t>(i);
  return t;
}();
}  // namespace plain_tokens_avx512

__attribute__((target("avx512f,avx512bw,avx512vbmi,avx512vbmi2"))) inline void avx512_plain_tokens(
    const PlainRun& run, Token* out) noexcept {
  namespace t = plain_tokens_avx512;
  // Masked forms throughout: GCC 12's unmasked byte permute reads an undefined vector that
  // -Wuninitialized reports.
  constexpr __mmask64 all = ~__mmask64{0};
  const __m512i index = _mm512_loadu_si512(t::byte_index.data());
  const __m512i starts = _mm512_maskz_compress_epi8(run.starts, index);
  const __m512i ends = _mm512_maskz_compress_epi8(run.ends, index);
  const __m512i flag_bytes = _mm512_loadu_si512(run.flags);
  // (No lambdas here: they would not be compiled for AVX-512.)
  const __m512i has_digit = _mm512_maskz_mov_epi8(run.digits, _mm512_set1_epi8(token_flag::has_digit));
  const __m512i sentence_final = _mm512_maskz_mov_epi8(run.final_marks, _mm512_set1_epi8(token_flag::sentence_final));
  const __m512i start_flags =
      _mm512_or_si512(_mm512_and_si512(flag_bytes, _mm512_set1_epi8(static_cast<char>(run.start_flags))),
                      _mm512_or_si512(has_digit, sentence_final));
  const __m512i end_flags = _mm512_and_si512(flag_bytes, _mm512_set1_epi8(static_cast<char>(run.end_flags)));
  const __m512i flags = _mm512_or_si512(_mm512_maskz_permutexvar_epi8(all, starts, start_flags),
                                        _mm512_maskz_permutexvar_epi8(all, ends, end_flags));
  const __m512i kind_bytes = _mm512_or_si512(_mm512_maskz_mov_epi8(run.digits, _mm512_set1_epi8(1)),
                                             _mm512_maskz_mov_epi8(run.marks, _mm512_set1_epi8(2)));
  const __m512i kinds = _mm512_maskz_permutexvar_epi8(all, starts, kind_bytes);
  const __m512i base = _mm512_set1_epi32(static_cast<int>(run.base));
  const __m512i index0 = _mm512_loadu_si512(t::field_index.data());
  const __m512i index1 = _mm512_loadu_si512(t::field_index.data() + 16);
  const __m512i index2 = _mm512_loadu_si512(t::field_index.data() + 32);
  __m512i widen = _mm512_loadu_si512(t::widen_index.data());
  __m512i kind_flags = _mm512_loadu_si512(t::kind_flags_index.data());
  for (std::uint32_t i = 0; i < run.count; i += 16, out += 16) {
    const __m512i b = _mm512_add_epi32(_mm512_maskz_permutexvar_epi8(t::dword_low_byte, widen, starts), base);
    const __m512i e = _mm512_add_epi32(_mm512_maskz_permutexvar_epi8(t::dword_low_byte, widen, ends), base);
    const __m512i k = _mm512_maskz_permutex2var_epi8(t::dword_bytes_0_2, kinds, kind_flags, flags);
    const __m512i out0 = _mm512_mask_permutexvar_epi32(_mm512_permutex2var_epi32(b, index0, e), t::kind_lanes(0), index0, k);
    const __m512i out1 = _mm512_mask_permutexvar_epi32(_mm512_permutex2var_epi32(b, index1, e), t::kind_lanes(1), index1, k);
    const __m512i out2 = _mm512_mask_permutexvar_epi32(_mm512_permutex2var_epi32(b, index2, e), t::kind_lanes(2), index2, k);
    auto* dst = reinterpret_cast<char*>(out);
    _mm512_storeu_si512(dst, out0);
    _mm512_storeu_si512(dst + 64, out1);
    _mm512_storeu_si512(dst + 128, out2);
    widen = _mm512_add_epi8(widen, _mm512_set1_epi8(16));
    kind_flags = _mm512_add_epi8(kind_flags, _mm512_set1_epi8(16));
  }
}

#endif  // GNUC or clang

#endif  // x86-64

}  // namespace wirereport::detail::kernels
