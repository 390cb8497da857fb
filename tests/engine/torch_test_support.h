// Helpers the white-box (torch) model tests share.
#pragma once

#include <cmath>
#include <fstream>
#include <string>

#include <torch/torch.h>
#include <nlohmann/json.hpp>

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

// One model's entry of fixtures/pytorch_reference.json (made by fixtures/make_fixtures.py).
inline nlohmann::json reference(const std::string& name) {
    std::ifstream in(UNROLL_FIXTURES "/pytorch_reference.json");
    return nlohmann::json::parse(in)[name];
}

// A JSON list of lists of integers as an int64 tensor.
inline torch::Tensor fromJson(const nlohmann::json& rows) {
    std::vector<int64_t> flat;
    for (const auto& row : rows)
        for (const auto& v : row)
            flat.push_back(v.get<int64_t>());
    return torch::tensor(flat).view({static_cast<int64_t>(rows.size()), -1});
}

// Where a freshly seeded model's parameters differ from PyTorch's first values, or "".
inline std::string firstValuesMismatch(torch::nn::Module& model, const nlohmann::json& ref) {
    auto params = model.named_parameters();
    for (const auto& [name, values] : ref["first_values"].items()) {
        const torch::Tensor p = params[name].flatten();
        for (size_t i = 0; i < values.size(); ++i)
            if (p[int64_t(i)].item<float>() != values[i].get<float>())
                return name + "[" + std::to_string(i) + "] differs from PyTorch's";
    }
    return {};
}

// After backward: the first parameter whose gradient norm is not PyTorch's (to 1e-5), or "".
inline std::string gradNormMismatch(torch::nn::Module& model, const nlohmann::json& ref) {
    auto params = model.named_parameters();
    for (const auto& [name, norm] : ref["grad_norms"].items()) {
        const double mine = params[name].grad().norm().item<double>();
        if (std::abs(mine - norm.get<double>()) >= 1e-5 * std::max(1.0, norm.get<double>()))
            return name + ": " + std::to_string(mine) + " vs PyTorch " +
                   std::to_string(norm.get<double>());
    }
    return {};
}

}  // namespace unroll::test
