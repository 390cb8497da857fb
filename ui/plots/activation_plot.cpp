#include "plots/activation_plot.h"

#include <cmath>

#include "plots/qcp.h"

namespace unroll {

ActivationPlot::ActivationPlot(QWidget* parent)
    : PlotPanel(tr("Activation magnitude per layer"), parent) {
    plot()->xAxis->setLabel(tr("step"));
    setWholeNumberKeys(true);
    plot()->yAxis->setLabel(tr("RMS, max |x|"));
    setLogY(true);
}

QString ActivationPlot::activationText(const std::string& name) {
    // The engine's names ("embedding", "hidden", "layer 2", "logits") in the window's language.
    if (name == "embedding")
        return tr("embedding");
    if (name == "hidden")
        return tr("hidden state");
    if (name == "logits")
        return tr("logits");
    if (name.rfind("layer ", 0) == 0)
        return tr("layer %1").arg(QString::fromStdString(name.substr(6)));
    return QString::fromStdString(name);
}

void ActivationPlot::setSession(const SessionInfo& info) {
    removeSeries();
    layers_ = static_cast<int>(info.activation_names.size());
    for (int i = 0; i < layers_; ++i) {
        const QString name = activationText(info.activation_names[static_cast<size_t>(i)]);
        addSeries(tr("%1 RMS").arg(name),
                  {paletteColor(i), false, true, false, Qt::SolidLine, 1.5});
    }
    for (int i = 0; i < layers_; ++i) {
        const QString name = activationText(info.activation_names[static_cast<size_t>(i)]);
        // Lighter rather than dotted: dashed pens are slow to stroke over many points.
        QColor light = paletteColor(i);
        light.setAlpha(110);
        addSeries(tr("%1 max").arg(name), {light, false, true, false, Qt::SolidLine, 1.0});
    }
    setFollowing(true);
}

void ActivationPlot::consume(const SnapshotBuffer::Drained& batch) {
    for (const StepMetrics& s : batch.steps) {
        const int n = std::min(layers_, static_cast<int>(s.activations.size()));
        for (int i = 0; i < n; ++i) {
            const ActivationStat& a = s.activations[static_cast<size_t>(i)];
            if (!a.finite)
                continue;
            append(i, static_cast<double>(s.step), a.rms);
            append(layers_ + i, static_cast<double>(s.step), a.max_abs);
        }
    }
}

}  // namespace unroll
