// Samples, the 80/20 in-order cut, group_chunks and drop_last, as the chapter's code does them.
#include "unroll/dataset.h"

#include <algorithm>

#include "unroll/architecture.h"
#include "unroll/config.h"

namespace unroll {

std::int64_t sampleCount(std::int64_t token_count, int seq_len) {
    // len(range(0, n - sl - 1, sl)): every sample needs sl inputs plus one more token as target.
    const std::int64_t span = token_count - seq_len - 1;
    return span > 0 ? (span + seq_len - 1) / seq_len : 0;
}

std::int64_t BatchOrder::batches() const {
    return batch_size > 0
               ? (static_cast<std::int64_t>(samples.size()) + batch_size - 1) / batch_size
               : 0;
}

int BatchOrder::rowsIn(std::int64_t batch) const {
    const std::int64_t left = static_cast<std::int64_t>(samples.size()) - batch * batch_size;
    return static_cast<int>(std::clamp<std::int64_t>(left, 0, batch_size));
}

BatchOrder groupChunks(std::int64_t sample_count, int batch_size) {
    BatchOrder order;
    order.batch_size = batch_size;
    const std::int64_t m = sample_count / batch_size;
    order.samples.reserve(static_cast<size_t>(m * batch_size));
    for (std::int64_t i = 0; i < m; ++i)
        for (std::int64_t j = 0; j < batch_size; ++j)
            order.samples.push_back(j * m + i);
    return order;
}

BatchOrder sequentialOrder(std::int64_t sample_count, int batch_size, bool drop_last) {
    BatchOrder order;
    order.batch_size = batch_size;
    const std::int64_t used = drop_last ? sample_count / batch_size * batch_size : sample_count;
    order.samples.resize(static_cast<size_t>(used));
    for (std::int64_t i = 0; i < used; ++i)
        order.samples[static_cast<size_t>(i)] = i;
    return order;
}

std::vector<DecodedRow> decodeBatch(const Batch& batch, const Vocab& vocab) {
    std::vector<DecodedRow> rows;
    rows.reserve(static_cast<size_t>(batch.rows));
    for (int r = 0; r < batch.rows; ++r)
        rows.push_back({vocab.decode(batch.inputRow(r), static_cast<size_t>(batch.seq_len)),
                        vocab.decode(batch.targetRow(r), static_cast<size_t>(batch.target_len))});
    return rows;
}

namespace {

std::int64_t trainCut(std::int64_t count, double valid_pct) {
    // int(len(seqs) * 0.8): truncation, as the chapter's Python does it.
    return static_cast<std::int64_t>(static_cast<double>(count) * (1.0 - valid_pct));
}

}  // namespace

Dataset::Dataset(std::vector<std::int32_t> tokens, Layout layout, int seq_len, double valid_pct,
                 int batch_size, bool grouped)
    : tokens_(std::move(tokens)), grouped_(grouped) {
    const std::int64_t count = sampleCount(static_cast<std::int64_t>(tokens_.size()), seq_len);
    const std::int64_t cut = trainCut(count, valid_pct);
    train_ = SampleSet{layout, seq_len, 0, cut};
    valid_ = SampleSet{layout, seq_len, cut, count - cut};
    if (grouped) {
        train_order_ = groupChunks(train_.count, batch_size);
        valid_order_ = groupChunks(valid_.count, batch_size);
    } else {
        train_order_ = sequentialOrder(train_.count, batch_size, /*drop_last=*/true);
        valid_order_ = sequentialOrder(valid_.count, batch_size, /*drop_last=*/false);
    }
}

std::int64_t Dataset::minimumTokens(int seq_len, double valid_pct, int batch_size, bool grouped) {
    auto enough = [&](std::int64_t n) {
        const std::int64_t count = sampleCount(n, seq_len);
        const std::int64_t cut = trainCut(count, valid_pct);
        const std::int64_t valid_needed = grouped ? batch_size : 1;
        return cut >= batch_size && count - cut >= valid_needed;
    };
    // The sample counts only grow with n, so the smallest n that is enough can be bisected.
    std::int64_t lo = 1, hi = 1;
    while (!enough(hi))
        hi *= 2;
    while (lo < hi) {
        const std::int64_t mid = lo + (hi - lo) / 2;
        if (enough(mid))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

Dataset Dataset::forConfig(const Corpus& corpus, const Config& config) {
    const ArchitectureInfo& arch = architecture(config.get(settings::arch));
    const Layout layout = arch.every_token ? Layout::Sequence : Layout::FixedWindow;
    const int seq_len = static_cast<int>(config.get(settings::seq_len));
    const int batch_size = static_cast<int>(config.get(settings::batch_size));
    const double valid_pct = config.get(settings::valid_pct);
    Dataset data(corpus.tokens, layout, seq_len, valid_pct, batch_size, arch.stateful);
    if (data.trainOrder().batches() < 1 || data.validOrder().batches() < 1) {
        const std::int64_t need = minimumTokens(seq_len, valid_pct, batch_size, arch.stateful);
        throw CorpusError(Message(
            UNROLL_TEXT(
                "corpus '%1' is too short: %2 tokens, but %3 with batch_size %4 and seq_len "
                "%5 needs at least %6 for one training and one validation batch — use a "
                "longer text or a smaller batch_size or seq_len"),
            corpus.name, corpus.tokens.size(), arch.name, batch_size, seq_len, need));
    }
    return data;
}

Batch Dataset::batch(const SampleSet& set, const BatchOrder& order, std::int64_t index) const {
    Batch b;
    b.rows = order.rowsIn(index);
    b.seq_len = set.seq_len;
    b.target_len = set.targetLength();
    b.inputs.reserve(static_cast<size_t>(b.rows * b.seq_len));
    b.targets.reserve(static_cast<size_t>(b.rows * b.target_len));
    for (int r = 0; r < b.rows; ++r) {
        const std::int64_t sample =
            set.first + order.samples[static_cast<size_t>(index * order.batch_size + r)];
        const auto start = tokens_.begin() + sample * set.seq_len;
        b.inputs.insert(b.inputs.end(), start, start + set.seq_len);
        if (set.layout == Layout::FixedWindow)
            b.targets.push_back(*(start + set.seq_len));
        else
            b.targets.insert(b.targets.end(), start + 1, start + 1 + set.seq_len);
    }
    return b;
}

}  // namespace unroll
