// LM1-LM4, the first half of the chapter. Each has the book's step-by-step forward (cell=scratch)
// and the fused kernel path (cell=fused); tests prove both compute the same function.
#pragma once

#include "models/chapter_rnn.h"

namespace unroll {

class Lm1 : public ChapterRnn {
public:
    using ChapterRnn::ChapterRnn;
    ModelOutput forward(const torch::Tensor& x) override;
};

class Lm2 : public ChapterRnn {
public:
    using ChapterRnn::ChapterRnn;
    ModelOutput forward(const torch::Tensor& x) override;
};

class Lm3 : public ChapterRnn {
public:
    using ChapterRnn::ChapterRnn;
    ModelOutput forward(const torch::Tensor& x) override;
    void reset() override;
    const torch::Tensor& state() const { return h_; }

private:
    torch::Tensor h_;  // (B, H), carried between batches; undefined means zero
};

class Lm4 : public ChapterRnn {
public:
    using ChapterRnn::ChapterRnn;
    ModelOutput forward(const torch::Tensor& x) override;
    void reset() override;
    const torch::Tensor& state() const { return h_; }

private:
    torch::Tensor h_;
};

}  // namespace unroll
