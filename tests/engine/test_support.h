// Helpers the engine tests share.
#pragma once

#include "unroll/config.h"
#include "unroll/corpus.h"
#include "unroll/trainer.h"

namespace unroll::test {

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
