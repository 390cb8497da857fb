// One step, as fastai's Adam (weight_decay, average_grad, average_sqr_grad, step_stat, adam_step):
//   p        <- p · (1 − lr·wd)                       (decayed part only)
//   avg      <- β1·avg + (1 − β1)·g
//   sqr_avg  <- β2·sqr_avg + (1 − β2)·g²
//   p        <- p − lr/(1 − β1^t) · avg / (sqrt(sqr_avg/(1 − β2^t)) + eps)
// with the current (scheduled) β1 in the bias correction, as fastai does. The update is one pass
// over the buffers (train/adam_pass.h) that rounds as ATen's whole-buffer calls do, so it matches
// PyTorch's AdamW bit for bit; the statistics are single passes over raw memory
// (kernels/buffer_stats.h).
#include "train/flat_adam.h"

#include <cmath>
#include <unordered_set>

#include "kernels/kernel_path.h"
#include "kernels/tensor_stats.h"
#include "train/adam_pass.h"

namespace unroll {

namespace {

bool isBias(const std::string& name) {
    return name == "bias" || (name.size() > 5 && name.compare(name.size() - 5, 5, ".bias") == 0);
}

}  // namespace

FlatAdam::FlatAdam(torch::nn::Module& module, bool decay_biases) {
    torch::NoGradGuard no_grad;
    // Unique tensors only: a tied weight is registered twice but is one parameter.
    std::vector<std::pair<std::string, torch::Tensor>> decayed, plain;
    std::unordered_set<const void*> seen;
    for (const auto& item : module.named_parameters(/*recurse=*/true)) {
        const torch::Tensor& p = item.value();
        if (!seen.insert(p.unsafeGetTensorImpl()).second)
            continue;
        (decay_biases || !isBias(item.key()) ? decayed : plain).emplace_back(item.key(), p);
    }
    int64_t total = 0;
    for (const auto& [name, p] : decayed)
        decayed_ += p.numel();
    for (const auto& [name, p] : plain)
        total += p.numel();
    total += decayed_;

    const auto options = (decayed.empty() ? plain.front() : decayed.front()).second.options();
    params_ = torch::empty({total}, options);
    exchange_ = torch::zeros({total + kExchangeExtras}, options);
    grads_ = exchange_.narrow(0, 0, total);
    exp_avg_ = torch::zeros({total}, options);
    exp_avg_sq_ = torch::zeros({total}, options);
    before_ = torch::empty({total}, options);

    int64_t offset = 0;
    auto adopt = [&](const std::string& name, torch::Tensor p) {
        const int64_t n = p.numel();
        torch::Tensor slot = params_.narrow(0, offset, n).view(p.sizes());
        slot.copy_(p);
        p.set_data(slot);  // the module's parameter now lives in the flat buffer
        // With .grad already defined, autograd accumulates into it in place.
        p.mutable_grad() = grads_.narrow(0, offset, n).view(p.sizes());
        slots_.push_back({name, p.sizes().vec(), offset, n});
        segments_.push_back({offset, n});
        offset += n;
    };
    for (auto& [name, p] : decayed)
        adopt(name, p);
    for (auto& [name, p] : plain)
        adopt(name, p);
    before_.copy_(params_);
}

FlatAdam::State FlatAdam::state() const {
    return {params_.clone(), exp_avg_.clone(), exp_avg_sq_.clone(), steps_};
}

void FlatAdam::copyStateInto(State& into) const {
    if (!into.params.defined() || into.params.numel() != params_.numel()) {
        into = state();
        return;
    }
    into.params.copy_(params_);
    into.exp_avg.copy_(exp_avg_);
    into.exp_avg_sq.copy_(exp_avg_sq_);
    into.steps = steps_;
}

void FlatAdam::restore(const State& state) {
    torch::NoGradGuard no_grad;
    params_.copy_(state.params);  // in place: the module's parameters are views of params_
    exp_avg_.copy_(state.exp_avg);
    exp_avg_sq_.copy_(state.exp_avg_sq);
    steps_ = state.steps;
    before_.copy_(params_);
}

void FlatAdam::zeroGrad() {
    grads_.zero_();
}

void FlatAdam::step(const AdamHyper& h) {
    torch::NoGradGuard no_grad;
    ++steps_;
    const double debias1 = 1.0 - std::pow(h.beta1, static_cast<double>(steps_));
    const double debias2 = 1.0 - std::pow(h.beta2, static_cast<double>(steps_));
    if (params_.scalar_type() == torch::kFloat && ownKernels(params_) && adamPassAvailable()) {
        // ATen turns each double Scalar into the tensor's type before using it; so does this.
        const AdamScalars s{static_cast<float>(1.0 - h.lr * h.wd),
                            static_cast<float>(h.beta1),
                            static_cast<float>(1.0 - h.beta1),
                            static_cast<float>(h.beta2),
                            static_cast<float>(1.0 - h.beta2),
                            static_cast<float>(debias2),
                            static_cast<float>(h.eps),
                            static_cast<float>(-h.lr / debias1)};
        adamPass(params_.data_ptr<float>(), exp_avg_.data_ptr<float>(),
                 exp_avg_sq_.data_ptr<float>(), before_.data_ptr<float>(), grads_.data_ptr<float>(),
                 params_.numel(), h.wd != 0.0 ? decayed_ : 0, s);
        return;
    }
    // The same as ATen calls: double precision, ATen's scalar kernels, or a GPU.
    before_.copy_(params_);
    if (h.wd != 0.0 && decayed_ > 0)
        params_.narrow(0, 0, decayed_).mul_(1.0 - h.lr * h.wd);
    exp_avg_.mul_(h.beta1).add_(grads_, 1.0 - h.beta1);
    exp_avg_sq_.mul_(h.beta2).addcmul_(grads_, grads_, 1.0 - h.beta2);
    const torch::Tensor denom = (exp_avg_sq_ / debias2).sqrt_().add_(h.eps);
    params_.addcdiv_(exp_avg_, denom, -h.lr / debias1);
}

FlatAdam::GradNorms FlatAdam::gradNorms() const {
    GradNorms out;
    double total = 0.0;
    for (const SumOfSquares& sq : segmentSquares(grads_, segments_)) {
        out.per_slot.push_back(std::sqrt(sq.sum));
        out.finite = out.finite && sq.finite;
        total += sq.sum;
    }
    out.total = std::sqrt(total);
    return out;
}

void FlatAdam::scaleGrads(double scale) {
    grads_.mul_(scale);
}

double FlatAdam::clipGradNorm(double norm, double max_norm) {
    const double coef = max_norm / (norm + 1e-6);  // torch.nn.utils.clip_grad_norm_'s formula
    if (coef >= 1.0)
        return norm;
    scaleGrads(coef);
    return norm * coef;
}

std::vector<double> FlatAdam::updateRatios() const {
    std::vector<double> out;
    for (const DeltaNorms& d : segmentDeltaNorms(params_, before_, segments_))
        out.push_back(d.weight > 0.0 ? d.delta / d.weight : 0.0);
    return out;
}

bool FlatAdam::paramsFinite() const {
    return squaresOf(params_).finite;
}

void FlatAdam::undoStep() {
    torch::NoGradGuard no_grad;
    params_.copy_(before_);
}

}  // namespace unroll
