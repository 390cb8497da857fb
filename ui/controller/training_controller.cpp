#include "controller/training_controller.h"

#include <exception>

#include "controller/race_runner.h"
#include "unroll/run_store.h"

namespace unroll {

// Lives on the worker thread; every member function runs there. It trains one batch per event,
// re-posting itself while running, so that commands queued by the GUI run between two batches.
class TrainingWorker : public QObject {
public:
    TrainingWorker(TrainingController* controller, TrainingController::SessionFactory factory)
        : controller_(controller), factory_(std::move(factory)), observer_(this) {}

    void start(const Config& config) {
        run([&] { return factory_(config); }, RunState::Running);
    }
    void open(const QString& path) {
        run([&] { return openTrainerSession(path.toStdString()); }, RunState::Paused);
    }
    void resume() {
        controller_->pause_requested_ = false;
        if (!session_ || session_->finished())
            return;
        running_ = true;
        reply([](TrainingController& c) { c.setState(RunState::Running); });
        schedule();
    }
    void pause() {
        controller_->pause_requested_ = false;
        if (!running_)
            return;
        running_ = false;
        reply([](TrainingController& c) { c.setState(RunState::Paused); });
    }
    void stop() {
        controller_->stop_requested_ = false;
        if (!session_)
            return;
        running_ = false;
        if (!session_->finished()) {
            session_->markEnded("stopped");
            reply([](TrainingController& c) { c.setState(RunState::Stopped); });
        }
    }
    void reset() {
        running_ = false;
        session_.reset();
        reply([](TrainingController& c) {
            c.has_session_ = false;
            c.info_ = SessionInfo{};
            c.setState(RunState::Idle);
        });
    }
    void applyLive(const Config& config) {
        attempt(TrainingController::tr("Changing the settings"), [&] {
            if (session_)
                session_->applyLive(config);
            configureWorkerThread(static_cast<int>(config.get(settings::threads)));
            reply([config](TrainingController& c) {
                c.info_.config = config;
                Q_EMIT c.liveApplied(config);
            });
        });
    }
    void save(const QString& path, bool autosave) {
        if (!session_)
            return;
        attempt(TrainingController::tr("Saving %1").arg(path), [&] {
            session_->save(path.toStdString());
            reply([path, autosave](TrainingController& c) { Q_EMIT c.saved(path, autosave); });
        });
    }
    void setAutosave(const QString& path) {
        autosave_ = path;
        autosave_in_run_folder_ = false;
    }
    void setAutosaveInRunFolder() {
        autosave_.clear();
        autosave_in_run_folder_ = true;
    }
    // Where an epoch's autosave goes: the path set, or the run's folder; "" for nowhere.
    QString autosavePath() const {
        if (!autosave_in_run_folder_)
            return autosave_;
        return run_folder_.isEmpty() ? QString() : run_folder_ + "/autosave.safetensors";
    }
    void findLearningRate(const Config& config, const LrFindOptions& options) {
        attempt(TrainingController::tr("Finding a learning rate"), [&] {
            // A run in progress is measured as it stands (the finder puts everything back);
            // otherwise a fresh model of the form's configuration.
            std::unique_ptr<TrainingSession> fresh;
            TrainingSession* target = session_.get();
            if (!target || running_) {
                fresh = factory_(config);
                target = fresh.get();
            }
            configureWorkerThread(static_cast<int>(config.get(settings::threads)));
            LrFindResult result = target->findLearningRate(options, &controller_->stop_requested_);
            controller_->stop_requested_ = false;
            reply([result](TrainingController& c) { Q_EMIT c.learningRateFound(result); });
        });
    }

    void generate(const QString& prompt, const SamplingOptions& options) {
        if (!session_) {
            reply([](TrainingController& c) {
                Q_EMIT c.generationFailed(
                    TrainingController::tr("Start a run or open a checkpoint first: generation "
                                           "uses the model's current weights."));
            });
            return;
        }
        try {
            const Generation g =
                session_->generate(prompt.toStdString(), options, [this](const GeneratedToken& t) {
                    reply([t](TrainingController& c) { Q_EMIT c.tokenGenerated(t); });
                    return !controller_->generation_stop_.load();
                });
            reply([g](TrainingController& c) { Q_EMIT c.generationFinished(g); });
        } catch (const std::exception& e) {
            const QString message = QString::fromStdString(e.what());
            reply([message](TrainingController& c) { Q_EMIT c.generationFailed(message); });
        }
    }

    void inspectBatch(std::int64_t index, const BatchViewOptions& options) {
        if (!session_)
            return;
        attempt(TrainingController::tr("Reading a validation batch"), [&] {
            const BatchView v = session_->inspectValidBatch(index, options);
            reply([v](TrainingController& c) { Q_EMIT c.batchInspected(v); });
        });
    }
    void compareOrder(std::uint64_t seed) {
        if (!session_)
            return;
        attempt(TrainingController::tr("Validating in shuffled order"), [&] {
            const EpochMetrics in_order = session_->evaluate(false, seed);
            const EpochMetrics shuffled = session_->evaluate(true, seed);
            reply([in_order, shuffled](TrainingController& c) {
                Q_EMIT c.orderCompared(in_order, shuffled);
            });
        });
    }

private:
    // Forwards what a step measures to the buffer and notes whether it closed an epoch.
    struct Observer : TrainObserver {
        explicit Observer(TrainingWorker* w) : worker(w) {}
        void onStep(const StepMetrics& s) override { worker->controller_->buffer_.onStep(s); }
        void onProbe(const ProbeFrame& p) override { worker->controller_->buffer_.onProbe(p); }
        void onEvent(const TrainEvent& e) override {
            worker->controller_->buffer_.onEvent(e);
            worker->last_event_ = e;
        }
        void onEpoch(const EpochMetrics& e) override {
            worker->controller_->buffer_.onEpoch(e);
            worker->epoch_closed_ = true;
        }
        TrainingWorker* worker;
    };

    template <typename Build>
    void run(Build build, RunState then) {
        running_ = false;
        session_.reset();
        reply([](TrainingController& c) { c.setState(RunState::Preparing); });
        attempt(TrainingController::tr("Preparing the run"), [&] {
            session_ = build();
            // Runs and opened checkpoints are recorded; the finder's throwaway models are not.
            session_->startRecording(controller_->record_);
            const SessionInfo info = session_->info();
            run_folder_ = QString::fromStdString(info.run_folder);
            configureWorkerThread(static_cast<int>(info.config.get(settings::threads)));
            reply([info](TrainingController& c) {
                c.awaiting_session_ = false;
                c.has_session_ = true;
                c.info_ = info;
                Q_EMIT c.sessionReady(info);
            });
        });
        if (!session_) {
            reply([](TrainingController& c) {
                c.awaiting_session_ = false;
                c.setState(RunState::Idle);
            });
            return;
        }
        if (session_->finished()) {
            // An opened checkpoint of a finished run: nothing to resume, and its record says so.
            attempt(TrainingController::tr("Recording the run"),
                    [&] { session_->markEnded("finished"); });
            reply([](TrainingController& c) { c.setState(RunState::Finished); });
        } else if (then == RunState::Running) {
            resume();
        } else {
            reply([then](TrainingController& c) { c.setState(then); });
        }
    }

    void schedule() {
        if (step_posted_)
            return;
        step_posted_ = true;
        QMetaObject::invokeMethod(
            this, [this] { step(); }, Qt::QueuedConnection);
    }

    void step() {
        step_posted_ = false;
        if (!running_ || !session_)
            return;
        if (controller_->stop_requested_) {
            stop();
            return;
        }
        if (controller_->pause_requested_) {
            pause();
            return;
        }
        epoch_closed_ = false;
        TrainingSession::StepResult result = TrainingSession::StepResult::Finished;
        attempt(
            TrainingController::tr("Training"), [&] { result = session_->step(observer_); }, true);
        if (epoch_closed_ && !autosavePath().isEmpty())
            save(autosavePath(), true);
        switch (result) {
            case TrainingSession::StepResult::Trained:
                if (!session_->finished()) {
                    schedule();
                    return;
                }
                [[fallthrough]];
            case TrainingSession::StepResult::Finished:
                running_ = false;
                reply([](TrainingController& c) { c.setState(RunState::Finished); });
                return;
            case TrainingSession::StepResult::Diverged:
                running_ = false;
                reply([event = last_event_](TrainingController& c) {
                    c.setState(RunState::Paused);
                    Q_EMIT c.diverged(event);
                });
                return;
        }
    }

    // Runs `body`; an exception becomes a `failed` signal. Only a failure of training itself
    // stops the run; a refused setting, a failed save or inspection leave it going.
    template <typename Body>
    void attempt(const QString& what, Body body, bool stops_run = false) {
        try {
            body();
        } catch (const std::exception& e) {
            const bool was_running = running_ && stops_run;
            if (stops_run)
                running_ = false;
            if (was_running && session_)
                session_->markEnded("failed");
            const QString message = QString::fromStdString(e.what());
            reply([what, message, was_running](TrainingController& c) {
                if (was_running)
                    c.setState(RunState::Stopped);
                Q_EMIT c.failed(what, message);
            });
        }
    }

    void reply(std::function<void(TrainingController&)> fn) {
        TrainingController* c = controller_;
        QMetaObject::invokeMethod(
            c, [c, fn = std::move(fn)] { fn(*c); }, Qt::QueuedConnection);
    }

    TrainingController* controller_;
    TrainingController::SessionFactory factory_;
    std::unique_ptr<TrainingSession> session_;
    Observer observer_;
    bool running_ = false;
    bool step_posted_ = false;
    bool epoch_closed_ = false;
    TrainEvent last_event_;
    QString autosave_;
    bool autosave_in_run_folder_ = false;
    QString run_folder_;  // the session's folder in the run store, or ""
};

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
    Q_EMIT snapshots(d);
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
    state_ = state;
    Q_EMIT stateChanged(state);
}

void TrainingController::beginSession() {
    stop_requested_ = false;
    pause_requested_ = false;
    steps_reported_ = 0;
    buffer_.drain();  // nothing of an earlier run reaches the new one's views
    awaiting_session_ = true;
}

void TrainingController::start(const Config& config) {
    beginSession();
    post([config](TrainingWorker& w) { w.start(config); });
}

void TrainingController::open(const QString& checkpoint) {
    beginSession();
    post([checkpoint](TrainingWorker& w) { w.open(checkpoint); });
}

void TrainingController::pause() {
    pause_requested_ = true;
    post([](TrainingWorker& w) { w.pause(); });
}

void TrainingController::resume() {
    if (state_ != RunState::Paused)
        return;  // only a paused run resumes; a stopped or finished one stays as it is
    post([](TrainingWorker& w) { w.resume(); });
}

void TrainingController::stop() {
    stop_requested_ = true;
    post([](TrainingWorker& w) { w.stop(); });
}

void TrainingController::reset() {
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

void TrainingController::setAutosaveInRunFolder() {
    post([](TrainingWorker& w) { w.setAutosaveInRunFolder(); });
}

void TrainingController::setRecording(bool on) {
    record_.runs_folder = on ? RunStore::defaultRoot() : std::string();
}

void TrainingController::setAutosave(const QString& path) {
    post([path](TrainingWorker& w) { w.setAutosave(path); });
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
