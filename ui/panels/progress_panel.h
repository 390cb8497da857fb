// Where the run stands: the epoch and batch bars, the step, throughput and the time left.
#pragma once

#include <QWidget>

#include "controller/snapshot_view.h"

class QLabel;
class QProgressBar;

namespace unroll {

class ProgressPanel : public QWidget, public SnapshotView {
    Q_OBJECT

public:
    explicit ProgressPanel(QWidget* parent = nullptr);
    void setSession(const SessionInfo& info) override;
    void consume(const SnapshotBuffer::Drained& batch) override;
    void clearRun();
    // The run's plan changed (a continued run): `epochs` in all.
    void setEpochs(int epochs);

    double tokensPerSecond() const { return tokens_per_second_; }
    std::int64_t step() const { return step_; }
    QString etaText() const;

private:
    void updateLabels();

    QProgressBar* epoch_bar_ = nullptr;
    QProgressBar* batch_bar_ = nullptr;
    QLabel* step_label_ = nullptr;
    QLabel* speed_label_ = nullptr;
    QLabel* eta_label_ = nullptr;
    int epochs_ = 0;
    int batches_ = 0;
    std::int64_t step_ = 0;
    int epoch_ = 0;
    int batch_ = 0;
    double tokens_per_second_ = 0.0;
    double seconds_per_step_ = 0.0;
    double seconds_per_validation_ = 0.0;
};

}  // namespace unroll
