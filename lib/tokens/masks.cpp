#include "tokens/masks.hpp"

#include <algorithm>

#include "tokens/kernels.hpp"

namespace wirereport::detail {

namespace {

// Each classifier runs its kernel (tokens/kernels.hpp) over consecutive blocks.

void classify_scalar(const char* bytes, BlockMasks* out, std::size_t count) noexcept {
  for (std::size_t b = 0; b < count; ++b) kernels::scalar_block(bytes + b * block_size, out[b]);
}

#if WIREREPORT_X86_64
void classify_sse2(const char* bytes, BlockMasks* out, std::size_t count) noexcept {
  for (std::size_t b = 0; b < count; ++b) kernels::sse2_block(bytes + b * block_size, out[b]);
}
#endif

#if defined(WIREREPORT_HAS_AVX2_KERNEL)
__attribute__((target("avx2"))) void classify_avx2(const char* bytes, BlockMasks* out, std::size_t count) noexcept {
  for (std::size_t b = 0; b < count; ++b) kernels::avx2_block(bytes + b * block_size, out[b]);
}
#endif

#if defined(WIREREPORT_HAS_AVX512_KERNEL)
__attribute__((target("avx512f,avx512bw"))) void classify_avx512(const char* bytes, BlockMasks* out,
                                                                 std::size_t count) noexcept {
  for (std::size_t b = 0; b < count; ++b) kernels::avx512_block(bytes + b * block_size, out[b]);
}
#endif

}  // namespace

SimdLevel best_simd_level() noexcept {
  static const SimdLevel level = [] {
#if defined(WIREREPORT_HAS_AVX2_KERNEL)
    const bool avx2 = __builtin_cpu_supports("avx2") != 0 && __builtin_cpu_supports("bmi") != 0 &&
                      __builtin_cpu_supports("bmi2") != 0;
#if defined(WIREREPORT_HAS_AVX512_KERNEL)
    // The CPU reports these only where the operating system saves the 512-bit registers too.
    if (avx2 && __builtin_cpu_supports("avx512f") != 0 && __builtin_cpu_supports("avx512bw") != 0 &&
        __builtin_cpu_supports("avx512vbmi") != 0 && __builtin_cpu_supports("avx512vbmi2") != 0)
      return SimdLevel::avx512;
#endif
    if (avx2) return SimdLevel::avx2;
#endif
#if WIREREPORT_X86_64
    return SimdLevel::sse2;
#else
    return SimdLevel::scalar;
#endif
  }();
  return level;
}

ClassifyBlocks classify_blocks(SimdLevel level) noexcept {
  switch (std::min(level, best_simd_level())) {
#if defined(WIREREPORT_HAS_AVX512_KERNEL)
    case SimdLevel::avx512: return classify_avx512;
#endif
#if defined(WIREREPORT_HAS_AVX2_KERNEL)
    case SimdLevel::avx2: return classify_avx2;
#endif
#if WIREREPORT_X86_64
    case SimdLevel::sse2: return classify_sse2;
#endif
    default: return classify_scalar;
  }
}

MarkMasks mark_masks(SimdLevel level, const char* block) noexcept {
  switch (std::min(level, best_simd_level())) {
#if defined(WIREREPORT_HAS_AVX512_KERNEL)
    case SimdLevel::avx512: return kernels::avx512_marks(block);
#endif
#if defined(WIREREPORT_HAS_AVX2_KERNEL)
    case SimdLevel::avx2: return kernels::avx2_marks(block);
#endif
    default: return kernels::scalar_marks(block);
  }
}

void flag_bytes(SimdLevel level, const FlagMasks& masks, const FlagValues& values, std::uint8_t* out) noexcept {
  switch (std::min(level, best_simd_level())) {
#if defined(WIREREPORT_HAS_AVX512_KERNEL)
    case SimdLevel::avx512: kernels::avx512_flag_bytes(masks, values, out); return;
#endif
#if defined(WIREREPORT_HAS_AVX2_KERNEL)
    case SimdLevel::avx2: kernels::avx2_flag_bytes(masks, values, out); return;
#endif
    default: kernels::scalar_flag_bytes(masks, values, out); return;
  }
}

void plain_tokens(SimdLevel level, const PlainRun& run, Token* out) noexcept {
#if defined(WIREREPORT_HAS_AVX512_KERNEL)
  if (std::min(level, best_simd_level()) == SimdLevel::avx512) return kernels::avx512_plain_tokens(run, out);
#endif
  (void)level;
  kernels::scalar_plain_tokens(run, out);
}

const char* to_string(SimdLevel level) noexcept {
  switch (level) {
    case SimdLevel::scalar: return "scalar";
    case SimdLevel::sse2: return "sse2";
    case SimdLevel::avx2: return "avx2";
    case SimdLevel::avx512: return "avx512";
  }
  return "scalar";
}

}  // namespace wirereport::detail
