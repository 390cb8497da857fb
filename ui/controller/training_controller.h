// The one owner of the training thread. The window sends commands (start, pause, resume, stop,
// save, find a learning rate, change a live setting); each runs on the worker thread between two
// batches (training_worker.h). The run's state moves only along the life-cycle's table
// (run_lifecycle.h). What training measures comes back through a bounded SnapshotBuffer that a ~30
// Hz timer drains on the GUI thread, so the window receives one `snapshots` signal per tick, never
// one per step, and no tensor ever crosses threads.
#pragma once

#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include "controller/run_lifecycle.h"
#include "unroll/snapshot_buffer.h"
#include "unroll/training_session.h"

namespace unroll {

class RaceRunner;
class TrainingWorker;

// Where a run's checkpoint is saved after every epoch: nowhere (off), `path`, or (on with no
// path) the run's own folder in the run store (autosave.safetensors) — never a file another run
// chose.
struct AutosaveTarget {
    bool on = false;
    QString path;
};

class TrainingController : public QObject {
    Q_OBJECT

public:
    // Builds a session for a configuration, on the worker thread. Tests substitute their own.
    using SessionFactory = std::function<std::unique_ptr<TrainingSession>(const Config&)>;

    explicit TrainingController(QObject* parent = nullptr);
    TrainingController(SessionFactory factory, SnapshotBuffer::Limits limits,
                       QObject* parent = nullptr);
    ~TrainingController() override;  // stops the run and joins the thread

    RunState state() const { return state_; }
    // Whether the model has trained steps no checkpoint holds (a new run, or one trained since
    // it was opened or last saved): dropping it would lose them.
    bool hasUnsavedTraining() const { return unsaved_; }
    // Runs the event loop until the worker has done every command queued before this call and
    // its replies have arrived (tests and scripts); false after `ms` without.
    bool flush(int ms = 30000);
    // Where runs are recorded (the run store's folder); "" when they are not (tests).
    QString runsFolder() const { return QString::fromStdString(record_.runs_folder); }
    bool hasSession() const { return has_session_; }
    const SessionInfo& session() const { return info_; }
    std::int64_t stepsReported() const { return steps_reported_; }  // steps drained so far
    // Snapshots waiting in the buffer (bounded by the limits however slow the drain).
    size_t queuedSteps() const { return buffer_.queuedSteps(); }
    // How often the buffer is drained; 0 stops the timer (tests drain by hand).
    void setDrainInterval(int ms);
    void drainNow();

    // Commands. Each is queued to the worker and acknowledged by stateChanged or a result signal.
    // A new run, replacing a stopped or finished one only once it is built: a start that fails
    // leaves the run before it as it was. `autosave`, when given, applies from the new run on
    // (else the last setAutosave holds).
    void start(const Config& config, const std::optional<AutosaveTarget>& autosave = {});
    // A saved run, ready to resume (state Paused; Finished for a finished run's checkpoint).
    void open(const QString& checkpoint, const std::optional<AutosaveTarget>& autosave = {});
    void pause();
    void resume();  // a paused run, or a diverged one (retrying the step)
    // A stopped or finished run goes on: `config` may raise the epochs and change the settings
    // that may change during a run (TrainingSession::continueRun). runContinued, then Running.
    void continueRun(const Config& config);
    // A remedy for the step the guard withheld (state Diverged): settingsChanged, then Running;
    // `failed` (still Diverged) when it cannot apply.
    void recover(const Remedy& remedy);
    // Ends the run after the batch in progress: the worker checks between batches, so the
    // acknowledgement comes within one batch.
    void stop();
    void reset();  // drops the session; the state returns to Idle
    void applyLive(const Config& config);
    void save(const QString& path);
    // For the run there is now (a start or open brings its own).
    void setAutosave(const AutosaveTarget& autosave);
    // Whether runs are recorded in the run store. Call before the first run.
    void setRecording(bool on);
    void findLearningRate(const Config& config, const LrFindOptions& options);
    // Text from the run's current weights, between two training steps; tokens stream back
    // through tokenGenerated. Needs a session (a run, or an opened checkpoint).
    void generate(const QString& prompt, const SamplingOptions& options);
    void stopGenerating();
    // Validation batch `index` as the model sees it now (batchInspected), and validation in order
    // against shuffled (orderCompared); both between two training steps.
    void inspectBatch(std::int64_t index, const BatchViewOptions& options);
    void compareOrder(std::uint64_t seed);
    // Races (several presets trained on a thread of their own, recorded in the run store) run
    // beside the window's run; the controller owns their thread as it owns its own.
    RaceRunner& race() { return *race_; }
    // Stops and joins the worker now; the controller accepts no more commands afterwards.
    void shutdown();

Q_SIGNALS:
    void stateChanged(unroll::RunState state);
    void sessionReady(const unroll::SessionInfo& info);  // a run was built or opened
    void snapshots(const unroll::SnapshotBuffer::Drained& batch);
    void diverged(const unroll::TrainEvent& event);  // the guard withheld a step (Diverged)
    void failed(const QString& what, const QString& message);
    // A start or open failed (after `failed`): the run before it, if any, is as it was.
    void startFailed(const QString& message);
    // The run's settings changed in the worker (a rewind lowered the learning rate).
    void settingsChanged(const unroll::Config& config);
    // A stopped or finished run goes on, with its new plan (epochs).
    void runContinued(const unroll::SessionInfo& info);
    // While a run is prepared: the share of the corpus file loaded (0..1). Stop cancels.
    void loading(double done);
    void saved(const QString& path, bool autosave);
    void liveApplied(const unroll::Config& config);
    void learningRateFound(const unroll::LrFindResult& result);
    void tokenGenerated(const unroll::GeneratedToken& token);
    void generationFinished(const unroll::Generation& generation);
    void generationFailed(const QString& message);
    void batchInspected(const unroll::BatchView& view);
    void orderCompared(const unroll::EpochMetrics& in_order, const unroll::EpochMetrics& shuffled);

private:
    friend class TrainingWorker;
    void post(std::function<void(TrainingWorker&)> command);
    // Before a run is built or opened: clear the requests the last one left; Preparing.
    void beginSession();
    // Moves along the life-cycle's table; a move it does not list is a bug, and refused.
    void setState(RunState state);
    // Replies from the worker.
    void sessionBuilt(const SessionInfo& info);
    void preparationFailed();
    void diverge(const TrainEvent& event);

    RecordOptions record_;  // set at construction, read by the worker
    SnapshotBuffer buffer_;
    QThread thread_;
    TrainingWorker* worker_ = nullptr;
    RaceRunner* race_ = nullptr;  // a child: stopped and joined with the controller
    QTimer drain_timer_;
    std::atomic<bool> stop_requested_{false};
    std::atomic<bool> pause_requested_{false};
    std::atomic<bool> generation_stop_{false};
    RunState state_ = RunState::Idle;
    RunState before_preparing_ = RunState::Idle;  // where a failed start goes back to
    QString last_failure_;                        // the message of the last `failed`
    bool has_session_ = false;
    bool unsaved_ = false;
    // Between a start or open and its sessionReady, snapshots stay in the buffer: views clear
    // themselves for the new session and must not lose its first steps to that.
    bool awaiting_session_ = false;
    SessionInfo info_;
    std::int64_t steps_reported_ = 0;
};

}  // namespace unroll
