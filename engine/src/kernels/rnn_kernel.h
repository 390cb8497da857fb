// A whole-sequence Elman recurrence with a hand-derived backward pass: the fast path of the plain
// RNNs. Autograd records one node for the whole sequence instead of a handful per time step, and
// the backward pass batches the weight gradient of all steps into one matrix product.
#pragma once

#include <torch/types.h>

namespace unroll {

enum class Nonlinearity { Relu, Tanh };

// h_t = act(xp_t + h_{t-1} · w_hhᵀ) for t = 0..T-1, time-major.
//   xp:   (T, B, H) the input's contribution to each step, bias included
//   h0:   (B, H) the state before the first step
//   w_hh: (H, H) the hidden-to-hidden weight
// Returns every step's state, (T, B, H). Differentiable in xp, h0 and w_hh.
torch::Tensor rnnRecurrence(const torch::Tensor& xp, const torch::Tensor& h0,
                            const torch::Tensor& w_hh, Nonlinearity activation);

}  // namespace unroll
