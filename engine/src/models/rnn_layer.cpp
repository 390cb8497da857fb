// The tanh RNN layer of nn.RNN: h_t = tanh(x_t·W_ihᵀ + b_ih + h_{t−1}·W_hhᵀ + b_hh).
#include <torch/nn/functional.h>

#include "kernels/rnn_kernel.h"
#include "models/recurrent_layers.h"

namespace unroll {

LayerResult runRnnRecurrence(const torch::Tensor& xp, const LayerState& start,
                             const LayerParams& p) {
    torch::Tensor out = rnnRecurrence(xp, start.h, p.w_hh, Nonlinearity::Tanh);
    return {out, {out[out.size(0) - 1], {}}};
}

LayerResult runRnnLayer(CellForm form, const torch::Tensor& x, const LayerState& start,
                        const LayerParams& p, LayerTrace* trace) {
    namespace F = torch::nn::functional;
    if (form == CellForm::Fused) {
        // The input part of every step in one product, then the recurrence in one kernel call.
        return runRnnRecurrence(F::linear(x, p.w_ih, p.b_ih + p.b_hh), start, p);
    }
    if (form == CellForm::Libtorch) {  // on a GPU, in place of the kernel (formOnDevice)
        auto [out, h] = at::rnn_tanh(x, start.h.unsqueeze(0), {p.w_ih, p.w_hh, p.b_ih, p.b_hh},
                                     /*has_biases=*/true, /*num_layers=*/1, /*dropout=*/0.0,
                                     /*train=*/torch::GradMode::is_enabled(),
                                     /*bidirectional=*/false, /*batch_first=*/false);
        return {out, {h.squeeze(0), {}}};
    }
    torch::Tensor h = start.h;
    std::vector<torch::Tensor> outs;
    for (int64_t t = 0; t < x.size(0); ++t) {
        h = torch::tanh(F::linear(x[t], p.w_ih, p.b_ih) + F::linear(h, p.w_hh, p.b_hh));
        outs.push_back(h);
    }
    if (trace) {
        trace->hidden = outs;
        trace->gate("hidden", "tanh").steps = outs;
    }
    return {torch::stack(outs), {h, {}}};
}

}  // namespace unroll
