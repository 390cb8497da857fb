#include "unroll/corpus_summary.h"

#include <algorithm>

#include "unroll/dataset.h"

namespace unroll {

CorpusSummary summarizeCorpus(const Corpus& corpus, const Config& config) {
    const Dataset data = Dataset::forConfig(corpus, config);
    CorpusSummary s;
    s.name = corpus.name;
    s.source = corpus.source;
    s.tokenizer = config.get(settings::tokenizer);
    s.tokens = static_cast<std::int64_t>(corpus.tokens.size());
    s.vocab = corpus.vocab.size();
    std::vector<std::int64_t> counts(static_cast<size_t>(s.vocab), 0);
    for (std::int32_t t : corpus.tokens)
        ++counts[static_cast<size_t>(t)];
    std::vector<std::int32_t> order(counts.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<std::int32_t>(i);
    // Most frequent first; ties in order of first appearance.
    std::stable_sort(order.begin(), order.end(), [&](std::int32_t a, std::int32_t b) {
        return counts[static_cast<size_t>(a)] > counts[static_cast<size_t>(b)];
    });
    std::int64_t covered = 0;
    for (size_t k = 0; k < order.size(); ++k) {
        covered += counts[static_cast<size_t>(order[k])];
        const double share = static_cast<double>(covered) / static_cast<double>(s.tokens);
        if (k == 0)
            s.coverage_top1 = share;
        if (k < 10)
            s.coverage_top10 = share;
        if (k < 100)
            s.coverage_top100 = share;
        if (k < 10)
            s.most_frequent.emplace_back(corpus.vocab.token(order[k]),
                                         counts[static_cast<size_t>(order[k])]);
    }
    s.train_samples = data.train().count;
    s.valid_samples = data.valid().count;
    s.train_batches = data.trainOrder().batches();
    s.valid_batches = data.validOrder().batches();
    return s;
}

}  // namespace unroll
