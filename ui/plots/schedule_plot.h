// The learning rate and Adam's β1 (momentum) as the schedule set them: one-cycle's warm-up and
// annealing, and momentum moving the other way.
#pragma once

#include "controller/snapshot_view.h"
#include "plots/plot_panel.h"

namespace unroll {

class SchedulePlot : public PlotPanel, public SnapshotView {
    Q_OBJECT

public:
    explicit SchedulePlot(QWidget* parent = nullptr);
    void setSession(const SessionInfo& info) override;
    void consume(const SnapshotBuffer::Drained& batch) override;
};

}  // namespace unroll
