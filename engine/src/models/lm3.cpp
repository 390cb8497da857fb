// LM3 (LMModel3): LM2 whose hidden state survives from batch to batch. group_chunks makes row j of
// each batch continue row j of the previous one, so the carried state is the right context.
// detach() after each batch cuts the graph: gradients flow back through this batch's 3 steps only
// (truncated backpropagation through time), and memory does not grow with the epoch.
#include "models/chapter_models.h"

namespace unroll {

ModelOutput Lm3::forward(const torch::Tensor& x) {
    const int64_t steps = x.size(1);
    torch::Tensor h = carried(x);
    if (fused()) {
        h = fusedStates(x, h)[steps - 1];
    } else {
        for (int64_t i = 0; i < steps; ++i) {
            h = h + i_h(x.select(1, i));
            h = torch::relu(h_h(h));
        }
    }
    torch::Tensor logits = h_o(h);
    carry(h);
    return {logits};
}

}  // namespace unroll
