// The sampling rule, in plain C++ so it can be tested on hand-made distributions.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "unroll/corpus.h"
#include "unroll/generate.h"

namespace unroll {

std::string Generation::text() const {
    std::vector<std::string> pieces;
    for (const GeneratedToken& t : tokens)
        pieces.push_back(t.chosen.token);
    return joinTokens(pieces, separator, word_marker);
}

std::int32_t sampleIndex(const std::vector<double>& probabilities, const SamplingOptions& o,
                         double uniform) {
    const size_t n = probabilities.size();
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    // Best first; ties by index, so greedy and the cut-offs are deterministic.
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return probabilities[a] > probabilities[b]; });
    if (o.temperature <= 0.0)
        return static_cast<std::int32_t>(order.front());

    // Temperature in log space: p^(1/T), normalised, computed stably from the largest.
    std::vector<double> weight(n);
    const double top = std::log(std::max(probabilities[order.front()], 1e-300));
    for (size_t i = 0; i < n; ++i)
        weight[i] = std::exp((std::log(std::max(probabilities[i], 1e-300)) - top) / o.temperature);
    size_t keep = n;
    if (o.top_k > 0)
        keep = std::min(keep, static_cast<size_t>(o.top_k));
    if (o.top_p < 1.0) {
        const double total = std::accumulate(weight.begin(), weight.end(), 0.0);
        double cumulative = 0.0;
        for (size_t r = 0; r < keep; ++r) {
            cumulative += weight[order[r]] / total;
            if (cumulative >= o.top_p) {
                keep = r + 1;
                break;
            }
        }
    }
    double kept = 0.0;
    for (size_t r = 0; r < keep; ++r)
        kept += weight[order[r]];
    double target = uniform * kept;
    for (size_t r = 0; r < keep; ++r) {
        target -= weight[order[r]];
        if (target < 0.0)
            return static_cast<std::int32_t>(order[r]);
    }
    return static_cast<std::int32_t>(order[keep - 1]);  // rounding at the very end
}

}  // namespace unroll
