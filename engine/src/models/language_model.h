// The interface every architecture implements. Internal to the engine: it speaks torch.
#pragma once

#include <torch/torch.h>

#include <memory>

namespace unroll {

class Config;

struct ModelOutput {
    ModelOutput(torch::Tensor l, torch::Tensor r = {}, torch::Tensor d = {})
        : logits(std::move(l)), raw(std::move(r)), dropped(std::move(d)) {}
    torch::Tensor logits;   // (B, V) for one prediction per sample, (B, T, V) for every token
    torch::Tensor raw;      // (B, T, H) last layer's output before output dropout, or undefined
    torch::Tensor dropped;  // (B, T, H) the same after output dropout (what the decoder reads)
};

class LanguageModel : public torch::nn::Module {
public:
    // x: (B, T) token ids (int64).
    virtual ModelOutput forward(const torch::Tensor& x) = 0;
    // Forgets carried hidden state; the trainer calls it before each training epoch and before
    // each validation pass (fastai's ModelResetter).
    virtual void reset() {}

    // The generator that dropout draws from. Each trainer gives its model its own, so two models
    // training side by side do not interleave their random streams. Undefined: libtorch's global
    // generator.
    void setGenerator(at::Generator generator) { generator_ = std::move(generator); }
    const at::Generator& generator() const { return generator_; }

private:
    at::Generator generator_;
};

std::shared_ptr<LanguageModel> makeModel(const Config& config, int64_t vocab_size);

}  // namespace unroll
