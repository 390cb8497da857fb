// The application window. It wires the panels to the TrainingController and owns nothing of the
// engine itself: the configuration form on the left, run controls and progress on top, and the
// live views in tabs (training, gradients, activations; the diagram, data and runs views join
// them as tabs of their own).
#pragma once

#include <QMainWindow>
#include <QTimer>

#include <memory>
#include <vector>

#include "controller/training_controller.h"
#include "window/window_questions.h"

class QAction;
class QTabWidget;
class QLabel;

namespace unroll {

class ActivationPlot;
class ConfigPanel;
class DataPanel;
class DiagramPanel;
class GeneratePanel;
class DivergenceBanner;
class EpochTable;
class GatePlot;
class GradNormPlot;
class GradientFlowPlot;
class HistogramPlot;
class LossPlot;
class ParameterPlot;
class PlotPanel;
class ProgressPanel;
class RunsPanel;
class SchedulePlot;
class SnapshotView;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // Opens a checkpoint as File > Open does (the command line's file, a recent file).
    void openCheckpointFile(const QString& path);
    explicit MainWindow(QWidget* parent = nullptr);
    // Tests pass a controller with a substitute session factory.
    explicit MainWindow(TrainingController* controller, QWidget* parent = nullptr);
    ~MainWindow() override;

    TrainingController* controller() const { return controller_; }
    ConfigPanel* configPanel() const { return config_; }
    DivergenceBanner* banner() const { return banner_; }
    ProgressPanel* progress() const { return progress_; }
    EpochTable* epochTable() const { return epochs_; }
    DiagramPanel* diagram() const { return diagram_; }
    GeneratePanel* generatePanel() const { return generate_; }
    DataPanel* dataPanel() const { return data_; }
    RunsPanel* runsPanel() const { return runs_; }
    QTabWidget* tabs() const { return tabs_; }
    const std::vector<PlotPanel*>& plots() const { return plots_; }
    PlotPanel* plot(const QString& object_name) const;
    QString lastError() const { return last_error_; }
    // Why the last start or open failed, as shown beside the form ("" once a run is built).
    QString formError() const;
    QAction* action(const QString& object_name) const;
    // Whether `action` is enabled in the window now: the life-cycle's table, narrowed by what
    // else it needs (valid settings, more epochs to continue, a snapshot to rewind to).
    bool allows(RunAction action) const;
    // The run the views show (its id in the run store; "" for none or an unrecorded one).
    std::string shownRunId() const { return shown_run_id_; }
    // Who answers the window's questions (tests answer instead of a person).
    void setQuestions(std::unique_ptr<WindowQuestions> questions);

    // Run controls, as the toolbar and the Run menu trigger them.
    void startRun();
    void togglePause();
    void stopRun();
    void resetRun();
    // A stopped or finished run goes on with the form's epochs (raised) and live settings; the
    // added epochs follow the form's schedule (one_cycle: a new cycle; constant: a fixed rate).
    void continueRun();
    // Redraws every plot now, visible or not (screenshots and exports).
    void refreshAll();
    // A file opened from the menu or dropped on the window: a checkpoint (.safetensors) is
    // opened, anything else becomes the corpus. Refused (false) while a run goes.
    bool useFile(const QString& path);
    // Screenshots and benchmarks: no autosave, whatever the person's settings say (the settings
    // themselves are left alone), and no run record unless `record` (races record, as asked).
    void runScripted(bool record = false);
    // Where Save writes without asking: the path this run was saved to or opened from, or "".
    QString checkpointPath() const { return checkpoint_path_; }
    // Brings back the last session's layout, tab, configuration and compared runs, and from now
    // on saves them when the window closes (main_window_settings.cpp).
    void restoreSession();
    void saveSession() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildViews();
    void buildMenus();
    void connectController();
    void onStateChanged(RunState state);
    // The status bar's workers: shown while a run of several processes holds them.
    void showWorkers(RunState state);
    void onSession(const SessionInfo& info);
    void onSnapshots(const SnapshotBuffer::Drained& batch);
    void onDiverged(const TrainEvent& event);
    void onFailed(const QString& what, const QString& message);
    void refreshVisible();
    void updateActions();
    void updateAutosave();
    void openConfig();
    void saveConfig();
    void openCheckpoint();
    void openCorpus();
    // Writes the checkpoint (or says why not); false when the person cancelled the dialog.
    bool saveCheckpoint(bool ask);
    // Before the model is dropped (a start, reset, open or quit): true when it may go — nothing
    // unsaved, or the person saved it or chose to discard it.
    bool confirmDrop(const QString& action);
    void showFormError(const QString& message);
    void findLearningRate();
    void showLearningRates(const LrFindResult& result);
    void chooseLanguage(const QString& code);

    TrainingController* controller_ = nullptr;
    ConfigPanel* config_ = nullptr;
    DivergenceBanner* banner_ = nullptr;
    ProgressPanel* progress_ = nullptr;
    EpochTable* epochs_ = nullptr;
    DiagramPanel* diagram_ = nullptr;
    GeneratePanel* generate_ = nullptr;
    DataPanel* data_ = nullptr;
    RunsPanel* runs_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QLabel* state_label_ = nullptr;
    QLabel* workers_label_ = nullptr;  // "2 workers" while a run trains in several processes
    GradNormPlot* grad_norm_ = nullptr;
    std::vector<PlotPanel*> plots_;
    std::vector<SnapshotView*> views_;
    QTimer refresh_timer_;
    size_t next_refresh_ = 0;
    QString checkpoint_path_;
    // Becomes checkpoint_path_ once the run being prepared is built (a failed open keeps the old).
    QString pending_checkpoint_path_;
    QString last_error_;
    std::string shown_run_id_;
    std::unique_ptr<WindowQuestions> questions_;
    QLabel* form_error_ = nullptr;
    QAction* start_ = nullptr;
    QAction* pause_ = nullptr;
    QAction* stop_ = nullptr;
    QAction* reset_ = nullptr;
    QAction* continue_ = nullptr;
    QAction* save_checkpoint_ = nullptr;
    QAction* save_checkpoint_as_ = nullptr;
    QAction* open_checkpoint_ = nullptr;
    QAction* open_config_ = nullptr;
    QAction* open_corpus_ = nullptr;
    QAction* autosave_ = nullptr;
    QAction* lr_find_ = nullptr;
    bool persist_ = false;
};

}  // namespace unroll
