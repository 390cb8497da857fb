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
    // Worker `rank` of `world`'s rows of every batch: rows [rank·n/world, (rank+1)·n/world) of
    // its n, the same rows of every batch, so that a stateful model's row carries on in the next
    // batch on the same worker. A worker's share of a batch can be empty (a short last batch).
    void keepRows(int rank, int world);
    // This worker's rows of batch `batch` over the batch's rows before keepRows (1 without it):
    // the weight of its mean loss and gradient in the whole batch's.
    double share(int64_t batch) const {
        return shares_.empty() ? 1.0 : shares_[static_cast<size_t>(batch)];
    }
    // The tokens of batch `batch`'s inputs before keepRows: every worker's.
    int64_t batchTokens(int64_t batch) const { return tokens_[static_cast<size_t>(batch)]; }

private:
    std::vector<torch::Tensor> inputs_, targets_;
    std::vector<double> shares_;
    std::vector<int64_t> tokens_;
};

}  // namespace unroll
