// tanh and σ over a float array, vectorised (kernels/simd_math.h): ATen's tanh costs about
// 1.9 ns per element at the chapter's sizes, a quarter of a plain RNN's forward pass; these are
// several times faster, with a relative error under 3e-7.
#pragma once

#include <cstdint>

namespace unroll {

void tanhInPlace(float* x, int64_t n);
// The standard library's, for the kernels' double-precision instances (their tests).
void tanhInPlace(double* x, int64_t n);

// σ(x) = 1/(1 + e^{−x}), evaluated without overflow for either sign: the gated kernels' σ
// (simd::sigmoid) over an array, the form its accuracy is tested in (test_fast_tanh).
void sigmoidInPlace(float* x, int64_t n);
void sigmoidInPlace(double* x, int64_t n);

}  // namespace unroll
