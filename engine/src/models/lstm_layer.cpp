// The LSTM layer in three forms that compute the same function:
//  - scratch: the book's LSTMCell. Hidden state and input concatenated; four gate layers; sigmoid
//    on the forget, input and output gates, tanh on the cell gate; c = c·f + i·g; h = o·tanh(c).
//    Each gate layer's weight is [W_hh | W_ih] for that gate and its bias b_ih + b_hh, read from
//    the shared PyTorch-layout parameters.
//  - refactored: the book's second LSTMCell: one x->4H and one h->4H product, summed and chunked
//    into the gates (in PyTorch's order i, f, g, o).
//  - fused: Unroll's whole-sequence kernel (kernels/lstm_kernel.h), the input product for all
//    steps inside its node;
//  - libtorch: libtorch's LSTM (at::lstm), the reference the kernel is tested against.
#include <torch/nn/functional.h>

#include "kernels/lstm_kernel.h"
#include "models/recurrent_layers.h"

namespace unroll {

namespace {

namespace F = torch::nn::functional;

enum Gate { kInput = 0, kForget = 1, kCell = 2, kOutput = 3 };  // PyTorch's row blocks

LayerResult scratch(const torch::Tensor& x, const LayerState& start, const LayerParams& p,
                    LayerTrace* trace) {
    const int64_t hidden = p.w_hh.size(1);
    // The four gate layers of Linear(ni + nh, nh), built once per sequence from the parameters.
    torch::Tensor weight[4], bias[4];
    for (int g = 0; g < 4; ++g) {
        weight[g] = torch::cat(
            {p.w_hh.narrow(0, g * hidden, hidden), p.w_ih.narrow(0, g * hidden, hidden)}, 1);
        bias[g] = p.b_ih.narrow(0, g * hidden, hidden) + p.b_hh.narrow(0, g * hidden, hidden);
    }
    torch::Tensor h = start.h, c = start.c;
    std::vector<torch::Tensor> outs;
    for (int64_t t = 0; t < x.size(0); ++t) {
        const torch::Tensor hx = torch::cat({h, x[t]}, 1);
        const torch::Tensor forget = torch::sigmoid(F::linear(hx, weight[kForget], bias[kForget]));
        c = c * forget;
        const torch::Tensor input = torch::sigmoid(F::linear(hx, weight[kInput], bias[kInput]));
        const torch::Tensor cell = torch::tanh(F::linear(hx, weight[kCell], bias[kCell]));
        c = c + input * cell;
        const torch::Tensor output = torch::sigmoid(F::linear(hx, weight[kOutput], bias[kOutput]));
        const torch::Tensor cell_out = torch::tanh(c);
        h = output * cell_out;
        outs.push_back(h);
        if (trace) {
            trace->gate("input", "sigmoid").steps.push_back(input);
            trace->gate("forget", "sigmoid").steps.push_back(forget);
            trace->gate("cell", "tanh").steps.push_back(cell);
            trace->gate("output", "sigmoid").steps.push_back(output);
            trace->gate("tanh(c)", "tanh").steps.push_back(cell_out);
        }
    }
    if (trace)
        trace->hidden = outs;
    return {torch::stack(outs), {h, c}};
}

LayerResult refactored(const torch::Tensor& x, const LayerState& start, const LayerParams& p) {
    // "One big multiplication for all the gates is better than 4 smaller ones" — and the input
    // half of it can be done for every step at once.
    const torch::Tensor xp = F::linear(x, p.w_ih, p.b_ih);
    torch::Tensor h = start.h, c = start.c;
    std::vector<torch::Tensor> outs;
    for (int64_t t = 0; t < x.size(0); ++t) {
        const auto gates = (xp[t] + F::linear(h, p.w_hh, p.b_hh)).chunk(4, 1);
        const torch::Tensor input = torch::sigmoid(gates[kInput]);
        const torch::Tensor forget = torch::sigmoid(gates[kForget]);
        const torch::Tensor cell = torch::tanh(gates[kCell]);
        const torch::Tensor output = torch::sigmoid(gates[kOutput]);
        c = forget * c + input * cell;
        h = output * torch::tanh(c);
        outs.push_back(h);
    }
    return {torch::stack(outs), {h, c}};
}

// A kernel's outputs as the layer's result, recorded into `trace` when there is one: the same
// gates, names and order as the scratch form records.
LayerResult kernelResult(const std::vector<torch::Tensor>& r, LayerTrace* trace) {
    if (trace)
        trace->recordFused(r[0], torch::cat({r[3], r[4]}, 2),
                           {{"input", "sigmoid"},
                            {"forget", "sigmoid"},
                            {"cell", "tanh"},
                            {"output", "sigmoid"},
                            {"tanh(c)", "tanh"}});
    return {r[0], {r[1], r[2]}};
}

torch::Tensor tapFor(LayerTrace* trace, int64_t steps, const LayerState& start) {
    return trace ? (trace->tap = newTap(steps, start.h)) : torch::Tensor();
}

LayerResult fused(const torch::Tensor& x, const LayerState& start, const LayerParams& p,
                  LayerTrace* trace) {
    // The input half of every step's gates in one product inside the kernel's node, both biases
    // folded in.
    const torch::Tensor tap = tapFor(trace, x.size(0), start);
    return kernelResult(lstmLayer(x, start.h, start.c, p.w_ih, p.w_hh, p.b_ih + p.b_hh, tap),
                        trace);
}

LayerResult libtorch(const torch::Tensor& x, const LayerState& start, const LayerParams& p) {
    auto [out, h, c] = at::lstm(x, {start.h.unsqueeze(0), start.c.unsqueeze(0)},
                                {p.w_ih, p.w_hh, p.b_ih, p.b_hh}, /*has_biases=*/true,
                                /*num_layers=*/1, /*dropout=*/0.0,
                                /*train=*/torch::GradMode::is_enabled(),
                                /*bidirectional=*/false, /*batch_first=*/false);
    return {out, {h.squeeze(0), c.squeeze(0)}};
}

}  // namespace

LayerResult runLstmRecurrence(const torch::Tensor& xp, const LayerState& start,
                              const LayerParams& p, LayerTrace* trace) {
    const torch::Tensor tap = tapFor(trace, xp.size(0), start);
    return kernelResult(lstmRecurrence(xp, start.h, start.c, p.w_hh, tap), trace);
}

LayerResult runLstmLayer(CellForm form, const torch::Tensor& x, const LayerState& start,
                         const LayerParams& p, LayerTrace* trace) {
    switch (form) {
        case CellForm::Scratch:
            return scratch(x, start, p, trace);
        case CellForm::Refactored:
            return refactored(x, start, p);
        case CellForm::Fused:
            return fused(x, start, p, trace);
        case CellForm::Libtorch:
            return libtorch(x, start, p);
    }
    return {};
}

}  // namespace unroll
