#include "plots/gradient_flow_plot.h"

#include <QComboBox>
#include <QTextStream>

#include <cmath>

#include "plots/qcp.h"
#include "plots/tickers.h"
#include "text/numbers.h"
#include "unroll/topology.h"

namespace unroll {

namespace {

// A log colour scale cannot show zero; a gradient that small is "vanished" anyway.
constexpr double kFloor = 1e-12;

}  // namespace

GradientFlowPlot::GradientFlowPlot(QWidget* parent)
    : PlotPanel(tr("Gradient flow through time"), parent) {
    layer_box_ = new QComboBox(this);
    layer_box_->setToolTip(tr("The layer the heatmap shows"));
    // Filled per run: as wide as its items then, never narrower ("Schicht 2" in German).
    layer_box_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(layer_box_, &QComboBox::currentIndexChanged, this, [this] {
        markDirty();
        refresh();
    });
    addTool(layer_box_);
    signal_box_ = new QComboBox(this);
    signal_box_->addItem(tr("∂L_T/∂h_t: last prediction"));
    signal_box_->addItem(tr("∂L/∂h_t: whole loss"));
    signal_box_->setToolTip(
        tr("∂L_T/∂h_t follows the last prediction's gradient back through time: its fall towards "
           "t = 1 is the vanishing gradient. ∂L/∂h_t is what each step's state receives from the "
           "whole loss."));
    connect(signal_box_, &QComboBox::currentIndexChanged, this, &GradientFlowPlot::setSignal);
    addTool(signal_box_);

    QCustomPlot* p = plot();
    p->xAxis->setLabel(tr("training step"));
    p->yAxis->setLabel(tr("time step t"));
    map_ = new QCPColorMap(p->xAxis, p->yAxis);
    map_->setInterpolate(false);
    map_->setName(tr("heatmap"));
    map_->removeFromLegend();
    scale_ = new QCPColorScale(p);
    scale_->setType(QCPAxis::atRight);
    scale_->setLabel(tr("‖∂L/∂h_t‖"));
    scale_->setBarWidth(10);
    map_->setColorScale(scale_);
    map_->setGradient(QCPColorGradient::gpThermal);
    p->plotLayout()->addElement(0, 1, scale_);
    curve_rect_ = new QCPAxisRect(p);
    curve_rect_->axis(QCPAxis::atBottom)->setLabel(tr("t (latest probe)"));
    curve_rect_->axis(QCPAxis::atLeft)->setLabel(tr("‖∂L/∂h_t‖"));
    p->plotLayout()->addElement(0, 2, curve_rect_);
    // Training steps and time steps are counts: no tick at 2.5 or 12.5.
    for (QCPAxis* counted : {p->xAxis, p->yAxis, curve_rect_->axis(QCPAxis::atBottom)})
        counted->setTicker(QSharedPointer<QCPAxisTicker>(new WholeNumberTicker));
    p->plotLayout()->setColumnStretchFactors({3.0, 0.1, 2.0});
    // The legend names the curves, so it lives beside them.
    p->axisRect()->insetLayout()->take(p->legend);
    curve_rect_->insetLayout()->addElement(p->legend, Qt::AlignTop | Qt::AlignRight);
    p->legend->setLayer(QStringLiteral("legend"));
    curve_rect_->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    curve_rect_->setRangeZoom(Qt::Horizontal | Qt::Vertical);
    setLogY(true);
}

void GradientFlowPlot::clear() {
    frames_.clear();
    PlotPanel::clear();
}

void GradientFlowPlot::setSession(const SessionInfo& info) {
    clear();
    layers_ = 0;
    layer_box_->clear();
    for (QCPGraph* g : curves_)
        plot()->removeGraph(g);
    curves_.clear();
    layers_ = topologyOf(info.config).layers;
    for (int l = 1; l <= layers_; ++l)
        layer_box_->addItem(tr("layer %1").arg(l));
    layer_box_->setMinimumWidth(layer_box_->sizeHint().width());
    for (int l = 1; l <= layers_; ++l) {
        QCPGraph* g = plot()->addGraph(curve_rect_->axis(QCPAxis::atBottom),
                                       curve_rect_->axis(QCPAxis::atLeft));
        g->setName(tr("layer %1").arg(l));
        g->setPen(QPen(paletteColor(l - 1), 2));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
        curves_.push_back(g);
    }
    layer_box_->setCurrentIndex(layers_ - 1);  // the last layer is where vanishing shows
    setFollowing(true);
}

void GradientFlowPlot::setSignal(int signal) {
    signal_ = signal;
    if (signal_box_->currentIndex() != signal)
        signal_box_->setCurrentIndex(signal);
    markDirty();
    refresh();
}

void GradientFlowPlot::setLayer(int layer) {
    layer_box_->setCurrentIndex(layer - 1);
}

const std::vector<std::vector<double>>& GradientFlowPlot::values(const Frame& f) const {
    return signal_ == 0 ? f.from_last : f.whole;
}

void GradientFlowPlot::consume(const SnapshotBuffer::Drained& batch) {
    for (const ProbeFrame& p : batch.probes) {
        if (p.grad_norm.empty())
            continue;
        frames_.push_back({p.step, p.grad_norm_from_last, p.grad_norm});
        markDirty();
    }
}

void GradientFlowPlot::render() {
    const int layer = std::max(0, layer_box_->currentIndex());
    const int columns = static_cast<int>(frames_.size());
    int rows = 0;
    for (const Frame& f : frames_)
        if (layer < static_cast<int>(values(f).size()))
            rows = std::max(rows, static_cast<int>(values(f)[static_cast<size_t>(layer)].size()));
    if (columns == 0 || rows == 0) {
        map_->data()->clear();
        for (QCPGraph* g : curves_)
            g->data()->clear();
        return;
    }
    map_->data()->setSize(columns, rows);
    const double first = static_cast<double>(frames_.front().step);
    const double last = static_cast<double>(frames_.back().step);
    map_->data()->setRange(QCPRange(first, columns > 1 ? last : first + 1), QCPRange(1, rows));
    // Smoothing runs along the training steps, per time step.
    for (int t = 0; t < rows; ++t) {
        QVector<double> row(columns, std::nan(""));
        for (int c = 0; c < columns; ++c) {
            const auto& v = values(frames_[static_cast<size_t>(c)]);
            if (layer < static_cast<int>(v.size()) &&
                t < static_cast<int>(v[static_cast<size_t>(layer)].size()))
                row[c] = std::max(kFloor, v[static_cast<size_t>(layer)][static_cast<size_t>(t)]);
        }
        row = smoothed(row);
        for (int c = 0; c < columns; ++c)
            map_->data()->setCell(c, t, row[c]);
    }
    const auto& latest = values(frames_.back());
    for (size_t l = 0; l < curves_.size(); ++l) {
        QVector<double> x, y;
        if (l < latest.size())
            for (size_t t = 0; t < latest[l].size(); ++t) {
                x.push_back(static_cast<double>(t + 1));
                y.push_back(std::max(kFloor, latest[l][t]));
            }
        curves_[l]->setData(x, y, true);
    }
}

void GradientFlowPlot::fitRanges() {
    if (frames_.empty())
        return;
    map_->rescaleDataRange(true);
    plot()->xAxis->setRange(map_->data()->keyRange());
    plot()->yAxis->setRange(QCPRange(0.5, map_->data()->valueSize() + 0.5));
    for (QCPGraph* g : curves_)
        g->rescaleAxes(g != curves_.front());
    QCPAxis* y = curve_rect_->axis(QCPAxis::atLeft);
    y->scaleRange(1.2, y->range().center());
}

QList<QCPAxis*> GradientFlowPlot::valueAxes() const {
    return {curve_rect_->axis(QCPAxis::atLeft), scale_->axis()};
}

QString GradientFlowPlot::readoutAt(const QPointF& pixel) const {
    if (plot()->axisRect()->rect().contains(pixel.toPoint()) && !frames_.empty()) {
        int c = 0, t = 0;
        const double key = plot()->xAxis->pixelToCoord(pixel.x());
        const double value = plot()->yAxis->pixelToCoord(pixel.y());
        map_->data()->coordToCell(key, value, &c, &t);
        if (c < 0 || t < 0 || c >= map_->data()->keySize() || t >= map_->data()->valueSize())
            return QString();
        return tr("step %1, t = %2: %3")
            .arg(frames_[static_cast<size_t>(c)].step)
            .arg(t + 1)
            .arg(significantNumber(map_->data()->cell(c, t), 4));
    }
    for (QCPGraph* g : curves_) {
        if (!g->keyAxis()->axisRect()->rect().contains(pixel.toPoint()))
            continue;
        const double t = std::round(g->keyAxis()->pixelToCoord(pixel.x()));
        auto it = g->data()->findBegin(t, false);
        if (it != g->data()->constEnd() && it->key == t)
            return tr("%1, t = %2: %3").arg(g->name()).arg(t).arg(significantNumber(it->value, 4));
    }
    return QString();
}

QString GradientFlowPlot::csv() const {
    QString out;
    QTextStream s(&out);
    s << "step,layer,t,grad_norm_from_last,grad_norm\n";
    for (const Frame& f : frames_)
        for (size_t l = 0; l < f.whole.size(); ++l)
            for (size_t t = 0; t < f.whole[l].size(); ++t)
                s << f.step << ',' << l + 1 << ',' << t + 1 << ','
                  << QString::number(l < f.from_last.size() && t < f.from_last[l].size()
                                         ? f.from_last[l][t]
                                         : std::nan(""),
                                     'g', 17)
                  << ',' << QString::number(f.whole[l][t], 'g', 17) << '\n';
    return out;
}

}  // namespace unroll
