// The Runs tab: every recorded run (this window's, the CLI's, races') with its name,
// architecture, date, state, final valid loss and accuracy, and training time; rename, delete
// (after asking) and open its folder. The selected runs are compared below; a run log anywhere
// can be followed live; a race of presets starts here.
#pragma once

#include <QFileSystemWatcher>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <vector>

#include "controller/race_runner.h"
#include "unroll/run_store.h"

class QAction;
class QLabel;
class QPushButton;
class QTableWidget;

namespace unroll {

class ComparePanel;

class RunsPanel : public QWidget {
    Q_OBJECT

public:
    // `race` (the controller's) trains the races this panel starts.
    RunsPanel(const QString& runs_folder, RaceRunner& race, QWidget* parent = nullptr);

    // Re-reads the runs folder; the selection is kept.
    void refreshList();
    const std::vector<RunSummary>& runs() const { return runs_; }
    QStringList selectedIds() const;
    void select(const QStringList& ids);

    // Each returns false and sets lastError() (also shown in the panel) when it cannot.
    bool renameRun(const QString& id, const QString& name);
    // `ask`: confirm first (the buttons do; tests do not).
    bool deleteRuns(const QStringList& ids, bool ask = true);
    void followLog(const QString& path);
    // Races `presets` with the corpus, seed and threads of `base`, for `epochs`.
    void startRace(const QStringList& presets, RaceRunner::Order order, const Config& base,
                   int epochs);
    // Where the race takes its corpus and seed from (the window's form).
    void setBaseConfig(std::function<Config()> base) { base_config_ = std::move(base); }

    ComparePanel* compare() const { return compare_; }
    QTableWidget* table() const { return table_; }
    RaceRunner* race() const { return race_; }
    QString lastError() const { return last_error_; }
    QString folder() const { return QString::fromStdString(store_.root()); }
    // Asks which presets to race (a dialog), then starts.
    void chooseRace();

Q_SIGNALS:
    void logFollowed(const QString& path);  // for the recent files
    // The person asked to continue from a run's checkpoint, or to start from its settings.
    void openCheckpointRequested(const QString& path);
    void useSettingsRequested(const unroll::Config& config);

private:
    void updateButtons();
    void updateCompared();
    void showError(const QString& message);
    void renameSelected();
    void deleteSelected();
    void openFolder();
    const RunSummary* selectedRun() const;  // the one selected run, or null
    void chooseLogToFollow();

    RunStore store_;
    std::vector<RunSummary> runs_;
    QTableWidget* table_ = nullptr;
    QLabel* message_ = nullptr;
    QPushButton* rename_ = nullptr;
    QPushButton* delete_ = nullptr;
    QAction* open_folder_ = nullptr;
    QAction* open_checkpoint_ = nullptr;
    QAction* use_settings_ = nullptr;
    QPushButton* race_button_ = nullptr;
    QPushButton* stop_race_ = nullptr;
    ComparePanel* compare_ = nullptr;
    RaceRunner* race_ = nullptr;
    QFileSystemWatcher watcher_;
    QString last_error_;
    std::function<Config()> base_config_;
    bool filling_ = false;
};

}  // namespace unroll
