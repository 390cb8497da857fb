// The statistics of kernels/buffer_stats.h over tensors on any device: Unroll's single passes
// over CPU memory where its kernels run (kernels/kernel_path.h), libtorch's reductions on a GPU,
// where each call's answers come to the host in one copy, however many values they are.
#pragma once

#include <torch/types.h>

#include <vector>

#include "kernels/buffer_stats.h"

namespace unroll {

// [offset, offset + numel) of a flat tensor.
struct Segment {
    int64_t offset = 0;
    int64_t numel = 0;
};

// `t` as float values in host memory that can be read as a flat array (any dense layout), copied
// when it is not that already (always from a GPU).
torch::Tensor hostFloats(const torch::Tensor& t);

// Σ x², max |x| and finiteness of a float tensor, any layout.
SumOfSquares squaresOf(const torch::Tensor& t);
// The same for each segment of a flat, contiguous float tensor.
std::vector<SumOfSquares> segmentSquares(const torch::Tensor& flat,
                                         const std::vector<Segment>& segments);
// ‖a − b‖ and ‖a‖ for each segment of two flat, contiguous float tensors of one size.
std::vector<DeltaNorms> segmentDeltaNorms(const torch::Tensor& a, const torch::Tensor& b,
                                          const std::vector<Segment>& segments);
// The first of `blocks` equal blocks of a contiguous float tensor (time-major steps) that holds
// an inf or NaN, or -1.
int64_t firstNonFiniteBlock(const torch::Tensor& t, int64_t blocks);

}  // namespace unroll
