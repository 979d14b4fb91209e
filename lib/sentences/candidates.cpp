#include "sentences/candidates.hpp"

#include <algorithm>
#include <array>
#include <bit>

#include "tokens/kernels.hpp"

namespace wirereport::detail {

namespace {

// The count goes up by one for a candidate; the index is written either way and kept only
// then: no branch to mispredict.
std::size_t gather_scalar(std::span<const Token> tokens, std::size_t from, std::size_t to,
                          std::uint32_t* out) noexcept {
  std::size_t count = 0;
  for (std::size_t j = from; j < to; ++j) {
    out[count] = static_cast<std::uint32_t>(j);
    count += std::size_t{is_candidate(tokens[j])};
  }
  return count;
}

#if defined(WIREREPORT_HAS_AVX512_KERNEL)
// Sixteen 12-byte tokens are three vectors of sixteen dwords; dword 3 k + 2 of them holds the
// kind and flags of token k (kind in the low byte, flags in the high half).
constexpr std::array<std::int32_t, 16> kind_flags_dword = [] {
  std::array<std::int32_t, 16> t{};
  for (int k = 0; k < 16; ++k) t[static_cast<std::size_t>(k)] = (3 * k + 2) % 16 + (k >= 5 && k < 10 ? 16 : 0);
  return t;
}();
constexpr __mmask16 from_third_vector = 0xFC00;  // tokens 10..15 lie in the third vector
static_assert(sizeof(Token) == 12 && offsetof(Token, kind) == 8 && offsetof(Token, flags) == 10 &&
              static_cast<int>(TokenKind::word) == 0);

WIREREPORT_AVX512_TARGET std::size_t gather_avx512(std::span<const Token> tokens, std::size_t from, std::size_t to,
                                                   std::uint32_t* out) noexcept {
  const __m512i index = _mm512_loadu_si512(kind_flags_dword.data());
  const __m512i ending = _mm512_set1_epi32((token_flag::sentence_final | token_flag::paragraph_before) << 16);
  const __m512i line = _mm512_set1_epi32(token_flag::newline_before << 16);
  const __m512i kind = _mm512_set1_epi32(0xFF);
  __m512i numbers = _mm512_add_epi32(_mm512_set1_epi32(static_cast<int>(from)),
                                     _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15));
  std::size_t count = 0;
  std::size_t j = from;
  for (; j + 16 <= to; j += 16) {
    const auto* p = reinterpret_cast<const char*>(tokens.data() + j);
    const __m512i a = _mm512_loadu_si512(p);
    const __m512i b = _mm512_loadu_si512(p + 64);
    const __m512i c = _mm512_loadu_si512(p + 128);
    const __m512i kind_flags = _mm512_mask_permutexvar_epi32(_mm512_permutex2var_epi32(a, index, b), from_third_vector,
                                                             index, c);
    const __mmask16 candidates = _mm512_test_epi32_mask(kind_flags, ending) |
                                 _mm512_mask_test_epi32_mask(_mm512_test_epi32_mask(kind_flags, line), kind_flags, kind);
    // A compress into a register and a whole store: the compressing store is slow on AMD.
    _mm512_storeu_si512(out + count, _mm512_maskz_compress_epi32(candidates, numbers));
    count += static_cast<std::size_t>(std::popcount(static_cast<unsigned>(candidates)));
    numbers = _mm512_add_epi32(numbers, _mm512_set1_epi32(16));
  }
  return count + gather_scalar(tokens, j, to, out + count);
}
#endif

}  // namespace

std::size_t gather_candidates(std::span<const Token> tokens, std::size_t from, std::size_t to, std::uint32_t* out,
                              SimdLevel level) noexcept {
#if defined(WIREREPORT_HAS_AVX512_KERNEL)
  if (std::min(level, best_simd_level()) == SimdLevel::avx512) return gather_avx512(tokens, from, to, out);
#endif
  return gather_scalar(tokens, from, to, out);
}

}  // namespace wirereport::detail
