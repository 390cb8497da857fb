// The recurrent weights of a gated kernel, ready for the product of every time step. BLAS packs
// its right-hand operand into cache-sized panels on every call, so a sequence of T steps packed
// the same W_hh 2T times (forward and backward): 8 % of an awd step went to those copies. Here W
// is packed once per sequence and each step's product runs a register-blocked AVX-512 kernel on
// the packed panels (8 rows × 32 columns of accumulators). Without AVX-512 (or with
// ATEN_CPU_CAPABILITY set below avx512, as CTest pins it), and for double precision (the tests'
// instances), each step calls BLAS as before.
#pragma once

#include <cstdint>
#include <vector>

namespace unroll {

template <typename S>
class StepWeights {
public:
    // B = wᵀ when `transposed` (w is n × k, row-major), else B = w (k × n, row-major): the
    // right-hand operand of every step's product, k × n.
    StepWeights(const S* w, int k, int n, bool transposed);

    // C (m × n, leading dimension ldc) = A (m × k, leading dimension lda) · B, plus C's old value
    // when `accumulate`.
    void multiply(int m, const S* a, int lda, S* c, int ldc, bool accumulate) const;

private:
    const S* w_;
    int k_, n_;
    bool transposed_;
    std::vector<float> panels_;  // empty: BLAS on w_
};

}  // namespace unroll
