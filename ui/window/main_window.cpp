#include "window/main_window.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include "diagram/diagram_panel.h"
#include "panels/config_panel.h"
#include "panels/data_panel.h"
#include "panels/epoch_table.h"
#include "panels/generate_panel.h"
#include "panels/progress_panel.h"
#include "plots/activation_plot.h"
#include "plots/gate_plot.h"
#include "plots/grad_norm_plot.h"
#include "plots/gradient_flow_plot.h"
#include "plots/histogram_plot.h"
#include "plots/loss_plot.h"
#include "plots/parameter_plot.h"
#include "plots/schedule_plot.h"
#include "runs/compare_panel.h"
#include "runs/runs_panel.h"
#include "text/engine_text.h"
#include "unroll/run_store.h"
#include "window/divergence_banner.h"

namespace unroll {

namespace {

QString stateText(RunState state) {
    switch (state) {
        case RunState::Idle:
            return MainWindow::tr("Ready");
        case RunState::Preparing:
            return MainWindow::tr("Preparing…");
        case RunState::Running:
            return MainWindow::tr("Training");
        case RunState::Paused:
            return MainWindow::tr("Paused");
        case RunState::Diverged:
            return MainWindow::tr("Diverged");
        case RunState::Stopping:
            return MainWindow::tr("Stopping…");
        case RunState::Stopped:
            return MainWindow::tr("Stopped");
        case RunState::Finished:
            return MainWindow::tr("Finished");
        case RunState::FailedToStart:
            return MainWindow::tr("Failed to start");
    }
    return QString();
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : MainWindow(new TrainingController, parent) {}

MainWindow::MainWindow(TrainingController* controller, QWidget* parent)
    : QMainWindow(parent), controller_(controller), questions_(new WindowQuestions) {
    controller_->setParent(this);
    setWindowTitle(tr("Unroll"));
    setAcceptDrops(true);  // a text file dropped on the window becomes the corpus
    buildViews();
    buildMenus();
    connectController();
    connect(config_, &ConfigPanel::changed, this, &MainWindow::updateActions);
    // Before a run, the diagram draws the model the form describes.
    connect(config_, &ConfigPanel::changed, this, [this] {
        if (!controller_->hasSession() || controller_->state() == RunState::Idle)
            diagram_->showConfig(config_->config());
    });
    connect(config_, &ConfigPanel::liveEdited, controller_, &TrainingController::applyLive);
    // The banner's ways past a diverged step. A rewind's new learning rate or clipping comes
    // back through settingsChanged and shows in the form.
    connect(banner_, &DivergenceBanner::rewindLowerRate, this, [this] {
        controller_->recover({Remedy::Kind::Rewind, banner_->lowerBy(), 0.0});
    });
    connect(banner_, &DivergenceBanner::rewindClip, this, [this] {
        controller_->recover({Remedy::Kind::Rewind, 1.0, DivergenceBanner::kClipAt});
    });
    connect(banner_, &DivergenceBanner::skipBatch, this, [this] {
        controller_->recover({Remedy::Kind::SkipBatch, 1.0, 0.0});
    });
    connect(banner_, &DivergenceBanner::raiseLossLimit, this, [this](double limit) {
        // A live edit: applied before the retry, which the worker runs after it.
        config_->setValueText("loss_limit", QString::number(limit, 'g', 6));
        controller_->resume();
    });
    connect(banner_, &DivergenceBanner::stopRequested, this, &MainWindow::stopRun);
    // Plots redraw on this timer, never per step, and only when visible and changed: one per
    // tick, so each of the three on a tab redraws about 10 times a second.
    connect(&refresh_timer_, &QTimer::timeout, this, &MainWindow::refreshVisible);
    refresh_timer_.start(33);
    onStateChanged(RunState::Idle);
    statusBar()->showMessage(
        tr("Human Numbers is built in: pick a preset or an architecture and "
           "press Start (F5)."));
    resize(1560, 980);
}

MainWindow::~MainWindow() {
    controller_->shutdown();
}

void MainWindow::buildViews() {
    config_ = new ConfigPanel;
    auto* scroll = new QScrollArea;
    scroll->setWidget(config_);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(std::max(340, config_->sizeHint().width() + 24));
    // Why the last start failed, beside the settings that caused it (not only in a box).
    form_error_ = new QLabel;
    form_error_->setObjectName(QStringLiteral("formError"));
    form_error_->setWordWrap(true);
    form_error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form_error_->setStyleSheet(
        QStringLiteral("QLabel { color: #842029; background: #f8d7da; border: 1px solid #f5c2c7; "
                       "border-radius: 4px; padding: 6px; }"));
    form_error_->hide();
    auto* form_side = new QWidget;
    auto* form_layout = new QVBoxLayout(form_side);
    form_layout->setContentsMargins(0, 0, 0, 0);
    form_layout->addWidget(form_error_);
    form_layout->addWidget(scroll, 1);
    auto* dock = new QDockWidget(tr("Configuration"), this);
    dock->setObjectName(QStringLiteral("configurationDock"));
    dock->setWidget(form_side);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                      QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    banner_ = new DivergenceBanner(central);
    layout->addWidget(banner_);
    tabs_ = new QTabWidget(central);
    layout->addWidget(tabs_, 1);
    setCentralWidget(central);

    auto add = [this](PlotPanel* p, SnapshotView* v, const char* name) {
        p->setObjectName(QString::fromLatin1(name));
        plots_.push_back(p);
        views_.push_back(v);
        return p;
    };
    auto* loss = new LossPlot;
    auto* schedule = new SchedulePlot;
    grad_norm_ = new GradNormPlot;
    epochs_ = new EpochTable;
    views_.push_back(epochs_);
    add(loss, loss, "lossPlot");
    add(schedule, schedule, "schedulePlot");
    add(grad_norm_, grad_norm_, "gradNormPlot");
    auto* training = new QWidget;
    auto* grid = new QGridLayout(training);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(loss, 0, 0);
    grid->addWidget(epochs_, 0, 1);
    grid->addWidget(schedule, 1, 0);
    grid->addWidget(grad_norm_, 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    tabs_->addTab(training, tr("Training"));

    auto* param_grads = new ParameterPlot(ParameterPlot::Kind::GradNorm);
    auto* ratios = new ParameterPlot(ParameterPlot::Kind::UpdateRatio);
    auto* flow = new GradientFlowPlot;
    add(param_grads, param_grads, "parameterGradPlot");
    add(ratios, ratios, "updateRatioPlot");
    add(flow, flow, "gradientFlowPlot");
    auto* gradients = new QWidget;
    auto* ggrid = new QGridLayout(gradients);
    ggrid->setContentsMargins(0, 0, 0, 0);
    ggrid->addWidget(flow, 0, 0, 1, 2);
    ggrid->addWidget(param_grads, 1, 0);
    ggrid->addWidget(ratios, 1, 1);
    ggrid->setRowStretch(0, 3);
    ggrid->setRowStretch(1, 2);
    tabs_->addTab(gradients, tr("Gradients"));

    auto* activations = new ActivationPlot;
    auto* gates = new GatePlot;
    auto* histograms = new HistogramPlot;
    add(activations, activations, "activationPlot");
    add(gates, gates, "gatePlot");
    add(histograms, histograms, "histogramPlot");
    auto* inside = new QWidget;
    auto* agrid = new QGridLayout(inside);
    agrid->setContentsMargins(0, 0, 0, 0);
    agrid->addWidget(activations, 0, 0);
    agrid->addWidget(gates, 1, 0);
    agrid->addWidget(histograms, 0, 1, 2, 1);
    tabs_->addTab(inside, tr("Activations"));

    diagram_ = new DiagramPanel;
    diagram_->setObjectName(QStringLiteral("diagramPanel"));
    views_.push_back(diagram_);
    tabs_->addTab(diagram_, tr("Diagram"));

    data_ = new DataPanel(controller_);
    data_->setObjectName(QStringLiteral("dataPanel"));
    views_.push_back(data_);
    tabs_->addTab(data_, tr("Data"));

    generate_ = new GeneratePanel(controller_);
    generate_->setObjectName(QStringLiteral("generatePanel"));
    views_.push_back(generate_);
    tabs_->addTab(generate_, tr("Generate"));

    runs_ = new RunsPanel(QString::fromStdString(RunStore::defaultRoot()), controller_->race());
    runs_->setObjectName(QStringLiteral("runsPanel"));
    runs_->setBaseConfig([this] { return config_->config(); });
    tabs_->addTab(runs_, tr("Runs"));
    connect(runs_, &RunsPanel::openCheckpointRequested, this, &MainWindow::useFile);
    connect(runs_, &RunsPanel::useSettingsRequested, this, [this](const Config& config) {
        if (config_->runLocked()) {
            statusBar()->showMessage(tr("Stop the run first to change the settings."), 5000);
            return;
        }
        config_->setConfig(config);
        statusBar()->showMessage(tr("The form now holds that run's settings."), 5000);
    });

    progress_ = new ProgressPanel;
    views_.push_back(progress_);
    workers_label_ = new QLabel;
    workers_label_->setObjectName(QStringLiteral("runWorkers"));
    workers_label_->hide();
    statusBar()->addPermanentWidget(workers_label_);
    state_label_ = new QLabel;
    state_label_->setObjectName(QStringLiteral("runState"));
    state_label_->setMinimumWidth(80);
    statusBar()->addPermanentWidget(state_label_);
}

PlotPanel* MainWindow::plot(const QString& object_name) const {
    for (PlotPanel* p : plots_)
        if (p->objectName() == object_name)
            return p;
    return nullptr;
}

void MainWindow::connectController() {
    connect(controller_, &TrainingController::stateChanged, this, &MainWindow::onStateChanged);
    connect(controller_, &TrainingController::sessionReady, this, &MainWindow::onSession);
    // The run store changes as runs begin and end: the Runs tab shows it.
    connect(controller_, &TrainingController::sessionReady, runs_, &RunsPanel::refreshList);
    connect(controller_, &TrainingController::stateChanged, runs_, [this](RunState s) {
        if (s != RunState::Running && s != RunState::Preparing && s != RunState::Stopping)
            runs_->refreshList();  // the run's record says paused, diverged, stopped ...
    });
    connect(controller_, &TrainingController::startFailed, this, &MainWindow::showFormError);
    connect(controller_, &TrainingController::settingsChanged, this, [this](const Config& c) {
        config_->setConfig(c);
        grad_norm_->setClip(c.get(settings::clip));
    });
    connect(controller_, &TrainingController::runContinued, this, [this](const SessionInfo& info) {
        progress_->setEpochs(info.epochs);
        runs_->refreshList();
    });
    connect(controller_, &TrainingController::snapshots, this, &MainWindow::onSnapshots);
    connect(controller_, &TrainingController::diverged, this, &MainWindow::onDiverged);
    connect(controller_, &TrainingController::failed, this, &MainWindow::onFailed);
    connect(controller_, &TrainingController::saved, this, [this](const QString& path, bool auto_) {
        statusBar()->showMessage(auto_ ? tr("Autosaved %1").arg(path) : tr("Saved %1").arg(path),
                                 5000);
    });
    connect(controller_, &TrainingController::loading, this, [this](double done) {
        statusBar()->showMessage(
            tr("Loading the corpus: %1 % (Stop cancels)").arg(static_cast<int>(done * 100)));
    });
    connect(controller_, &TrainingController::learningRateFound, this,
            &MainWindow::showLearningRates);
    connect(controller_, &TrainingController::liveApplied, this, [this](const Config& c) {
        grad_norm_->setClip(c.get(settings::clip));
        statusBar()->showMessage(tr("Applied to the run from the next step."), 3000);
    });
}

void MainWindow::onSession(const SessionInfo& info) {
    config_->setConfig(info.config);  // an opened checkpoint brings its own
    checkpoint_path_ = pending_checkpoint_path_;
    shown_run_id_ = info.run_id;
    showFormError(QString());
    for (SnapshotView* v : views_)
        v->setSession(info);
    statusBar()->showMessage(
        tr("%1: %2 parameters, %3 batches per epoch, corpus %4 (%5 tokens)")
            .arg(QString::fromLatin1(nameOf(info.config.get(settings::arch))))
            .arg(QLocale().toString(static_cast<qlonglong>(info.parameter_count)))
            .arg(info.batches_per_epoch)
            .arg(QString::fromStdString(info.corpus_name))
            .arg(QLocale().toString(static_cast<qlonglong>(info.corpus_tokens))),
        8000);
    if (!info.record_problem.empty())
        statusBar()->showMessage(
            tr("This run is not recorded in the Runs tab: %1").arg(engineText(info.record_problem)),
            15000);
    if (!info.load_note.empty())  // a checkpoint without a checksum
        statusBar()->showMessage(tr("Note: %1").arg(engineText(info.load_note)), 15000);
    showWorkers(controller_->state());
    refreshAll();
}

void MainWindow::onSnapshots(const SnapshotBuffer::Drained& batch) {
    for (SnapshotView* v : views_)
        v->consume(batch);
    // Each closed epoch is in the run's record by now: the Runs list shows its progress.
    if (!batch.epochs.empty())
        runs_->refreshList();
    // With on_nonfinite=ignore or rewind the run goes on past a bad step; say so, or it would go
    // unseen.
    for (const TrainEvent& e : batch.events) {
        if (e.action == OnNonFinite::Ignore)
            statusBar()->showMessage(
                tr("Step %1 skipped: %2").arg(e.step).arg(engineText(e.message)), 10000);
        else if (e.action == OnNonFinite::Rewind)
            // The engine's message names the step and where the run went back to.
            statusBar()->showMessage(engineText(e.message), 10000);
    }
}

void MainWindow::onDiverged(const TrainEvent& event) {
    banner_->report(event, controller_->session().config);
}

void MainWindow::onFailed(const QString& what, const QString& message) {
    last_error_ = tr("%1 failed: %2").arg(what, message);
    statusBar()->showMessage(last_error_);
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Unroll"), last_error_, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();  // not modal to the event loop: training views keep updating
}

void MainWindow::showWorkers(RunState state) {
    // A run of several processes says so while it holds them: from its start to its reset.
    const int workers = controller_->hasSession() && state != RunState::Idle
                            ? static_cast<int>(controller_->session().config.get(settings::workers))
                            : 1;
    workers_label_->setVisible(workers > 1);
    workers_label_->setText(tr("%1 workers").arg(workers));
    workers_label_->setToolTip(
        tr("Data-parallel: %1 processes each train on their share of every batch's rows, and "
           "average their gradients every step")
            .arg(workers));
}

void MainWindow::onStateChanged(RunState state) {
    config_->setRunLocked(!lifecycle::enabled(state, RunAction::EditSettings));
    state_label_->setText(stateText(state));
    showWorkers(state);
    setWindowTitle(controller_->hasSession() && state != RunState::Idle
                       ? tr("Unroll — %1 (%2)")
                             .arg(QString::fromLatin1(
                                      nameOf(controller_->session().config.get(settings::arch))),
                                  stateText(state).toLower())
                       : tr("Unroll"));
    updateActions();
    // The banner's remedies are for a diverged run; in any other state they would act on a run
    // they were not offered for.
    if (state != RunState::Diverged)
        banner_->hide();
    if (state == RunState::Finished || state == RunState::Stopped)
        refreshAll();
}

void MainWindow::refreshVisible() {
    // One plot per tick, taking turns: a redraw costs up to ~20 ms, and three in one go would
    // hold the event loop for a frame or more.
    const size_t n = plots_.size();
    for (size_t i = 0; i < n; ++i) {
        next_refresh_ = (next_refresh_ + 1) % n;
        if (plots_[next_refresh_]->refresh())
            return;
    }
}

void MainWindow::refreshAll() {
    for (PlotPanel* p : plots_)
        p->refresh(true);
    runs_->compare()->rebuildNow();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile() && useFile(urls.front().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!confirmDrop(tr("Quitting"))) {
        event->ignore();
        return;
    }
    // The save asked for (if any) is queued before the shutdown: the worker writes it first.
    // The batch in progress completes and the thread ends; checkpoints already written stay
    // whole (saves are atomic), and nothing is half-written.
    saveSession();
    controller_->shutdown();
    event->accept();
}

}  // namespace unroll
