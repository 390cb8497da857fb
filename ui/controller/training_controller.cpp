#include "controller/training_controller.h"

#include <QEventLoop>
#include <QTimer>

#include "controller/race_runner.h"
#include "controller/training_worker.h"
#include "unroll/run_store.h"

namespace unroll {

TrainingController::TrainingController(QObject* parent)
    : TrainingController(
          [this](const Config& config) {
              // Runs on the worker: a large corpus reports how far it has loaded (at most every
              // percent) and stops when the run is stopped.
              auto last = std::make_shared<int>(-1);
              LoadProgress progress;
              progress.cancel = &stop_requested_;
              progress.report = [this, last](double done) {
                  const int percent = static_cast<int>(done * 100);
                  if (percent == *last)
                      return;
                  *last = percent;
                  QMetaObject::invokeMethod(
                      this, [this, done] { Q_EMIT loading(done); }, Qt::QueuedConnection);
              };
              return newTrainerSession(config, progress);
          },
          SnapshotBuffer::Limits{}, parent) {
    record_.runs_folder = RunStore::defaultRoot();
}

TrainingController::TrainingController(SessionFactory factory, SnapshotBuffer::Limits limits,
                                       QObject* parent)
    : QObject(parent), buffer_(limits) {
    worker_ = new TrainingWorker(this, std::move(factory));
    race_ = new RaceRunner(this);
    worker_->moveToThread(&thread_);
    thread_.setObjectName(QStringLiteral("training"));
    thread_.start();
    connect(&drain_timer_, &QTimer::timeout, this, &TrainingController::drainNow);
    connect(this, &TrainingController::failed, this,
            [this](const QString&, const QString& message) { last_failure_ = message; });
    setDrainInterval(33);
}

TrainingController::~TrainingController() {
    shutdown();
}

void TrainingController::shutdown() {
    if (!worker_)
        return;
    stop_requested_ = true;  // a finder or a step in progress ends at its next check
    thread_.quit();          // pending commands are dropped; the batch in progress completes
    thread_.wait();
    delete worker_;  // the thread is gone, so the session may be destroyed here
    worker_ = nullptr;
    drain_timer_.stop();
    drainNow();
}

void TrainingController::setDrainInterval(int ms) {
    if (ms <= 0) {
        drain_timer_.stop();
        return;
    }
    drain_timer_.start(ms);
}

void TrainingController::drainNow() {
    if (awaiting_session_)
        return;
    SnapshotBuffer::Drained d = buffer_.drain();
    if (d.steps.empty() && d.epochs.empty() && d.probes.empty() && d.events.empty())
        return;
    steps_reported_ += static_cast<std::int64_t>(d.steps.size());
    for (const StepMetrics& s : d.steps)
        unsaved_ = unsaved_ || s.applied;
    Q_EMIT snapshots(d);
}

bool TrainingController::flush(int ms) {
    if (!worker_)
        return false;
    // The marker goes to the back of the worker's queue; its reply to the back of ours, behind
    // every reply the commands before it sent.
    QEventLoop loop;
    bool done = false;
    post([&loop, &done](TrainingWorker& w) {
        w.reply([&loop, &done](TrainingController&) {
            done = true;
            loop.quit();
        });
    });
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    if (!done)
        loop.exec();
    return done;
}

void TrainingController::post(std::function<void(TrainingWorker&)> command) {
    if (!worker_)
        return;
    TrainingWorker* w = worker_;
    QMetaObject::invokeMethod(
        w, [w, command = std::move(command)] { command(*w); }, Qt::QueuedConnection);
}

void TrainingController::setState(RunState state) {
    drainNow();  // views see the last steps before they hear the run changed
    if (state == state_)
        return;
    // Stopping waits for the worker's Stopped (or Finished): a step that ended as the stop was
    // asked reports running, paused or diverged on its way there.
    if (state_ == RunState::Stopping &&
        (state == RunState::Running || state == RunState::Paused || state == RunState::Diverged))
        return;
    if (!lifecycle::canMove(state_, state)) {
        qWarning("unroll: the run cannot move from %s to %s", lifecycle::nameOf(state_),
                 lifecycle::nameOf(state));
        return;
    }
    state_ = state;
    Q_EMIT stateChanged(state);
}

void TrainingController::beginSession() {
    stop_requested_ = false;
    pause_requested_ = false;
    buffer_.drain();           // nothing of an earlier run reaches the new one's views
    awaiting_session_ = true;  // and the new run's first steps wait for them
    before_preparing_ = state_;
    setState(RunState::Preparing);
}

void TrainingController::sessionBuilt(const SessionInfo& info) {
    steps_reported_ = 0;
    awaiting_session_ = false;
    has_session_ = true;
    unsaved_ = false;
    info_ = info;
    Q_EMIT sessionReady(info);
}

void TrainingController::preparationFailed() {
    awaiting_session_ = false;
    setState(has_session_ ? before_preparing_ : RunState::FailedToStart);
    Q_EMIT startFailed(last_failure_);
}

void TrainingController::diverge(const TrainEvent& event) {
    setState(RunState::Diverged);
    if (state_ == RunState::Diverged)
        Q_EMIT diverged(event);
}

void TrainingController::start(const Config& config,
                               const std::optional<AutosaveTarget>& autosave) {
    if (!lifecycle::enabled(state_, RunAction::Start))
        return;
    beginSession();
    post([config, autosave](TrainingWorker& w) { w.start(config, autosave); });
}

void TrainingController::open(const QString& checkpoint,
                              const std::optional<AutosaveTarget>& autosave) {
    if (!lifecycle::enabled(state_, RunAction::Open))
        return;
    beginSession();
    post([checkpoint, autosave](TrainingWorker& w) { w.open(checkpoint, autosave); });
}

void TrainingController::pause() {
    if (!lifecycle::enabled(state_, RunAction::Pause))
        return;
    pause_requested_ = true;
    post([](TrainingWorker& w) { w.pause(); });
}

void TrainingController::resume() {
    if (!lifecycle::enabled(state_, RunAction::Resume))
        return;  // a stopped or finished run stays as it is
    post([](TrainingWorker& w) { w.resume(); });
}

void TrainingController::continueRun(const Config& config) {
    if (!lifecycle::enabled(state_, RunAction::Continue))
        return;
    post([config](TrainingWorker& w) { w.continueRun(config); });
}

void TrainingController::recover(const Remedy& remedy) {
    if (!lifecycle::enabled(state_, RunAction::Rewind))
        return;
    // Running at once, as Stop moves to Stopping at once: until the worker has answered, a
    // second click on a remedy would be applied to the run the first one already recovered
    // (a rewind's rate divided twice). A remedy that cannot apply puts the run back to Diverged.
    setState(RunState::Running);
    post([remedy](TrainingWorker& w) { w.recover(remedy); });
}

void TrainingController::stop() {
    if (!lifecycle::enabled(state_, RunAction::Stop))
        return;
    stop_requested_ = true;  // also cancels the loading of a corpus
    if (state_ != RunState::Preparing)
        setState(RunState::Stopping);
    post([](TrainingWorker& w) { w.stop(); });
}

void TrainingController::reset() {
    if (!lifecycle::enabled(state_, RunAction::Reset))
        return;
    unsaved_ = false;
    stop_requested_ = true;
    post([](TrainingWorker& w) { w.reset(); });
    post([this](TrainingWorker&) { stop_requested_ = false; });
}

void TrainingController::applyLive(const Config& config) {
    post([config](TrainingWorker& w) { w.applyLive(config); });
}

void TrainingController::save(const QString& path) {
    post([path](TrainingWorker& w) { w.save(path, false); });
}

void TrainingController::setRecording(bool on) {
    record_.runs_folder = on ? RunStore::defaultRoot() : std::string();
}

void TrainingController::setAutosave(const AutosaveTarget& autosave) {
    post([autosave](TrainingWorker& w) { w.setAutosave(autosave); });
}

void TrainingController::generate(const QString& prompt, const SamplingOptions& options) {
    generation_stop_ = false;
    post([prompt, options](TrainingWorker& w) { w.generate(prompt, options); });
}

void TrainingController::inspectBatch(std::int64_t index, const BatchViewOptions& options) {
    post([index, options](TrainingWorker& w) { w.inspectBatch(index, options); });
}

void TrainingController::compareOrder(std::uint64_t seed) {
    post([seed](TrainingWorker& w) { w.compareOrder(seed); });
}

void TrainingController::stopGenerating() {
    generation_stop_ = true;
}

void TrainingController::findLearningRate(const Config& config, const LrFindOptions& options) {
    stop_requested_ = false;
    post([config, options](TrainingWorker& w) { w.findLearningRate(config, options); });
}

}  // namespace unroll
