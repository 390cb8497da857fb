// Single-pass statistics over float buffers, for the statistics taken every step. Each is one
// read of memory with SIMD reductions (GCC vector extensions, see the .cpp), a few microseconds
// for the chapter's models where the equivalent ATen calls cost tens.
#pragma once

#include <cstdint>

namespace unroll {

struct SumOfSquares {
    double sum = 0.0;  // Σ x², in double
    float max_abs = 0.0f;
    bool finite = true;  // no inf or NaN among the values
};
SumOfSquares sumOfSquares(const float* x, int64_t n);

struct DeltaNorms {
    double delta = 0.0;   // ‖a − b‖
    double weight = 0.0;  // ‖a‖
};
DeltaNorms deltaNorms(const float* a, const float* b, int64_t n);

// Index of the first block of `block` floats that holds an inf or NaN, or -1.
int64_t firstNonFiniteBlock(const float* x, int64_t blocks, int64_t block);

}  // namespace unroll
