// LM4 (LMModel4): LM3 that predicts after every token, not only the last. A sequence of 16 tokens
// yields 16 predictions, so each batch gives 16x the signal; the loss is the cross-entropy over
// the flattened (batch x seq, vocab) logits.
#include "models/chapter_models.h"

namespace unroll {

ModelOutput Lm4::forward(const torch::Tensor& x) {
    const int64_t steps = x.size(1);
    if (!h_.defined() || h_.size(0) != x.size(0))
        h_ = zeroState(x);
    torch::Tensor logits;
    if (fused()) {
        const torch::Tensor states = fusedStates(x, h_);  // (T, B, H)
        logits = h_o(states).transpose(0, 1);             // (B, T, V)
        h_ = states[steps - 1].detach();
    } else {
        torch::Tensor h = h_;
        std::vector<torch::Tensor> outs;
        for (int64_t i = 0; i < steps; ++i) {
            h = h + i_h(x.select(1, i));
            h = torch::relu(h_h(h));
            outs.push_back(h_o(h));
        }
        logits = torch::stack(outs, 1);
        h_ = h.detach();
    }
    return {logits};
}

void Lm4::reset() {
    h_ = torch::Tensor();
}

}  // namespace unroll
