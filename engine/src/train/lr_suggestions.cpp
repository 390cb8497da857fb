// fastai's valley, minimum and steep, on a curve recorded by the LR finder.
#include <cmath>
#include <limits>

#include "unroll/lr_finder.h"

namespace unroll {

LrSuggestions suggestLearningRates(const std::vector<double>& all_lrs,
                                   const std::vector<double>& all_losses, int num_it) {
    const size_t skip_start = static_cast<size_t>(num_it / 10);
    const size_t end = all_losses.size() > 5 ? all_losses.size() - 5 : 0;
    std::vector<double> lrs, losses;
    for (size_t i = skip_start; i < end; ++i) {
        if (std::isnan(all_losses[i]))
            break;
        lrs.push_back(all_lrs[i]);
        losses.push_back(all_losses[i]);
    }
    LrSuggestions s;
    const size_t n = losses.size();
    if (n == 0)
        return s;

    // valley: the longest decreasing subsequence; the suggestion sits half-way into its middle
    // third.
    std::vector<size_t> lds(n, 1);
    size_t max_start = 0, max_end = 0;
    for (size_t i = 1; i < n; ++i) {
        for (size_t j = 0; j < i; ++j) {
            if (losses[i] < losses[j] && lds[i] < lds[j] + 1)
                lds[i] = lds[j] + 1;
            if (lds[max_end] < lds[i]) {
                max_end = i;
                max_start = max_end - lds[max_end];
            }
        }
    }
    const double sections = static_cast<double>(max_end - max_start) / 3.0;
    const size_t idx =
        max_start + static_cast<size_t>(sections) + static_cast<size_t>(sections / 2.0);
    s.valley = lrs[std::min(idx, n - 1)];

    size_t lowest = 0;
    for (size_t i = 1; i < n; ++i)
        if (losses[i] < losses[lowest])
            lowest = i;
    s.minimum = lrs[lowest] / 10.0;

    double steepest = std::numeric_limits<double>::infinity();
    s.steep = lrs.front();
    for (size_t i = 0; i + 1 < n; ++i) {
        const double slope =
            (losses[i + 1] - losses[i]) / (std::log(lrs[i + 1]) - std::log(lrs[i]));
        if (slope < steepest) {
            steepest = slope;
            s.steep = lrs[i];
        }
    }
    return s;
}

}  // namespace unroll
