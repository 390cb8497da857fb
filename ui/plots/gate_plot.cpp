#include "plots/gate_plot.h"

#include "plots/qcp.h"

namespace unroll {

GatePlot::GatePlot(QWidget* parent) : PlotPanel(tr("Gate saturation"), parent) {
    plot()->xAxis->setLabel(tr("step"));
    setWholeNumberKeys(true);
    plot()->yAxis->setLabel(tr("saturated share"));
}

void GatePlot::setSession(const SessionInfo&) {
    removeSeries();
    series_of_.clear();
    color_of_.clear();
    setFollowing(true);
}

void GatePlot::consume(const SnapshotBuffer::Drained& batch) {
    for (const ProbeFrame& p : batch.probes) {
        for (const GateSaturation& g : p.gates) {
            const QString name = tr("layer %1 %2").arg(g.layer).arg(QString::fromStdString(g.gate));
            auto it = series_of_.find(name);
            if (it == series_of_.end()) {
                // One colour per gate, the same in every layer; deeper layers are dashed.
                const QString gate = QString::fromStdString(g.gate);
                if (!color_of_.contains(gate))
                    color_of_.insert(gate, static_cast<int>(color_of_.size()));
                it = series_of_.insert(
                    name, addSeries(name, {paletteColor(color_of_.value(gate)), false, true, false,
                                           g.layer > 1 ? Qt::DashLine : Qt::SolidLine, 1.5}));
            }
            append(it.value(), static_cast<double>(p.step), g.saturated);
        }
    }
}

}  // namespace unroll
