// tanh, σ and their building blocks on 16 floats at a time, for the kernels' elementwise passes.
// Written with GCC's vector extensions and always inlined, so each caller compiled with
// UNROLL_SIMD_CLONES gets one build for AVX-512 (one zmm register per vector), one for AVX2 (two
// ymm) and one for the x86-64 baseline (four xmm), and the loader picks the best the CPU has.
//
//   tanh:  |x| < 0.625:  x + x³·P(x²)   (Cephes' tanhf minimax polynomial)
//          otherwise:    sign(x)·(1 − u)/(1 + u), u = e^{−2|x|}, |x| clamped at 9 where tanh is 1
//   σ:     u = e^{−|x|};  σ = 1/(1 + u) for x ≥ 0,  u/(1 + u) for x < 0
//          (e^{−|x|} ≤ 1 never overflows, and both halves keep their relative accuracy)
//   e^y:   Cephes' expf: y = n·ln2 + r (Cody–Waite split of ln2), e^r by a degree-6 polynomial,
//          2^n written into the exponent bits
// Both branches are computed for every lane and picked with bit masks; NaN stays NaN (a diverging
// run must stay visible to the guard). Relative error under 3e-7 (tests/engine/test_fast_tanh).
#pragma once

#include <cstdint>
#include <cstring>

// Every helper is inlined into its caller's clone, so no 64-byte vector crosses a call boundary
// and the ABI note GCC prints for that case does not apply.
#pragma GCC diagnostic ignored "-Wpsabi"

#define UNROLL_SIMD_CLONES \
    __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#define UNROLL_SIMD_INLINE inline __attribute__((always_inline))
#define UNROLL_SIMD_LAMBDA __attribute__((always_inline))

namespace unroll::simd {

constexpr int kLanes = 16;
typedef float f16 __attribute__((vector_size(64)));
typedef int32_t i16 __attribute__((vector_size(64)));

UNROLL_SIMD_INLINE f16 splat(float v) {
    return f16{} + v;
}

UNROLL_SIMD_INLINE f16 select(const i16& mask, const f16& yes, const f16& no) {
    return reinterpret_cast<f16>((reinterpret_cast<i16>(yes) & mask) |
                                 (reinterpret_cast<i16>(no) & ~mask));
}

// The first `count` lanes from p, the rest zero (count in 1..16).
UNROLL_SIMD_INLINE f16 load(const float* p, int64_t count = kLanes) {
    f16 v{};
    std::memcpy(&v, p, sizeof(float) * static_cast<size_t>(count));
    return v;
}

UNROLL_SIMD_INLINE void store(float* p, const f16& v, int64_t count = kLanes) {
    std::memcpy(p, &v, sizeof(float) * static_cast<size_t>(count));
}

UNROLL_SIMD_INLINE f16 keepNan(const f16& x, const f16& result) {
    return select(x != x, reinterpret_cast<f16>(i16{} + 0x7fc00000), result);
}

// e^y for −87 ≤ y ≤ 0 (the caller clamps), rounding n = y·log2(e) to the nearest integer by
// truncating y·log2(e) − ½ toward zero.
UNROLL_SIMD_INLINE f16 expNonPositive(const f16& y) {
    const i16 n = __builtin_convertvector(y * 1.44269504088896341f - 0.5f, i16);
    const f16 nf = __builtin_convertvector(n, f16);
    const f16 r = (y - nf * 0.693359375f) - nf * -2.12194440e-4f;
    f16 q = splat(1.9875691500e-4f);
    q = q * r + 1.3981999507e-3f;
    q = q * r + 8.3334519073e-3f;
    q = q * r + 4.1665795894e-2f;
    q = q * r + 1.6666665459e-1f;
    q = q * r + 5.0000001201e-1f;
    return (q * r * r + r + 1.0f) * reinterpret_cast<f16>((n + 127) << 23);
}

UNROLL_SIMD_INLINE f16 tanh(const f16& x) {
    const i16 sign = reinterpret_cast<i16>(x) & INT32_MIN;
    const f16 a = reinterpret_cast<f16>(reinterpret_cast<i16>(x) & ~INT32_MIN);
    const i16 use_small = a < splat(0.625f);

    // Small |x|: the polynomial, on |x| capped at 0.625 so unused lanes stay finite.
    const f16 as = select(use_small, a, splat(0.625f));
    const f16 s = as * as;
    f16 p = splat(-5.70498872745e-3f);
    p = p * s + 2.06390887954e-2f;
    p = p * s - 5.37397155531e-2f;
    p = p * s + 1.33314422036e-1f;
    p = p * s - 3.33332819422e-1f;
    const f16 small = p * s * as + as;

    // Large |x|: (1 − u)/(1 + u) with u = e^{−2|x|}, |x| capped at 9.
    const f16 u = expNonPositive(-2.0f * select(a < splat(9.0f), a, splat(9.0f)));
    const f16 big = (1.0f - u) / (1.0f + u);

    const f16 magnitude = select(use_small, small, big);
    return keepNan(x, reinterpret_cast<f16>(reinterpret_cast<i16>(magnitude) | sign));
}

UNROLL_SIMD_INLINE f16 sigmoid(const f16& x) {
    const f16 a = reinterpret_cast<f16>(reinterpret_cast<i16>(x) & ~INT32_MIN);
    // Beyond 87, e^{−|x|} is below float's normal range and σ is 0 or 1 to float precision.
    const f16 u = expNonPositive(-select(a < splat(87.0f), a, splat(87.0f)));
    const f16 s = 1.0f / (1.0f + u);
    return keepNan(x, select(x >= splat(0.0f), s, u * s));
}

}  // namespace unroll::simd
