// The input half of a recurrence, W·e(x_t) + b for every token of a batch, computed the cheap way
// round. The projection is linear, so W·E[x] + b = (E·Wᵀ + b)[x]: with fewer words in the
// vocabulary than tokens in the batch (30 against 1,024 for LM4), projecting the embedding table
// once and looking rows up costs a fraction of projecting every embedded token, forward and
// backward. Otherwise it projects the embedded tokens as usual. Both give the same values.
#pragma once

#include <torch/types.h>

namespace unroll {

// x: (B, T) token ids; embedding: (V, E); weight: (H, E); bias: (H). Returns (T, B, H).
torch::Tensor projectedInputs(const torch::Tensor& x, const torch::Tensor& embedding,
                              const torch::Tensor& weight, const torch::Tensor& bias);

}  // namespace unroll
