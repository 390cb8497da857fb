// Helpers the engine tests share.
#pragma once

#include <algorithm>
#include <cmath>
#include <vector>

#include "unroll/config.h"
#include "unroll/corpus.h"
#include "unroll/trainer.h"

namespace unroll::test {

// The largest |a[i] − b[i]| / |b[i]|: infinite when the lengths differ or a value is not a
// number (a NaN would otherwise compare as no difference at all).
inline double worstRelative(const std::vector<double>& a, const std::vector<double>& b) {
    if (a.size() != b.size())
        return INFINITY;
    double worst = 0.0;
    for (size_t i = 0; i < a.size(); ++i) {
        const double r = std::fabs(a[i] - b[i]) / std::max(std::fabs(b[i]), 1e-30);
        worst = std::isnan(r) ? INFINITY : std::max(worst, r);
    }
    return worst;
}

// Built once per test program: generating it takes a few milliseconds.
inline const Corpus& numbers() {
    static const Corpus c = humanNumbersCorpus();
    return c;
}

// A preset with fewer epochs, for tests that only need to train a little.
inline Config quick(const std::string& preset, int epochs = 1) {
    Config c = findPreset(preset).config();
    c.set("epochs", std::int64_t(epochs));
    return c;
}

// Keeps everything a fit reports.
class Recorder : public TrainObserver {
public:
    void onStep(const StepMetrics& s) override { steps.push_back(s); }
    void onProbe(const ProbeFrame& p) override { probes.push_back(p); }
    void onEpoch(const EpochMetrics& e) override { epochs.push_back(e); }
    std::vector<StepMetrics> steps;
    std::vector<ProbeFrame> probes;
    std::vector<EpochMetrics> epochs;
};

}  // namespace unroll::test
