// The session every front end trains with: the engine's Trainer, stepped one batch at a time
// through Trainer::step, with the run recorded on the way.
#include <utility>

#include "parallel/group_leader.h"
#include "train/observer_fan_out.h"
#include "unroll/corpus.h"
#include "unroll/run_log.h"
#include "unroll/run_store.h"
#include "unroll/training_session.h"

namespace unroll {

namespace {

class TrainerSession : public TrainingSession {
public:
    TrainerSession(std::unique_ptr<Trainer> trainer, const RecordOptions& record)
        : trainer_(std::move(trainer)) {
        if (!record.log_file.empty())
            log_ = std::make_unique<RunLogWriter>(record.log_file, *trainer_, record.preset);
        startRecording(record);
        // A finished run opened with more epochs (Trainer::load) begins a new cycle here: the
        // logs say with which plan it goes on.
        if (trainer_->stepsDone() > 0 && trainer_->cycleStart() == trainer_->stepsDone()) {
            if (log_)
                log_->continued(*trainer_);
            if (recorder_)
                recorder_->continued(*trainer_);
        }
    }

    // A store that cannot be written costs the record, not the run.
    void startRecording(const RecordOptions& record) override {
        if (record.runs_folder.empty() || recorder_)
            return;
        try {
            recorder_ = RunStore(record.runs_folder)
                            .record(*trainer_, record.preset, record.origin, record.name);
        } catch (const std::exception& e) {
            record_problem_ = textOf(e);
        }
    }

    SessionInfo info() const override {
        SessionInfo i;
        i.config = trainer_->config();
        i.corpus_name = trainer_->corpus().name;
        i.corpus_tokens = static_cast<std::int64_t>(trainer_->corpus().tokens.size());
        i.vocab_size = trainer_->corpus().vocab.size();
        i.vocab = trainer_->corpus().vocab.tokens();
        i.separator = trainer_->corpus().vocab.separator();
        i.word_marker = trainer_->corpus().vocab.wordMarker();
        i.parameter_count = trainer_->parameterCount();
        i.parameter_names = trainer_->parameterNames();
        i.parameter_shapes = trainer_->parameterShapes();
        i.activation_names = trainer_->activationNames();
        i.epochs = trainer_->epochs();
        i.batches_per_epoch = trainer_->batchesPerEpoch();
        i.steps_done = trainer_->stepsDone();
        i.cycle_start = trainer_->cycleStart();
        i.history = trainer_->history();
        i.corpus = summarizeCorpus(trainer_->corpus(), trainer_->config());
        i.grouped = trainer_->dataset().grouped();
        i.valid_samples = trainer_->dataset().valid().count;
        i.valid_batches = trainer_->validBatches();
        i.batch_size = static_cast<int>(trainer_->config().get(settings::batch_size));
        if (recorder_) {
            i.run_id = recorder_->summary().id;
            i.run_folder = recorder_->summary().folder;
        }
        i.record_problem = record_problem_;
        i.load_note = trainer_->loadNote();
        if (!note_.empty())
            i.load_note = i.load_note.empty() ? note_ : Message("%1; %2", i.load_note, note_);
        return i;
    }

    bool finished() const override { return trainer_->finished(); }
    // Said after the checkpoint's own note (SessionInfo::load_note).
    void addNote(const Message& note) { note_ = note; }

    StepResult step(TrainObserver& observer) override {
        // The records hear of every step first: by the time the window or the terminal hears
        // of an epoch, the run's record already holds it.
        ObserverFanOut everyone({log_.get(), recorder_.get(), &tally_, &observer});
        StepResult result = StepResult::Finished;
        try {
            result = trainer_->step(everyone);
        } catch (const DivergenceError&) {
            // on_nonfinite=stop: the event is reported; the weights are intact, so the front end
            // decides whether the run ends or waits for a lower learning rate and a retry.
            return StepResult::Diverged;
        }
        if (trainer_->finished())
            markEnded("finished");
        return result;
    }

    void markEnded(const std::string& outcome) override {
        if (log_ && !log_ended_) {
            log_ended_ = true;
            log_->finish(outcome, trainer_->stepsDone(), tally_.trained.train_seconds,
                         tally_.trained.train_tokens);
        }
        if (recorder_)
            recorder_->finish(outcome);
    }
    void applyLive(const Config& config) override { trainer_->applyLive(config); }
    Config config() const override { return trainer_->config(); }
    TrainEvent recover(const Remedy& remedy, TrainObserver& observer) override {
        const TrainEvent done = trainer_->recover(remedy);
        ObserverFanOut everyone({log_.get(), recorder_.get(), &observer});
        everyone.onEvent(done);
        return done;
    }
    std::int64_t rewindPoint() const override { return trainer_->rewindPoint(); }
    void continueRun(const Config& config) override {
        if (trainer_->finished() || config.get(settings::epochs) != trainer_->epochs())
            trainer_->extend(config);  // refuses fewer epochs, or as many as a finished run had
        else
            trainer_->applyLive(config);
        // The run's records were closed as finished (or stopped): they go on with it.
        log_ended_ = false;
        if (log_)
            log_->continued(*trainer_);
        if (recorder_)
            recorder_->continued(*trainer_);
    }
    void save(const std::string& path) const override {
        trainer_->save(path);
        if (recorder_)
            recorder_->checkpointSaved(path);
    }
    BatchView inspectValidBatch(std::int64_t index, const BatchViewOptions& options) override {
        return trainer_->inspectValidBatch(index, options);
    }
    EpochMetrics evaluate(bool shuffled, std::uint64_t seed) override {
        return trainer_->evaluate(shuffled, seed);
    }
    Generation generate(const std::string& prompt, const SamplingOptions& options,
                        const std::function<bool(const GeneratedToken&)>& on_token) override {
        return trainer_->generate(prompt, options, on_token);
    }
    LrFindResult findLearningRate(const LrFindOptions& options,
                                  const std::atomic<bool>* stop) override {
        return trainer_->findLearningRate(options, stop);
    }

private:
    // The training time and the tokens of applied steps, for the run log's end record.
    struct Tally : TrainObserver {
        void onStep(const StepMetrics& s) override { trained.count(s); }
        FitSummary trained;
    };

    std::unique_ptr<Trainer> trainer_;
    // Declared after the trainer they read: destroyed first, the store recording "stopped" if
    // the run never ended.
    std::unique_ptr<RunLogWriter> log_;
    std::unique_ptr<RunRecorder> recorder_;
    Tally tally_;
    bool log_ended_ = false;
    Message record_problem_;
    Message note_;
};

}  // namespace

std::unique_ptr<TrainingSession> newTrainerSession(const Config& config,
                                                   const LoadProgress& progress,
                                                   const RecordOptions& record,
                                                   std::shared_ptr<WorkerGroup> group) {
    config.validate();
    // workers=N without a group: this process opens one on this machine and leads it.
    if (!group && config.get(settings::workers) > 1)
        return newLocalGroupSession(config, progress, record);
    const Corpus corpus = loadCorpus(config, progress);
    return std::make_unique<TrainerSession>(
        std::make_unique<Trainer>(config, corpus, std::move(group)), record);
}

std::unique_ptr<TrainingSession> openTrainerSession(const std::string& checkpoint,
                                                    const RecordOptions& record,
                                                    const std::function<void(Config&)>& adjust) {
    // The other workers of a run with several would need its optimizer state and position too:
    // until they get them, a checkpoint goes on in this process alone, and says so.
    std::int64_t trained_by = 1;
    auto session = std::make_unique<TrainerSession>(
        Trainer::load(checkpoint,
                      [&](Config& c) {
                          if (adjust)
                              adjust(c);
                          trained_by = c.get(settings::workers);
                          c.set(settings::workers.name, std::int64_t{1});
                      }),
        record);
    if (trained_by > 1)
        session->addNote(Message(UNROLL_TEXT("this run was trained by %1 workers; it goes on in "
                                             "one process (a checkpoint cannot resume several "
                                             "yet)"),
                                 trained_by));
    return session;
}

}  // namespace unroll
