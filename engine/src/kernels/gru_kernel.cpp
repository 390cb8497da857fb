// Forward, per step t (B rows of 3H, PyTorch's order r, z, n):
//   P_t = h_{t-1} · W_hhᵀ + b_hh                   one (B × H)·(H × 3H) GEMM, then one pass:
//   r, z = σ(xp + P),  n = tanh(xp_n + r ⊙ P_n)   kept: r, z, n and P_n of every step
//   h_t  = (1 − z) ⊙ n + z ⊙ h_{t-1}               kept: h_t
// Backward (by hand; tests/engine/test_gated_kernels.cpp checks it against libtorch's GRU and
// finite differences), with dh the gradient reaching h_t from above and from step t+1:
//   dh   += ∂L/∂h_t
//   dA_n  = dh ⊙ (1 − z) ⊙ (1 − n²)        dxp_n = dA_n;   dP_n = dA_n ⊙ r
//   dA_r  = dA_n ⊙ P_n ⊙ r(1 − r)          dxp_r = dP_r = dA_r
//   dA_z  = dh ⊙ (h_{t-1} − n) ⊙ z(1 − z)  dxp_z = dP_z = dA_z
//   dh   ← dh ⊙ z + dP_t · W_hh            one (B × 3H)·(3H × H) GEMM
//   dW_hh = Σ_t dP_tᵀ · h_{t-1} (one GEMM after the loop);  db_hh = Σ_t Σ_b dP_t
// The reset gate scales P_n, bias included, so b_hn's gradient (dP_n summed) differs from b_in's
// (dA_n summed) — the detail that sets PyTorch's GRU apart from the textbook's.
#include "kernels/gru_kernel.h"

#include <cstring>

#include <torch/autograd.h>

#include "kernels/blas.h"
#include "kernels/gate_steps.h"
#include "kernels/input_projection.h"
#include "kernels/kernel_path.h"
#include "kernels/libtorch_recurrences.h"
#include "kernels/step_weights.h"

namespace unroll {

namespace {

using torch::Tensor;
using torch::autograd::AutogradContext;
using torch::autograd::tensor_list;

// Which of the node's inputs autograd asks a gradient for in this backward pass.
struct GruWanted {
    bool h0, w_hh, b_hh, tap;
};

struct GruSaved {
    Tensor gates;     // (T, B, 3H): r, z, n after activation
    Tensor hidden_n;  // (T, B, H): P_n, the hidden part of the new gate before the reset
    Tensor states;    // (T + 1, B, H): h_0 .. h_T
};

template <typename S>
GruSaved gruForward(const Tensor& xp, const Tensor& h0, const Tensor& w, const Tensor& bias,
                    const Tensor& tap) {
    const int64_t steps = xp.size(0), batch = xp.size(1), g3 = xp.size(2), hidden = g3 / 3;
    const int64_t n = batch * hidden, ng = batch * g3;
    GruSaved s;
    const Tensor input = xp.contiguous();
    s.gates = at::empty({steps, batch, g3}, xp.options());
    s.hidden_n = at::empty({steps, batch, hidden}, xp.options());
    s.states = at::empty({steps + 1, batch, hidden}, xp.options());
    Tensor p = at::empty({batch, g3}, xp.options());  // P_t, reused every step
    const S* in = input.template data_ptr<S>();
    S* a = s.gates.template data_ptr<S>();
    S* pn = s.hidden_n.template data_ptr<S>();
    S* h = s.states.template data_ptr<S>();
    S* pp = p.template data_ptr<S>();
    // Every step's h_{t-1} · W_hhᵀ, W_hh packed once (kernels/step_weights.h).
    const StepWeights<S> recurrent(w.template data_ptr<S>(), int(hidden), int(g3), true);
    const S* pb = bias.template data_ptr<S>();
    const Tensor taps = tap.numel() > 0 ? tap.contiguous() : Tensor();
    const S* pt = taps.defined() ? taps.template data_ptr<S>() : nullptr;
    std::memcpy(h, h0.contiguous().template data_ptr<S>(), sizeof(S) * size_t(n));
    for (int64_t t = 0; t < steps; ++t) {
        const S* prev = h + t * n;
        recurrent.multiply(int(batch), prev, int(hidden), pp, int(g3), false);
        gruStepForward(in + t * ng, a + t * ng, pp, pb, pn + t * n, prev, h + (t + 1) * n,
                       pt ? pt + t * n : nullptr, batch, hidden);
    }
    return s;
}

template <typename S>
tensor_list gruBackward(const GruSaved& s, const Tensor& w, const tensor_list& grads,
                        const GruWanted& want) {
    const int64_t steps = s.gates.size(0), batch = s.gates.size(1), g3 = s.gates.size(2),
                  hidden = g3 / 3;
    const int64_t n = batch * hidden, ng = batch * g3;
    const auto options = s.gates.options();
    Tensor dxp = at::empty({steps, batch, g3}, options);
    Tensor dp = at::empty({steps, batch, g3}, options);
    Tensor dh =
        grads[1].defined() ? grads[1].contiguous().clone() : at::zeros({batch, hidden}, options);
    Tensor dtap = want.tap ? at::empty({steps, batch, hidden}, options) : Tensor();
    S* ptap = want.tap ? dtap.template data_ptr<S>() : nullptr;
    const Tensor out_grad = grads[0].defined() ? grads[0].contiguous() : Tensor();
    const S* go = out_grad.defined() ? out_grad.template data_ptr<S>() : nullptr;
    const S* a = s.gates.template data_ptr<S>();
    const S* pn = s.hidden_n.template data_ptr<S>();
    const S* h = s.states.template data_ptr<S>();
    // Every step's dP_t · W_hh, W_hh packed once (kernels/step_weights.h).
    const StepWeights<S> recurrent(w.template data_ptr<S>(), int(g3), int(hidden), false);
    S* dx = dxp.template data_ptr<S>();
    S* dpp = dp.template data_ptr<S>();
    S* ph = dh.template data_ptr<S>();
    for (int64_t t = steps - 1; t >= 0; --t) {
        S* dpt = dpp + t * ng;
        gruStepBackward(a + t * ng, pn + t * n, h + t * n, go ? go + t * n : nullptr, ph,
                        dx + t * ng, dpt, ptap ? ptap + t * n : nullptr, batch, hidden);
        recurrent.multiply(int(batch), dpt, int(g3), ph, int(hidden), true);
    }
    // A probe's pass that asks only for ∂L/∂h_t skips the weight gradients.
    Tensor dw, db;
    if (want.w_hh) {
        dw = at::empty({g3, hidden}, options);
        blas::gemm(true, false, int(g3), int(hidden), int(steps * batch), S(1), dpp, int(g3), h,
                   int(hidden), S(0), dw.template data_ptr<S>(), int(hidden));
    }
    if (want.b_hh)
        db = sumOverSteps(dp);
    return {dxp, want.h0 ? dh : Tensor(), dw, db, dtap};
}

class GruRecurrence : public torch::autograd::Function<GruRecurrence> {
public:
    static tensor_list forward(AutogradContext* ctx, const Tensor& xp, const Tensor& h0,
                               const Tensor& w_hh, const Tensor& b_hh, const Tensor& tap) {
        const Tensor w = w_hh.contiguous(), bias = b_hh.contiguous();
        const GruSaved s = xp.scalar_type() == torch::kDouble
                               ? gruForward<double>(xp, h0, w, bias, tap)
                               : gruForward<float>(xp, h0, w, bias, tap);
        ctx->save_for_backward({s.gates, s.hidden_n, s.states, w});
        const int64_t steps = xp.size(0);
        tensor_list out = {s.states.narrow(0, 1, steps), s.states[steps].clone()};
        if (tap.numel() > 0) {  // a probe: the gates as well, for their saturation
            out.push_back(s.gates.detach());
            ctx->mark_non_differentiable({out[2]});
        }
        return out;
    }

    static tensor_list backward(AutogradContext* ctx, tensor_list grads) {
        const auto saved = ctx->get_saved_variables();
        const GruSaved s{saved[0], saved[1], saved[2]};
        const GruWanted want{ctx->needs_input_grad(1), ctx->needs_input_grad(2),
                             ctx->needs_input_grad(3), ctx->needs_input_grad(4)};
        return saved[0].scalar_type() == torch::kDouble
                   ? gruBackward<double>(s, saved[3], grads, want)
                   : gruBackward<float>(s, saved[3], grads, want);
    }
};

}  // namespace

std::vector<torch::Tensor> gruRecurrence(const torch::Tensor& xp, const torch::Tensor& h0,
                                         const torch::Tensor& w_hh, const torch::Tensor& b_hh,
                                         const torch::Tensor& tap) {
    TORCH_CHECK(xp.dim() == 3 && h0.dim() == 2 && w_hh.dim() == 2 && b_hh.dim() == 1,
                "gruRecurrence: bad ranks");
    TORCH_CHECK(xp.scalar_type() == torch::kFloat || xp.scalar_type() == torch::kDouble,
                "gruRecurrence: float32 or float64 tensors only");
    TORCH_CHECK(h0.scalar_type() == xp.scalar_type() && w_hh.scalar_type() == xp.scalar_type() &&
                    b_hh.scalar_type() == xp.scalar_type(),
                "gruRecurrence: every tensor of one dtype");
    TORCH_CHECK(
        xp.size(2) == 3 * w_hh.size(1) && w_hh.size(0) == xp.size(2) && b_hh.size(0) == xp.size(2),
        "gruRecurrence: xp must be (T, B, 3H), w_hh (3H, H) and b_hh (3H)");
    TORCH_CHECK(
        !tap.defined() || (tap.scalar_type() == xp.scalar_type() &&
                           tap.sizes() == at::IntArrayRef({xp.size(0), h0.size(0), h0.size(1)})),
        "gruRecurrence: tap must be (T, B, H), of xp's dtype");
    if (!ownKernels(xp))
        return libtorchGruRecurrence(xp, h0, w_hh, b_hh, tap);
    // autograd needs every input defined: no tap is an empty one.
    return GruRecurrence::apply(xp, h0, w_hh, b_hh,
                                tap.defined() ? tap : at::empty({0}, xp.options()));
}

}  // namespace unroll
