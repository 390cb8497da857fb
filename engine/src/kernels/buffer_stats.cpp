// The passes are written with GCC's vector extensions (8 floats at a time) and compiled twice by
// target_clones, for AVX2 and for the x86-64 baseline; `#pragma omp simd` alone left the
// float-to-double reductions scalar. Partial sums stay in float lanes for one block of 1024
// values (relative error ~1e-7 · √1024) and are added in double across blocks.
#include "kernels/buffer_stats.h"

#include <cmath>
#include <cstring>

#pragma GCC diagnostic ignored "-Wpsabi"  // vectors never cross a call: everything is inlined

namespace unroll {

namespace {

typedef float f8 __attribute__((vector_size(32)));
typedef int32_t i8 __attribute__((vector_size(32)));

constexpr int64_t kBlock = 1024;
constexpr int32_t kExponent = 0x7f800000;

inline __attribute__((always_inline)) f8 load(const float* p) {
    f8 v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

inline __attribute__((always_inline)) float lanesSum(const f8& v) {
    return ((v[0] + v[1]) + (v[2] + v[3])) + ((v[4] + v[5]) + (v[6] + v[7]));
}

// A float is inf or NaN exactly when its exponent bits are all ones.
inline bool nonFinite(float v) {
    int32_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    return (bits & kExponent) == kExponent;
}

}  // namespace

__attribute__((target_clones("avx2", "default"))) SumOfSquares sumOfSquares(const float* x,
                                                                            int64_t n) {
    SumOfSquares out;
    f8 max_abs = {};
    i8 bad = {};
    int64_t i = 0;
    while (i + 8 <= n) {
        const int64_t end = std::min(n - (n - i) % 8, i + kBlock);
        f8 sum = {};
        for (; i < end; i += 8) {
            const f8 v = load(x + i);
            sum += v * v;
            const i8 bits = reinterpret_cast<i8>(v);
            const f8 a = reinterpret_cast<f8>(bits & 0x7fffffff);
            max_abs = a > max_abs ? a : max_abs;
            bad |= (bits & kExponent) == kExponent;
        }
        out.sum += lanesSum(sum);
    }
    float m = 0.0f;
    for (int k = 0; k < 8; ++k) {
        m = std::fmax(m, max_abs[k]);
        out.finite = out.finite && bad[k] == 0;
    }
    for (; i < n; ++i) {  // the tail
        out.sum += static_cast<double>(x[i]) * x[i];
        m = std::fmax(m, std::fabs(x[i]));
        out.finite = out.finite && !nonFinite(x[i]);
    }
    out.max_abs = m;
    return out;
}

__attribute__((target_clones("avx2", "default"))) DeltaNorms deltaNorms(const float* a,
                                                                        const float* b, int64_t n) {
    double d2 = 0.0, w2 = 0.0;
    int64_t i = 0;
    while (i + 8 <= n) {
        const int64_t end = std::min(n - (n - i) % 8, i + kBlock);
        f8 ds = {}, ws = {};
        for (; i < end; i += 8) {
            const f8 va = load(a + i);
            const f8 d = va - load(b + i);
            ds += d * d;
            ws += va * va;
        }
        d2 += lanesSum(ds);
        w2 += lanesSum(ws);
    }
    for (; i < n; ++i) {
        const double d = static_cast<double>(a[i]) - b[i];
        d2 += d * d;
        w2 += static_cast<double>(a[i]) * a[i];
    }
    return {std::sqrt(d2), std::sqrt(w2)};
}

int64_t firstNonFiniteBlock(const float* x, int64_t blocks, int64_t block) {
    for (int64_t b = 0; b < blocks; ++b)
        if (!sumOfSquares(x + b * block, block).finite)
            return b;
    return -1;
}

}  // namespace unroll
