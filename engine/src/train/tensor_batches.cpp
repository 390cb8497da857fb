#include "train/tensor_batches.h"

namespace unroll {

namespace {

torch::Tensor toTensor(const std::vector<std::int32_t>& ids, int rows, int cols) {
    // from_blob borrows the vector; .to(kLong) makes the owned copy the embedding needs.
    return torch::from_blob(const_cast<std::int32_t*>(ids.data()), {rows, cols}, torch::kInt)
        .to(torch::kLong);
}

}  // namespace

TensorBatches::TensorBatches(const Dataset& data, Split split) {
    const bool train = split == Split::Train;
    const int64_t count = (train ? data.trainOrder() : data.validOrder()).batches();
    for (int64_t b = 0; b < count; ++b) {
        const Batch batch = train ? data.trainBatch(b) : data.validBatch(b);
        inputs_.push_back(toTensor(batch.inputs, batch.rows, batch.seq_len));
        tokens_.push_back(inputs_.back().numel());
        torch::Tensor targets = toTensor(batch.targets, batch.rows, batch.target_len);
        targets_.push_back(data.layout() == Layout::FixedWindow ? targets.squeeze(1) : targets);
    }
}

void TensorBatches::keepRows(int rank, int world) {
    shares_.clear();
    for (size_t b = 0; b < inputs_.size(); ++b) {
        const int64_t n = inputs_[b].size(0);
        const int64_t first = rank * n / world, end = (rank + 1) * n / world;
        inputs_[b] = inputs_[b].narrow(0, first, end - first).contiguous();
        targets_[b] = targets_[b].narrow(0, first, end - first).contiguous();
        shares_.push_back(static_cast<double>(end - first) / static_cast<double>(n));
    }
}

void TensorBatches::moveTo(const torch::Device& device) {
    for (torch::Tensor& t : inputs_)
        t = t.to(device);
    for (torch::Tensor& t : targets_)
        t = t.to(device);
}

}  // namespace unroll
