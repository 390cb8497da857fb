#include "models/projected_inputs.h"

#include <torch/nn/functional.h>

namespace unroll {

torch::Tensor projectedInputs(const torch::Tensor& x, const torch::Tensor& embedding,
                              const torch::Tensor& weight, const torch::Tensor& bias) {
    namespace F = torch::nn::functional;
    const torch::Tensor tokens = x.t();  // time-major
    if (embedding.size(0) < tokens.numel())
        return F::embedding(tokens, F::linear(embedding, weight, bias));
    return F::linear(F::embedding(tokens, embedding), weight, bias);
}

}  // namespace unroll
