// The GRU layer: Unroll's kernel (fused), from scratch, and libtorch's. PyTorch's equations,
// gates stacked r, z, n:
//   r = σ(W_ir x + b_ir + W_hr h + b_hr)          reset gate
//   z = σ(W_iz x + b_iz + W_hz h + b_hz)          update gate
//   n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))  candidate
//   h' = (1 − z) ⊙ n + z ⊙ h
#include <torch/nn/functional.h>

#include "kernels/gru_kernel.h"
#include "models/recurrent_layers.h"

namespace unroll {

namespace {

namespace F = torch::nn::functional;

LayerResult scratch(const torch::Tensor& x, const LayerState& start, const LayerParams& p,
                    LayerTrace* trace) {
    const torch::Tensor xp = F::linear(x, p.w_ih, p.b_ih);  // every step's input part at once
    torch::Tensor h = start.h;
    std::vector<torch::Tensor> outs;
    for (int64_t t = 0; t < x.size(0); ++t) {
        const auto in = xp[t].chunk(3, 1);
        const auto hid = F::linear(h, p.w_hh, p.b_hh).chunk(3, 1);
        const torch::Tensor reset = torch::sigmoid(in[0] + hid[0]);
        const torch::Tensor update = torch::sigmoid(in[1] + hid[1]);
        const torch::Tensor candidate = torch::tanh(in[2] + reset * hid[2]);
        h = (1 - update) * candidate + update * h;
        outs.push_back(h);
        if (trace) {
            trace->gate("reset", "sigmoid").steps.push_back(reset);
            trace->gate("update", "sigmoid").steps.push_back(update);
            trace->gate("candidate", "tanh").steps.push_back(candidate);
        }
    }
    if (trace)
        trace->hidden = outs;
    return {torch::stack(outs), {h, {}}};
}

}  // namespace

LayerResult runGruRecurrence(const torch::Tensor& xp, const LayerState& start, const LayerParams& p,
                             LayerTrace* trace) {
    if (!trace) {
        const std::vector<torch::Tensor> r = gruRecurrence(xp, start.h, p.w_hh, p.b_hh);
        return {r[0], {r[1], {}}};
    }
    trace->tap = newTap(xp.size(0), start.h);
    const std::vector<torch::Tensor> r = gruRecurrence(xp, start.h, p.w_hh, p.b_hh, trace->tap);
    // The same gates, names and order as the scratch form records.
    trace->recordFused(r[0], r[2],
                       {{"reset", "sigmoid"}, {"update", "sigmoid"}, {"candidate", "tanh"}});
    return {r[0], {r[1], {}}};
}

LayerResult runGruLayer(CellForm form, const torch::Tensor& x, const LayerState& start,
                        const LayerParams& p, LayerTrace* trace) {
    if (form == CellForm::Fused)  // every step's input part in one product, then the kernel
        return runGruRecurrence(F::linear(x, p.w_ih, p.b_ih), start, p, trace);
    if (form != CellForm::Libtorch)
        return scratch(x, start, p, trace);
    auto [out, h] = at::gru(x, start.h.unsqueeze(0), {p.w_ih, p.w_hh, p.b_ih, p.b_hh},
                            /*has_biases=*/true, /*num_layers=*/1, /*dropout=*/0.0,
                            /*train=*/torch::GradMode::is_enabled(), /*bidirectional=*/false,
                            /*batch_first=*/false);
    return {out, {h.squeeze(0), {}}};
}

}  // namespace unroll
