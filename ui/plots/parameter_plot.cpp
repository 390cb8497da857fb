#include "plots/parameter_plot.h"

#include <cmath>

#include "plots/qcp.h"

namespace unroll {

ParameterPlot::ParameterPlot(Kind kind, QWidget* parent)
    : PlotPanel(
          kind == Kind::GradNorm ? tr("Gradient norm per parameter") : tr("Update / weight ratio"),
          parent),
      kind_(kind) {
    plot()->xAxis->setLabel(tr("step"));
    setWholeNumberKeys(true);
    plot()->yAxis->setLabel(kind == Kind::GradNorm ? tr("‖∇w‖") : tr("‖Δw‖ / ‖w‖"));
    setLogY(true);
}

void ParameterPlot::setSession(const SessionInfo& info) {
    removeSeries();
    for (size_t i = 0; i < info.parameter_names.size(); ++i)
        addSeries(QString::fromStdString(info.parameter_names[i]),
                  {paletteColor(static_cast<int>(i)), false, true, false, Qt::SolidLine, 1.2});
    setFollowing(true);
}

void ParameterPlot::consume(const SnapshotBuffer::Drained& batch) {
    for (const StepMetrics& s : batch.steps) {
        const std::vector<double>& values =
            kind_ == Kind::GradNorm ? s.grad_norms : s.update_ratios;
        const int n = std::min(seriesCount(), static_cast<int>(values.size()));
        for (int i = 0; i < n; ++i)
            if (std::isfinite(values[static_cast<size_t>(i)]))
                append(i, static_cast<double>(s.step), values[static_cast<size_t>(i)]);
    }
}

}  // namespace unroll
