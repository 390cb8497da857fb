#include "models/chapter_rnn.h"

#include "kernels/rnn_kernel.h"
#include "models/projected_inputs.h"

namespace unroll {

ChapterRnn::ChapterRnn(int64_t vocab_size, int64_t hidden, bool fused) : fused_(fused) {
    // Registration order fixes the order of random initialisation, and matches the book's
    // __init__ (i_h, h_h, h_o) so a seeded PyTorch model draws the same way.
    i_h = register_module("i_h", torch::nn::Embedding(vocab_size, hidden));
    h_h = register_module("h_h", torch::nn::Linear(hidden, hidden));
    h_o = register_module("h_o", torch::nn::Linear(hidden, vocab_size));
}

ModelOutput ChapterRnn::forward(const torch::Tensor& x) {
    return fused_ ? fusedForward(x) : unrolled(x, nullptr);
}

ModelOutput ChapterRnn::tracedForward(const torch::Tensor& x, Trace& trace) {
    return unrolled(x, &trace);
}

torch::Tensor ChapterRnn::zeroState(const torch::Tensor& x) const {
    return torch::zeros({x.size(0), h_h->weight.size(0)}, h_h->weight.options());
}

torch::Tensor ChapterRnn::fusedStates(const torch::Tensor& x, const torch::Tensor& h0) {
    return rnnRecurrence(projectedInputs(x, i_h->weight, h_h->weight, h_h->bias), h0, h_h->weight,
                         Nonlinearity::Relu);
}

void ChapterRnn::record(std::vector<torch::Tensor> steps, const torch::Tensor& logits,
                        Trace* trace) {
    if (trace) {
        LayerTrace layer;
        layer.hidden = steps;
        layer.gate("dead", "relu").steps = steps;  // ReLU units stuck at zero
        trace->layers = {std::move(layer)};
    }
    activations_ = {{"hidden", {}, std::move(steps), true}, {"logits", logits, {}, false}};
}

void ChapterRnn::record(const torch::Tensor& states, const torch::Tensor& logits) {
    activations_ = {{"hidden", states, {}, true}, {"logits", logits, {}, false}};
}

}  // namespace unroll
