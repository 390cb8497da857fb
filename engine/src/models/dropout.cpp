#include "models/dropout.h"

#include "kernels/bernoulli_mask.h"

namespace unroll {

torch::Tensor dropoutMask(at::IntArrayRef shape, double p, const torch::TensorOptions& options,
                          const at::Generator& gen) {
    // bernoulli_ then div_ is what at::dropout does on the CPU, so from the same generator state
    // the masks are PyTorch's. Float masks come from kernels/bernoulli_mask.h: the same values
    // from the same stream, 16 at a time.
    torch::Tensor mask = torch::empty(shape, options);
    if (options.dtype() == torch::kFloat) {
        bernoulliMask(mask.data_ptr<float>(), mask.numel(), 1.0 - p,
                      1.0f / static_cast<float>(1.0 - p), gen);
        return mask;
    }
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
