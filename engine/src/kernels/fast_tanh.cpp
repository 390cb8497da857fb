// The array forms of the vectorised tanh and σ (kernels/simd_math.h holds the arithmetic): whole
// blocks of 16 lanes, then the tail through a zero-padded block. The double instances use the
// standard library's functions; only the kernels' tests run them.
#include "kernels/fast_tanh.h"

#include <cmath>

#include "kernels/simd_math.h"

namespace unroll {

namespace {

// fn over x[0..n) in place: whole vectors, then the tail through a zero-padded one.
template <class Fn>
UNROLL_SIMD_INLINE void mapInPlace(float* x, int64_t n, Fn fn) {
    int64_t i = 0;
    for (; i + simd::kLanes <= n; i += simd::kLanes)
        simd::store(x + i, fn(simd::load(x + i)));
    if (i < n)
        simd::store(x + i, fn(simd::load(x + i, n - i)), n - i);
}

}  // namespace

UNROLL_SIMD_CLONES void tanhInPlace(float* x, int64_t n) {
    mapInPlace(x, n, [](const simd::f16& v) UNROLL_SIMD_LAMBDA { return simd::tanh(v); });
}

UNROLL_SIMD_CLONES void sigmoidInPlace(float* x, int64_t n) {
    mapInPlace(x, n, [](const simd::f16& v) UNROLL_SIMD_LAMBDA { return simd::sigmoid(v); });
}

void tanhInPlace(double* x, int64_t n) {
    for (int64_t i = 0; i < n; ++i)
        x[i] = std::tanh(x[i]);
}

void sigmoidInPlace(double* x, int64_t n) {
    for (int64_t i = 0; i < n; ++i)
        x[i] = 1.0 / (1.0 + std::exp(-x[i]));
}

}  // namespace unroll
