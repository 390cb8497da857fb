#include "models/dropout.h"

#include <torch/autograd.h>

#include "kernels/bernoulli_mask.h"
#include "kernels/kernel_path.h"

namespace unroll {

namespace {

using torch::autograd::AutogradContext;
using torch::autograd::tensor_list;

__attribute__((target_clones("avx512f", "avx2", "default"))) void scaleRow(
    const float* __restrict x, const float* __restrict mask, float* __restrict out, int64_t n) {
    for (int64_t i = 0; i < n; ++i)
        out[i] = x[i] * mask[i];
}

// out[t, b, :] = x[t, b, :] · mask[b, :] over a (T, B, F) tensor whose last dimension is
// contiguous; `out` may be laid out differently from `x`.
void scaleRows(const torch::Tensor& x, const torch::Tensor& mask, torch::Tensor& out) {
    const int64_t steps = x.size(0), batch = x.size(1), width = x.size(2);
    const float* px = x.data_ptr<float>();
    const float* pm = mask.data_ptr<float>();
    float* po = out.data_ptr<float>();
    for (int64_t t = 0; t < steps; ++t)
        for (int64_t b = 0; b < batch; ++b)
            scaleRow(px + t * x.stride(0) + b * x.stride(1), pm + b * width,
                     po + t * out.stride(0) + b * out.stride(1), width);
}

// Locked dropout's product as one node: forward and backward each one pass over memory, where
// ATen's broadcasting multiply and its backward took ~2 % of an awd step. The products are the
// ones ATen forms (x·m forward, g·m backward), so the values are the same bit for bit.
struct LockedScale : torch::autograd::Function<LockedScale> {
    static torch::Tensor forward(AutogradContext* ctx, const torch::Tensor& x,
                                 const torch::Tensor& mask) {
        ctx->save_for_backward({mask});
        torch::Tensor out = at::empty_like(x);
        scaleRows(x, mask, out);
        return out;
    }
    static tensor_list backward(AutogradContext* ctx, tensor_list grads) {
        const torch::Tensor mask = ctx->get_saved_variables()[0];
        const torch::Tensor g = grads[0].stride(2) == 1 ? grads[0] : grads[0].contiguous();
        torch::Tensor dx = at::empty_like(g);
        scaleRows(g, mask, dx);
        return {dx, torch::Tensor()};
    }
};

// The fast path: Unroll's kernels' memory, float, (T, B, F) with F contiguous and a
// non-overlapping, dense layout (so empty_like keeps it).
bool rowsScalable(const torch::Tensor& x) {
    return ownKernels(x) && x.scalar_type() == torch::kFloat && x.dim() == 3 && x.stride(2) == 1 &&
           x.is_non_overlapping_and_dense();
}

}  // namespace

torch::Tensor dropoutMask(at::IntArrayRef shape, double p, const torch::TensorOptions& options,
                          const at::Generator& gen) {
    // bernoulli_ then div_ is what at::dropout does on the CPU, so from the same generator state
    // the masks are PyTorch's. Float masks come from kernels/bernoulli_mask.h: the same values
    // from the same stream, 16 at a time. Every mask is drawn on the host from the run's CPU
    // generator and copied to the model's device in one transfer, so a seed drops the same units
    // on a GPU as on the CPU.
    torch::Tensor mask = torch::empty(shape, options.device(torch::kCPU));
    if (options.dtype() == torch::kFloat) {
        bernoulliMask(mask.data_ptr<float>(), mask.numel(), 1.0 - p,
                      1.0f / static_cast<float>(1.0 - p), gen);
    } else {
        if (gen.defined())
            mask.bernoulli_(1.0 - p, gen);
        else
            mask.bernoulli_(1.0 - p);
        mask.div_(1.0 - p);
    }
    return options.device().is_cpu() ? mask : mask.to(options.device());
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
    const torch::Tensor mask = dropoutMask({1, x.size(1), x.size(2)}, p, x.options(), gen);
    return rowsScalable(x) ? LockedScale::apply(x, mask.view({x.size(1), x.size(2)})) : x * mask;
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
