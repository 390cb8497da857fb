// One validation batch as the model sees it: the tokens read, the tokens to predict, what the
// model predicted with what probability (and its top candidates), and one layer's hidden state
// at every token. Plain data for the window's data view and the tests.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "unroll/generate.h"

namespace unroll {

struct PredictedToken {
    std::int32_t target = 0;
    std::int32_t predicted = 0;  // the most likely token
    double p_target = 0.0;       // the probability the model gave the right token
    double p_predicted = 0.0;
    std::vector<TokenChoice> top;  // the most likely tokens, best first
};

struct BatchViewOptions {
    int top_k = 5;
    int layer = 1;       // whose hidden state to record, from 1 (the last layer if larger)
    bool hidden = true;  // record it at all
    // Read as Trainer::evaluate(true, seed) reads the batches: a stateful model carries into
    // this batch the state of the batches before it in that shuffled order, not in the text's.
    bool shuffled = false;
    std::uint64_t seed = 0;
};

struct BatchView {
    std::int64_t index = 0;    // the validation batch, from 0
    std::int64_t batches = 0;  // validation batches in all
    bool shuffled = false;     // read after the batches before it in a shuffled order
    int rows = 0;
    int seq_len = 0;
    int target_len = 0;                 // seq_len, or 1 for models that predict the last token
    std::vector<std::int32_t> inputs;   // rows x seq_len
    std::vector<std::int32_t> targets;  // rows x target_len
    std::vector<PredictedToken> predictions;  // rows x target_len
    int layer = 0;                            // the layer `hidden` belongs to (0: none recorded)
    int units = 0;
    std::vector<float> hidden;  // rows x seq_len x units: h_t of `layer` after each token
    double loss = 0.0;          // this batch's cross-entropy
    double accuracy = 0.0;
    const PredictedToken& prediction(int row, int t) const {
        return predictions[static_cast<size_t>(row * target_len + t)];
    }
    float hiddenAt(int row, int t, int unit) const {
        return hidden[(static_cast<size_t>(row) * seq_len + t) * units + unit];
    }
};

}  // namespace unroll
