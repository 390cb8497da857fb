// The interface every architecture implements. Internal to the engine: it speaks torch.
#pragma once

#include <torch/nn/module.h>

#include <memory>
#include <string>
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

// The from-scratch unroll of one batch, as the probes see it: every time step's hidden state
// (differentiable: the probe asks autograd for ∂L/∂h_t) and the gate activations.
struct GateTrace {
    std::string gate;
    std::string function;  // "sigmoid", "tanh" or "relu"
    std::vector<torch::Tensor> steps;
};
struct LayerTrace {
    std::vector<torch::Tensor> hidden;
    std::vector<GateTrace> gates;
    GateTrace& gate(const std::string& name, const std::string& function);
};
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
