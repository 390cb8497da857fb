#include "plots/schedule_plot.h"

#include "plots/qcp.h"

namespace unroll {

SchedulePlot::SchedulePlot(QWidget* parent) : PlotPanel(tr("Learning rate and momentum"), parent) {
    addSeries(tr("learning rate"),
              {paletteColor(4), false, false, false, Qt::SolidLine, 2.0, true});
    addSeries(tr("β1"), {paletteColor(5), true, false, false, Qt::DashLine, 1.5, true});
    plot()->xAxis->setLabel(tr("step"));
    setWholeNumberKeys(true);
    plot()->yAxis->setLabel(tr("learning rate"));
    plot()->yAxis2->setLabel(tr("β1"));
}

void SchedulePlot::setSession(const SessionInfo&) {
    clear();
}

void SchedulePlot::consume(const SnapshotBuffer::Drained& batch) {
    for (const StepMetrics& s : batch.steps) {
        append(0, static_cast<double>(s.step), s.lr);
        append(1, static_cast<double>(s.step), s.beta1);
    }
}

}  // namespace unroll
