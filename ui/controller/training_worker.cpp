#include "controller/training_worker.h"
#include "text/engine_text.h"

#include <exception>

namespace unroll {

TrainingWorker::TrainingWorker(TrainingController* controller,
                               TrainingController::SessionFactory factory)
    : controller_(controller), factory_(std::move(factory)), observer_(this) {}

TrainingWorker::~TrainingWorker() = default;

void TrainingWorker::Observer::onStep(const StepMetrics& s) {
    worker->controller_->buffer_.onStep(s);
}
void TrainingWorker::Observer::onProbe(const ProbeFrame& p) {
    worker->controller_->buffer_.onProbe(p);
}
void TrainingWorker::Observer::onEvent(const TrainEvent& e) {
    worker->controller_->buffer_.onEvent(e);
    worker->last_event_ = e;
    if (e.action == OnNonFinite::Rewind)
        worker->rewound_ = true;
}
void TrainingWorker::Observer::onEpoch(const EpochMetrics& e) {
    worker->controller_->buffer_.onEpoch(e);
    worker->epoch_closed_ = true;
}

void TrainingWorker::start(const Config& config, const std::optional<AutosaveTarget>& autosave) {
    prepare([&] { return factory_(config); }, false, autosave);
}

void TrainingWorker::open(const QString& path, const std::optional<AutosaveTarget>& autosave) {
    prepare([&] { return openTrainerSession(path.toStdString()); }, true, autosave);
}

void TrainingWorker::resume() {
    controller_->pause_requested_ = false;
    if (!session_ || session_->finished())
        return;
    running_ = true;
    reply([](TrainingController& c) { c.setState(RunState::Running); });
    schedule();
}

void TrainingWorker::pause() {
    controller_->pause_requested_ = false;
    if (!running_)
        return;
    running_ = false;
    reply([](TrainingController& c) { c.setState(RunState::Paused); });
}

void TrainingWorker::stop() {
    controller_->stop_requested_ = false;
    if (!session_)
        return;
    running_ = false;
    if (!session_->finished()) {
        ended(RunState::Stopped);
        reply([](TrainingController& c) { c.setState(RunState::Stopped); });
    }
}

void TrainingWorker::reset() {
    running_ = false;
    session_.reset();
    reply([](TrainingController& c) {
        c.has_session_ = false;
        c.info_ = SessionInfo{};
        c.setState(RunState::Idle);
    });
}

void TrainingWorker::continueRun(const Config& config) {
    if (!session_)
        return;
    const bool ok = attempt(TrainingController::tr("Continuing the run"), [&] {
        session_->continueRun(config);
        const SessionInfo info = session_->info();
        reply([info](TrainingController& c) {
            c.info_ = info;
            Q_EMIT c.runContinued(info);
        });
    });
    if (ok)
        resume();
}

void TrainingWorker::recover(const Remedy& remedy) {
    if (!session_)
        return;
    const bool ok = attempt(TrainingController::tr("Recovering the run"), [&] {
        session_->recover(remedy, observer_);
        const Config config = session_->config();
        reply([config](TrainingController& c) {
            c.info_.config = config;
            Q_EMIT c.settingsChanged(config);
        });
    });
    if (ok)
        resume();
    else  // still at the withheld step: its banner and remedies again
        reply([event = last_event_](TrainingController& c) { c.diverge(event); });
}

void TrainingWorker::applyLive(const Config& config) {
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

void TrainingWorker::save(const QString& path, bool autosave) {
    if (!session_) {
        reply([](TrainingController& c) {
            Q_EMIT c.failed(TrainingController::tr("Saving"),
                            TrainingController::tr("there is no model to save: start a run or "
                                                   "open a checkpoint first"));
        });
        return;
    }
    attempt(TrainingController::tr("Saving %1").arg(path), [&] {
        session_->save(path.toStdString());
        reply([path, autosave](TrainingController& c) {
            c.unsaved_ = false;
            Q_EMIT c.saved(path, autosave);
        });
    });
}

void TrainingWorker::setAutosave(const AutosaveTarget& autosave) {
    autosave_ = autosave;
}

QString TrainingWorker::autosavePath() const {
    if (!autosave_.on)
        return QString();
    if (!autosave_.path.isEmpty())
        return autosave_.path;
    return run_folder_.isEmpty() ? QString() : run_folder_ + "/autosave.safetensors";
}

void TrainingWorker::findLearningRate(const Config& config, const LrFindOptions& options) {
    attempt(TrainingController::tr("Finding a learning rate"), [&] {
        // A run in progress is measured as it stands (the finder puts everything back);
        // otherwise a fresh model of the form's configuration.
        std::unique_ptr<TrainingSession> fresh;
        TrainingSession* target = session_.get();
        if (!target || running_ || session_->finished()) {
            fresh = factory_(config);
            target = fresh.get();
        }
        configureWorkerThread(static_cast<int>(config.get(settings::threads)));
        LrFindResult result = target->findLearningRate(options, &controller_->stop_requested_);
        controller_->stop_requested_ = false;
        reply([result](TrainingController& c) { Q_EMIT c.learningRateFound(result); });
    });
}

void TrainingWorker::generate(const QString& prompt, const SamplingOptions& options) {
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
        const QString message = engineText(e);
        reply([message](TrainingController& c) { Q_EMIT c.generationFailed(message); });
    }
}

void TrainingWorker::inspectBatch(std::int64_t index, const BatchViewOptions& options) {
    if (!session_)
        return;
    attempt(TrainingController::tr("Reading a validation batch"), [&] {
        const BatchView v = session_->inspectValidBatch(index, options);
        reply([v](TrainingController& c) { Q_EMIT c.batchInspected(v); });
    });
}

void TrainingWorker::compareOrder(std::uint64_t seed) {
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

void TrainingWorker::prepare(const std::function<std::unique_ptr<TrainingSession>()>& build,
                             bool paused, const std::optional<AutosaveTarget>& autosave) {
    std::unique_ptr<TrainingSession> fresh;
    const bool built = attempt(TrainingController::tr("Preparing the run"), [&] {
        fresh = build();
        // Runs and opened checkpoints are recorded; the finder's throwaway models are not.
        fresh->startRecording(controller_->record_);
    });
    if (!built) {
        reply([](TrainingController& c) { c.preparationFailed(); });
        return;
    }
    running_ = false;
    session_ = std::move(fresh);  // the run before it is over: it was stopped or finished
    if (autosave)
        autosave_ = *autosave;
    const SessionInfo info = session_->info();
    run_folder_ = QString::fromStdString(info.run_folder);
    configureWorkerThread(static_cast<int>(info.config.get(settings::threads)));
    reply([info](TrainingController& c) { c.sessionBuilt(info); });
    if (session_->finished()) {
        // An opened checkpoint of a finished run: nothing to resume, and its record says so.
        ended(RunState::Finished);
        reply([](TrainingController& c) { c.setState(RunState::Finished); });
    } else if (!paused) {
        resume();
    } else {
        reply([](TrainingController& c) { c.setState(RunState::Paused); });
    }
}

void TrainingWorker::schedule() {
    if (step_posted_)
        return;
    step_posted_ = true;
    QMetaObject::invokeMethod(
        this, [this] { step(); }, Qt::QueuedConnection);
}

void TrainingWorker::step() {
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
    rewound_ = false;
    TrainingSession::StepResult result = TrainingSession::StepResult::Finished;
    attempt(
        TrainingController::tr("Training"), [&] { result = session_->step(observer_); }, true);
    if (!session_ || !running_)
        return;      // training failed: the run was stopped and the window told why
    if (rewound_) {  // on_nonfinite=rewind lowered the learning rate: the form shows it
        const Config config = session_->config();
        reply([config](TrainingController& c) {
            c.info_.config = config;
            Q_EMIT c.settingsChanged(config);
        });
    }
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
            if (controller_->stop_requested_) {  // asked to stop as the step diverged
                stop();
                return;
            }
            reply([event = last_event_](TrainingController& c) { c.diverge(event); });
            return;
    }
}

template <typename Body>
bool TrainingWorker::attempt(const QString& what, Body body, bool stops_run) {
    try {
        body();
        return true;
    } catch (const std::exception& e) {
        const bool was_running = running_ && stops_run;
        if (stops_run)
            running_ = false;
        if (was_running && session_)
            session_->markEnded("failed");
        const QString message = engineText(e);
        reply([what, message, was_running](TrainingController& c) {
            if (was_running)
                c.setState(RunState::Stopped);
            Q_EMIT c.failed(what, message);
        });
        return false;
    }
}

void TrainingWorker::ended(RunState state) {
    attempt(TrainingController::tr("Recording the run"),
            [&] { session_->markEnded(lifecycle::recordStatus(state)); });
}

void TrainingWorker::reply(std::function<void(TrainingController&)> fn) {
    TrainingController* c = controller_;
    QMetaObject::invokeMethod(
        c, [c, fn = std::move(fn)] { fn(*c); }, Qt::QueuedConnection);
}

}  // namespace unroll
