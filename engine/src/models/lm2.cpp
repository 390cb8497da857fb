// LM2 (LMModel2): LM1 as a loop over the tokens, starting from h = 0: a recurrent network.
#include "models/chapter_models.h"

namespace unroll {

ModelOutput Lm2::forward(const torch::Tensor& x) {
    const int64_t steps = x.size(1);
    if (fused())
        return {h_o(fusedStates(x, zeroState(x))[steps - 1])};
    torch::Tensor h = zeroState(x);
    for (int64_t i = 0; i < steps; ++i) {
        h = h + i_h(x.select(1, i));
        h = torch::relu(h_h(h));
    }
    return {h_o(h)};
}

}  // namespace unroll
