// fastai's learning-rate finder: train a bounded number of steps while the learning rate grows
// exponentially, record the smoothed loss, stop when it passes 4x its best, and suggest a rate.
#pragma once

#include <string>
#include <vector>

namespace unroll {

struct LrFindOptions {
    double start_lr = 1e-7;
    double end_lr = 10.0;
    int num_it = 100;
    bool stop_div = true;  // stop once the smoothed loss passes 4x its best
};

struct LrSuggestions {
    double valley = 0.0;   // fastai's default: from the longest descending stretch of the curve
    double minimum = 0.0;  // the rate of the lowest loss, divided by 10
    double steep = 0.0;    // where the loss falls fastest per decade of rate
};

struct LrFindResult {
    std::vector<double> lrs;
    std::vector<double> losses;      // smoothed (fastai records the smoothed loss)
    std::vector<double> raw_losses;  // each batch's own loss
    LrSuggestions suggestions;
    std::string stopped_because;  // "num_it", "diverged" (4x best), "non-finite", "stopped"
};

// fastai's suggestion functions over a recorded curve; like fastai, they skip the first num_it/10
// and the last 5 points and cut the curve at its first NaN.
LrSuggestions suggestLearningRates(const std::vector<double>& lrs,
                                   const std::vector<double>& losses, int num_it);

}  // namespace unroll
