// The interface every architecture implements. Internal to the engine: it speaks torch.
#pragma once

#include <torch/nn/module.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace unroll {

class Config;

struct ModelOutput {
    ModelOutput(torch::Tensor l, torch::Tensor r = {}, torch::Tensor d = {})
        : logits(std::move(l)), raw(std::move(r)), dropped(std::move(d)) {}
    torch::Tensor logits;   // (B, V) for one prediction per sample, (B, T, V) for every token
    torch::Tensor raw;      // (B, T, H) last layer's output before output dropout, or undefined
    torch::Tensor dropped;  // (B, T, H) the same after output dropout (what the decoder reads)
};

// One layer's output from the latest forward pass, for the per-step statistics and the guard.
struct Activation {
    std::string name;
    torch::Tensor whole;               // all of it; when `timed`, time is dimension 0
    std::vector<torch::Tensor> steps;  // or one tensor per time step (step-by-step forms)
    bool timed = false;                // a hidden state over time steps
};

// One batch unrolled as the probes see it: every time step's hidden state and gate activations,
// and a way to ask autograd for ∂L/∂h_t. The step-by-step forms record differentiable per-step
// tensors (`hidden`, whose gradients are ∂L/∂h_t); the fused LSTM and GRU kernels cannot hand out
// per-step tensors inside their graph, so they take a `tap` instead: zeros added to every h_t,
// whose gradient is the same ∂L/∂h_t (kernels/lstm_kernel.h).
struct GateTrace {
    std::string gate;
    std::string function;  // "sigmoid", "tanh" or "relu"
    std::vector<torch::Tensor> steps;
};
struct LayerTrace {
    std::vector<torch::Tensor> hidden;
    std::vector<GateTrace> gates;
    torch::Tensor tap;  // (T, B, H), requires grad; undefined for the step-by-step forms
    GateTrace& gate(const std::string& name, const std::string& function);
    // For the fused forms: `out` (T, B, H) as the per-step hidden states, and each of `blocks`'s
    // gates — (T, B, G·H), gate j in columns j·H .. (j+1)·H — as per-step activations.
    void recordFused(const torch::Tensor& out, const torch::Tensor& blocks,
                     const std::vector<std::pair<std::string, std::string>>& names);
};
// A tap for a fused layer's trace: zeros shaped like its output, requiring grad.
torch::Tensor newTap(int64_t steps, const torch::Tensor& h0);
struct Trace {
    std::vector<LayerTrace> layers;
};

class LanguageModel : public torch::nn::Module {
public:
    // x: (B, T) token ids (int64).
    virtual ModelOutput forward(const torch::Tensor& x) = 0;
    // The same function computed step by step, recording each step into `trace`. Draws the same
    // dropout masks in the same order as forward(), so from the same generator state it
    // reproduces the training step exactly.
    virtual ModelOutput tracedForward(const torch::Tensor& x, Trace& trace) = 0;
    // Whether tracedForward computes exactly what forward computes (the fused kernels' tap), so
    // that a training step may run traced and be probed without a replay.
    virtual bool tracesItsForward() const { return false; }
    // Forgets carried hidden state; the trainer calls it before each training epoch and before
    // each validation pass (fastai's ModelResetter).
    virtual void reset() {}
    // The carried hidden state, to set aside and put back (probes, a retried batch).
    virtual std::vector<torch::Tensor> carriedState() const { return {}; }
    virtual void setCarriedState(const std::vector<torch::Tensor>&) {}
    // Names of the layer outputs recorded by every forward, in forward order.
    virtual std::vector<std::string> activationNames() const = 0;
    const std::vector<Activation>& activations() const { return activations_; }

    // The generator that dropout draws from. Each trainer gives its model its own, so two models
    // training side by side do not interleave their random streams. Undefined: libtorch's global
    // generator.
    void setGenerator(at::Generator generator) { generator_ = std::move(generator); }
    const at::Generator& generator() const { return generator_; }

protected:
    std::vector<Activation> activations_;

private:
    at::Generator generator_;
};

std::shared_ptr<LanguageModel> makeModel(const Config& config, int64_t vocab_size);

}  // namespace unroll
