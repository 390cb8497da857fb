// One line per parameter tensor: either the norm of its gradient, or the size of each update
// relative to the weight (‖Δw‖/‖w‖; around 1e-3 is healthy, far above means the step is too big).
#pragma once

#include "controller/snapshot_view.h"
#include "plots/plot_panel.h"

namespace unroll {

class ParameterPlot : public PlotPanel, public SnapshotView {
    Q_OBJECT

public:
    enum class Kind { GradNorm, UpdateRatio };
    explicit ParameterPlot(Kind kind, QWidget* parent = nullptr);
    void setSession(const SessionInfo& info) override;
    void consume(const SnapshotBuffer::Drained& batch) override;

private:
    Kind kind_;
};

}  // namespace unroll
