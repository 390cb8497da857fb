// A whole-sequence GRU with a hand-derived backward pass: the fused path of the gru preset, in
// the style of the LSTM kernel (kernels/lstm_kernel.h).
#pragma once

#include <torch/types.h>

#include <vector>

namespace unroll {

// For t = 0..T-1, gates in PyTorch's order (reset, update, new) and as PyTorch defines the GRU,
// where the reset gate multiplies the hidden state's part *with* its bias:
//   p_t = h_{t-1} · w_hhᵀ + b_hh
//   r = σ(xp_r + p_r);  z = σ(xp_z + p_z);  n = tanh(xp_n + r ⊙ p_n)
//   h_t = (1 − z) ⊙ n + z ⊙ h_{t-1}
//   xp:   (T, B, 3H) the input's contribution to each step, b_ih included (b_hh is not)
//   h0:   (B, H);  w_hh: (3H, H);  b_hh: (3H)
//   tap:  (T, B, H) or undefined: as for lstmRecurrence, zeros added to each h_t whose gradient
//         is ∂L/∂h_t; with a tap the activated gates (T, B, 3H) are returned as well.
// Returns {h_1..h_T (T, B, H), h_T (B, H)}, differentiable in xp, h0, w_hh, b_hh and tap.
// A backward pass computes only the gradients autograd asks for. float32 or float64, CPU.
std::vector<torch::Tensor> gruRecurrence(const torch::Tensor& xp, const torch::Tensor& h0,
                                         const torch::Tensor& w_hh, const torch::Tensor& b_hh,
                                         const torch::Tensor& tap = {});

}  // namespace unroll
