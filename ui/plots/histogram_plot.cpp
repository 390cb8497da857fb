#include "plots/histogram_plot.h"

#include <QComboBox>
#include <QTextStream>

#include <cmath>

#include "plots/qcp.h"
#include "text/numbers.h"

namespace unroll {

HistogramPlot::HistogramPlot(QWidget* parent)
    : PlotPanel(tr("Weight and gradient histograms"), parent) {
    parameter_ = new QComboBox(this);
    parameter_->setToolTip(tr("The parameter tensor to show"));
    parameter_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(parameter_, &QComboBox::currentIndexChanged, this, [this] {
        markDirty();
        setFollowing(true);
    });
    addTool(parameter_);

    QCustomPlot* p = plot();
    p->legend->setVisible(false);
    p->xAxis->setLabel(tr("weight"));
    p->yAxis->setLabel(tr("count"));
    weights_ = new QCPBars(p->xAxis, p->yAxis);
    weights_->setName(tr("weights"));
    weights_->setPen(Qt::NoPen);
    weights_->setBrush(paletteColor(0));
    grad_rect_ = new QCPAxisRect(p);
    grad_rect_->axis(QCPAxis::atBottom)->setLabel(tr("gradient"));
    grad_rect_->axis(QCPAxis::atLeft)->setLabel(tr("count"));
    p->plotLayout()->addElement(1, 0, grad_rect_);
    grads_ = new QCPBars(grad_rect_->axis(QCPAxis::atBottom), grad_rect_->axis(QCPAxis::atLeft));
    grads_->setName(tr("gradients"));
    grads_->setPen(Qt::NoPen);
    grads_->setBrush(paletteColor(3));
}

void HistogramPlot::clear() {
    has_frame_ = false;
    latest_ = ProbeFrame{};
    PlotPanel::clear();
}

void HistogramPlot::setSession(const SessionInfo& info) {
    clear();
    parameter_->clear();
    for (const std::string& name : info.parameter_names)
        parameter_->addItem(QString::fromStdString(name));
    // The layout may not squeeze a name ("i_h.weight") below what it needs to be read.
    parameter_->setMinimumWidth(parameter_->sizeHint().width());
}

void HistogramPlot::setParameter(int index) {
    parameter_->setCurrentIndex(index);
}

void HistogramPlot::consume(const SnapshotBuffer::Drained& batch) {
    for (const ProbeFrame& p : batch.probes)
        if (!p.weight_histograms.empty()) {
            latest_ = p;
            has_frame_ = true;
            markDirty();
        }
}

void HistogramPlot::draw(QCPBars* bars, const Histogram& h) {
    const int n = static_cast<int>(h.counts.size());
    QVector<double> x(n), y(n);
    const double width = n > 0 ? (h.hi - h.lo) / n : 1.0;
    for (int i = 0; i < n; ++i) {
        x[i] = h.lo + (i + 0.5) * width;
        y[i] = h.counts[static_cast<size_t>(i)];
    }
    // Smoothing here averages neighbouring bins (a histogram has no time to smooth along).
    const int radius = static_cast<int>(std::lround(smoothing() * 5));
    if (radius > 0) {
        QVector<double> s(n);
        for (int i = 0; i < n; ++i) {
            double sum = 0;
            int k = 0;
            for (int j = std::max(0, i - radius); j <= std::min(n - 1, i + radius); ++j, ++k)
                sum += y[j];
            s[i] = sum / k;
        }
        y = s;
    }
    if (logY())
        for (double& v : y)
            v = std::max(v, 0.5);  // an empty bin sits at the bottom of a log axis
    bars->setWidth(width > 0 ? width : 1.0);
    bars->setData(x, y, true);
}

void HistogramPlot::render() {
    const size_t i = static_cast<size_t>(std::max(0, parameter_->currentIndex()));
    if (!has_frame_ || i >= latest_.weight_histograms.size()) {
        weights_->data()->clear();
        grads_->data()->clear();
        return;
    }
    draw(weights_, latest_.weight_histograms[i]);
    draw(grads_, latest_.grad_histograms[i]);
    plot()->xAxis->setLabel(tr("weight (step %1)").arg(latest_.step));
}

void HistogramPlot::fitRanges() {
    weights_->rescaleAxes();
    grads_->rescaleAxes();
    for (QCPAxis* axis : valueAxes()) {
        QCPRange r = axis->range();
        axis->setRange(logY() ? 0.5 : 0.0, r.upper * 1.1);
    }
}

QList<QCPAxis*> HistogramPlot::valueAxes() const {
    return {plot()->yAxis, grad_rect_->axis(QCPAxis::atLeft)};
}

QString HistogramPlot::readoutAt(const QPointF& pixel) const {
    for (QCPBars* bars : {weights_, grads_}) {
        if (!bars->keyAxis()->axisRect()->rect().contains(pixel.toPoint()))
            continue;
        const double key = bars->keyAxis()->pixelToCoord(pixel.x());
        const double half = bars->width() / 2;
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            if (key >= it->key - half && key < it->key + half)
                return tr("%1 in [%2, %3): %4")
                    .arg(bars->name(), significantNumber(it->key - half, 4),
                         significantNumber(it->key + half, 4))
                    .arg(significantNumber(it->value, 4));
    }
    return QString();
}

QString HistogramPlot::csv() const {
    QString out;
    QTextStream s(&out);
    s << "step,parameter,kind,bin_lo,bin_hi,count\n";
    if (!has_frame_)
        return out;
    for (int p = 0; p < parameter_->count(); ++p) {
        const size_t i = static_cast<size_t>(p);
        if (i >= latest_.weight_histograms.size())
            break;
        for (int kind = 0; kind < 2; ++kind) {
            const Histogram& h =
                kind == 0 ? latest_.weight_histograms[i] : latest_.grad_histograms[i];
            const double width = h.counts.empty() ? 0 : (h.hi - h.lo) / h.counts.size();
            for (size_t b = 0; b < h.counts.size(); ++b)
                s << latest_.step << ',' << parameter_->itemText(p) << ','
                  << (kind == 0 ? "weight" : "gradient") << ','
                  << QString::number(h.lo + b * width, 'g', 9) << ','
                  << QString::number(h.lo + (b + 1) * width, 'g', 9) << ',' << h.counts[b] << '\n';
        }
    }
    return out;
}

}  // namespace unroll
