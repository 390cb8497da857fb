// LM1 (the chapter's LMModel1): three tokens predict the fourth. Written out by hand: the same
// hidden layer h_h is applied once per token, so one weight matrix is shared by all three steps.
#include "models/chapter_models.h"

namespace unroll {

ModelOutput Lm1::forward(const torch::Tensor& x) {
    TORCH_CHECK(x.size(1) == 3, "LM1 reads exactly 3 tokens per sample");
    if (fused())
        return {h_o(fusedStates(x, zeroState(x))[2])};
    torch::Tensor h = torch::relu(h_h(i_h(x.select(1, 0))));
    h = h + i_h(x.select(1, 1));
    h = torch::relu(h_h(h));
    h = h + i_h(x.select(1, 2));
    h = torch::relu(h_h(h));
    return {h_o(h)};
}

}  // namespace unroll
