// Forward, per step t (B rows of 4H gates, PyTorch's order i, f, g, o):
//   A_t   = xp_t + h_{t-1} · W_hhᵀ                     one (B × H)·(H × 4H) GEMM
//   i, f, o = σ(A), g = tanh(A)                        kept: the activated gates of every step
//   c_t   = f ⊙ c_{t-1} + i ⊙ g,  h_t = o ⊙ tanh(c_t)  kept: c_t, tanh(c_t) and h_t
// Backward (by hand; tests/engine/test_lstm_kernel.cpp checks it against libtorch's LSTM and
// finite differences), with dh, dc the gradients reaching step t from above and from t+1:
//   dh   += ∂L/∂h_t
//   dc   += dh ⊙ o ⊙ (1 − tanh²c_t)
//   dA_o  = dh ⊙ tanh c_t ⊙ o(1−o)      dA_i = dc ⊙ g ⊙ i(1−i)
//   dA_f  = dc ⊙ c_{t-1} ⊙ f(1−f)       dA_g = dc ⊙ i ⊙ (1−g²)
//   dc   ← dc ⊙ f;   dh ← dA_t · W_hh   one (B × 4H)·(4H × H) GEMM
//   dW_hh = Σ_t dA_tᵀ · h_{t-1}         one (4H × TB)·(TB × H) GEMM after the loop
//   dxp_t = dA_t
// Everything runs on raw pointers with direct BLAS calls; the float path uses Unroll's vectorised
// tanh over each step's whole gate block (σ(x) = ½ + ½·tanh(x/2)), the double path the standard
// library's.
#include "kernels/lstm_kernel.h"

#include <cmath>
#include <cstring>

#include <torch/autograd.h>

#include "kernels/blas.h"
#include "kernels/fast_tanh.h"

namespace unroll {

namespace {

using torch::Tensor;
using torch::autograd::AutogradContext;
using torch::autograd::tensor_list;

// The four gates of every row of one step, activated in place, with a single tanh pass over the
// whole (B, 4H) block: σ(x) = ½ + ½·tanh(x/2), so the sigmoid gates (i, f, o) are halved before
// and mapped back after, and the cell gate g is a plain tanh.
template <typename S>
void activateGates(S* a, int64_t batch, int64_t hidden) {
    const int64_t g4 = 4 * hidden;
    for (int64_t b = 0; b < batch; ++b) {
        S* row = a + b * g4;
        for (int64_t j = 0; j < 2 * hidden; ++j)
            row[j] *= S(0.5);
        for (int64_t j = 3 * hidden; j < g4; ++j)
            row[j] *= S(0.5);
    }
    tanhInPlace(a, batch * g4);
    for (int64_t b = 0; b < batch; ++b) {
        S* row = a + b * g4;
        for (int64_t j = 0; j < 2 * hidden; ++j)
            row[j] = S(0.5) + S(0.5) * row[j];
        for (int64_t j = 3 * hidden; j < g4; ++j)
            row[j] = S(0.5) + S(0.5) * row[j];
    }
}

template <typename S>
struct Forward {
    Tensor gates, cells, tanh_cells, states;
};

template <typename S>
Forward<S> lstmForward(const Tensor& xp, const Tensor& h0, const Tensor& c0, const Tensor& w) {
    const int64_t steps = xp.size(0), batch = xp.size(1), g4 = xp.size(2), hidden = g4 / 4;
    const int64_t n = batch * hidden, ng = batch * g4;
    Forward<S> f;
    f.gates = xp.contiguous().clone();  // becomes the activated gates, step by step
    f.cells = at::empty({steps + 1, batch, hidden}, xp.options());
    f.tanh_cells = at::empty({steps, batch, hidden}, xp.options());
    f.states = at::empty({steps + 1, batch, hidden}, xp.options());
    S* a = f.gates.template data_ptr<S>();
    S* c = f.cells.template data_ptr<S>();
    S* tc = f.tanh_cells.template data_ptr<S>();
    S* h = f.states.template data_ptr<S>();
    const S* pw = w.template data_ptr<S>();
    std::memcpy(h, h0.contiguous().template data_ptr<S>(), sizeof(S) * size_t(n));
    std::memcpy(c, c0.contiguous().template data_ptr<S>(), sizeof(S) * size_t(n));
    for (int64_t t = 0; t < steps; ++t) {
        S* at = a + t * ng;
        blas::gemm(false, true, int(batch), int(g4), int(hidden), S(1), h + t * n, int(hidden), pw,
                   int(hidden), S(1), at, int(g4));
        activateGates(at, batch, hidden);
        const S* prev = c + t * n;
        S* next = c + (t + 1) * n;
        S* tnext = tc + t * n;
        for (int64_t b = 0; b < batch; ++b) {
            const S* row = at + b * g4;
            for (int64_t j = 0; j < hidden; ++j) {
                const int64_t k = b * hidden + j;
                next[k] = row[hidden + j] * prev[k] + row[j] * row[2 * hidden + j];
            }
        }
        std::memcpy(tnext, next, sizeof(S) * size_t(n));
        tanhInPlace(tnext, n);
        S* hn = h + (t + 1) * n;
        for (int64_t b = 0; b < batch; ++b) {
            const S* o = at + b * g4 + 3 * hidden;
            for (int64_t j = 0; j < hidden; ++j)
                hn[b * hidden + j] = o[j] * tnext[b * hidden + j];
        }
    }
    return f;
}

template <typename S>
tensor_list lstmBackward(const Tensor& gates, const Tensor& cells, const Tensor& tanh_cells,
                         const Tensor& states, const Tensor& w, const tensor_list& grads,
                         bool want_h0, bool want_c0) {
    const int64_t steps = gates.size(0), batch = gates.size(1), g4 = gates.size(2), hidden = g4 / 4;
    const int64_t n = batch * hidden, ng = batch * g4;
    const auto options = gates.options();
    Tensor dgates = at::empty({steps, batch, g4}, options);
    Tensor dh =
        grads[1].defined() ? grads[1].contiguous().clone() : at::zeros({batch, hidden}, options);
    Tensor dc =
        grads[2].defined() ? grads[2].contiguous().clone() : at::zeros({batch, hidden}, options);
    Tensor dw = at::empty({g4, hidden}, options);
    const Tensor out_grad = grads[0].defined() ? grads[0].contiguous() : Tensor();
    const S* go = out_grad.defined() ? out_grad.template data_ptr<S>() : nullptr;
    const S* a = gates.template data_ptr<S>();
    const S* c = cells.template data_ptr<S>();
    const S* tc = tanh_cells.template data_ptr<S>();
    const S* pw = w.template data_ptr<S>();
    S* da = dgates.template data_ptr<S>();
    S* ph = dh.template data_ptr<S>();
    S* pc = dc.template data_ptr<S>();
    for (int64_t t = steps - 1; t >= 0; --t) {
        const S* at = a + t * ng;
        const S* prev = c + t * n;
        const S* tct = tc + t * n;
        S* dat = da + t * ng;
        for (int64_t b = 0; b < batch; ++b) {
            const S* row = at + b * g4;
            S* drow = dat + b * g4;
            for (int64_t j = 0; j < hidden; ++j) {
                const int64_t k = b * hidden + j;
                const S i = row[j], f = row[hidden + j], g = row[2 * hidden + j],
                        o = row[3 * hidden + j];
                const S dhk = ph[k] + (go ? go[t * n + k] : S(0));
                const S tck = tct[k];
                const S dck = pc[k] + dhk * o * (S(1) - tck * tck);
                drow[j] = dck * g * i * (S(1) - i);
                drow[hidden + j] = dck * prev[k] * f * (S(1) - f);
                drow[2 * hidden + j] = dck * i * (S(1) - g * g);
                drow[3 * hidden + j] = dhk * tck * o * (S(1) - o);
                pc[k] = dck * f;
            }
        }
        // ∂L/∂h_{t-1} through the recurrent weights (what reaches h0 at t = 0).
        blas::gemm(false, false, int(batch), int(hidden), int(g4), S(1), dat, int(g4), pw,
                   int(hidden), S(0), ph, int(hidden));
    }
    // dW_hh = Σ_t dA_tᵀ h_{t-1}: every step at once.
    blas::gemm(true, false, int(g4), int(hidden), int(steps * batch), S(1), da, int(g4),
               states.template data_ptr<S>(), int(hidden), S(0), dw.template data_ptr<S>(),
               int(hidden));
    return {dgates, want_h0 ? dh : Tensor(), want_c0 ? dc : Tensor(), dw};
}

class LstmRecurrence : public torch::autograd::Function<LstmRecurrence> {
public:
    static tensor_list forward(AutogradContext* ctx, const Tensor& xp, const Tensor& h0,
                               const Tensor& c0, const Tensor& w_hh) {
        const Tensor w = w_hh.contiguous();
        const int64_t steps = xp.size(0);
        Tensor gates, cells, tanh_cells, states;
        if (xp.scalar_type() == torch::kDouble) {
            Forward<double> f = lstmForward<double>(xp, h0, c0, w);
            gates = f.gates, cells = f.cells, tanh_cells = f.tanh_cells, states = f.states;
        } else {
            Forward<float> f = lstmForward<float>(xp, h0, c0, w);
            gates = f.gates, cells = f.cells, tanh_cells = f.tanh_cells, states = f.states;
        }
        ctx->save_for_backward({gates, cells, tanh_cells, states, w});
        // The final state is returned as a copy: a view of the saved states would tie the
        // caller's carried state to this node's buffers.
        return {states.narrow(0, 1, steps), states[steps].clone(), cells[steps].clone()};
    }

    static tensor_list backward(AutogradContext* ctx, tensor_list grads) {
        const auto saved = ctx->get_saved_variables();
        const bool want_h0 = ctx->needs_input_grad(1), want_c0 = ctx->needs_input_grad(2);
        if (saved[0].scalar_type() == torch::kDouble)
            return lstmBackward<double>(saved[0], saved[1], saved[2], saved[3], saved[4], grads,
                                        want_h0, want_c0);
        return lstmBackward<float>(saved[0], saved[1], saved[2], saved[3], saved[4], grads, want_h0,
                                   want_c0);
    }
};

}  // namespace

std::vector<torch::Tensor> lstmRecurrence(const torch::Tensor& xp, const torch::Tensor& h0,
                                          const torch::Tensor& c0, const torch::Tensor& w_hh) {
    TORCH_CHECK(xp.dim() == 3 && h0.dim() == 2 && c0.dim() == 2 && w_hh.dim() == 2,
                "lstmRecurrence: bad ranks");
    TORCH_CHECK(xp.device().is_cpu() &&
                    (xp.scalar_type() == torch::kFloat || xp.scalar_type() == torch::kDouble),
                "lstmRecurrence: float32 or float64 CPU tensors only");
    TORCH_CHECK(h0.scalar_type() == xp.scalar_type() && c0.scalar_type() == xp.scalar_type() &&
                    w_hh.scalar_type() == xp.scalar_type(),
                "lstmRecurrence: every tensor of one dtype");
    TORCH_CHECK(xp.size(2) == 4 * w_hh.size(1) && w_hh.size(0) == xp.size(2),
                "lstmRecurrence: xp must be (T, B, 4H) and w_hh (4H, H)");
    return LstmRecurrence::apply(xp, h0, c0, w_hh);
}

}  // namespace unroll
