// Gradient flow through time, from the probe frames. Left, a heatmap: one column per probe (the
// training step), one row per time step t of the sequence, coloured by ‖∂L/∂h_t‖ of the chosen
// layer — a vanishing gradient is the dark band at small t, and watching it lighten is watching
// the network learn to use its memory. Right, the latest frame's curve for every layer.
#pragma once

#include <vector>

#include "controller/snapshot_view.h"
#include "plots/plot_panel.h"

class QComboBox;
class QCPAxisRect;
class QCPColorMap;
class QCPColorScale;
class QCPGraph;

namespace unroll {

class GradientFlowPlot : public PlotPanel, public SnapshotView {
    Q_OBJECT

public:
    explicit GradientFlowPlot(QWidget* parent = nullptr);
    void setSession(const SessionInfo& info) override;
    void consume(const SnapshotBuffer::Drained& batch) override;
    void clear() override;

    int frames() const { return static_cast<int>(frames_.size()); }
    // 0: ‖∂L_T/∂h_t‖, the gradient of the last prediction flowing back; 1: ‖∂L/∂h_t‖, all of it.
    void setSignal(int signal);
    void setLayer(int layer);  // from 1
    QString csv() const override;
    QString readoutAt(const QPointF& pixel) const override;

protected:
    void render() override;
    void fitRanges() override;
    QList<QCPAxis*> valueAxes() const override;

private:
    struct Frame {
        std::int64_t step = 0;
        std::vector<std::vector<double>> from_last, whole;  // [layer][t]
    };
    const std::vector<std::vector<double>>& values(const Frame& f) const;

    std::vector<Frame> frames_;
    int layers_ = 0;
    int signal_ = 0;
    QComboBox* layer_box_ = nullptr;
    QComboBox* signal_box_ = nullptr;
    QCPColorMap* map_ = nullptr;
    QCPColorScale* scale_ = nullptr;
    QCPAxisRect* curve_rect_ = nullptr;
    std::vector<QCPGraph*> curves_;
};

}  // namespace unroll
