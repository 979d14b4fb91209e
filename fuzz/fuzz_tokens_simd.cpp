// Differential: the tokenizer's scan at every SIMD level (scalar, SSE2, AVX2 where the CPU has
// it) and with and without its fast path gives, token for token, what the plain scalar scan
// gives, for both compound modes and at two alignments of the bytes in memory that vary with the
// input (the masks are computed in 64-byte blocks, so a block boundary falls anywhere in a token).
// The reference itself keeps the token invariants.
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "expect.hpp"
#include "tokens/scanner.hpp"

namespace {

using wirereport::Compounds;
using wirereport::Language;
using wirereport::Span;
using wirereport::Token;
using wirereport::detail::ScanMode;
using wirereport::detail::SimdLevel;

bool same_tokens(const std::vector<Token>& a, const std::vector<Token>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].span != b[i].span || a[i].kind != b[i].kind || a[i].flags != b[i].flags) return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using wirereport::fuzz::expect;
  const auto n = static_cast<std::uint32_t>(size);
  const Language language = size % 3 == 0 ? Language::unknown : size % 3 == 1 ? Language::de : Language::en;

  // The bytes at an alignment that varies with the input, and once more shifted by one.
  static std::vector<char> buffer;
  buffer.assign(size + 64, '\0');
  const std::size_t shift = size % 64;
  for (const std::size_t offset : {shift, (shift + 1) % 64}) {
    std::memcpy(buffer.data() + offset, data, size);
    const std::string_view text(buffer.data() + offset, size);
    for (const Compounds compounds : {Compounds::whole, Compounds::split}) {
      std::vector<Token> reference;
      wirereport::detail::scan_tokens(text, {0, n}, language, compounds, reference, {SimdLevel::scalar, false});
      expect(wirereport::invariants::tokens_of(text, {0, n}, reference));
      for (const SimdLevel level : {SimdLevel::scalar, SimdLevel::sse2, SimdLevel::avx2, SimdLevel::avx512}) {
        for (const bool fast_path : {false, true}) {
          std::vector<Token> tokens;
          wirereport::detail::scan_tokens(text, {0, n}, language, compounds, tokens, {level, fast_path});
          expect(same_tokens(tokens, reference), "a SIMD level or the fast path gives other tokens than the scalar scan");
        }
      }
    }
  }
  return 0;
}
