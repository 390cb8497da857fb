// The window's run control: the actions that start, pause, continue, stop, reset, open and save
// a run, enabled from the life-cycle's table (controller/run_lifecycle.h), and the question
// asked before a model with unsaved training is dropped.
#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QSignalBlocker>
#include <QStatusBar>

#include "diagram/diagram_panel.h"
#include "panels/config_panel.h"
#include "panels/progress_panel.h"
#include "window/divergence_banner.h"
#include "window/main_window.h"
#include "window/recent_files.h"

namespace unroll {

bool MainWindow::allows(RunAction action) const {
    const RunState s = controller_->state();
    if (!lifecycle::enabled(s, action))
        return false;
    switch (action) {
        case RunAction::Start:
        case RunAction::FindLearningRate:
            return config_->valid();
        case RunAction::Continue: {
            // More epochs for a finished run; a stopped one goes on to its end (or further).
            // Only epochs, the schedule of the added epochs and live settings may differ.
            if (!config_->valid() || !controller_->hasSession())
                return false;
            const Config& run = controller_->session().config;
            const Config form = config_->config();
            const auto epochs = form.get(settings::epochs);
            if (epochs < run.get(settings::epochs) ||
                (s == RunState::Finished && epochs == run.get(settings::epochs)))
                return false;
            for (const std::string& key : changedSettings(run, form))
                if (!findSetting(key)->live && key != settings::epochs.name &&
                    !(s == RunState::Finished && key == settings::schedule.name))
                    return false;
            return true;
        }
        case RunAction::Rewind:
            return banner_->event().rewind_to >= 0;
        case RunAction::RaiseLossLimit:
            return banner_->event().kind == TrainEvent::Kind::LossLimit;
        default:
            return true;
    }
}

void MainWindow::updateActions() {
    const RunState s = controller_->state();
    start_->setEnabled(allows(RunAction::Start));
    pause_->setEnabled(allows(RunAction::Pause) || allows(RunAction::Resume));
    pause_->setText(lifecycle::enabled(s, RunAction::Resume) ? tr("&Resume") : tr("&Pause"));
    stop_->setEnabled(allows(RunAction::Stop));  // also cancels the loading of a large corpus
    reset_->setEnabled(allows(RunAction::Reset));
    continue_->setEnabled(allows(RunAction::Continue));
    save_checkpoint_->setEnabled(allows(RunAction::Save));
    save_checkpoint_as_->setEnabled(allows(RunAction::Save));
    for (QAction* a : {open_checkpoint_, open_config_, open_corpus_})
        a->setEnabled(allows(RunAction::Open));
    lr_find_->setEnabled(allows(RunAction::FindLearningRate));
}

void MainWindow::startRun() {
    if (!config_->valid()) {
        statusBar()->showMessage(tr("Fix the settings marked in red first."), 5000);
        return;
    }
    if (!allows(RunAction::Start) || !confirmDrop(tr("Starting a new run")))
        return;
    last_error_.clear();
    // A new run has no file yet: Save asks, and Autosave writes into its own folder.
    pending_checkpoint_path_.clear();
    controller_->start(config_->config(), AutosaveTarget{autosave_->isChecked(), QString()});
}

void MainWindow::continueRun() {
    if (!allows(RunAction::Continue)) {
        statusBar()->showMessage(
            tr("To continue, raise Epochs (a finished run needs more than it had); other "
               "settings than those that may change during a run need a new run."),
            8000);
        return;
    }
    const Config form = config_->config();
    const int added = static_cast<int>(form.get(settings::epochs) -
                                       controller_->session().config.get(settings::epochs));
    if (controller_->state() == RunState::Finished)
        statusBar()->showMessage(
            form.get(settings::schedule) == "one_cycle"
                ? tr("Continuing for %n more epoch(s) with a new one-cycle.", "", added)
                : tr("Continuing for %n more epoch(s) at a constant learning rate.", "", added),
            8000);
    controller_->continueRun(form);
}

void MainWindow::togglePause() {
    if (allows(RunAction::Pause))
        controller_->pause();
    else if (allows(RunAction::Resume))
        controller_->resume();
}

void MainWindow::stopRun() {
    controller_->stop();
}

void MainWindow::resetRun() {
    if (!allows(RunAction::Reset) || !confirmDrop(tr("Resetting")))
        return;
    controller_->reset();
    showFormError(QString());
    checkpoint_path_.clear();
    shown_run_id_.clear();
    for (SnapshotView* v : views_)
        v->setSession(SessionInfo{});
    progress_->clearRun();
    diagram_->showConfig(config_->config());
    refreshAll();
}

bool MainWindow::confirmDrop(const QString& action) {
    if (!controller_->hasSession() || !controller_->hasUnsavedTraining())
        return true;
    switch (questions_->unsavedModel(this, action)) {
        case WindowQuestions::Unsaved::Discard:
            return true;
        case WindowQuestions::Unsaved::Cancel:
            return false;
        case WindowQuestions::Unsaved::Save:
            break;
    }
    bool written = false;
    const auto once = connect(controller_, &TrainingController::saved, this,
                              [&written](const QString&, bool autosave) { written = !autosave; });
    const bool asked = saveCheckpoint(false);
    controller_->flush();  // the save runs on the worker: wait for it before dropping the model
    disconnect(once);
    return asked && written;  // a failed save was reported; the model stays
}

void MainWindow::setQuestions(std::unique_ptr<WindowQuestions> questions) {
    questions_ = std::move(questions);
}

QString MainWindow::formError() const {
    return form_error_->isHidden() ? QString() : form_error_->text();
}

void MainWindow::showFormError(const QString& message) {
    form_error_->setText(message.isEmpty() ? QString()
                                           : tr("The run could not start: %1").arg(message));
    form_error_->setVisible(!message.isEmpty());
}

void MainWindow::updateAutosave() {
    // The path this run's checkpoint was saved to or opened from; else the run's own folder in
    // the run store — never a file another run chose.
    controller_->setAutosave({autosave_->isChecked(), checkpoint_path_});
}

void MainWindow::runScripted(bool record) {
    const QSignalBlocker quiet(autosave_);  // the person's preference stays as it is
    autosave_->setChecked(false);
    updateAutosave();
    controller_->setRecording(record);
}

bool MainWindow::useFile(const QString& path) {
    if (!allows(RunAction::Open)) {
        statusBar()->showMessage(tr("Stop the run first to train on another file."), 5000);
        return false;
    }
    if (path.endsWith(QLatin1String(".safetensors"), Qt::CaseInsensitive)) {
        if (!confirmDrop(tr("Opening a checkpoint")))
            return false;
        openCheckpointFile(path);
        return true;
    }
    config_->setValueText("corpus", path);
    addRecentFile(kRecentCorpora, path);
    statusBar()->showMessage(
        tr("Corpus: %1 — it is read and checked when the run starts (Tokens: word or char).")
            .arg(path),
        8000);
    return true;
}

void MainWindow::openCheckpoint() {
    if (!allows(RunAction::Open) || !confirmDrop(tr("Opening a checkpoint")))
        return;
    const QString path = questions_->checkpointToOpen(this);
    if (!path.isEmpty())
        openCheckpointFile(path);
}

void MainWindow::openCheckpointFile(const QString& path) {
    addRecentFile(kRecentCheckpoints, path);
    last_error_.clear();
    // The opened run's file, once it is open: Save writes there, and so does Autosave.
    pending_checkpoint_path_ = path;
    controller_->open(path, AutosaveTarget{autosave_->isChecked(), path});
}

bool MainWindow::saveCheckpoint(bool ask) {
    if (!allows(RunAction::Save)) {
        statusBar()->showMessage(
            controller_->hasSession()
                ? tr("Wait a moment: the run is being prepared or is stopping.")
                : tr("Nothing to save yet: start a run or open a checkpoint first."),
            8000);
        return false;
    }
    if (ask || checkpoint_path_.isEmpty()) {
        const QString suggested =
            QStringLiteral("%1.safetensors")
                .arg(
                    QString::fromLatin1(nameOf(controller_->session().config.get(settings::arch))));
        QString path = questions_->checkpointToSave(this, suggested);
        if (path.isEmpty())
            return false;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".safetensors");
        addRecentFile(kRecentCheckpoints, path);  // listed once it exists
        checkpoint_path_ = path;
        updateAutosave();
    }
    controller_->save(checkpoint_path_);
    return true;
}

}  // namespace unroll
