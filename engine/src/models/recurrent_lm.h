// LM5-LM7 and GRU: embedding -> a stack of recurrent layers -> decoder, the hidden state carried
// from batch to batch and detached after each. With the AWD-LSTM settings it adds, in fastai's
// order: embedding dropout, locked dropout on the input, DropConnect on the hidden-to-hidden
// weights, locked dropout between layers, dropout on the output, and weight tying.
#pragma once

#include <torch/nn/modules/embedding.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/rnn.h>

#include "models/language_model.h"
#include "models/recurrent_layers.h"

namespace unroll {

struct RecurrentOptions {
    CellKind kind = CellKind::Lstm;
    CellForm form = CellForm::Fused;
    int64_t vocab = 0;
    int64_t hidden = 64;
    int64_t layers = 2;
    bool tie_weights = false;  // decoder weight IS the embedding matrix: one tensor
    double out_p = 0.0;        // dropout on the last layer's output, before the decoder
    bool out_locked = false;   // ...one mask per sequence instead of per element
    double input_p = 0.0;      // locked dropout on the embedding output
    double hidden_p = 0.0;     // locked dropout between layers
    double embed_p = 0.0;      // whole-word dropout on the embedding matrix
    double weight_p = 0.0;     // DropConnect on each layer's hidden-to-hidden matrix
};

class RecurrentLm : public LanguageModel {
public:
    explicit RecurrentLm(const RecurrentOptions& options);
    ModelOutput forward(const torch::Tensor& x) override { return run(x, nullptr); }
    ModelOutput tracedForward(const torch::Tensor& x, Trace& trace) override {
        return run(x, &trace);
    }
    bool tracesItsForward() const override {
        return options_.form == CellForm::Fused && options_.kind != CellKind::Rnn;
    }
    void reset() override { state_.clear(); }
    std::vector<torch::Tensor> carriedState() const override;
    void setCarriedState(const std::vector<torch::Tensor>& state) override;
    std::vector<std::string> activationNames() const override { return names_; }

    const RecurrentOptions& options() const { return options_; }
    // Per layer; empty after reset().
    const std::vector<LayerState>& state() const { return state_; }
    const LayerParams& layerParams(int64_t layer) const {
        return params_[static_cast<size_t>(layer)];
    }
    // The decoder's weight: the embedding matrix itself when tied.
    const torch::Tensor& decoderWeight() const;

    torch::nn::Embedding i_h{nullptr};

private:
    // The forward pass; with a trace, every layer runs its from-scratch form and records.
    ModelOutput run(const torch::Tensor& x, Trace* trace);
    std::vector<LayerState> startState(const torch::Tensor& x) const;
    std::vector<std::string> namesOfActivations() const;

    RecurrentOptions options_;
    std::vector<LayerParams> params_;
    torch::Tensor decoder_weight_, decoder_bias_;
    std::vector<LayerState> state_;
    std::vector<std::string> names_;  // of the recorded layer outputs, built once
};

}  // namespace unroll
