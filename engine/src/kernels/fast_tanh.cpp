// Cephes' tanhf, branch-free on 8 floats at a time:
//   |x| < 0.625:  x + x³·P(x²)            (odd minimax polynomial)
//   otherwise:    sign(x)·(1 − 2/(e^{2|x|} + 1))
// with e^y from Cephes' expf: y = n·ln2 + r (Cody–Waite split of ln2), e^r by a degree-6
// polynomial, 2^n written into the exponent bits. Both halves are computed for every lane and
// picked with bit masks. |x| is clamped at 9, where tanh is 1 in float; NaN stays NaN.
// Written with GCC's vector extensions, so the code is SIMD whatever the auto-vectoriser thinks;
// target_clones builds it for AVX2 and for the x86-64 baseline (as SSE pairs) and picks one
// when the program loads.
#include "kernels/fast_tanh.h"

#include <cmath>
#include <cstring>

// The helpers below are always inlined into the clones, so no 32-byte vector ever crosses a
// call boundary and the ABI note GCC prints for that case does not apply.
#pragma GCC diagnostic ignored "-Wpsabi"

namespace unroll {

namespace {

#define UNROLL_INLINE inline __attribute__((always_inline))

typedef float f8 __attribute__((vector_size(32)));
typedef int32_t i8 __attribute__((vector_size(32)));

constexpr int32_t kSignBit = INT32_MIN;
constexpr int32_t kQuietNan = 0x7fc00000;

UNROLL_INLINE f8 splat(float v) {
    return f8{v, v, v, v, v, v, v, v};
}

UNROLL_INLINE f8 select(const i8& mask, const f8& yes, const f8& no) {
    return reinterpret_cast<f8>((reinterpret_cast<i8>(yes) & mask) |
                                (reinterpret_cast<i8>(no) & ~mask));
}

// tanh of the 8 floats at `lanes`, in place.
UNROLL_INLINE void tanh8(float* lanes) {
    f8 x;
    std::memcpy(&x, lanes, sizeof x);
    const i8 sign = reinterpret_cast<i8>(x) & kSignBit;
    const f8 a = reinterpret_cast<f8>(reinterpret_cast<i8>(x) & ~kSignBit);
    const i8 use_small = a < splat(0.625f);

    // Small |x|: the polynomial, on |x| capped at 0.625 so unused lanes stay finite.
    const f8 as = select(use_small, a, splat(0.625f));
    const f8 s = as * as;
    f8 p = splat(-5.70498872745e-3f);
    p = p * s + 2.06390887954e-2f;
    p = p * s - 5.37397155531e-2f;
    p = p * s + 1.33314422036e-1f;
    p = p * s - 3.33332819422e-1f;
    const f8 small = p * s * as + as;

    // Large |x|: 1 − 2/(e^y + 1) with y = 2·min(|x|, 9).
    const f8 y = 2.0f * select(a < splat(9.0f), a, splat(9.0f));
    const i8 n = __builtin_convertvector(y * 1.44269504088896341f + 0.5f, i8);  // y >= 0: rounds
    const f8 nf = __builtin_convertvector(n, f8);
    const f8 r = (y - nf * 0.693359375f) - nf * -2.12194440e-4f;
    f8 q = splat(1.9875691500e-4f);
    q = q * r + 1.3981999507e-3f;
    q = q * r + 8.3334519073e-3f;
    q = q * r + 4.1665795894e-2f;
    q = q * r + 1.6666665459e-1f;
    q = q * r + 5.0000001201e-1f;
    const f8 e = (q * r * r + r + 1.0f) * reinterpret_cast<f8>((n + 127) << 23);
    const f8 big = 1.0f - 2.0f / (e + 1.0f);

    const f8 magnitude = select(use_small, small, big);
    const f8 result = reinterpret_cast<f8>(reinterpret_cast<i8>(magnitude) | sign);
    const f8 out = select(x != x, reinterpret_cast<f8>(i8{} + kQuietNan), result);
    std::memcpy(lanes, &out, sizeof out);
}

}  // namespace

__attribute__((target_clones("avx2", "default"))) void tanhInPlace(float* x, int64_t n) {
    int64_t i = 0;
    for (; i + 8 <= n; i += 8)
        tanh8(x + i);
    if (i < n) {  // the tail, through a zero-padded block
        float tail[8] = {};
        std::memcpy(tail, x + i, sizeof(float) * static_cast<size_t>(n - i));
        tanh8(tail);
        std::memcpy(x + i, tail, sizeof(float) * static_cast<size_t>(n - i));
    }
}

void tanhInPlace(double* x, int64_t n) {
    for (int64_t i = 0; i < n; ++i)
        x[i] = std::tanh(x[i]);
}

namespace {

template <typename S>
void sigmoidThroughTanh(S* x, int64_t n) {
    for (int64_t i = 0; i < n; ++i)
        x[i] *= S(0.5);
    tanhInPlace(x, n);
    for (int64_t i = 0; i < n; ++i)
        x[i] = S(0.5) + S(0.5) * x[i];
}

}  // namespace

void sigmoidInPlace(float* x, int64_t n) {
    sigmoidThroughTanh(x, n);
}

void sigmoidInPlace(double* x, int64_t n) {
    sigmoidThroughTanh(x, n);
}

}  // namespace unroll
