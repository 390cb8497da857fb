// fastai's Adam over one flat buffer. Every parameter becomes a view into a single contiguous
// tensor (and its gradient a view into a second), so zeroing the gradients is one call and an
// optimizer step is a handful of whole-buffer calls however many tensors the model has.
#pragma once

#include <torch/torch.h>

namespace unroll {

struct AdamHyper {
    double lr = 1e-3;
    double beta1 = 0.9;   // fastai's mom, scheduled by one-cycle
    double beta2 = 0.99;  // fastai's sqr_mom
    double eps = 1e-5;
    double wd = 0.01;  // decoupled: p <- p * (1 - lr * wd), before the Adam update
};

class FlatAdam {
public:
    // decay_biases=false follows fastai's wd_bn_bias=False: parameters named "bias" (the biases of
    // Linear layers) are not decayed; everything else is.
    FlatAdam(torch::nn::Module& module, bool decay_biases);

    void zeroGrad();
    void step(const AdamHyper& h);

    const torch::Tensor& params() const { return params_; }
    const torch::Tensor& grads() const { return grads_; }
    int64_t numel() const { return params_.numel(); }
    int64_t decayedNumel() const { return decayed_; }
    int64_t steps() const { return steps_; }
    // True when every gradient is a finite number.
    bool gradsFinite() const;
    // The global L2 norm of all gradients.
    double gradNorm() const;
    // Scales the gradients so their global norm is at most max_norm, as clip_grad_norm_ does;
    // returns the norm after clipping.
    double clipGradNorm(double norm, double max_norm);

private:
    torch::Tensor params_, grads_, exp_avg_, exp_avg_sq_;
    int64_t decayed_ = 0;  // params_[0, decayed_) take weight decay
    int64_t steps_ = 0;
};

}  // namespace unroll
