// Forward, per step t (B rows of 4H gates, PyTorch's order i, f, g, o):
//   A_t   = xp_t + h_{t-1} · W_hhᵀ                     one (B × H)·(H × 4H) GEMM
//   i, f, o = σ(A), g = tanh(A)                        kept: the activated gates of every step
//   c_t   = f ⊙ c_{t-1} + i ⊙ g,  h_t = o ⊙ tanh(c_t)  kept: c_t, tanh(c_t) and h_t
// Backward (by hand; tests/engine/test_gated_kernels.cpp checks it against libtorch's LSTM and
// finite differences), with dh, dc the gradients reaching step t from above and from t+1:
//   dh   += ∂L/∂h_t
//   dc   += dh ⊙ o ⊙ (1 − tanh²c_t)
//   dA_o  = dh ⊙ tanh c_t ⊙ o(1−o)      dA_i = dc ⊙ g ⊙ i(1−i)
//   dA_f  = dc ⊙ c_{t-1} ⊙ f(1−f)       dA_g = dc ⊙ i ⊙ (1−g²)
//   dc   ← dc ⊙ f;   dh ← dA_t · W_hh   one (B × 4H)·(4H × H) GEMM
//   dW_hh = Σ_t dA_tᵀ · h_{t-1}         one (4H × TB)·(TB × H) GEMM after the loop
//   dxp_t = dA_t
// Everything runs on raw pointers: each step's product on W_hh packed once per sequence
// (kernels/step_weights.h), its elementwise work in one pass (kernels/gate_steps.cpp: 16 floats at
// a time with Unroll's vectorised σ and tanh; the double instances with the standard library's),
// the products over all steps as direct BLAS calls.
#include "kernels/lstm_kernel.h"

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
struct LstmWanted {
    bool h0, c0, w_hh, tap;
};

template <typename S>
struct Forward {
    Tensor gates, cells, tanh_cells, states;
};

template <typename S>
Forward<S> lstmForward(const Tensor& xp, const Tensor& bias, const Tensor& h0, const Tensor& c0,
                       const Tensor& w, const Tensor& tap) {
    const int64_t steps = xp.size(0), batch = xp.size(1), g4 = xp.size(2), hidden = g4 / 4;
    const int64_t n = batch * hidden, ng = batch * g4;
    Forward<S> f;
    const Tensor input = xp.contiguous();
    f.gates = at::empty({steps, batch, g4}, xp.options());  // the activated gates of every step
    f.cells = at::empty({steps + 1, batch, hidden}, xp.options());
    f.tanh_cells = at::empty({steps, batch, hidden}, xp.options());
    f.states = at::empty({steps + 1, batch, hidden}, xp.options());
    const S* in = input.template data_ptr<S>();
    const S* pb = bias.defined() ? bias.template data_ptr<S>() : nullptr;
    S* a = f.gates.template data_ptr<S>();
    S* c = f.cells.template data_ptr<S>();
    S* tc = f.tanh_cells.template data_ptr<S>();
    S* h = f.states.template data_ptr<S>();
    // Every step's h_{t-1} · W_hhᵀ, W_hh packed once (kernels/step_weights.h).
    const StepWeights<S> recurrent(w.template data_ptr<S>(), int(hidden), int(g4), true);
    const Tensor taps = tap.numel() > 0 ? tap.contiguous() : Tensor();
    const S* pt = taps.defined() ? taps.template data_ptr<S>() : nullptr;
    std::memcpy(h, h0.contiguous().template data_ptr<S>(), sizeof(S) * size_t(n));
    std::memcpy(c, c0.contiguous().template data_ptr<S>(), sizeof(S) * size_t(n));
    for (int64_t t = 0; t < steps; ++t) {
        S* at = a + t * ng;
        recurrent.multiply(int(batch), h + t * n, int(hidden), at, int(g4), false);
        lstmStepForward(in + t * ng, pb, at, c + t * n, c + (t + 1) * n, tc + t * n,
                        h + (t + 1) * n, pt ? pt + t * n : nullptr, batch, hidden);
    }
    return f;
}

template <typename S>
tensor_list lstmBackward(const Tensor& gates, const Tensor& cells, const Tensor& tanh_cells,
                         const Tensor& states, const Tensor& w, const tensor_list& grads,
                         const LstmWanted& want) {
    const int64_t steps = gates.size(0), batch = gates.size(1), g4 = gates.size(2), hidden = g4 / 4;
    const int64_t n = batch * hidden, ng = batch * g4;
    const auto options = gates.options();
    Tensor dgates = at::empty({steps, batch, g4}, options);
    Tensor dh =
        grads[1].defined() ? grads[1].contiguous().clone() : at::zeros({batch, hidden}, options);
    Tensor dc =
        grads[2].defined() ? grads[2].contiguous().clone() : at::zeros({batch, hidden}, options);
    Tensor dtap = want.tap ? at::empty({steps, batch, hidden}, options) : Tensor();
    S* ptap = want.tap ? dtap.template data_ptr<S>() : nullptr;
    const Tensor out_grad = grads[0].defined() ? grads[0].contiguous() : Tensor();
    const S* go = out_grad.defined() ? out_grad.template data_ptr<S>() : nullptr;
    const S* a = gates.template data_ptr<S>();
    const S* c = cells.template data_ptr<S>();
    const S* tc = tanh_cells.template data_ptr<S>();
    // Every step's ∂L/∂h_{t-1} = dA_t · W_hh, W_hh packed once (kernels/step_weights.h).
    const StepWeights<S> recurrent(w.template data_ptr<S>(), int(g4), int(hidden), false);
    S* da = dgates.template data_ptr<S>();
    S* ph = dh.template data_ptr<S>();
    S* pc = dc.template data_ptr<S>();
    for (int64_t t = steps - 1; t >= 0; --t) {
        S* dat = da + t * ng;
        lstmStepBackward(a + t * ng, c + t * n, tc + t * n, go ? go + t * n : nullptr, ph, pc, dat,
                         ptap ? ptap + t * n : nullptr, batch, hidden);
        // ∂L/∂h_{t-1} through the recurrent weights (what reaches h0 at t = 0).
        recurrent.multiply(int(batch), dat, int(g4), ph, int(hidden), false);
    }
    // dW_hh = Σ_t dA_tᵀ h_{t-1}: every step at once. A probe's pass that asks only for ∂L/∂h_t
    // skips it.
    Tensor dw;
    if (want.w_hh) {
        dw = at::empty({g4, hidden}, options);
        blas::gemm(true, false, int(g4), int(hidden), int(steps * batch), S(1), da, int(g4),
                   states.template data_ptr<S>(), int(hidden), S(0), dw.template data_ptr<S>(),
                   int(hidden));
    }
    return {dgates, want.h0 ? dh : Tensor(), want.c0 ? dc : Tensor(), dw, dtap};
}

// The node for both entry points: `input` is xp (w_ih and bias empty) or x, projected here as
// xp = x · w_ihᵀ (one GEMM over every step) with `bias` added in the step pass.
class LstmRecurrence : public torch::autograd::Function<LstmRecurrence> {
public:
    static tensor_list forward(AutogradContext* ctx, const Tensor& input, const Tensor& h0,
                               const Tensor& c0, const Tensor& w_hh, const Tensor& tap,
                               const Tensor& w_ih, const Tensor& bias) {
        const Tensor w = w_hh.contiguous();
        const bool projecting = w_ih.numel() > 0;
        const Tensor x = projecting ? input.contiguous() : Tensor();
        const Tensor wi = projecting ? w_ih.contiguous() : Tensor();
        const Tensor xp = projecting ? project(x, wi) : input;
        const Tensor b = projecting ? bias.contiguous() : Tensor();
        const int64_t steps = xp.size(0);
        Tensor gates, cells, tanh_cells, states;
        if (xp.scalar_type() == torch::kDouble) {
            Forward<double> f = lstmForward<double>(xp, b, h0, c0, w, tap);
            gates = f.gates, cells = f.cells, tanh_cells = f.tanh_cells, states = f.states;
        } else {
            Forward<float> f = lstmForward<float>(xp, b, h0, c0, w, tap);
            gates = f.gates, cells = f.cells, tanh_cells = f.tanh_cells, states = f.states;
        }
        ctx->save_for_backward({gates, cells, tanh_cells, states, w, x, wi});
        // The final state is returned as a copy: a view of the saved states would tie the
        // caller's carried state to this node's buffers.
        tensor_list out = {states.narrow(0, 1, steps), states[steps].clone(), cells[steps].clone()};
        if (tap.numel() > 0) {  // a probe: the gates as well, for their saturation
            out.push_back(gates.detach());
            out.push_back(tanh_cells.detach());
            ctx->mark_non_differentiable({out[3], out[4]});
        }
        return out;
    }

    static tensor_list backward(AutogradContext* ctx, tensor_list grads) {
        const auto saved = ctx->get_saved_variables();
        const LstmWanted want{ctx->needs_input_grad(1), ctx->needs_input_grad(2),
                              ctx->needs_input_grad(3), ctx->needs_input_grad(4)};
        tensor_list g = saved[0].scalar_type() == torch::kDouble
                            ? lstmBackward<double>(saved[0], saved[1], saved[2], saved[3], saved[4],
                                                   grads, want)
                            : lstmBackward<float>(saved[0], saved[1], saved[2], saved[3], saved[4],
                                                  grads, want);
        const Tensor& x = saved[5];
        if (!x.defined())  // xp given: its gradient is the gates'
            return {g[0], g[1], g[2], g[3], g[4], Tensor(), Tensor()};
        const ProjectionGrads p =
            projectionGrads(g[0], x, saved[6], ctx->needs_input_grad(0), ctx->needs_input_grad(5),
                            ctx->needs_input_grad(6));
        return {p.x, g[1], g[2], g[3], g[4], p.w_ih, p.bias};
    }
};

}  // namespace

namespace {

// The argument checks of both entry points, for an xp of (steps, batch, gates) in `dtype`.
void checkRecurrence(int64_t steps, int64_t gates, torch::ScalarType dtype, const torch::Tensor& h0,
                     const torch::Tensor& c0, const torch::Tensor& w_hh, const torch::Tensor& tap) {
    TORCH_CHECK(h0.dim() == 2 && c0.dim() == 2 && w_hh.dim() == 2, "lstm kernel: bad ranks");
    TORCH_CHECK(dtype == torch::kFloat || dtype == torch::kDouble,
                "lstm kernel: float32 or float64 tensors only");
    TORCH_CHECK(
        h0.scalar_type() == dtype && c0.scalar_type() == dtype && w_hh.scalar_type() == dtype,
        "lstm kernel: every tensor of one dtype");
    TORCH_CHECK(gates == 4 * w_hh.size(1) && w_hh.size(0) == gates,
                "lstm kernel: xp must be (T, B, 4H) and w_hh (4H, H)");
    TORCH_CHECK(!tap.defined() || (tap.scalar_type() == dtype &&
                                   tap.sizes() == at::IntArrayRef({steps, h0.size(0), h0.size(1)})),
                "lstm kernel: tap must be (T, B, H), of xp's dtype");
}

}  // namespace

std::vector<torch::Tensor> lstmRecurrence(const torch::Tensor& xp, const torch::Tensor& h0,
                                          const torch::Tensor& c0, const torch::Tensor& w_hh,
                                          const torch::Tensor& tap) {
    TORCH_CHECK(xp.dim() == 3, "lstmRecurrence: xp must be (T, B, 4H)");
    checkRecurrence(xp.size(0), xp.size(2), xp.scalar_type(), h0, c0, w_hh, tap);
    if (!ownKernels(xp))
        return libtorchLstmRecurrence(xp, h0, c0, w_hh, tap);
    // autograd needs every input defined: no tap (or projection) is an empty one.
    const Tensor none = at::empty({0}, xp.options());
    return LstmRecurrence::apply(xp, h0, c0, w_hh, tap.defined() ? tap : none, none, none);
}

std::vector<torch::Tensor> lstmLayer(const torch::Tensor& x, const torch::Tensor& h0,
                                     const torch::Tensor& c0, const torch::Tensor& w_ih,
                                     const torch::Tensor& w_hh, const torch::Tensor& bias,
                                     const torch::Tensor& tap) {
    TORCH_CHECK(x.dim() == 3 && w_ih.dim() == 2 && bias.dim() == 1 && x.size(2) == w_ih.size(1) &&
                    w_ih.size(0) == w_hh.size(0) && bias.size(0) == w_hh.size(0),
                "lstmLayer: x must be (T, B, I), w_ih (4H, I) and bias (4H)");
    TORCH_CHECK(x.scalar_type() == w_ih.scalar_type() && x.scalar_type() == bias.scalar_type(),
                "lstmLayer: every tensor of one dtype");
    checkRecurrence(x.size(0), w_ih.size(0), x.scalar_type(), h0, c0, w_hh, tap);
    if (!ownKernels(x))
        return libtorchLstmRecurrence(torch::addmm(bias, x.flatten(0, 1), w_ih.t())
                                          .view({x.size(0), x.size(1), w_ih.size(0)}),
                                      h0, c0, w_hh, tap);
    const Tensor none = at::empty({0}, x.options());
    return LstmRecurrence::apply(x, h0, c0, w_hh, tap.defined() ? tap : none, w_ih, bias);
}

}  // namespace unroll
