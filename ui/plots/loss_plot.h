// Training loss per step (raw and fastai's smoothed), validation loss and accuracy per epoch.
#pragma once

#include "controller/snapshot_view.h"
#include "plots/plot_panel.h"

namespace unroll {

class LossPlot : public PlotPanel, public SnapshotView {
    Q_OBJECT

public:
    explicit LossPlot(QWidget* parent = nullptr);
    void setSession(const SessionInfo& info) override;
    void consume(const SnapshotBuffer::Drained& batch) override;

    enum Series { TrainLoss, SmoothLoss, ValidLoss, Accuracy };

protected:
    // The accuracy axis is a share: 0 to 1 whatever the points, so that one epoch's point is not
    // stretched over a range of its own (it read −2 to 4) and epochs compare by height.
    void fitRanges() override;

private:
    void addEpoch(const EpochMetrics& e);
    int batches_per_epoch_ = 1;
};

}  // namespace unroll
