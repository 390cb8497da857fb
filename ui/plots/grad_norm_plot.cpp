#include "plots/grad_norm_plot.h"

#include <cmath>

#include "plots/qcp.h"

namespace unroll {

GradNormPlot::GradNormPlot(QWidget* parent) : PlotPanel(tr("Gradient norm"), parent) {
    addSeries(tr("before clipping"),
              {paletteColor(3), false, true, false, Qt::SolidLine, 1.2, true});
    // Solid, not dashed: Qt strokes a dashed jagged line of thousands of points slowly enough to
    // stall the GUI thread (measured: 30-50 ms per redraw for LM6).
    addSeries(tr("after clipping"),
              {paletteColor(0), false, true, false, Qt::SolidLine, 1.2, true});
    plot()->xAxis->setLabel(tr("step"));
    setWholeNumberKeys(true);
    plot()->yAxis->setLabel(tr("‖∇‖"));
    clip_line_ = new QCPItemStraightLine(plot());
    clip_line_->setPen(QPen(Qt::black, 1, Qt::DotLine));
    clip_line_->setVisible(false);
    setLogY(true);
}

void GradNormPlot::setSession(const SessionInfo& info) {
    clear();
    setClip(info.config.get(settings::clip));
}

void GradNormPlot::setClip(double clip) {
    clip_ = clip;
    // Without clipping the two norms are the same curve.
    plot()->graph(1)->setVisible(clip > 0);
    plot()->graph(1)->removeFromLegend();
    if (clip > 0)
        plot()->graph(1)->addToLegend();
    clip_line_->setVisible(clip > 0);
    clip_line_->point1->setCoords(0, clip);
    clip_line_->point2->setCoords(1, clip);
    markDirty();
}

void GradNormPlot::fitRanges() {
    PlotPanel::fitRanges();
    // Keep the threshold in view when it is near the data.
    if (clip_ > 0) {
        QCPRange r = plot()->yAxis->range();
        if (clip_ > r.upper && clip_ < r.upper * 10)
            plot()->yAxis->setRangeUpper(clip_ * 1.2);
    }
}

void GradNormPlot::consume(const SnapshotBuffer::Drained& batch) {
    for (const StepMetrics& s : batch.steps) {
        if (!std::isfinite(s.grad_norm))
            continue;
        append(0, static_cast<double>(s.step), s.grad_norm);
        append(1, static_cast<double>(s.step), s.grad_norm_clipped);
    }
}

}  // namespace unroll
