// LM1-LM4, the first half of the chapter. Each has the book's step-by-step forward (cell=scratch)
// and the fused kernel path (cell=fused); tests prove both compute the same function.
#pragma once

#include "models/chapter_rnn.h"

namespace unroll {

class Lm1 : public ChapterRnn {
public:
    using ChapterRnn::ChapterRnn;

protected:
    ModelOutput unrolled(const torch::Tensor& x, Trace* trace) override;
    ModelOutput fusedForward(const torch::Tensor& x) override;
};

class Lm2 : public ChapterRnn {
public:
    using ChapterRnn::ChapterRnn;

protected:
    ModelOutput unrolled(const torch::Tensor& x, Trace* trace) override;
    ModelOutput fusedForward(const torch::Tensor& x) override;
};

// LM3 on: the hidden state survives from batch to batch, detached so backpropagation stops at
// the batch boundary.
class StatefulChapterRnn : public ChapterRnn {
public:
    using ChapterRnn::ChapterRnn;
    void reset() override { h_ = torch::Tensor(); }
    const torch::Tensor& state() const { return h_; }
    std::vector<torch::Tensor> carriedState() const override {
        return h_.defined() ? std::vector<torch::Tensor>{h_} : std::vector<torch::Tensor>{};
    }
    void setCarriedState(const std::vector<torch::Tensor>& s) override {
        h_ = s.empty() ? torch::Tensor() : s.front();
    }

protected:
    // The state carried into this batch (zero after a reset or when the batch size changed).
    torch::Tensor carried(const torch::Tensor& x) {
        if (!h_.defined() || h_.size(0) != x.size(0))
            h_ = zeroState(x);
        return h_;
    }
    // Keeps h for the next batch without its autograd history (truncated BPTT).
    void carry(const torch::Tensor& h) { h_ = h.detach(); }

private:
    torch::Tensor h_;  // (B, H); undefined means zero
};

class Lm3 : public StatefulChapterRnn {
public:
    using StatefulChapterRnn::StatefulChapterRnn;

protected:
    ModelOutput unrolled(const torch::Tensor& x, Trace* trace) override;
    ModelOutput fusedForward(const torch::Tensor& x) override;
};

class Lm4 : public StatefulChapterRnn {
public:
    using StatefulChapterRnn::StatefulChapterRnn;

protected:
    ModelOutput unrolled(const torch::Tensor& x, Trace* trace) override;
    ModelOutput fusedForward(const torch::Tensor& x) override;
};

}  // namespace unroll
