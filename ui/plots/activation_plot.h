// How large each layer's output is, step by step: its RMS (solid) and largest magnitude (dotted).
// Saturating tanh units sit near 1; a layer shrinking towards 0 or growing without bound is the
// first sign of trouble.
#pragma once

#include "controller/snapshot_view.h"
#include "plots/plot_panel.h"

namespace unroll {

class ActivationPlot : public PlotPanel, public SnapshotView {
    Q_OBJECT

public:
    explicit ActivationPlot(QWidget* parent = nullptr);
    void setSession(const SessionInfo& info) override;
    void consume(const SnapshotBuffer::Drained& batch) override;
    // An activation's name as the legend shows it, translated.
    static QString activationText(const std::string& name);

private:
    int layers_ = 0;
};

}  // namespace unroll
