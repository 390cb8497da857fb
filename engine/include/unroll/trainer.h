// The trainer: owns the model, the optimizer and the schedule, and steps them one batch at a time.
// Its interface is plain C++ (libtorch stays behind the pimpl), so the CLI, the GUI's worker thread
// and the tests all drive it the same way.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "unroll/config.h"
#include "unroll/corpus.h"
#include "unroll/dataset.h"

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
};

struct FitSummary {
    std::vector<EpochMetrics> epochs;
    bool stopped = false;  // the stop token ended the fit early
    double train_seconds = 0.0;
    std::int64_t train_tokens = 0;
    double tokensPerSecond() const { return train_seconds > 0 ? train_tokens / train_seconds : 0; }
};

// Training cannot go on: the loss or a gradient is no longer a finite number. The weights are
// left as they were before the step that failed.
class DivergenceError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Sets the calling thread's intra-op thread count for libtorch; call once on the thread that
// trains (OpenMP's setting is per thread).
void configureWorkerThread(int threads);

class Trainer {
public:
    // Validates the config, lays out the corpus and builds the model with the config's seed.
    // Throws ConfigError or CorpusError with a message a person can act on.
    Trainer(const Config& config, const Corpus& corpus);
    ~Trainer();
    Trainer(const Trainer&) = delete;
    Trainer& operator=(const Trainer&) = delete;

    const Config& config() const;
    const Corpus& corpus() const;
    const Dataset& dataset() const;
    std::int64_t parameterCount() const;  // unique tensors: a tied weight counts once
    int epochs() const;
    int batchesPerEpoch() const;
    std::int64_t stepsDone() const;
    bool finished() const;  // every epoch trained and validated

    // Trains one batch (resetting the model first at the start of an epoch). When the returned
    // metrics say last_in_epoch, call endEpoch() before the next trainStep(). Throws
    // DivergenceError, before touching the weights, when the loss or a gradient is not finite.
    StepMetrics trainStep();
    // Validates (after resetting the model) and closes the epoch.
    EpochMetrics endEpoch();
    // Validation loss and accuracy of the current weights, without closing an epoch. Like every
    // validation pass it resets the model's carried hidden state first.
    EpochMetrics evaluate();

    // Trains until finished or until *stop becomes true (checked between steps).
    FitSummary fit(TrainObserver* observer = nullptr, const std::atomic<bool>* stop = nullptr);

    struct Impl;

private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace unroll
