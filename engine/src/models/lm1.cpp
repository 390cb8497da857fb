// LM1 (the chapter's LMModel1): three tokens predict the fourth. Written out by hand: the same
// hidden layer h_h is applied once per token, so one weight matrix is shared by all three steps.
#include "models/chapter_models.h"

namespace unroll {

ModelOutput Lm1::unrolled(const torch::Tensor& x, Trace* trace) {
    TORCH_CHECK(x.size(1) == 3, "LM1 reads exactly 3 tokens per sample");
    torch::Tensor h = torch::relu(h_h(i_h(x.select(1, 0))));
    const torch::Tensor h1 = h;
    h = h + i_h(x.select(1, 1));
    h = torch::relu(h_h(h));
    const torch::Tensor h2 = h;
    h = h + i_h(x.select(1, 2));
    h = torch::relu(h_h(h));
    torch::Tensor logits = h_o(h);
    record({h1, h2, h}, logits, trace);
    return {logits};
}

ModelOutput Lm1::fusedForward(const torch::Tensor& x) {
    TORCH_CHECK(x.size(1) == 3, "LM1 reads exactly 3 tokens per sample");
    const torch::Tensor states = fusedStates(x, zeroState(x));
    torch::Tensor logits = h_o(states[2]);
    record(states, logits);
    return {logits};
}

}  // namespace unroll
