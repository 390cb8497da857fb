// A loader's batches as int64 tensors, built once before training so that no step copies data.
#pragma once

#include <torch/types.h>

#include <vector>

#include "unroll/dataset.h"

namespace unroll {

class TensorBatches {
public:
    enum class Split { Train, Valid };
    TensorBatches() = default;
    TensorBatches(const Dataset& data, Split split);

    int64_t size() const { return static_cast<int64_t>(inputs_.size()); }
    // (rows, seq_len)
    const torch::Tensor& inputs(int64_t batch) const { return inputs_[static_cast<size_t>(batch)]; }
    // (rows) for fixed windows, (rows, seq_len) for sequences
    const torch::Tensor& targets(int64_t batch) const {
        return targets_[static_cast<size_t>(batch)];
    }

    // Every batch onto `device` (a GPU's memory), once, before training.
    void moveTo(const torch::Device& device);

private:
    std::vector<torch::Tensor> inputs_, targets_;
};

}  // namespace unroll
