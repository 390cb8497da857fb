// The session the application trains with: the engine's Trainer, stepped one batch at a time.
#include <utility>

#include "training_session.h"
#include "unroll/corpus.h"
#include "unroll/run_store.h"

namespace unroll {

namespace {

// Passes what a step measures to the run's recorder, then to the window: by the time the window
// hears of an epoch, the run's record already holds it.
class Tee : public TrainObserver {
public:
    Tee(TrainObserver* recorder, TrainObserver& window) : recorder_(recorder), window_(window) {}
    void onStep(const StepMetrics& s) override {
        if (recorder_)
            recorder_->onStep(s);
        window_.onStep(s);
    }
    void onEpoch(const EpochMetrics& e) override {
        if (recorder_)
            recorder_->onEpoch(e);
        window_.onEpoch(e);
    }
    void onProbe(const ProbeFrame& p) override {
        if (recorder_)
            recorder_->onProbe(p);
        window_.onProbe(p);
    }
    void onEvent(const TrainEvent& e) override {
        if (recorder_)
            recorder_->onEvent(e);
        window_.onEvent(e);
    }

private:
    TrainObserver* recorder_;
    TrainObserver& window_;
};

class TrainerSession : public TrainingSession {
public:
    TrainerSession(std::unique_ptr<Trainer> trainer, const RecordOptions& record)
        : trainer_(std::move(trainer)) {
        startRecording(record);
    }

    void startRecording(const RecordOptions& record) override {
        if (record.runs_folder.empty() || recorder_)
            return;
        try {
            recorder_ =
                RunStore(record.runs_folder).record(*trainer_, "", record.origin, record.name);
        } catch (const std::exception& e) {
            record_problem_ = e.what();
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
        i.history = trainer_->history();
        i.corpus = summarizeCorpus(trainer_->corpus(), trainer_->config());
        i.grouped = trainer_->dataset().grouped();
        i.valid_samples = trainer_->dataset().valid().count;
        i.valid_batches = trainer_->validBatches();
        i.batch_size = static_cast<int>(trainer_->config().getInt("batch_size"));
        if (recorder_) {
            i.run_id = recorder_->summary().id;
            i.run_folder = recorder_->summary().folder;
        }
        i.record_problem = record_problem_;
        return i;
    }

    bool finished() const override { return trainer_->finished(); }

    StepResult step(TrainObserver& window) override {
        if (trainer_->finished())
            return StepResult::Finished;
        Tee observer(recorder_.get(), window);
        const StepResult result = stepWith(observer);
        if (recorder_ && trainer_->finished())
            recorder_->finish("finished");
        return result;
    }

    StepResult stepWith(TrainObserver& observer) {
        StepMetrics step;
        try {
            step = trainer_->trainStep();
        } catch (const DivergenceError& e) {
            // on_nonfinite=stop: the window pauses instead of ending the run, so the person can
            // change the learning rate or clipping and retry the batch (the weights are intact).
            observer.onEvent(e.event());
            return StepResult::Diverged;
        }
        observer.onStep(step);
        if (step.probe)
            observer.onProbe(*step.probe);
        if (step.event)
            observer.onEvent(*step.event);
        if (trainer_->paused())
            return StepResult::Diverged;
        if (step.last_in_epoch)
            observer.onEpoch(trainer_->endEpoch());
        return StepResult::Trained;
    }

    void markEnded(const std::string& outcome) override {
        if (recorder_)
            recorder_->finish(outcome);
    }
    void applyLive(const Config& config) override { trainer_->applyLive(config); }
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
    std::unique_ptr<Trainer> trainer_;
    // Declared after the trainer it reads: destroyed first, recording "stopped" if unfinished.
    std::unique_ptr<RunRecorder> recorder_;
    std::string record_problem_;
};

}  // namespace

std::unique_ptr<TrainingSession> newTrainerSession(const Config& config,
                                                   const LoadProgress& progress,
                                                   const RecordOptions& record) {
    config.validate();
    const Corpus corpus = loadCorpus(config, progress);
    return std::make_unique<TrainerSession>(std::make_unique<Trainer>(config, corpus), record);
}

std::unique_ptr<TrainingSession> openTrainerSession(const std::string& checkpoint,
                                                    const RecordOptions& record) {
    return std::make_unique<TrainerSession>(Trainer::load(checkpoint), record);
}

}  // namespace unroll
