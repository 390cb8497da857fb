// The layers LM1-LM4 share, named as the chapter names them: i_h (input to hidden, an embedding),
// h_h (the one hidden layer, reused at every step) and h_o (hidden to output).
#pragma once

#include <torch/nn/modules/embedding.h>
#include <torch/nn/modules/linear.h>

#include "models/language_model.h"

namespace unroll {

class ChapterRnn : public LanguageModel {
public:
    ChapterRnn(int64_t vocab_size, int64_t hidden, bool fused);

    ModelOutput forward(const torch::Tensor& x) override;
    ModelOutput tracedForward(const torch::Tensor& x, Trace& trace) override;
    std::vector<std::string> activationNames() const override { return {"hidden", "logits"}; }

    torch::nn::Embedding i_h{nullptr};
    torch::nn::Linear h_h{nullptr};
    torch::nn::Linear h_o{nullptr};

protected:
    // The book's code for the model, step by step; records into `trace` when given.
    virtual ModelOutput unrolled(const torch::Tensor& x, Trace* trace) = 0;
    // The same through the fused kernel.
    virtual ModelOutput fusedForward(const torch::Tensor& x) = 0;

    // h_t = relu(h_h(h_{t-1} + i_h(x_t))) for every token of x, starting from h0, in one kernel
    // call. Because h_h is linear, h_h(h + e) = W·h + (W·e + b): the input part of every step is
    // one matrix product up front. Returns the states, time-major (T, B, H).
    torch::Tensor fusedStates(const torch::Tensor& x, const torch::Tensor& h0);
    torch::Tensor zeroState(const torch::Tensor& x) const;
    // Records the layer outputs of this forward (per-step states or all at once) and the trace.
    void record(std::vector<torch::Tensor> steps, const torch::Tensor& logits, Trace* trace);
    void record(const torch::Tensor& states, const torch::Tensor& logits);

private:
    bool fused_;
};

}  // namespace unroll
