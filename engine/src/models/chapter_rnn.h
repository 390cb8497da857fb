// The layers LM1-LM4 share, named as the chapter names them: i_h (input to hidden, an embedding),
// h_h (the one hidden layer, reused at every step) and h_o (hidden to output).
#pragma once

#include "models/language_model.h"

namespace unroll {

class ChapterRnn : public LanguageModel {
public:
    ChapterRnn(int64_t vocab_size, int64_t hidden, bool fused);

    torch::nn::Embedding i_h{nullptr};
    torch::nn::Linear h_h{nullptr};
    torch::nn::Linear h_o{nullptr};

protected:
    bool fused() const { return fused_; }
    // The fused path: h_t = relu(h_h(h_{t-1} + i_h(x_t))) for every token of x, starting from
    // h0, in one kernel call. Because h_h is linear, h_h(h + e) = W·h + (W·e + b): the input
    // part of every step is one matrix product up front. Returns the states, time-major (T, B, H).
    torch::Tensor fusedStates(const torch::Tensor& x, const torch::Tensor& h0);
    torch::Tensor zeroState(const torch::Tensor& x) const;

private:
    bool fused_;
};

}  // namespace unroll
