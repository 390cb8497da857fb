// LM4 (LMModel4): LM3 that predicts after every token, not only the last. A sequence of 16 tokens
// yields 16 predictions, so each batch gives 16x the signal; the loss is the cross-entropy over
// the flattened (batch x seq, vocab) logits.
#include "models/chapter_models.h"

namespace unroll {

ModelOutput Lm4::unrolled(const torch::Tensor& x, Trace* trace) {
    torch::Tensor h = carried(x);
    std::vector<torch::Tensor> steps, outs;
    for (int64_t i = 0; i < x.size(1); ++i) {
        h = h + i_h(x.select(1, i));
        h = torch::relu(h_h(h));
        steps.push_back(h);
        outs.push_back(h_o(h));
    }
    torch::Tensor logits = torch::stack(outs, 1);
    carry(h);
    record(std::move(steps), logits, trace);
    return {logits};
}

ModelOutput Lm4::fusedForward(const torch::Tensor& x) {
    const torch::Tensor states = fusedStates(x, carried(x));  // (T, B, H)
    torch::Tensor logits = h_o(states).transpose(0, 1);       // (B, T, V)
    carry(states[x.size(1) - 1]);
    record(states, logits);
    return {logits};
}

}  // namespace unroll
