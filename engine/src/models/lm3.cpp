// LM3 (LMModel3): LM2 whose hidden state survives from batch to batch. group_chunks makes row j of
// each batch continue row j of the previous one, so the carried state is the right context.
// detach() after each batch cuts the graph: gradients flow back through this batch's 3 steps only
// (truncated backpropagation through time), and memory does not grow with the epoch.
#include "models/chapter_models.h"

namespace unroll {

ModelOutput Lm3::unrolled(const torch::Tensor& x, Trace* trace) {
    torch::Tensor h = carried(x);
    std::vector<torch::Tensor> steps;
    for (int64_t i = 0; i < x.size(1); ++i) {
        h = h + i_h(x.select(1, i));
        h = torch::relu(h_h(h));
        steps.push_back(h);
    }
    torch::Tensor logits = h_o(h);
    carry(h);
    record(std::move(steps), logits, trace);
    return {logits};
}

ModelOutput Lm3::fusedForward(const torch::Tensor& x) {
    const torch::Tensor states = fusedStates(x, carried(x));
    const torch::Tensor h = states[x.size(1) - 1];
    torch::Tensor logits = h_o(h);
    carry(h);
    record(states, logits);
    return {logits};
}

}  // namespace unroll
