// The interface every architecture implements. Internal to the engine: it speaks torch.
#pragma once

#include <torch/torch.h>

#include <memory>

namespace unroll {

class Config;

struct ModelOutput {
    torch::Tensor logits;  // (B, V) for one prediction per sample, (B, T, V) for every token
};

class LanguageModel : public torch::nn::Module {
public:
    // x: (B, T) token ids (int64).
    virtual ModelOutput forward(const torch::Tensor& x) = 0;
    // Forgets carried hidden state; the trainer calls it before each training epoch and before
    // each validation pass (fastai's ModelResetter).
    virtual void reset() {}
};

std::shared_ptr<LanguageModel> makeModel(const Config& config, int64_t vocab_size);

}  // namespace unroll
