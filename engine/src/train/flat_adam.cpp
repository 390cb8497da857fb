// One step, as fastai's Adam (weight_decay, average_grad, average_sqr_grad, step_stat, adam_step):
//   p        <- p · (1 − lr·wd)                       (decayed part only)
//   avg      <- β1·avg + (1 − β1)·g
//   sqr_avg  <- β2·sqr_avg + (1 − β2)·g²
//   p        <- p − lr/(1 − β1^t) · avg / (sqrt(sqr_avg/(1 − β2^t)) + eps)
// with the current (scheduled) β1 in the bias correction, as fastai does.
#include "train/flat_adam.h"

#include <cmath>
#include <unordered_set>

namespace unroll {

namespace {

bool isBias(const std::string& name) {
    return name == "bias" || (name.size() > 5 && name.compare(name.size() - 5, 5, ".bias") == 0);
}

}  // namespace

FlatAdam::FlatAdam(torch::nn::Module& module, bool decay_biases) {
    torch::NoGradGuard no_grad;
    // Unique tensors only: a tied weight is registered twice but is one parameter.
    std::vector<torch::Tensor> decayed, plain;
    std::unordered_set<const void*> seen;
    for (const auto& item : module.named_parameters(/*recurse=*/true)) {
        const torch::Tensor& p = item.value();
        if (!seen.insert(p.unsafeGetTensorImpl()).second)
            continue;
        (decay_biases || !isBias(item.key()) ? decayed : plain).push_back(p);
    }
    int64_t total = 0;
    for (const auto& p : decayed)
        decayed_ += p.numel();
    for (const auto& p : plain)
        total += p.numel();
    total += decayed_;

    const auto options = decayed.empty() ? plain.front().options() : decayed.front().options();
    params_ = torch::empty({total}, options);
    grads_ = torch::zeros({total}, options);
    exp_avg_ = torch::zeros({total}, options);
    exp_avg_sq_ = torch::zeros({total}, options);

    int64_t offset = 0;
    auto adopt = [&](torch::Tensor p) {
        const int64_t n = p.numel();
        torch::Tensor slot = params_.narrow(0, offset, n).view(p.sizes());
        slot.copy_(p);
        p.set_data(slot);  // the module's parameter now lives in the flat buffer
        // With .grad already defined, autograd accumulates into it in place.
        p.mutable_grad() = grads_.narrow(0, offset, n).view(p.sizes());
        offset += n;
    };
    for (auto& p : decayed)
        adopt(p);
    for (auto& p : plain)
        adopt(p);
}

bool FlatAdam::gradsFinite() const {
    // A float is inf or NaN exactly when its exponent bits are all ones. Testing the bits with an
    // OR-reduction vectorises, where isfinite().all() costs three ATen calls and a temporary.
    const uint32_t* bits = static_cast<const uint32_t*>(grads_.data_ptr());
    const int64_t n = grads_.numel();
    uint32_t bad = 0;
    for (int64_t i = 0; i < n; ++i)
        bad |= static_cast<uint32_t>((bits[i] & 0x7f800000u) == 0x7f800000u);
    return bad == 0;
}

double FlatAdam::gradNorm() const {
    return grads_.norm().item<double>();
}

double FlatAdam::clipGradNorm(double norm, double max_norm) {
    const double coef = max_norm / (norm + 1e-6);  // torch.nn.utils.clip_grad_norm_'s formula
    if (coef >= 1.0)
        return norm;
    grads_.mul_(coef);
    return norm * coef;
}

void FlatAdam::zeroGrad() {
    grads_.zero_();
}

void FlatAdam::step(const AdamHyper& h) {
    torch::NoGradGuard no_grad;
    ++steps_;
    if (h.wd != 0.0 && decayed_ > 0)
        params_.narrow(0, 0, decayed_).mul_(1.0 - h.lr * h.wd);
    exp_avg_.mul_(h.beta1).add_(grads_, 1.0 - h.beta1);
    exp_avg_sq_.mul_(h.beta2).addcmul_(grads_, grads_, 1.0 - h.beta2);
    const double debias1 = 1.0 - std::pow(h.beta1, static_cast<double>(steps_));
    const double debias2 = 1.0 - std::pow(h.beta2, static_cast<double>(steps_));
    const torch::Tensor denom = (exp_avg_sq_ / debias2).sqrt_().add_(h.eps);
    params_.addcdiv_(exp_avg_, denom, -h.lr / debias1);
}

}  // namespace unroll
