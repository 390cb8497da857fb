// What a training step, an epoch and a whole fit report, and the observer that hears of them:
// the plain data that the run log, the run store, the snapshot buffer and the front ends share
// without pulling in the Trainer itself.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "unroll/probes.h"

namespace unroll {

// After every training batch.
struct StepMetrics {
    std::int64_t step = 0;  // batches trained since the fit began, from 1
    int epoch = 0;          // from 0, as fastai prints it
    int batch = 0;          // within the epoch, from 0
    int batches_per_epoch = 0;
    double loss = 0.0;               // this batch's cross-entropy (what is logged and smoothed)
    double ar = 0.0;                 // activation regularization added to the back-propagated loss
    double tar = 0.0;                // temporal activation regularization, likewise
    double grad_norm = 0.0;          // global gradient norm before clipping
    double grad_norm_clipped = 0.0;  // ... and after (equal when clipping is off or idle)
    double smooth_loss = 0.0;  // fastai's debiased moving average (beta 0.98) over the whole fit
    double lr = 0.0;           // the learning rate this step used
    double beta1 = 0.0;        // the momentum (Adam's beta1) this step used
    std::int64_t tokens = 0;   // input tokens in this batch
    double seconds = 0.0;      // wall time of this step
    bool last_in_epoch = false;
    bool applied = true;  // false when the guard skipped or withheld this step's update
    // Aligned with Trainer::parameterNames(): ‖grad‖ and ‖Δw‖/‖w‖ of each parameter.
    std::vector<double> grad_norms;
    std::vector<double> update_ratios;
    // Aligned with Trainer::activationNames(): each layer output's RMS and max |x|.
    std::vector<ActivationStat> activations;
    // Set on probe steps (every probe_every steps) and when the guard fired.
    std::shared_ptr<const ProbeFrame> probe;
    std::shared_ptr<const TrainEvent> event;
};

// After the validation pass that ends an epoch.
struct EpochMetrics {
    int epoch = 0;
    double train_loss = 0.0;       // smoothed, what fastai prints as train_loss
    double train_loss_mean = 0.0;  // plain mean of the epoch's batch losses
    double valid_loss = 0.0;       // batch means weighted by batch rows
    double valid_accuracy = 0.0;
    double perplexity = 0.0;  // exp(valid_loss)
    double train_seconds = 0.0;
    double valid_seconds = 0.0;
    std::int64_t train_tokens = 0;
};

class TrainObserver {
public:
    virtual ~TrainObserver() = default;
    virtual void onStep(const StepMetrics&) {}
    virtual void onEpoch(const EpochMetrics&) {}
    virtual void onProbe(const ProbeFrame&) {}
    virtual void onEvent(const TrainEvent&) {}
};

struct FitSummary {
    std::vector<EpochMetrics> epochs;
    bool stopped = false;  // the stop token ended the fit early
    bool paused = false;   // the guard paused the run (on_nonfinite=pause); fit() again resumes
    double train_seconds = 0.0;
    std::int64_t train_tokens = 0;  // of applied steps: a withheld step trained nothing
    double tokensPerSecond() const { return train_seconds > 0 ? train_tokens / train_seconds : 0; }
    // Adds a step's time and, when its update was applied, its tokens. The one rule for
    // training throughput: fit(), the session's run log and the CLI all count with it.
    void count(const StepMetrics& step) {
        train_seconds += step.seconds;
        train_tokens += step.applied ? step.tokens : 0;
    }
};

// What one Trainer::step() did.
enum class StepOutcome {
    Trained,   // a batch was trained (and its epoch closed if it was the last)
    Diverged,  // the guard fired and the update was withheld; the next step retries it
    Finished,  // nothing left to train
};

}  // namespace unroll
