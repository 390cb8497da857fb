// LM4 (LMModel4): LM3 that predicts after every token, not only the last. A sequence of 16 tokens
// yields 16 predictions, so each batch gives 16x the signal; the loss is the cross-entropy over
// the flattened (batch x seq, vocab) logits.
#include "models/chapter_models.h"

namespace unroll {

ModelOutput Lm4::forward(const torch::Tensor& x) {
    const int64_t steps = x.size(1);
    torch::Tensor h = carried(x);
    torch::Tensor logits;
    if (fused()) {
        const torch::Tensor states = fusedStates(x, h);  // (T, B, H)
        logits = h_o(states).transpose(0, 1);            // (B, T, V)
        h = states[steps - 1];
    } else {
        std::vector<torch::Tensor> outs;
        for (int64_t i = 0; i < steps; ++i) {
            h = h + i_h(x.select(1, i));
            h = torch::relu(h_h(h));
            outs.push_back(h_o(h));
        }
        logits = torch::stack(outs, 1);
    }
    carry(h);
    return {logits};
}

}  // namespace unroll
