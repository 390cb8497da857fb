// LM2 (LMModel2): LM1 as a loop over the tokens, starting from h = 0: a recurrent network.
#include "models/chapter_models.h"

namespace unroll {

ModelOutput Lm2::unrolled(const torch::Tensor& x, Trace* trace) {
    torch::Tensor h = zeroState(x);
    std::vector<torch::Tensor> steps;
    for (int64_t i = 0; i < x.size(1); ++i) {
        h = h + i_h(x.select(1, i));
        h = torch::relu(h_h(h));
        steps.push_back(h);
    }
    torch::Tensor logits = h_o(h);
    record(std::move(steps), logits, trace);
    return {logits};
}

ModelOutput Lm2::fusedForward(const torch::Tensor& x) {
    const torch::Tensor states = fusedStates(x, zeroState(x));
    torch::Tensor logits = h_o(states[x.size(1) - 1]);
    record(states, logits);
    return {logits};
}

}  // namespace unroll
