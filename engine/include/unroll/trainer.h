// The trainer: owns the model, the optimizer and the schedule, and steps them one batch at a time.
// Its interface is plain C++ (libtorch stays behind the pimpl), so the CLI, the GUI's worker thread
// and the tests all drive it the same way.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "unroll/batch_view.h"
#include "unroll/config.h"
#include "unroll/corpus.h"
#include "unroll/dataset.h"
#include "unroll/generate.h"
#include "unroll/lr_finder.h"
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
    std::int64_t train_tokens = 0;
    double tokensPerSecond() const { return train_seconds > 0 ? train_tokens / train_seconds : 0; }
};

// Training cannot go on: the guard fired with on_nonfinite=stop. The weights are left as they
// were before the step that failed.
class DivergenceError : public std::runtime_error {
public:
    explicit DivergenceError(TrainEvent event)
        : std::runtime_error(event.message), event_(std::move(event)) {}
    const TrainEvent& event() const { return event_; }

private:
    TrainEvent event_;
};

// Keeps freed memory in the process instead of handing it back to the system after every step:
// a training step frees and reallocates the same buffers, and glibc's default trimming turned
// that into page faults (LM5 trains about 10 % faster without them). Call once, early in main().
void configureProcessMemory();

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
    // Names of the parameters ("i_h.weight", "rnn.weight_hh_l0", ...) and of the layer outputs
    // ("embedding", "layer 1", ..., "logits") that StepMetrics' vectors are aligned with.
    const std::vector<std::string>& parameterNames() const;
    const std::vector<std::vector<std::int64_t>>& parameterShapes() const;
    const std::vector<std::string>& activationNames() const;
    bool paused() const;  // the guard withheld the last step; the next trainStep() retries it
    // One parameter's values, row-major in parameterShapes() order. Throws std::invalid_argument
    // for an unknown name or a wrong number of values.
    std::vector<float> parameterValues(const std::string& name) const;
    void setParameterValues(const std::string& name, const std::vector<float>& values);
    // Changes the settings that may change during a run (SettingSpec::live: the learning rate,
    // clipping, weight decay, AR/TAR, the probes, the guard ...), taking effect from the next
    // step. Throws ConfigError when `config` is invalid or differs in any other setting. The
    // `threads` setting applies to the thread that calls trainStep(): call configureWorkerThread().
    void applyLive(const Config& config);
    int epochs() const;
    int batchesPerEpoch() const;
    std::int64_t stepsDone() const;
    bool finished() const;  // every epoch trained and validated

    // Trains one batch (resetting the model first at the start of an epoch). When the returned
    // metrics say last_in_epoch, call endEpoch() before the next trainStep().
    // The divergence guard checks every activation, the loss (also against loss_limit x the
    // first loss) and every gradient before the update is applied. When it fires, the weights
    // are not touched and, by on_nonfinite: stop throws DivergenceError; pause returns metrics
    // with the event and applied=false, and the next call retries the same batch; ignore skips
    // this batch's update and goes on.
    StepMetrics trainStep();
    // Validates (after resetting the model) and closes the epoch.
    EpochMetrics endEpoch();
    // Validation loss and accuracy of the current weights, without closing an epoch. Like every
    // validation pass it resets the model's carried hidden state first. `shuffled` runs the
    // validation batches in a random order (seeded): for a stateful model the state then carries
    // into the wrong text, which is why the chapter lays batches out with group_chunks.
    EpochMetrics evaluate(bool shuffled = false, std::uint64_t seed = 0);

    // Validation batch `index` as the model sees it now, in evaluation mode; for a stateful
    // model the state is carried from batch 0 on, as validation does. The run is left as it
    // was. Throws std::out_of_range for an index past the last batch.
    BatchView inspectValidBatch(std::int64_t index, const BatchViewOptions& options = {});
    std::int64_t validBatches() const;

    // Trains until finished or until *stop becomes true (checked between steps).
    FitSummary fit(TrainObserver* observer = nullptr, const std::atomic<bool>* stop = nullptr);

    // Every closed epoch's metrics, including those of earlier processes (checkpoints).
    const std::vector<EpochMetrics>& history() const;

    // Writes a checkpoint atomically (a crash leaves the previous file). Throws CheckpointError.
    void save(const std::string& path) const;
    // A trainer restored from a checkpoint, ready to continue exactly where it was saved.
    // `adjust` may change the loaded configuration before it is used: `epochs` (the run's total)
    // and settings that may change during a run; changing any other is refused. The corpus is
    // loaded from the configuration (or `corpus` when given) and must be the one the checkpoint
    // was trained on. Throws CheckpointError, ConfigError or CorpusError.
    static std::unique_ptr<Trainer> load(const std::string& path,
                                         const std::function<void(Config&)>& adjust = {},
                                         const Corpus* corpus = nullptr);

    // Generates text from `prompt` with the current weights; on_token sees each token as it is
    // sampled and may return false to stop. The model's carried state and mode are put back.
    // Throws PromptError for words outside the vocabulary.
    Generation generate(const std::string& prompt, const SamplingOptions& options = {},
                        const std::function<bool(const GeneratedToken&)>& on_token = {});

    // fastai's lr_find on this model: options.num_it steps at exponentially growing rates, then
    // everything (weights, optimizer, carried state, generator, schedule position) is put back
    // as it was. Probes are off during the sweep.
    LrFindResult findLearningRate(const LrFindOptions& options = {},
                                  const std::atomic<bool>* stop = nullptr);

    struct Impl;

private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace unroll
