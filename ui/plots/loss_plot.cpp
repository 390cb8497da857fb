#include "plots/loss_plot.h"

#include <cmath>

#include "plots/qcp.h"

namespace unroll {

LossPlot::LossPlot(QWidget* parent) : PlotPanel(tr("Loss and accuracy"), parent) {
    QColor light = paletteColor(0);
    light.setAlpha(90);
    addSeries(tr("train loss"), {light, false, true, false, Qt::SolidLine, 1.0, true});
    addSeries(tr("smoothed"), {paletteColor(0), false, false, false, Qt::SolidLine, 2.0, true});
    addSeries(tr("valid loss"), {paletteColor(1), false, false, true, Qt::SolidLine, 1.5});
    addSeries(tr("accuracy"), {paletteColor(2), true, false, true, Qt::DashLine, 1.5});
    plot()->xAxis->setLabel(tr("step"));
    setWholeNumberKeys(true);
    plot()->yAxis->setLabel(tr("loss"));
    plot()->yAxis2->setLabel(tr("accuracy"));
}

void LossPlot::setSession(const SessionInfo& info) {
    clear();
    batches_per_epoch_ = std::max(1, info.batches_per_epoch);
    for (const EpochMetrics& e : info.history)
        addEpoch(e);
}

void LossPlot::addEpoch(const EpochMetrics& e) {
    // Drawn where the epoch ends, on the step axis.
    const double at = static_cast<double>(e.epoch + 1) * batches_per_epoch_;
    if (std::isfinite(e.valid_loss))
        append(ValidLoss, at, e.valid_loss);
    append(Accuracy, at, e.valid_accuracy);
}

void LossPlot::fitRanges() {
    PlotPanel::fitRanges();
    plot()->yAxis2->setRange(-0.04, 1.04);  // the same air as the loss axis's 8 %
}

void LossPlot::consume(const SnapshotBuffer::Drained& batch) {
    for (const StepMetrics& s : batch.steps) {
        if (!s.applied || !std::isfinite(s.loss))
            continue;  // a withheld step's loss is in the banner, not the curve
        append(TrainLoss, static_cast<double>(s.step), s.loss);
        append(SmoothLoss, static_cast<double>(s.step), s.smooth_loss);
    }
    for (const EpochMetrics& e : batch.epochs)
        addEpoch(e);
}

}  // namespace unroll
