// A whole-sequence LSTM with a hand-derived backward pass: the fused path of LM6, LM7 and awd.
// Autograd records one node per layer and sequence instead of dozens per time step; per step the
// forward pass is one GEMM (the hidden state times the four gates' weights at once) and one
// elementwise pass while the gates are in cache, and the backward pass one GEMM and one
// elementwise pass, with the weight gradient of all steps as a single product at the end.
#pragma once

#include <torch/types.h>

#include <vector>

namespace unroll {

// For t = 0..T-1, gates in PyTorch's order (input, forget, cell, output):
//   a_t = xp_t + h_{t-1} · w_hhᵀ;  i, f, o = σ(a_i, a_f, a_o);  g = tanh(a_g)
//   c_t = f ⊙ c_{t-1} + i ⊙ g;      h_t = o ⊙ tanh(c_t)
//   xp:   (T, B, 4H) the input's contribution to each step, both biases included
//   h0, c0: (B, H) the state before the first step
//   w_hh: (4H, H)
//   tap:  (T, B, H) or undefined. For the probes: added to each h_t as soon as it is computed, so
//         that its gradient is ∂L/∂h_t, the total derivative through the layers above and every
//         later step (they pass zeros). With a tap the gates are returned as well.
// Returns {h_1..h_T (T, B, H), h_T (B, H), c_T (B, H)}, differentiable in xp, h0, c0, w_hh and
// tap; with a tap also the activated gates (T, B, 4H) and tanh(c_t) (T, B, H), not
// differentiable. A backward pass computes only the gradients autograd asks for, so a probe's
// pass for ∂L/∂h_t alone skips ∂L/∂w_hh.
// float32 or float64 (the tests compare the double kernel with libtorch to 1e-10), CPU.
std::vector<torch::Tensor> lstmRecurrence(const torch::Tensor& xp, const torch::Tensor& h0,
                                          const torch::Tensor& c0, const torch::Tensor& w_hh,
                                          const torch::Tensor& tap = {});

// The same with the input projection inside the node: xp = x · w_ihᵀ + bias for every step in one
// GEMM, and in backward ∂L/∂x, ∂L/∂w_ih and ∂L/∂bias from the gates' gradient (two GEMMs and a
// column sum) without a trip through ATen's matmul. x: (T, B, I), w_ih: (4H, I), bias: (4H),
// b_ih + b_hh. Returns what lstmRecurrence returns; differentiable in x, w_ih and bias too.
std::vector<torch::Tensor> lstmLayer(const torch::Tensor& x, const torch::Tensor& h0,
                                     const torch::Tensor& c0, const torch::Tensor& w_ih,
                                     const torch::Tensor& w_hh, const torch::Tensor& bias,
                                     const torch::Tensor& tap = {});

}  // namespace unroll
