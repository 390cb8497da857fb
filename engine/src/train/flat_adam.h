// fastai's Adam over one flat buffer. Every parameter becomes a view into a single contiguous
// tensor (and its gradient a view into a second), so zeroing the gradients is one call and an
// optimizer step is a handful of whole-buffer calls however many tensors the model has. The flat
// layout also makes the per-parameter statistics the probes want one pass over memory.
#pragma once

#include <torch/nn/module.h>

#include <string>
#include <vector>

#include "kernels/tensor_stats.h"

namespace unroll {

struct AdamHyper {
    double lr = 1e-3;
    double beta1 = 0.9;   // fastai's mom, scheduled by one-cycle
    double beta2 = 0.99;  // fastai's sqr_mom
    double eps = 1e-5;
    double wd = 0.01;  // decoupled: p <- p * (1 - lr * wd), before the Adam update
};

// Where one parameter lives in the flat buffers.
struct ParameterSlot {
    std::string name;
    std::vector<int64_t> shape;
    int64_t offset = 0;
    int64_t numel = 0;
};

class FlatAdam {
public:
    // decay_biases=false follows fastai's wd_bn_bias=False: parameters named "bias" (the biases of
    // Linear layers) are not decayed; everything else is.
    FlatAdam(torch::nn::Module& module, bool decay_biases);

    void zeroGrad();
    // One Adam step. The weights before it are kept so that updateRatios() can compare.
    void step(const AdamHyper& h);

    // ‖grad‖ of each parameter (slot order); `finite` is false when any gradient is inf or NaN.
    struct GradNorms {
        std::vector<double> per_slot;
        double total = 0.0;
        bool finite = true;
    };
    GradNorms gradNorms() const;
    // Multiplies every gradient by `scale` (clipping).
    void scaleGrads(double scale);
    // ‖w_after − w_before‖ / ‖w_after‖ of each parameter for the last step().
    std::vector<double> updateRatios() const;
    // True when every weight is a finite number.
    bool paramsFinite() const;
    // Puts back the weights from before the last step().
    void undoStep();

    // Everything a step changes, copied: to set a run aside (LR finder) or save it (checkpoints).
    struct State {
        torch::Tensor params, exp_avg, exp_avg_sq;
        int64_t steps = 0;
    };
    State state() const;
    // The same into `into`, reusing its buffers when it has them (a snapshot ring allocates
    // nothing once it is full).
    void copyStateInto(State& into) const;
    void restore(const State& state);

    const std::vector<ParameterSlot>& slots() const { return slots_; }
    const torch::Tensor& params() const { return params_; }
    const torch::Tensor& expAvg() const { return exp_avg_; }
    const torch::Tensor& expAvgSq() const { return exp_avg_sq_; }
    const torch::Tensor& grads() const { return grads_; }
    // The gradient buffer and kExchangeExtras values after it, in one tensor: what a worker of a
    // data-parallel run all-reduces each step (train/data_parallel.cpp), so that a step's few
    // numbers travel with its gradients in one exchange.
    static constexpr int64_t kExchangeExtras = 5;
    const torch::Tensor& exchangeBuffer() const { return exchange_; }
    int64_t numel() const { return params_.numel(); }
    int64_t decayedNumel() const { return decayed_; }
    int64_t steps() const { return steps_; }
    // Scales the gradients so their global norm is at most max_norm, as clip_grad_norm_ does;
    // returns the norm after clipping.
    double clipGradNorm(double norm, double max_norm);

private:
    torch::Tensor params_, grads_, exp_avg_, exp_avg_sq_, before_;
    torch::Tensor exchange_;  // grads_ is its first numel() values
    std::vector<ParameterSlot> slots_;
    std::vector<Segment> segments_;  // the slots' places in the flat buffers
    int64_t decayed_ = 0;            // params_[0, decayed_) take weight decay
    int64_t steps_ = 0;
};

}  // namespace unroll
