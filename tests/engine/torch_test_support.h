// Helpers the white-box (torch) model tests share.
#pragma once

#include <fstream>

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

}  // namespace unroll::test
