// Weight and gradient histograms of one parameter, from the latest probe frame: whether weights
// spread or collapse, and whether gradients are all near zero (vanishing) or heavy-tailed.
#pragma once

#include <vector>

#include "controller/snapshot_view.h"
#include "plots/plot_panel.h"

class QComboBox;
class QCPAxisRect;
class QCPBars;

namespace unroll {

class HistogramPlot : public PlotPanel, public SnapshotView {
    Q_OBJECT

public:
    explicit HistogramPlot(QWidget* parent = nullptr);
    void setSession(const SessionInfo& info) override;
    void consume(const SnapshotBuffer::Drained& batch) override;
    void clear() override;
    void setParameter(int index);
    bool hasFrame() const { return has_frame_; }
    QString csv() const override;
    QString readoutAt(const QPointF& pixel) const override;

protected:
    void render() override;
    void fitRanges() override;
    QList<QCPAxis*> valueAxes() const override;

private:
    void draw(QCPBars* bars, const Histogram& h);

    ProbeFrame latest_;
    bool has_frame_ = false;
    QComboBox* parameter_ = nullptr;
    QCPAxisRect* grad_rect_ = nullptr;
    QCPBars* weights_ = nullptr;
    QCPBars* grads_ = nullptr;
};

}  // namespace unroll
