// Eight floats at a time with AVX2 intrinsics, the last few through the same code in a padded
// block. Which products are fused is fixed by hand, as measured against ATen 1.13's kernels
// (vectorised and scalar tails alike): m·β1 rounded, then fma(g, 1−β1, ·); (1−β2)·g rounded, then
// fma(·, g, v·β2); p·decay rounded; step·m rounded, divided, then added. This file is compiled
// with -ffp-contract=off (engine/CMakeLists.txt), so the compiler fuses nothing else.
#include "train/adam_pass.h"

#include <immintrin.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace unroll {

namespace {

struct Vectors {
    __m256 decay, beta1, one_minus_beta1, beta2, one_minus_beta2, debias2, eps, step;
};

__attribute__((target("avx2,fma"))) inline void update8(float* p, float* m, float* v, float* before,
                                                        const float* g, bool decay,
                                                        const Vectors& s) {
    __m256 pv = _mm256_loadu_ps(p);
    _mm256_storeu_ps(before, pv);
    if (decay)
        pv = _mm256_mul_ps(pv, s.decay);
    const __m256 gv = _mm256_loadu_ps(g);
    const __m256 mv =
        _mm256_fmadd_ps(gv, s.one_minus_beta1, _mm256_mul_ps(_mm256_loadu_ps(m), s.beta1));
    const __m256 vv = _mm256_fmadd_ps(_mm256_mul_ps(s.one_minus_beta2, gv), gv,
                                      _mm256_mul_ps(_mm256_loadu_ps(v), s.beta2));
    const __m256 denom = _mm256_add_ps(_mm256_sqrt_ps(_mm256_div_ps(vv, s.debias2)), s.eps);
    pv = _mm256_add_ps(pv, _mm256_div_ps(_mm256_mul_ps(s.step, mv), denom));
    _mm256_storeu_ps(m, mv);
    _mm256_storeu_ps(v, vv);
    _mm256_storeu_ps(p, pv);
}

// [begin, end) with or without decay: whole vectors, then the rest copied into a padded block.
__attribute__((target("avx2,fma"))) void updateRange(float* p, float* m, float* v, float* before,
                                                     const float* g, int64_t begin, int64_t end,
                                                     bool decay, const Vectors& s) {
    int64_t i = begin;
    for (; i + 8 <= end; i += 8)
        update8(p + i, m + i, v + i, before + i, g + i, decay, s);
    const int64_t rest = end - i;
    if (rest == 0)
        return;
    float bp[8] = {}, bm[8] = {}, bv[8] = {}, bb[8] = {}, bg[8] = {};
    const size_t bytes = sizeof(float) * static_cast<size_t>(rest);
    std::memcpy(bp, p + i, bytes);
    std::memcpy(bm, m + i, bytes);
    std::memcpy(bv, v + i, bytes);
    std::memcpy(bg, g + i, bytes);
    update8(bp, bm, bv, bb, bg, decay, s);
    std::memcpy(p + i, bp, bytes);
    std::memcpy(m + i, bm, bytes);
    std::memcpy(v + i, bv, bytes);
    std::memcpy(before + i, bb, bytes);
}

__attribute__((target("avx2,fma"))) Vectors broadcast(const AdamScalars& s) {
    return {_mm256_set1_ps(s.decay),
            _mm256_set1_ps(s.beta1),
            _mm256_set1_ps(s.one_minus_beta1),
            _mm256_set1_ps(s.beta2),
            _mm256_set1_ps(s.one_minus_beta2),
            _mm256_set1_ps(s.debias2),
            _mm256_set1_ps(s.eps),
            _mm256_set1_ps(s.step)};
}

}  // namespace

bool adamPassAvailable() {
    static const bool yes = [] {
        // ATen reads the same variable once, when it first dispatches (DispatchStub.cpp).
        const char* capability = std::getenv("ATEN_CPU_CAPABILITY");
        if (capability && std::strcmp(capability, "default") == 0)
            return false;
        return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    }();
    return yes;
}

void adamPass(float* p, float* m, float* v, float* before, const float* g, int64_t n,
              int64_t decayed, const AdamScalars& s) {
    const Vectors vs = broadcast(s);
    const int64_t split = std::clamp<int64_t>(decayed, 0, n);
    updateRange(p, m, v, before, g, 0, split, true, vs);
    updateRange(p, m, v, before, g, split, n, false, vs);
}

}  // namespace unroll
