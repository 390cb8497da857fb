// One time step's elementwise work of the gated kernels (kernels/lstm_kernel.cpp,
// gru_kernel.cpp), forward and backward, as a single pass over the step's (B, G·H) gate block
// while it is in cache: every gate activated, the cell and hidden state updated, and in backward
// every gate's gradient, without a second pass or a temporary. The float instances run 16 lanes
// at a time (kernels/simd_math.h); the double instances are the same formulas on scalars with the
// standard library's functions, for the tests that compare the kernels with libtorch to 1e-10.
// All blocks are row-major and contiguous; B rows, H = hidden.
#pragma once

#include <cstdint>

namespace unroll {

// LSTM, PyTorch's gate order (i, f, g, o). xp: (B, 4H) the input part of the pre-activations;
// bias: (4H) added to it, or null; a: (B, 4H) the recurrent part h_{t-1}·W_hhᵀ in, the
// activated gates of xp + bias + a out;
// c = f ⊙ c_prev + i ⊙ g;  tanh_c = tanh(c);  h = o ⊙ tanh_c (+ tap, the probes' zeros, when not
// null: the forward twin of dh_total below).
void lstmStepForward(const float* xp, const float* bias, float* a, const float* c_prev, float* c,
                     float* tanh_c, float* h, const float* tap, int64_t batch, int64_t hidden);
void lstmStepForward(const double* xp, const double* bias, double* a, const double* c_prev,
                     double* c, double* tanh_c, double* h, const double* tap, int64_t batch,
                     int64_t hidden);

// LSTM backward through one step. a: the activated gates; dh: ∂L/∂h_t arriving from step t+1;
// grad_out: ∂L/∂h_t from above, or null; dc: ∂L/∂c_t from step t+1 in, ∂L/∂c_{t-1} out;
// da: (B, 4H) the gradient of the pre-activations out; dh_total: (B, H) the sum dh + grad_out,
// the whole ∂L/∂h_t, out, or null (the probes' tap).
void lstmStepBackward(const float* a, const float* c_prev, const float* tanh_c,
                      const float* grad_out, const float* dh, float* dc, float* da, float* dh_total,
                      int64_t batch, int64_t hidden);
void lstmStepBackward(const double* a, const double* c_prev, const double* tanh_c,
                      const double* grad_out, const double* dh, double* dc, double* da,
                      double* dh_total, int64_t batch, int64_t hidden);

// GRU as PyTorch defines it, gate order (r, z, n). xp: (B, 3H) the input part; a: (B, 3H) the
// activated gates out; p: (B, 3H) h_{t-1}·W_hhᵀ without its bias; b_hh: (3H);
// r, z = σ(xp + p + b_hh);  p_n = p_n + b_hn (written out, backward needs it);
// n = tanh(xp_n + r ⊙ p_n);  h = (1 − z) ⊙ n + z ⊙ h_prev (+ tap when not null, as for the LSTM).
void gruStepForward(const float* xp, float* a, const float* p, const float* b_hh, float* p_n,
                    const float* h_prev, float* h, const float* tap, int64_t batch, int64_t hidden);
void gruStepForward(const double* xp, double* a, const double* p, const double* b_hh, double* p_n,
                    const double* h_prev, double* h, const double* tap, int64_t batch,
                    int64_t hidden);

// GRU backward through one step. dh: ∂L/∂h_t arriving from step t+1 in, its direct part dh ⊙ z
// out (the caller adds the recurrent part dp·W_hh); grad_out and dh_total as for the LSTM;
// dx: (B, 3H) the gradient of xp_t; dp: (B, 3H) the gradient of p + b_hh (its n block scaled
// by r).
void gruStepBackward(const float* a, const float* p_n, const float* h_prev, const float* grad_out,
                     float* dh, float* dx, float* dp, float* dh_total, int64_t batch,
                     int64_t hidden);
void gruStepBackward(const double* a, const double* p_n, const double* h_prev,
                     const double* grad_out, double* dh, double* dx, double* dp, double* dh_total,
                     int64_t batch, int64_t hidden);

}  // namespace unroll
