#include "models/dropout.h"

namespace unroll {

torch::Tensor dropoutMask(at::IntArrayRef shape, double p, const torch::TensorOptions& options,
                          const at::Generator& gen) {
    // bernoulli_ then div_ is what at::dropout does on the CPU, so from the same generator state
    // the masks are PyTorch's.
    torch::Tensor mask = torch::empty(shape, options);
    if (gen.defined())
        mask.bernoulli_(1.0 - p, gen);
    else
        mask.bernoulli_(1.0 - p);
    return mask.div_(1.0 - p);
}

torch::Tensor elementDropout(const torch::Tensor& x, double p, bool training,
                             const at::Generator& gen) {
    if (!training || p == 0.0)
        return x;
    if (p >= 1.0)
        return x * 0.0;
    return x * dropoutMask(x.sizes(), p, x.options(), gen);
}

torch::Tensor lockedDropout(const torch::Tensor& x, double p, bool training,
                            const at::Generator& gen) {
    if (!training || p == 0.0)
        return x;
    if (p >= 1.0)
        return x * 0.0;
    return x * dropoutMask({1, x.size(1), x.size(2)}, p, x.options(), gen);
}

torch::Tensor embeddingDropout(const torch::Tensor& weight, double p, bool training,
                               const at::Generator& gen) {
    if (!training || p == 0.0)
        return weight;
    if (p >= 1.0)
        return weight * 0.0;
    return weight * dropoutMask({weight.size(0), 1}, p, weight.options(), gen);
}

}  // namespace unroll
