// A corpus at a glance, as a configuration will train on it: size, vocabulary, the most frequent
// tokens and how much of the text they cover, and the batches the layout makes of it.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "unroll/config.h"
#include "unroll/corpus.h"

namespace unroll {

struct CorpusSummary {
    std::string name;
    std::string source;
    std::string tokenizer;  // "word" or "char"
    std::int64_t tokens = 0;
    int vocab = 0;
    std::vector<std::pair<std::string, std::int64_t>> most_frequent;  // the top 10, most first
    // Share of all tokens that are one of the k most frequent types, for k = 1, 10, 100.
    double coverage_top1 = 0.0;
    double coverage_top10 = 0.0;
    double coverage_top100 = 0.0;
    std::int64_t train_samples = 0;
    std::int64_t valid_samples = 0;
    std::int64_t train_batches = 0;  // per epoch
    std::int64_t valid_batches = 0;
};

// Throws CorpusError when the corpus is too short for the configuration's batches.
CorpusSummary summarizeCorpus(const Corpus& corpus, const Config& config);

}  // namespace unroll
