// A TrainingSession that needs no model: each step takes a set time and reports as many steps as
// asked, so thread hand-off, stopping and flooding can be tested exactly.
#pragma once

#include <atomic>
#include <chrono>
#include <thread>

#include "unroll/training_session.h"

namespace unroll::test {

struct StubCounters {
    std::atomic<int> steps_started{0};
    std::atomic<int> steps_finished{0};
};

class StubSession : public TrainingSession {
public:
    StubSession(StubCounters* counters, std::chrono::milliseconds step_time, int reports_per_step,
                int total_steps)
        : counters_(counters),
          step_time_(step_time),
          reports_(reports_per_step),
          total_(total_steps) {}

    SessionInfo info() const override {
        SessionInfo i;
        i.epochs = 1;
        i.batches_per_epoch = total_;
        i.parameter_names = {"w"};
        i.activation_names = {"layer 1"};
        return i;
    }
    bool finished() const override { return done_ >= total_; }
    StepResult step(TrainObserver& observer) override {
        if (finished())
            return StepResult::Finished;
        ++counters_->steps_started;
        std::this_thread::sleep_for(step_time_);
        for (int r = 0; r < reports_; ++r) {
            StepMetrics m;
            m.step = ++reported_;
            m.batches_per_epoch = total_;
            m.loss = 1.0;
            m.seconds = 0.001;
            m.tokens = 10;
            observer.onStep(m);
        }
        ++done_;
        ++counters_->steps_finished;
        return StepResult::Trained;
    }
    void applyLive(const Config&) override {}
    void save(const std::string&) const override {}
    BatchView inspectValidBatch(std::int64_t, const BatchViewOptions&) override { return {}; }
    EpochMetrics evaluate(bool, std::uint64_t) override { return {}; }
    Generation generate(const std::string&, const SamplingOptions&,
                        const std::function<bool(const GeneratedToken&)>&) override {
        return {};
    }
    LrFindResult findLearningRate(const LrFindOptions&, const std::atomic<bool>*) override {
        return {};
    }

private:
    StubCounters* counters_;
    std::chrono::milliseconds step_time_;
    int reports_;
    int total_;
    int done_ = 0;
    std::int64_t reported_ = 0;
};

}  // namespace unroll::test
