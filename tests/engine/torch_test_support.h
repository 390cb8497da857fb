// Helpers the white-box (torch) model tests share.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "elementwise.h"
#include "models/language_model.h"
#include "pytorch_fixture.h"

namespace unroll::test {

constexpr int64_t kVocab = 30;

// Copies every parameter by name (the two modules must have the same parameter names).
inline void copyWeights(torch::nn::Module& from, torch::nn::Module& to) {
    torch::NoGradGuard no_grad;
    auto src = from.named_parameters();
    for (auto& item : to.named_parameters())
        item.value().copy_(src[item.key()]);
}

// A deterministic (rows, cols) batch of token ids below kVocab.
inline torch::Tensor tokens(int64_t rows, int64_t cols, int64_t salt = 0) {
    return torch::remainder(torch::arange(rows * cols).view({rows, cols}) * 7 + salt, kVocab);
}

inline double maxDiff(const torch::Tensor& a, const torch::Tensor& b) {
    return (a - b).abs().max().item<double>();
}

// A JSON list of lists of integers as an int64 tensor.
inline torch::Tensor fromJson(const nlohmann::json& rows) {
    std::vector<int64_t> flat;
    for (const auto& row : rows)
        for (const auto& v : row)
            flat.push_back(v.get<int64_t>());
    return torch::tensor(flat).view({static_cast<int64_t>(rows.size()), -1});
}

// A tensor's values, row-major, as floats.
inline std::vector<float> values(const torch::Tensor& t) {
    const torch::Tensor c = t.detach().to(torch::kFloat).contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

// The carried state as the fixture keeps it: every layer's h, then every layer's c (LSTM).
inline std::vector<std::vector<float>> carriedByKind(const LanguageModel& model) {
    const std::vector<torch::Tensor> state = model.carriedState();
    if (state.empty())  // LM1/LM2, or nothing carried yet
        return {};
    if (state.size() == 1)  // LM3/LM4: h alone
        return {values(state.front())};
    std::vector<float> h, c;
    for (size_t i = 0; i + 1 < state.size(); i += 2) {
        for (float v : values(state[i]))
            h.push_back(v);
        if (state[i + 1].defined())
            for (float v : values(state[i + 1]))
                c.push_back(v);
    }
    return c.empty() ? std::vector<std::vector<float>>{h} : std::vector<std::vector<float>>{h, c};
}

// One forward and backward against the fixture's entry `key` ("model/lm6"), element by element:
// the logits, the loss, the state carried to the next batch and every gradient. float32
// passes in another summation order differ by a few ulps: measured at most 2.4e-7 on logits
// and states (values up to 1), 5.2e-8 on gradients (values from 1e-6 to 0.1); the limits leave
// a margin of 10 or more. Returns what failed, or "" — and prints the largest differences.
constexpr Tolerance kLogits{1e-6, 1e-5};
constexpr Tolerance kGradients{2e-7, 1e-4};
inline std::string againstFixture(LanguageModel& model, const torch::Tensor& logits,
                                  double loss, const nlohmann::json& ref,
                                  const std::string& key) {
    const PyTorchFixture& fx = PyTorchFixture::get();
    Elementwise outputs(kLogits), grads(kGradients);
    outputs.array(values(logits), fx.tensor(key + "/logits"), "logits");
    outputs.value(loss, ref["loss"].get<double>(), "loss");
    const auto state = carriedByKind(model);
    const size_t expected_states = ref.value("states", 0);
    if (state.size() != expected_states)
        return "carries " + std::to_string(state.size()) + " state tensors, PyTorch " +
               std::to_string(expected_states);
    for (size_t i = 0; i < expected_states; ++i)
        outputs.array(state[i], fx.tensor(key + "/state/" + std::to_string(i)),
                      "state " + std::to_string(i));
    std::vector<std::string> mine, theirs = fx.namesUnder(key + "/grad/");
    for (const auto& item : model.named_parameters()) {
        mine.push_back(item.key());
        if (!fx.has(key + "/grad/" + item.key()))
            return item.key() + " has no gradient in the fixture";
        grads.array(values(item.value().grad()), fx.tensor(key + "/grad/" + item.key()),
                    item.key());
    }
    std::sort(theirs.begin(), theirs.end());
    std::sort(mine.begin(), mine.end());
    if (mine != theirs)
        return "the parameters are not PyTorch's (" + std::to_string(mine.size()) + " vs " +
               std::to_string(theirs.size()) + ")";
    std::printf("%s: outputs %s\n  gradients %s\n", key.c_str(), outputs.summary().c_str(),
                grads.summary().c_str());
    std::string failed;
    if (!outputs.ok())
        failed += "outputs: " + outputs.summary() + "\n";
    if (!grads.ok())
        failed += "gradients: " + grads.summary();
    return failed;
}

}  // namespace unroll::test
