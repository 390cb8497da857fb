// Forward: states[0] = h0, states[t+1] = act(xp[t] + states[t] · Wᵀ).
// Backward (by hand, checked against autograd in tests/engine/test_rnn_kernel.cpp):
//   dh    accumulates ∂L/∂h_t: the output gradient of step t plus what step t+1 sends back
//   da_t  = dh ⊙ act'(a_t), with relu' = [h_t > 0] and tanh' = 1 − h_t²
//   dh   ← da_t · W             (flows to step t−1, finally to h0)
//   dW    = Σ_t da_tᵀ · h_{t−1}  (one (H × TB)·(TB × H) product over all steps)
//   dxp_t = da_t
// The loops run on raw pointers with direct BLAS calls: per step that is one GEMM and one
// elementwise pass each way, and no ATen dispatch inside the time loop.
#include "kernels/rnn_kernel.h"

#include <cstring>

#include <torch/autograd.h>

#include "kernels/blas.h"
#include "kernels/fast_tanh.h"
#include "kernels/kernel_path.h"
#include "kernels/libtorch_recurrences.h"

namespace unroll {

namespace {

using torch::Tensor;
using torch::autograd::AutogradContext;
using torch::autograd::tensor_list;

// In place on one step's (B, H) block. ReLU is a loop the compiler vectorises; tanh is Unroll's
// vectorised one (kernels/fast_tanh.cpp), several times faster than ATen's at these sizes.
void activate(float* h, int64_t n, bool relu) {
    if (relu) {
        for (int64_t i = 0; i < n; ++i)
            h[i] = h[i] < 0.0f ? 0.0f : h[i];  // NaN stays NaN, as torch.relu keeps it
    } else {
        tanhInPlace(h, n);
    }
}

// dh += g; da = dh ⊙ act'(h) where h is the step's output.
void backStep(float* dh, const float* g, const float* h, float* da, int64_t n, bool relu) {
    if (relu) {
        for (int64_t i = 0; i < n; ++i) {
            dh[i] += g[i];
            da[i] = h[i] > 0.0f ? dh[i] : 0.0f;
        }
    } else {
        for (int64_t i = 0; i < n; ++i) {
            dh[i] += g[i];
            da[i] = dh[i] * (1.0f - h[i] * h[i]);
        }
    }
}

class RnnRecurrence : public torch::autograd::Function<RnnRecurrence> {
public:
    static Tensor forward(AutogradContext* ctx, const Tensor& xp, const Tensor& h0,
                          const Tensor& w_hh, int64_t activation) {
        TORCH_CHECK(xp.scalar_type() == torch::kFloat && xp.device().is_cpu(),
                    "rnnRecurrence: float32 CPU tensors only");
        const int64_t steps = xp.size(0), batch = xp.size(1), hidden = xp.size(2);
        const int64_t n = batch * hidden;
        const bool relu = activation == static_cast<int64_t>(Nonlinearity::Relu);
        const Tensor input = xp.contiguous();
        const Tensor w = w_hh.contiguous();
        const Tensor start = h0.contiguous();
        Tensor states = at::empty({steps + 1, batch, hidden}, xp.options());
        float* s = states.data_ptr<float>();
        const float* x = input.data_ptr<float>();
        std::memcpy(s, start.data_ptr<float>(), sizeof(float) * static_cast<size_t>(n));
        for (int64_t t = 0; t < steps; ++t) {
            float* next = s + (t + 1) * n;
            std::memcpy(next, x + t * n, sizeof(float) * static_cast<size_t>(n));
            blas::gemm(false, true, int(batch), int(hidden), int(hidden), 1.0f, s + t * n,
                       int(hidden), w.data_ptr<float>(), int(hidden), 1.0f, next, int(hidden));
            activate(next, n, relu);
        }
        ctx->save_for_backward({states, w});
        ctx->saved_data["activation"] = activation;
        return states.narrow(0, 1, steps);
    }

    static tensor_list backward(AutogradContext* ctx, tensor_list grad_outputs) {
        const auto saved = ctx->get_saved_variables();
        const Tensor& states = saved[0];
        const Tensor& w = saved[1];
        const bool relu =
            ctx->saved_data["activation"].toInt() == static_cast<int64_t>(Nonlinearity::Relu);
        const int64_t steps = states.size(0) - 1, batch = states.size(1), hidden = states.size(2);
        const int64_t n = batch * hidden;
        const bool want_h0 = ctx->needs_input_grad(1);

        const Tensor grad = grad_outputs[0].defined()
                                ? grad_outputs[0].contiguous()
                                : at::zeros({steps, batch, hidden}, states.options());
        Tensor da = at::empty({steps, batch, hidden}, states.options());
        Tensor dh = at::zeros({batch, hidden}, states.options());
        Tensor dw = at::empty({hidden, hidden}, states.options());
        const float* g = grad.data_ptr<float>();
        const float* s = states.data_ptr<float>();
        float* pa = da.data_ptr<float>();
        float* ph = dh.data_ptr<float>();
        for (int64_t t = steps - 1; t >= 0; --t) {
            backStep(ph, g + t * n, s + (t + 1) * n, pa + t * n, n, relu);
            if (t > 0 || want_h0)
                blas::gemm(false, false, int(batch), int(hidden), int(hidden), 1.0f, pa + t * n,
                           int(hidden), w.data_ptr<float>(), int(hidden), 0.0f, ph, int(hidden));
        }
        // dW = Σ_t da_tᵀ h_{t-1}: all steps at once, (H x TB) · (TB x H).
        blas::gemm(true, false, int(hidden), int(hidden), int(steps * batch), 1.0f, pa, int(hidden),
                   s, int(hidden), 0.0f, dw.data_ptr<float>(), int(hidden));
        return {da, want_h0 ? dh : Tensor(), dw, Tensor()};
    }
};

}  // namespace

torch::Tensor rnnRecurrence(const torch::Tensor& xp, const torch::Tensor& h0,
                            const torch::Tensor& w_hh, Nonlinearity activation) {
    TORCH_CHECK(xp.dim() == 3 && h0.dim() == 2 && w_hh.dim() == 2, "rnnRecurrence: bad ranks");
    if (!ownKernels(xp))
        return libtorchRnnRecurrence(xp, h0, w_hh, activation);
    return RnnRecurrence::apply(xp, h0, w_hh, static_cast<int64_t>(activation));
}

}  // namespace unroll
