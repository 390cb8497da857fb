// The Adam update of FlatAdam::step as one pass over the flat buffers, where ATen's whole-buffer
// calls made nine (3 % of an awd step). Every operation rounds as ATen's kernels round, so the
// weights are the ones those calls give, bit for bit (test_flat_adam).
#pragma once

#include <cstdint>

namespace unroll {

// The step's scalars, each already rounded to float as ATen rounds a Scalar for a float tensor.
struct AdamScalars {
    float decay;  // 1 − lr·wd, on [0, decayed) only
    float beta1, one_minus_beta1;
    float beta2, one_minus_beta2;
    float debias2;  // 1 − β2^t
    float eps;
    float step;  // −lr / (1 − β1^t)
};

// True where the pass can run: ATen's vectorised kernels are in use (they fold the moments'
// multiply-adds into FMAs, which the pass does too) and the CPU has AVX2 and FMA. Under
// ATEN_CPU_CAPABILITY=default ATen's scalar kernels round each product apart, and FlatAdam keeps
// ATen's calls.
bool adamPassAvailable();

// For every i < n: before = p; p ·= decay (i < decayed); m = m·β1 + (1−β1)·g;
// v = v·β2 + ((1−β2)·g)·g; p += step·m / (sqrt(v / debias2) + eps).
void adamPass(float* p, float* m, float* v, float* before, const float* g, int64_t n,
              int64_t decayed, const AdamScalars& s);

}  // namespace unroll
