// The window's menus, toolbar and the commands behind them: files, run control, views, language.
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

#include "files/user_files.h"
#include "panels/config_panel.h"
#include "panels/progress_panel.h"
#include "runs/runs_panel.h"
#include "text/engine_text.h"
#include "window/lr_finder_dialog.h"
#include "window/main_window.h"
#include "window/recent_files.h"

namespace unroll {

namespace {

const char* kLanguageKey = "language";
const char* kAutosaveKey = "autosave";

QString configFilter() {
    return MainWindow::tr("Configurations (*.json);;All files (*)");
}

}  // namespace

QAction* MainWindow::action(const QString& object_name) const {
    return findChild<QAction*>(object_name);
}

void MainWindow::buildMenus() {
    auto make = [this](const QString& text, const char* name, const QKeySequence& keys, auto slot) {
        auto* a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        if (!keys.isEmpty())
            a->setShortcut(keys);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };

    QMenu* file = menuBar()->addMenu(tr("&File"));
    open_config_ = make(tr("&Open Configuration…"), "openConfig", QKeySequence::Open,
                        [this] { openConfig(); });
    file->addAction(open_config_);
    open_corpus_ = make(tr("Open Co&rpus…"), "openCorpus", QKeySequence(tr("Ctrl+Shift+C")),
                        [this] { openCorpus(); });
    open_corpus_->setToolTip(tr("Train on a UTF-8 text file (or drop one on the window)"));
    file->addAction(open_corpus_);
    attachRecentMenu(file->addMenu(tr("Recent Corpora")), kRecentCorpora,
                     [this](const QString& path) { useFile(path); });
    file->addAction(make(tr("Save &Configuration As…"), "saveConfig",
                         QKeySequence(tr("Ctrl+Shift+S")), [this] { saveConfig(); }));
    file->addSeparator();
    open_checkpoint_ = make(tr("Open C&heckpoint…"), "openCheckpoint",
                            QKeySequence(tr("Ctrl+Shift+O")), [this] { openCheckpoint(); });
    file->addAction(open_checkpoint_);
    attachRecentMenu(file->addMenu(tr("Recent Checkpoints")), kRecentCheckpoints,
                     [this](const QString& path) { useFile(path); });
    save_checkpoint_ = make(tr("&Save Checkpoint"), "saveCheckpoint", QKeySequence::Save,
                            [this] { saveCheckpoint(false); });
    file->addAction(save_checkpoint_);
    save_checkpoint_as_ = make(tr("Save Checkpoint &As…"), "saveCheckpointAs", QKeySequence(),
                               [this] { saveCheckpoint(true); });
    file->addAction(save_checkpoint_as_);
    autosave_ = new QAction(tr("A&utosave Each Epoch"), this);
    autosave_->setObjectName(QStringLiteral("autosave"));
    autosave_->setCheckable(true);
    autosave_->setChecked(QSettings().value(kAutosaveKey, false).toBool());
    autosave_->setToolTip(
        tr("Save the checkpoint after every epoch (to the file this run was last saved to, or "
           "into the run's own folder in the Runs tab)"));
    connect(autosave_, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(kAutosaveKey, on);
        updateAutosave();
    });
    file->addAction(autosave_);
    file->addSeparator();
    file->addAction(make(tr("&Follow a Run Log…"), "followRunLog", QKeySequence(), [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Follow a run log"), QString(),
                                                          tr("Run logs (*.jsonl);;All files (*)"));
        if (!path.isEmpty()) {
            runs_->followLog(path);
            tabs_->setCurrentWidget(runs_);
        }
    }));
    attachRecentMenu(file->addMenu(tr("Recent Run Logs")), kRecentRunLogs,
                     [this](const QString& path) {
                         runs_->followLog(path);
                         tabs_->setCurrentWidget(runs_);
                     });
    connect(runs_, &RunsPanel::logFollowed, this,
            [](const QString& path) { addRecentFile(kRecentRunLogs, path); });
    file->addSeparator();
    file->addAction(make(tr("&Quit"), "quit", QKeySequence::Quit, [this] { close(); }));

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    start_ = make(tr("&Start"), "start", QKeySequence(Qt::Key_F5), [this] { startRun(); });
    pause_ = make(tr("&Pause"), "pause", QKeySequence(Qt::Key_F6), [this] { togglePause(); });
    stop_ = make(tr("S&top"), "stop", QKeySequence(Qt::SHIFT | Qt::Key_F5), [this] { stopRun(); });
    reset_ = make(tr("&Reset"), "reset", QKeySequence(tr("Ctrl+Shift+R")), [this] { resetRun(); });
    continue_ = make(tr("&Continue"), "continue", QKeySequence(Qt::CTRL | Qt::Key_F5),
                     [this] { continueRun(); });
    start_->setToolTip(tr("Start a new run with these settings (F5)"));
    pause_->setToolTip(tr("Pause or resume after the current batch (F6)"));
    stop_->setToolTip(tr("End the run after the current batch (Shift+F5)"));
    reset_->setToolTip(tr("Discard the run and clear the plots; the settings stay"));
    continue_->setToolTip(
        tr("Train a stopped or finished run on: raise Epochs first. The added epochs follow the "
           "Schedule setting: one_cycle starts a new cycle over them, constant holds the "
           "learning rate (Ctrl+F5)"));
    for (QAction* a : {start_, pause_, stop_, continue_, reset_})
        run->addAction(a);
    run->addSeparator();
    lr_find_ = make(tr("Find &Learning Rate…"), "findLearningRate", QKeySequence(tr("Ctrl+L")),
                    [this] { findLearningRate(); });
    lr_find_->setToolTip(tr("fastai's lr_find: a short sweep of growing learning rates"));
    run->addAction(lr_find_);
    run->addAction(make(tr("R&ace Architectures…"), "race", QKeySequence(), [this] {
        tabs_->setCurrentWidget(runs_);
        runs_->chooseRace();
    }));
    QMenu* presets_menu = run->addMenu(tr("P&resets"));
    for (const Preset& p : presets()) {
        const std::string name = p.name;
        QAction* a = presets_menu->addAction(QString::fromStdString(p.name));
        a->setToolTip(QCoreApplication::translate("schema", p.description.c_str()));
        connect(a, &QAction::triggered, this, [this, name] {
            if (!config_->runLocked())
                config_->loadPreset(name);
        });
    }
    presets_menu->setToolTipsVisible(true);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < tabs_->count(); ++i) {
        QAction* a = view->addAction(tabs_->tabText(i));
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { tabs_->setCurrentIndex(i); });
    }
    view->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());
    QMenu* language = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QString current = QSettings().value(kLanguageKey).toString();
    const std::pair<QString, QString> choices[] = {
        {QString(), tr("System")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")}};
    for (const auto& [code, name] : choices) {
        QAction* a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == current);
        a->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? "system" : code));
        languages->addAction(a);
        const QString c = code;
        connect(a, &QAction::triggered, this, [this, c] { chooseLanguage(c); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Unroll"), this, [this] {
        QMessageBox::about(
            this, tr("About Unroll"),
            tr("<h3>Unroll %1</h3><p>Train recurrent language models from scratch and watch them "
               "learn: the models of the fastai book's chapter “A Language Model from Scratch”, on "
               "its Human Numbers data set, with what happens inside them drawn live.</p><p>The "
               "same engine runs headless as <tt>unroll-cli</tt>.</p>")
                .arg(QApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar* bar = addToolBar(tr("Run"));
    bar->setObjectName(QStringLiteral("runToolbar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction* a : {start_, pause_, stop_, continue_, reset_})
        bar->addAction(a);
    bar->addSeparator();
    bar->addAction(lr_find_);
    bar->addSeparator();
    bar->addWidget(progress_);
}

void MainWindow::openConfig() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Configuration"), QString(), configFilter());
    if (path.isEmpty())
        return;
    QString error;
    const std::optional<QByteArray> text =
        loadBytes(path, Message(UNROLL_TEXT("config file")), kMaxConfigFileBytes, &error);
    if (!text) {
        onFailed(tr("Opening %1").arg(path), error);
        return;
    }
    try {
        config_->setConfig(
            Config::fromJson(text->toStdString(), QFileInfo(path).fileName().toStdString()));
        statusBar()->showMessage(tr("Loaded %1").arg(path), 5000);
    } catch (const std::exception& e) {
        onFailed(tr("Opening %1").arg(path), engineText(e));
    }
}

void MainWindow::saveConfig() {
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Configuration"), QStringLiteral("unroll-config.json"), configFilter());
    if (path.isEmpty())
        return;
    const QString error =
        saveBytes(path, QByteArray::fromStdString(config_->config().toJson() + "\n"));
    if (!error.isEmpty()) {
        onFailed(tr("Saving %1").arg(path), error);
        return;
    }
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

void MainWindow::openCorpus() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Corpus"), QString(),
                                                      tr("Text files (*.txt *.md);;All files (*)"));
    if (!path.isEmpty())
        useFile(path);
}

void MainWindow::findLearningRate() {
    statusBar()->showMessage(tr("Finding a learning rate…"));
    controller_->findLearningRate(config_->config(), LrFindOptions{});
}

void MainWindow::showLearningRates(const LrFindResult& result) {
    statusBar()->clearMessage();
    auto* dialog = new LrFinderDialog(result, this);
    dialog->setObjectName(QStringLiteral("lrFinderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LrFinderDialog::learningRateChosen, this,
            [this](double lr) { config_->setValueText("lr", QString::number(lr, 'g', 3)); });
    dialog->open();
}

void MainWindow::chooseLanguage(const QString& code) {
    QSettings().setValue(kLanguageKey, code);
    statusBar()->showMessage(tr("The language changes when Unroll starts again."), 8000);
}

}  // namespace unroll
