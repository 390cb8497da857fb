// fastai's AvgSmoothLoss: an exponential moving average of the batch loss, debiased so the first
// values are not pulled toward zero. Kept over the whole fit, as fastai's Recorder keeps it.
#pragma once

#include <cmath>
#include <cstdint>

namespace unroll {

class SmoothLoss {
public:
    explicit SmoothLoss(double beta = 0.98) : beta_(beta) {}
    void setBeta(double beta) { beta_ = beta; }
    double add(double loss) {
        ++count_;
        average_ = beta_ * average_ + (1.0 - beta_) * loss;  // torch.lerp(loss, avg, beta)
        return value();
    }
    double value() const {
        return count_ == 0 ? 0.0 : average_ / (1.0 - std::pow(beta_, static_cast<double>(count_)));
    }

    // For checkpoints: the running sum and count, restored exactly.
    double average() const { return average_; }
    std::int64_t count() const { return count_; }
    void restore(double average, std::int64_t count) {
        average_ = average;
        count_ = count;
    }

private:
    double beta_;
    double average_ = 0.0;
    std::int64_t count_ = 0;
};

}  // namespace unroll
