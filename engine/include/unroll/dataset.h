// Samples, the in-order train/valid cut and the batch order, exactly as the chapter lays them out.
// Plain C++: the trainer turns these into tensors once; the tests and the batch viewer read them
// directly.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "unroll/corpus.h"

namespace unroll {

class Config;

enum class Layout {
    FixedWindow,  // sl tokens -> the next token (LM1-LM3, sl = 3)
    Sequence,     // sl tokens -> the sl tokens shifted by one (LM4 on)
};

// Samples start every seq_len tokens: i = 0, sl, 2sl, ... < n - sl - 1 (the chapter's range()).
struct SampleSet {
    Layout layout = Layout::Sequence;
    int seq_len = 0;
    std::int64_t first = 0;  // index of the first sample of this set
    std::int64_t count = 0;

    int targetLength() const { return layout == Layout::FixedWindow ? 1 : seq_len; }
};

std::int64_t sampleCount(std::int64_t token_count, int seq_len);

// The order in which a loader yields the samples of a set.
struct BatchOrder {
    int batch_size = 0;
    std::vector<std::int64_t> samples;  // indices relative to SampleSet::first, in loader order
    std::int64_t batches() const;
    int rowsIn(std::int64_t batch) const;
};

// group_chunks(ds, bs): m = n / bs; row j of batch i is sample j*m + i, so each row reads a
// contiguous stretch of text and batch i+1 continues every row of batch i. Samples past m*bs
// are dropped (drop_last).
BatchOrder groupChunks(std::int64_t sample_count, int batch_size);
// Samples in order; drop_last drops the final partial batch.
BatchOrder sequentialOrder(std::int64_t sample_count, int batch_size, bool drop_last);

// One batch as token ids, row-major: inputs rows x seq_len, targets rows x target_len.
struct Batch {
    int rows = 0;
    int seq_len = 0;
    int target_len = 0;
    std::vector<std::int32_t> inputs;
    std::vector<std::int32_t> targets;

    const std::int32_t* inputRow(int r) const { return inputs.data() + r * seq_len; }
    const std::int32_t* targetRow(int r) const { return targets.data() + r * target_len; }
};

// A batch row decoded back to text.
struct DecodedRow {
    std::string input;
    std::string target;
};
std::vector<DecodedRow> decodeBatch(const Batch& batch, const Vocab& vocab);

// A corpus laid out for one architecture: samples, the cut and both loaders.
class Dataset {
public:
    // grouped: group_chunks with drop_last on both sets (stateful models); otherwise sequential
    // with drop_last on the training set only (the chapter's DataLoaders.from_dsets).
    Dataset(std::vector<std::int32_t> tokens, Layout layout, int seq_len, double valid_pct,
            int batch_size, bool grouped);
    // Lays out `corpus` as `config` asks (arch, seq_len, batch_size, valid_pct). Throws
    // CorpusError when the corpus is too short for one training and one validation batch.
    static Dataset forConfig(const Corpus& corpus, const Config& config);

    const SampleSet& train() const { return train_; }
    const SampleSet& valid() const { return valid_; }
    const BatchOrder& trainOrder() const { return train_order_; }
    const BatchOrder& validOrder() const { return valid_order_; }
    bool grouped() const { return grouped_; }
    Layout layout() const { return train_.layout; }
    int seqLen() const { return train_.seq_len; }
    const std::vector<std::int32_t>& tokens() const { return tokens_; }

    Batch trainBatch(std::int64_t index) const { return batch(train_, train_order_, index); }
    Batch validBatch(std::int64_t index) const { return batch(valid_, valid_order_, index); }

    // The fewest tokens a corpus needs for one training and one validation batch.
    // Both layouts take the same samples; only their targets differ.
    static std::int64_t minimumTokens(int seq_len, double valid_pct, int batch_size, bool grouped);

private:
    Batch batch(const SampleSet& set, const BatchOrder& order, std::int64_t index) const;

    std::vector<std::int32_t> tokens_;
    SampleSet train_;
    SampleSet valid_;
    BatchOrder train_order_;
    BatchOrder valid_order_;
    bool grouped_ = false;
};

}  // namespace unroll
