// The comparison: the runs chosen in the Runs panel (and any run log followed by hand) drawn on
// shared axes, one metric at a time, with a table of their final metrics. Every run is read
// through a LogFollower, so a run still being written — by this window, a race or a headless
// `unroll-cli train --log` — fills in live.
#pragma once

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <vector>

#include "unroll/run_comparison.h"

class QComboBox;
class QPushButton;
class QTableWidget;

namespace unroll {

class ComparePlot;
class LogFollower;

class ComparePanel : public QWidget {
    Q_OBJECT

public:
    explicit ComparePanel(QWidget* parent = nullptr);

    struct Source {
        QString key;  // a run id, or a followed file's path
        QString name;
        QString log_path;
    };
    // The runs to compare; followers of runs still shown are kept (with their colours).
    void setSources(const std::vector<Source>& sources);
    // Adds a run log to follow, whatever folder it is in.
    void follow(const QString& log_path);
    void stopFollowingFiles();  // drops the logs added with follow()

    void setMetric(CompareMetric metric);
    void setAxis(CompareAxis axis);
    // Rebuilds the curves and the table from what the followers hold, and redraws.
    void rebuildNow();

    ComparePlot* plot() const { return plot_; }
    QTableWidget* finals() const { return finals_; }
    int followerCount() const { return static_cast<int>(sources_.size()); }
    const LogFollower* follower(const QString& key) const;

Q_SIGNALS:
    // A followed log gained records (the plot redraws within kRedrawDelayMs).
    void updated();

private:
    struct Followed {
        Source source;
        LogFollower* follower = nullptr;
        bool by_hand = false;
    };
    void add(const Source& source, bool by_hand);
    void scheduleRebuild();
    void fillFinals();
    int colorOf(const QString& key);

    QComboBox* metric_ = nullptr;
    QComboBox* axis_ = nullptr;
    QPushButton* stop_following_ = nullptr;
    ComparePlot* plot_ = nullptr;
    QTableWidget* finals_ = nullptr;
    std::vector<Followed> sources_;
    QHash<QString, int> colors_;
    QTimer rebuild_;
};

}  // namespace unroll
