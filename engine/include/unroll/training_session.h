// A run as the front ends drive it: a Trainer with its recording (the run store, an optional
// run log), stepped one batch at a time. The window's worker thread, its races and the CLI's
// `train` all train through it, so steps are dispatched (Trainer::step) and runs are recorded
// in one way. The real one wraps the engine's Trainer; the window's tests substitute their own.
// Every method is called on the thread that trains.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "unroll/config.h"
#include "unroll/corpus_summary.h"
#include "unroll/lr_finder.h"
#include "unroll/train_metrics.h"
#include "unroll/trainer.h"

namespace unroll {

// What the window needs to know about a session to lay out its views; copied to the GUI thread.
struct SessionInfo {
    Config config;
    std::string corpus_name;
    std::int64_t corpus_tokens = 0;
    int vocab_size = 0;
    std::vector<std::string> vocab;  // token i's text, to decode what probes report
    std::string separator = " ";     // between tokens: a space for words, none for characters
    std::string word_marker;         // subwords: the piece prefix that stands for a space ("▁")
    std::int64_t parameter_count = 0;
    std::vector<std::string> parameter_names;
    std::vector<std::vector<std::int64_t>> parameter_shapes;
    std::vector<std::string> activation_names;
    int epochs = 0;
    int batches_per_epoch = 0;
    std::int64_t steps_done = 0;
    std::int64_t cycle_start = 0;       // where the learning-rate cycle began (a continued run)
    std::vector<EpochMetrics> history;  // epochs closed before (from a checkpoint)
    CorpusSummary corpus;               // size, vocabulary, most frequent tokens, coverage, batches
    // The validation layout, for the data view's picture of it.
    bool grouped = false;  // group_chunks (stateful models) or in order
    std::int64_t valid_samples = 0;
    std::int64_t valid_batches = 0;
    int batch_size = 0;
    // Where the run store records this run ("" when it is not recorded), or why it could not.
    std::string run_id;
    std::string run_folder;
    Message record_problem;
    // What to know about the checkpoint the run was opened from (Trainer::loadNote), or "".
    Message load_note;
};

// Recording a session's run in the run store (unroll/run_store.h) and, for the CLI's --log, in a
// run log of its own (unroll/run_log.h).
struct RecordOptions {
    std::string runs_folder;  // "" = not recorded in the store
    std::string origin = "gui";
    std::string name;      // "" = the architecture's name
    std::string preset;    // the preset the configuration came from, or ""
    std::string log_file;  // "" = none; one that cannot be written throws RunLogError
};

class TrainingSession {
public:
    virtual ~TrainingSession() = default;

    virtual SessionInfo info() const = 0;
    virtual bool finished() const = 0;

    using StepResult = StepOutcome;
    // Trains one batch and reports everything it measured to the run's records, then to
    // `observer`: the step, its probe and guard event, and the epoch's validation when the batch
    // ended one. When the guard fires (on_nonfinite=stop or pause) the update is withheld and
    // Diverged returned: the weights are intact and the next step retries the batch.
    virtual StepResult step(TrainObserver& observer) = 0;

    // From now on, records the run in the run store (unless it already does). A store that
    // cannot be written costs the record, not the run: SessionInfo::record_problem says why.
    virtual void startRecording(const RecordOptions& record) { (void)record; }
    // The run ended before its last epoch ("stopped", "paused", "diverged" or "failed"): its
    // records say so now, though the model stays for saving and inspection.
    virtual void markEnded(const std::string& outcome) { (void)outcome; }

    // Settings that may change mid-run (SettingSpec::live). Throws ConfigError.
    virtual void applyLive(const Config& config) = 0;
    // The run's settings as they are now (a rewind lowers the learning rate).
    virtual Config config() const { return info().config; }
    // A remedy for the step the guard withheld (Trainer::recover): its event is reported to the
    // run's records and to `observer`. Throws RemedyError; the run is then as it was.
    virtual TrainEvent recover(const Remedy& remedy, TrainObserver& observer) {
        (void)remedy;
        (void)observer;
        throw RemedyError(Message(UNROLL_TEXT("this run cannot be rewound")));
    }
    // Where a rewind would go now (Trainer::rewindPoint), or -1.
    virtual std::int64_t rewindPoint() const { return -1; }
    // Goes on after a stop or after the last epoch: `config` may raise the epochs
    // (Trainer::extend) and change the settings that may change during a run; the run's records
    // say it goes on. Throws ConfigError; the run is then as it was.
    virtual void continueRun(const Config& config) {
        (void)config;
        throw ConfigError(
            ConfigIssue{"epochs", "", Message(UNROLL_TEXT("this run cannot be continued"))});
    }
    // Writes a checkpoint, and the run's record keeps a copy. Throws CheckpointError.
    virtual void save(const std::string& path) const = 0;
    // Text from the current weights; on_token sees each token and may return false to stop.
    // Leaves the session as it was. Throws PromptError.
    virtual Generation generate(const std::string& prompt, const SamplingOptions& options,
                                const std::function<bool(const GeneratedToken&)>& on_token) = 0;
    // One validation batch as the model sees it now. Leaves the session as it was.
    virtual BatchView inspectValidBatch(std::int64_t index, const BatchViewOptions& options) = 0;
    // Validation with the batches in order or shuffled. Leaves the session as it was.
    virtual EpochMetrics evaluate(bool shuffled, std::uint64_t seed) = 0;
    // Leaves the session exactly as it was.
    virtual LrFindResult findLearningRate(const LrFindOptions& options,
                                          const std::atomic<bool>* stop) = 0;
};

// A session over the engine's Trainer: from a configuration (loading its corpus) or a checkpoint.
// Throw ConfigError, CorpusError or CheckpointError with messages a person can act on. A run store
// that cannot be written costs the record, not the run (SessionInfo::record_problem says why).
// With a `group`, one worker of a data-parallel run (Trainer's constructor) that steps by itself;
// without one, a configuration of several `workers` opens a group on this machine, starts the
// others and leads them (unroll/group_session.h).
std::unique_ptr<TrainingSession> newTrainerSession(const Config& config,
                                                   const LoadProgress& progress = {},
                                                   const RecordOptions& record = {},
                                                   std::shared_ptr<WorkerGroup> group = nullptr);
// `adjust` may change the loaded configuration (see Trainer::load).
std::unique_ptr<TrainingSession> openTrainerSession(
    const std::string& checkpoint, const RecordOptions& record = {},
    const std::function<void(Config&)>& adjust = {});

}  // namespace unroll
