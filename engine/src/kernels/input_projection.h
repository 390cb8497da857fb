// The input half of a recurrent layer inside the gated kernels' autograd nodes (lstmLayer,
// gruLayer): xp = x · w_ihᵀ for every time step as one GEMM, and its gradients. Direct BLAS
// calls on contiguous (T·B, ·) blocks, float or double.
#pragma once

#include <torch/types.h>

namespace unroll {

// x: (T, B, I), w_ih: (G, I) → xp: (T, B, G), without bias.
torch::Tensor project(const torch::Tensor& x, const torch::Tensor& w_ih);

// Σ of a (T, B, G) tensor over its steps and rows: (G), a bias's gradient.
torch::Tensor sumOverSteps(const torch::Tensor& d);

struct ProjectionGrads {
    torch::Tensor x, w_ih, bias;  // undefined where not wanted
};

// From dxp = ∂L/∂xp (T, B, G): ∂L/∂x = dxp · w_ih, ∂L/∂w_ih = dxpᵀ · x (over every step at once)
// and ∂L/∂bias = Σ dxp over steps and rows, each only when wanted.
ProjectionGrads projectionGrads(const torch::Tensor& dxp, const torch::Tensor& x,
                                const torch::Tensor& w_ih, bool want_x, bool want_w_ih,
                                bool want_bias);

}  // namespace unroll
