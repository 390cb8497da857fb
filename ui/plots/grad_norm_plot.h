// The global gradient norm of every step, before and after clipping, with the clipping threshold
// drawn: exploding gradients are the spikes above the line.
#pragma once

#include "controller/snapshot_view.h"
#include "plots/plot_panel.h"

class QCPItemStraightLine;

namespace unroll {

class GradNormPlot : public PlotPanel, public SnapshotView {
    Q_OBJECT

public:
    explicit GradNormPlot(QWidget* parent = nullptr);
    void setSession(const SessionInfo& info) override;
    void consume(const SnapshotBuffer::Drained& batch) override;
    void setClip(double clip);  // 0: clipping is off and no line is drawn
    double clip() const { return clip_; }

protected:
    void fitRanges() override;

private:
    QCPItemStraightLine* clip_line_ = nullptr;
    double clip_ = 0.0;
};

}  // namespace unroll
