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
#include "unroll/train_metrics.h"
#include "unroll/worker_group.h"

namespace unroll {

// Training cannot go on: the guard fired with on_nonfinite=stop. The weights are left as they
// were before the step that failed.
class DivergenceError : public UserError {
public:
    explicit DivergenceError(TrainEvent event)
        : UserError(event.message), event_(std::move(event)) {}
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

// How many snapshots of a run the trainer keeps to rewind to (the memory estimate counts them).
constexpr std::size_t kRewindSnapshotsKept = 3;

// What a person may do about a step the guard withheld (the run paused or stopped on it, its
// weights intact), besides changing a live setting and retrying.
struct Remedy {
    enum class Kind {
        Rewind,     // back to the newest snapshot before the step (TrainEvent::rewind_to)
        SkipBatch,  // the batch counts as done, without an update
    };
    Kind kind = Kind::Rewind;
    double lr_factor = 1.0;  // Rewind: the learning rate is divided by this
    double clip = 0.0;       // Rewind: clip gradients at this norm from now on (0: as they are)
};

// A remedy that cannot be applied: no snapshot to go back to, or a learning rate that cannot
// go lower. The run is left as it was.
class RemedyError : public UserError {
public:
    using UserError::UserError;
};

class Trainer {
public:
    // Validates the config, lays out the corpus and builds the model with the config's seed.
    // Throws ConfigError or CorpusError with a message a person can act on.
    // Given a connected `group` (unroll/worker_group.h), this trainer is one worker of a
    // data-parallel run: it trains on its share of every batch's rows, averages the gradients
    // with the others every step, and validates its share; every worker then holds the same
    // weights. Dropout draws for its own rows from a generator derived from the seed and its rank.
    Trainer(const Config& config, const Corpus& corpus,
            std::shared_ptr<WorkerGroup> group = nullptr);
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
    // Where a rewind would go now: the steps done at the newest snapshot before the next step,
    // or -1 when none is kept (snapshots never reach back over a validation).
    std::int64_t rewindPoint() const;
    // Applies a remedy to the step the guard withheld; returns the event that says what was
    // done (action rewind for a rewind, ignore for a skip), for the run's records. A rewind
    // restores the snapshot exactly and changes the learning rate and clipping as asked (the
    // new values are in config()); a skip takes effect on the next trainStep(). Throws
    // RemedyError when it cannot be applied.
    TrainEvent recover(const Remedy& remedy);
    // Continues the run to `config`'s epochs, which must be more than epochs(); `config` may
    // differ from config() only in epochs and in settings that may change during a run. When
    // every epoch was trained, the added epochs follow `config`'s schedule: one_cycle starts a
    // new cycle over them, constant holds the learning rate; a run stopped early keeps its
    // schedule and cycle, stretched to the new total. Throws ConfigError.
    void extend(const Config& config);
    // The step at which the current learning-rate cycle began (0, or where extend() began one).
    std::int64_t cycleStart() const;

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

    // Trains one batch and reports everything it measured to `observer`, in order: the step,
    // its probe and guard event, and the epoch's validation when the batch ended one. This is
    // the one place steps are dispatched: fit(), the CLI and the window all go through it. With
    // on_nonfinite=stop the guard's event is reported and DivergenceError thrown.
    StepOutcome step(TrainObserver& observer);

    // Trains until finished or until *stop becomes true (checked between steps).
    FitSummary fit(TrainObserver* observer = nullptr, const std::atomic<bool>* stop = nullptr);

    // Every closed epoch's metrics, including those of earlier processes (checkpoints).
    const std::vector<EpochMetrics>& history() const;

    // Writes a checkpoint atomically (a crash leaves the previous file). Throws FileError (a path
    // that is not a regular file, a full disk: unroll/files.h).
    void save(const std::string& path) const;
    // A trainer restored from a checkpoint, ready to continue exactly where it was saved.
    // `adjust` may change the loaded configuration before it is used: `epochs` (the run's total)
    // and settings that may change during a run; changing any other is refused. The corpus is
    // loaded from the configuration (or `corpus` when given) and must be the one the checkpoint
    // was trained on. Throws CheckpointError, ConfigError or CorpusError.
    static std::unique_ptr<Trainer> load(const std::string& path,
                                         const std::function<void(Config&)>& adjust = {},
                                         const Corpus* corpus = nullptr);
    // What a person should know about the checkpoint this trainer was loaded from
    // (noChecksumNote() for one without a checksum), or an empty message.
    const Message& loadNote() const;

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
