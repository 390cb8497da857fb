// The training thread's side of the TrainingController: it owns the session and trains one batch
// per event, re-posting itself while running, so that the commands the window queues run between
// two batches. Every member function runs on the worker thread; what the window must hear goes
// back as a function queued to the controller (reply).
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

#include "controller/training_controller.h"

namespace unroll {

class TrainingWorker : public QObject {
public:
    TrainingWorker(TrainingController* controller, TrainingController::SessionFactory factory);
    ~TrainingWorker() override;

    void start(const Config& config, const std::optional<AutosaveTarget>& autosave);
    void open(const QString& path, const std::optional<AutosaveTarget>& autosave);
    void resume();
    void pause();
    void stop();
    void reset();
    void continueRun(const Config& config);
    void recover(const Remedy& remedy);
    void applyLive(const Config& config);
    void save(const QString& path, bool autosave);
    void setAutosave(const AutosaveTarget& autosave);
    void findLearningRate(const Config& config, const LrFindOptions& options);
    void generate(const QString& prompt, const SamplingOptions& options);
    void inspectBatch(std::int64_t index, const BatchViewOptions& options);
    void compareOrder(std::uint64_t seed);
    void reply(std::function<void(TrainingController&)> fn);

private:
    // Forwards what a step measures to the buffer and notes what the window must hear of.
    struct Observer : TrainObserver {
        explicit Observer(TrainingWorker* w) : worker(w) {}
        void onStep(const StepMetrics& s) override;
        void onProbe(const ProbeFrame& p) override;
        void onEvent(const TrainEvent& e) override;
        void onEpoch(const EpochMetrics& e) override;
        TrainingWorker* worker;
    };

    // Builds a session; only when that succeeds does it replace the one there was (a failed
    // start leaves the previous run, its model and its views as they were).
    void prepare(const std::function<std::unique_ptr<TrainingSession>()>& build, bool paused,
                 const std::optional<AutosaveTarget>& autosave);
    // Where an epoch's autosave goes: the path set, or the run's folder; "" for nowhere.
    QString autosavePath() const;
    void schedule();
    void step();
    // Runs `body`; an exception becomes a `failed` signal. Only a failure of training itself
    // stops the run; a refused setting, a failed save or inspection leave it going.
    template <typename Body>
    bool attempt(const QString& what, Body body, bool stops_run = false);
    // The run ended before its last epoch or after it: its records say so.
    void ended(RunState state);

    TrainingController* controller_;
    TrainingController::SessionFactory factory_;
    std::unique_ptr<TrainingSession> session_;
    Observer observer_;
    bool running_ = false;
    bool step_posted_ = false;
    bool epoch_closed_ = false;
    bool rewound_ = false;  // the guard rewound (on_nonfinite=rewind): the settings changed
    TrainEvent last_event_;
    AutosaveTarget autosave_;
    QString run_folder_;  // the session's folder in the run store, or ""
};

}  // namespace unroll
