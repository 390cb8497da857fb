#include "models/recurrent_lm.h"

#include <torch/nn/functional.h>

#include "models/dropout.h"
#include "models/projected_inputs.h"

namespace unroll {

namespace {

namespace F = torch::nn::functional;

// The decoder's bias alone, registered as "h_o" so a tied model's parameters are named as the
// book's (h_o.bias; the weight is i_h.weight).
struct DecoderBias : torch::nn::Module {
    explicit DecoderBias(const torch::Tensor& b) { bias = register_parameter("bias", b); }
    torch::Tensor bias;
};

}  // namespace

RecurrentLm::RecurrentLm(const RecurrentOptions& o) : options_(o), names_(namesOfActivations()) {
    // Creation order is the book's (i_h, rnn, h_o) so that a seeded run draws the same initial
    // weights as PyTorch, and the recurrent parameters come from libtorch's own modules, which
    // initialise them exactly as nn.RNN / nn.LSTM / nn.GRU do.
    i_h = register_module("i_h", torch::nn::Embedding(o.vocab, o.hidden));
    std::shared_ptr<torch::nn::Module> rnn;
    switch (o.kind) {
        case CellKind::Rnn:
            rnn = torch::nn::RNN(torch::nn::RNNOptions(o.hidden, o.hidden)
                                     .num_layers(o.layers)
                                     .nonlinearity(torch::kTanh))
                      .ptr();
            break;
        case CellKind::Lstm:
            rnn = torch::nn::LSTM(torch::nn::LSTMOptions(o.hidden, o.hidden).num_layers(o.layers))
                      .ptr();
            break;
        case CellKind::Gru:
            rnn = torch::nn::GRU(torch::nn::GRUOptions(o.hidden, o.hidden).num_layers(o.layers))
                      .ptr();
            break;
    }
    register_module("rnn", rnn);
    auto named = rnn->named_parameters();
    for (int64_t l = 0; l < o.layers; ++l) {
        const std::string n = std::to_string(l);
        params_.push_back({named["weight_ih_l" + n], named["weight_hh_l" + n],
                           named["bias_ih_l" + n], named["bias_hh_l" + n]});
    }
    // nn.Linear(hidden, vocab) draws its weight even when tying replaces it, as in PyTorch.
    torch::nn::Linear h_o(o.hidden, o.vocab);
    if (o.tie_weights) {
        register_module("h_o", std::make_shared<DecoderBias>(h_o->bias));
        decoder_weight_ = i_h->weight;
        decoder_bias_ = h_o->bias;
    } else {
        register_module("h_o", h_o);
        decoder_weight_ = h_o->weight;
        decoder_bias_ = h_o->bias;
    }
}

const torch::Tensor& RecurrentLm::decoderWeight() const {
    return decoder_weight_;
}

std::vector<LayerState> RecurrentLm::startState(const torch::Tensor& x) const {
    const int64_t batch = x.size(0);
    if (!state_.empty() && state_.front().h.size(0) == batch)
        return state_;
    const torch::Tensor zeros = torch::zeros({batch, options_.hidden}, i_h->weight.options());
    const bool lstm = options_.kind == CellKind::Lstm;
    return std::vector<LayerState>(static_cast<size_t>(options_.layers),
                                   LayerState{zeros, lstm ? zeros : torch::Tensor()});
}

std::vector<std::string> RecurrentLm::namesOfActivations() const {
    std::vector<std::string> names = {"embedding"};
    for (int64_t l = 1; l <= options_.layers; ++l)
        names.push_back("layer " + std::to_string(l));
    names.push_back("logits");
    return names;
}

std::vector<torch::Tensor> RecurrentLm::carriedState() const {
    std::vector<torch::Tensor> out;
    for (const LayerState& s : state_) {
        out.push_back(s.h);
        out.push_back(s.c);  // undefined for RNN and GRU
    }
    return out;
}

void RecurrentLm::setCarriedState(const std::vector<torch::Tensor>& state) {
    state_.clear();
    for (size_t i = 0; i + 1 < state.size(); i += 2)
        state_.push_back({state[i], state[i + 1]});
}

ModelOutput RecurrentLm::run(const torch::Tensor& x, Trace* trace) {
    const bool train = is_training();
    const RecurrentOptions& o = options_;
    // Traced (a probe, the batch view), the fused LSTM and GRU run their kernels themselves,
    // tapped; every other form, and the RNN kernel, which has no tap, runs step by step.
    const bool tapped = trace && tracesItsForward();
    const CellForm form = trace && !tapped ? CellForm::Scratch : o.form;
    const auto layers = static_cast<size_t>(o.layers);
    std::vector<LayerState> state = startState(x);
    if (trace)
        trace->layers.assign(layers, LayerTrace{});
    const std::vector<std::string>& names = names_;
    activations_.clear();

    // Time-major inside: every layer form steps along dimension 0.
    const torch::Tensor embedding = embeddingDropout(i_h->weight, o.embed_p, train, generator());
    // A fused layer stack without input dropout projects the embedding table instead of every
    // token (models/projected_inputs.h); the embedding output is then looked up only for
    // the statistics, outside the graph.
    // Off Unroll's kernels the layers are libtorch's, which take the embedded tokens.
    const bool project_table =
        form == CellForm::Fused && !(train && o.input_p > 0.0) && ownKernels(i_h->weight);
    torch::Tensor h;
    if (project_table) {
        torch::NoGradGuard no_grad;
        activations_.push_back({names.front(), F::embedding(x.t(), embedding), {}, true});
    } else {
        h = lockedDropout(F::embedding(x.t(), embedding), o.input_p, train, generator());
        activations_.push_back({names.front(), h, {}, true});
    }
    for (size_t l = 0; l < layers; ++l) {
        LayerParams p = params_[l];
        // DropConnect (fastai's WeightDropout) on the hidden-to-hidden matrix.
        p.w_hh = elementDropout(p.w_hh, o.weight_p, train, generator());
        LayerResult r =
            l == 0 && project_table
                ? runRecurrence(o.kind, projectedInputs(x, embedding, p.w_ih, inputBias(o.kind, p)),
                                state[l], p, trace ? &trace->layers[l] : nullptr)
                : runLayer(o.kind, form, h, state[l], p, trace ? &trace->layers[l] : nullptr);
        activations_.push_back({names[l + 1], r.out, {}, true});
        h = l + 1 < layers ? lockedDropout(r.out, o.hidden_p, train, generator()) : r.out;
        state[l] = {r.last.h.detach(), r.last.c.defined() ? r.last.c.detach() : torch::Tensor()};
    }
    state_ = std::move(state);  // truncated BPTT: the next batch starts here, without history

    // Back to batch-first for the outputs. Per-element output dropout draws its mask in that
    // layout, so a seeded run drops the same units as PyTorch's nn.Dropout on (B, T, H).
    const torch::Tensor raw = h.transpose(0, 1);
    const torch::Tensor dropped =
        o.out_locked ? lockedDropout(h, o.out_p, train, generator()).transpose(0, 1)
                     : elementDropout(raw, o.out_p, train, generator());
    torch::Tensor logits = F::linear(dropped, decoder_weight_, decoder_bias_);
    activations_.push_back({names.back(), logits, {}, false});
    return {logits, raw, dropped};
}

}  // namespace unroll
