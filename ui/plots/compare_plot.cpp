#include "plots/compare_plot.h"

#include <QTextStream>

#include <cmath>

#include "plots/qcp.h"

namespace unroll {

namespace {

QString metricLabel(CompareMetric m) {
    switch (m) {
        case CompareMetric::TrainLoss:
            return ComparePlot::tr("train loss (smoothed)");
        case CompareMetric::ValidLoss:
            return ComparePlot::tr("valid loss");
        case CompareMetric::Accuracy:
            return ComparePlot::tr("accuracy");
        case CompareMetric::GradNorm:
            return ComparePlot::tr("gradient norm");
        case CompareMetric::GradFlow:
            return ComparePlot::tr("‖∂L_T/∂h_t‖, layer 1, latest probe");
    }
    return QString();
}

QString axisLabel(CompareMetric m, CompareAxis a) {
    if (m == CompareMetric::GradFlow)
        return ComparePlot::tr("time step t");
    return a == CompareAxis::Step    ? ComparePlot::tr("step")
           : a == CompareAxis::Epoch ? ComparePlot::tr("epoch")
                                     : ComparePlot::tr("training time (s)");
}

bool perEpoch(CompareMetric m) {
    return m == CompareMetric::ValidLoss || m == CompareMetric::Accuracy ||
           m == CompareMetric::GradFlow;
}

}  // namespace

ComparePlot::ComparePlot(QWidget* parent) : PlotPanel(tr("Comparison"), parent) {
    plot()->legend->setVisible(true);
    plot()->xAxis->setLabel(axisLabel(metric_, axis_));
    plot()->yAxis->setLabel(metricLabel(metric_));
    // Empty axes say nothing of how to fill them.
    hint_ = new QCPItemText(plot());
    hint_->position->setType(QCPItemPosition::ptAxisRectRatio);
    hint_->position->setCoords(0.5, 0.5);
    hint_->setPositionAlignment(Qt::AlignCenter);
    hint_->setColor(QColor(110, 110, 110));
    hint_->setText(
        tr("Select runs in the list to compare them here\n(Ctrl+click or Shift+click "
           "for several)."));
}

void ComparePlot::setCurves(CompareMetric metric, CompareAxis axis, std::vector<Curve> curves) {
    if (metric != metric_ || axis != axis_)
        setFollowing(true);
    metric_ = metric;
    axis_ = axis;
    curves_ = std::move(curves);
    removeSeries();
    for (const Curve& c : curves_) {
        SeriesStyle style;
        style.color = paletteColor(c.color);
        style.dots = perEpoch(metric) && c.points.size() < 60;
        style.smoothable = metric == CompareMetric::TrainLoss || metric == CompareMetric::GradNorm;
        style.width = 2.0;
        const int s = addSeries(c.name, style);
        for (const CurvePoint& p : c.points)
            append(s, p.x, p.y);
    }
    plot()->xAxis->setLabel(axisLabel(metric, axis));
    plot()->yAxis->setLabel(metricLabel(metric));
    setWholeNumberKeys(metric == CompareMetric::GradFlow || axis != CompareAxis::Time);
    hint_->setVisible(curves_.empty());
    plot()->legend->setVisible(!curves_.empty());  // no empty box beside the hint
    markDirty();
}

QString ComparePlot::hint() const {
    return hint_->visible() ? hint_->text() : QString();
}

QString ComparePlot::csv() const {
    std::vector<std::vector<CurvePoint>> points;
    for (const Curve& c : curves_)
        points.push_back(c.points);
    const AlignedCurves table = alignCurves(points);
    QString out;
    QTextStream stream(&out);
    stream << '"' << QString::fromStdString(axisName(metric_, axis_)) << '"';
    for (const Curve& c : curves_) {
        QString name = c.name;
        name.replace('"', QStringLiteral("\"\""));
        stream << ",\"" << name << '"';
    }
    stream << '\n';
    for (size_t row = 0; row < table.x.size(); ++row) {
        stream << QString::number(table.x[row], 'g', 17);
        for (const auto& column : table.y)
            stream << ','
                   << (std::isnan(column[row]) ? QString() : QString::number(column[row], 'g', 17));
        stream << '\n';
    }
    return out;
}

}  // namespace unroll
