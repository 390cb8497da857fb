#include "plots/plot_panel.h"

#include <QBuffer>
#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSlider>
#include <QStyle>
#include <QSvgGenerator>
#include <QTextStream>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

#include "files/user_files.h"
#include "plots/qcp.h"
#include "plots/tickers.h"
#include "text/elided_label.h"
#include "text/numbers.h"

namespace unroll {

namespace {

constexpr int kAntialiasedPoints = 300;

}  // namespace

PlotPanel::PlotPanel(const QString& title, QWidget* parent) : QWidget(parent), title_(title) {
    auto* layout = new QVBoxLayout(this);
    outer_ = layout;
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(1);
    tools_ = new QHBoxLayout;
    tools_->setSpacing(4);
    // The title beside the tools when there is room, above them when not (placeHeading); cut
    // with "…" only when even a row of its own is too narrow (the tooltip has it whole).
    heading_ = new ElidedLabel(title, this);
    heading_->setObjectName(QStringLiteral("plotTitle"));
    QFont bold = heading_->font();
    bold.setBold(true);
    heading_->setFont(bold);
    tools_->addWidget(heading_, 2);
    readout_ = new ElidedLabel(this);
    readout_->setObjectName(QStringLiteral("readout"));
    readout_->setStyleSheet(QStringLiteral("color: palette(dark);"));
    readout_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    tools_->addWidget(readout_, 1);

    log_toggle_ = new QCheckBox(tr("log"), this);
    log_toggle_->setObjectName(QStringLiteral("logY"));
    log_toggle_->setToolTip(tr("Logarithmic value axis"));
    connect(log_toggle_, &QCheckBox::toggled, this, &PlotPanel::setLogY);
    tools_->addWidget(log_toggle_);

    smoothing_slider_ = new QSlider(Qt::Horizontal, this);
    smoothing_slider_->setObjectName(QStringLiteral("smoothing"));
    smoothing_slider_->setRange(0, 99);
    smoothing_slider_->setFixedWidth(60);
    smoothing_slider_->setToolTip(tr("Smoothing: 0 draws the raw values"));
    connect(smoothing_slider_, &QSlider::valueChanged, this,
            [this](int v) { setSmoothing(v / 100.0); });
    tools_->addWidget(smoothing_slider_);

    auto* fit = new QToolButton(this);
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Fit the axes to the data and follow it again (or double-click the plot)"));
    connect(fit, &QToolButton::clicked, this, [this] { setFollowing(true); });
    tools_->addWidget(fit);

    // An icon, not a word: "Exportieren ▾" would take the room the plot's title needs.
    auto* exporter = new QToolButton(this);
    exporter->setObjectName(QStringLiteral("exportPlot"));
    exporter->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    exporter->setToolButtonStyle(Qt::ToolButtonIconOnly);
    exporter->setPopupMode(QToolButton::InstantPopup);
    exporter->setToolTip(tr("Export"));
    exporter->setAccessibleName(tr("Export"));
    auto* menu = new QMenu(exporter);
    menu->addAction(tr("Image (PNG)…"), this, [this] { exportWithDialog(QStringLiteral("png")); });
    menu->addAction(tr("Vector image (SVG)…"), this,
                    [this] { exportWithDialog(QStringLiteral("svg")); });
    menu->addAction(tr("PDF…"), this, [this] { exportWithDialog(QStringLiteral("pdf")); });
    menu->addAction(tr("Data (CSV)…"), this, [this] { exportWithDialog(QStringLiteral("csv")); });
    exporter->setMenu(menu);
    tools_->addWidget(exporter);
    layout->addLayout(tools_);

    plot_ = new QCustomPlot(this);
    plot_->setMinimumSize(200, 120);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->legend->setVisible(true);
    plot_->legend->setFont(QFont(font().family(), 8));
    plot_->legend->setRowSpacing(-3);
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    plot_->setNoAntialiasingOnDrag(true);
    layout->addWidget(plot_, 1);

    // The person's zoom and pan win over live updates until they ask to follow again.
    connect(plot_, &QCustomPlot::mousePress, this, [this](QMouseEvent* e) {
        if (e->button() == Qt::LeftButton)
            following_ = false;
    });
    connect(plot_, &QCustomPlot::mouseWheel, this, [this](QWheelEvent*) { following_ = false; });
    connect(plot_, &QCustomPlot::mouseDoubleClick, this,
            [this](QMouseEvent*) { setFollowing(true); });
    connect(plot_, &QCustomPlot::mouseMove, this,
            [this](QMouseEvent* e) { readout_->setFullText(readoutAt(e->position())); });
}

PlotPanel::~PlotPanel() = default;

int PlotPanel::addSeries(const QString& name, const SeriesStyle& style) {
    Series s;
    s.name = name;
    s.style = style;
    s.graph = plot_->addGraph(plot_->xAxis, style.right_axis ? plot_->yAxis2 : plot_->yAxis);
    s.graph->setName(name);
    QPen pen(style.color, style.width, style.pen);
    s.graph->setPen(pen);
    if (style.dots)
        s.graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, style.color, 6));
    if (style.right_axis)
        plot_->yAxis2->setVisible(true);
    series_.push_back(std::move(s));
    markDirty();
    return static_cast<int>(series_.size()) - 1;
}

void PlotPanel::append(int series, double x, double y) {
    Series& s = series_.at(static_cast<size_t>(series));
    if (s.style.rewinds && !s.x.isEmpty() && x <= s.x.back())
        abandonFrom(s, x);
    s.x.push_back(x);
    s.y.push_back(y);
    markDirty();
}

int PlotPanel::pointCount(int series) const {
    return series_.at(static_cast<size_t>(series)).x.size();
}

int PlotPanel::abandonedCount(int series) const {
    return series_.at(static_cast<size_t>(series)).abandoned_points;
}

void PlotPanel::abandonFrom(Series& s, double x) {
    const auto first = std::lower_bound(s.x.begin(), s.x.end(), x);
    const int from = static_cast<int>(first - s.x.begin());
    QColor faded = s.style.color;
    faded.setAlphaF(faded.alphaF() * 0.35);
    QCPGraph* graph = plot_->addGraph(plot_->xAxis, s.graph->valueAxis());
    graph->setName(tr("%1 (abandoned by a rewind)").arg(s.name));
    graph->setPen(QPen(faded, s.style.width, Qt::SolidLine));  // dashes are slow to stroke
    graph->removeFromLegend();
    // The stretch starts at the point it left from, so it reads as a branch off the curve.
    const int begin = std::max(0, from - 1);
    graph->setData(s.x.mid(begin), s.y.mid(begin), true);
    s.abandoned.push_back(graph);
    s.abandoned_points += static_cast<int>(s.x.size()) - from;
    s.x.resize(from);
    s.y.resize(from);
}

void PlotPanel::removeAbandoned(Series& s) {
    for (QCPGraph* g : s.abandoned)
        plot_->removeGraph(g);
    s.abandoned.clear();
    s.abandoned_points = 0;
}

QString PlotPanel::seriesName(int series) const {
    return series_.at(static_cast<size_t>(series)).name;
}

void PlotPanel::removeSeries() {
    for (Series& s : series_) {
        plot_->removeGraph(s.graph);
        removeAbandoned(s);
    }
    series_.clear();
    markDirty();
}

void PlotPanel::clear() {
    for (Series& s : series_) {
        s.x.clear();
        s.y.clear();
        removeAbandoned(s);
    }
    following_ = true;
    markDirty();
}

bool PlotPanel::refresh(bool force) {
    if (!force && !needsRefresh())
        return false;
    dirty_ = false;
    render();
    if (following_)
        fitRanges();
    // Antialiasing a jagged curve of hundreds of points, or stroking it with a pen wider than one
    // pixel, costs 10-70 ms per redraw (measured with LM6's gradient norms): enough to make the
    // window stutter. Live redraws of long series use thin, aliased lines; forced ones
    // (screenshots, exports, the end of a run) draw them as styled.
    int longest = 0;
    for (const Series& s : series_)
        longest = std::max(longest, static_cast<int>(s.x.size()));
    const bool fast = !force && longest >= kAntialiasedPoints;
    plot_->setNotAntialiasedElements(fast ? QCP::aePlottables : QCP::aeNone);
    for (Series& s : series_) {
        QPen pen = s.graph->pen();
        pen.setWidthF(fast ? 1.0 : s.style.width);
        s.graph->setPen(pen);
    }
    fitLegend();
    plot_->replot(force ? QCustomPlot::rpImmediateRefresh : QCustomPlot::rpQueuedReplot);
    return true;
}

void PlotPanel::fitLegend() {
    // A legend of many series (a parameter per line) taller than the plot would run over the
    // axis and its label: as many entries per column as fit, then a further column (QCP's
    // "rows first" fills a column downwards and wraps to the next).
    QCPLegend* legend = plot_->legend;
    const int height = plot_->axisRect()->rect().height();
    if (!legend->visible() || legend->itemCount() == 0 || height <= 0)
        return;
    // An entry's height as last laid out (its icon, text and margins), or an estimate of it.
    const int laid_out = legend->item(0)->outerRect().height();
    const int row =
        (laid_out > 0
             ? laid_out
             : std::max(legend->iconSize().height(), QFontMetrics(legend->font()).height()) + 9) +
        legend->rowSpacing();
    const int rows = std::max(1, (height - 12) / std::max(1, row));
    if (legend->fillOrder() != QCPLayoutGrid::foRowsFirst || legend->wrap() != rows) {
        legend->setWrap(rows);
        legend->setFillOrder(QCPLayoutGrid::foRowsFirst, true);
    }
}

void PlotPanel::render() {
    for (Series& s : series_) {
        const QVector<double> y = s.style.smoothable ? smoothed(s.y) : s.y;
        if (!log_y_ || s.style.right_axis) {
            s.graph->setData(s.x, y, true);
            continue;
        }
        // A log axis cannot show zero or less: those points are left out.
        QVector<double> kx, ky;
        kx.reserve(s.x.size());
        ky.reserve(s.x.size());
        for (int i = 0; i < s.x.size(); ++i)
            if (y[i] > 0 && std::isfinite(y[i])) {
                kx.push_back(s.x[i]);
                ky.push_back(y[i]);
            }
        s.graph->setData(kx, ky, true);
    }
}

void PlotPanel::fitRanges() {
    plot_->rescaleAxes(true);
    // A little air above and below the curves.
    for (QCPAxis* axis : {plot_->yAxis, plot_->yAxis2}) {
        if (axis->scaleType() == QCPAxis::stLogarithmic)
            axis->scaleRange(1.1, axis->range().center());
        else
            axis->scaleRange(1.08, axis->range().center());
    }
}

QList<QCPAxis*> PlotPanel::valueAxes() const {
    return {plot_->yAxis};
}

void PlotPanel::setLogY(bool on) {
    if (log_toggle_->isChecked() != on)
        log_toggle_->setChecked(on);  // re-enters through the toggle's signal
    if (log_y_ == on)
        return;
    log_y_ = on;
    applyAxisScale();
    following_ = true;
    markDirty();
    refresh();
}

void PlotPanel::setWholeNumberKeys(bool whole) {
    plot_->xAxis->setTicker(whole ? QSharedPointer<QCPAxisTicker>(new WholeNumberTicker)
                                  : QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
}

void PlotPanel::applyAxisScale() {
    for (QCPAxis* axis : valueAxes()) {
        axis->setScaleType(log_y_ ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
        if (log_y_)
            axis->setTicker(QSharedPointer<QCPAxisTickerLog>(new PowerTicker));
        else
            axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        axis->setNumberFormat(log_y_ ? QStringLiteral("eb") : QStringLiteral("gb"));
        axis->setNumberPrecision(log_y_ ? 0 : 6);
    }
}

void PlotPanel::setSmoothing(double beta) {
    beta = std::clamp(beta, 0.0, 0.99);
    const int v = static_cast<int>(std::lround(beta * 100));
    if (smoothing_slider_->value() != v)
        smoothing_slider_->setValue(v);
    if (smoothing_ == beta)
        return;
    smoothing_ = beta;
    smoothing_slider_->setToolTip(tr("Smoothing: %1").arg(fixedNumber(beta, 2)));
    markDirty();
    refresh();
}

void PlotPanel::setFollowing(bool follow) {
    following_ = follow;
    if (follow) {
        markDirty();
        refresh(true);
    }
}

QVector<double> PlotPanel::smoothed(const QVector<double>& values) const {
    if (smoothing_ <= 0.0)
        return values;
    QVector<double> out(values.size());
    double avg = 0.0, weight = 1.0;
    for (int i = 0; i < values.size(); ++i) {
        if (!std::isfinite(values[i])) {
            out[i] = values[i];
            continue;
        }
        avg = smoothing_ * avg + (1.0 - smoothing_) * values[i];
        weight *= smoothing_;
        out[i] = avg / (1.0 - weight);
    }
    return out;
}

QColor PlotPanel::paletteColor(int index) {
    // Tableau 10: distinct, and readable on white.
    static const QColor colors[] = {
        {31, 119, 180}, {255, 127, 14},  {44, 160, 44},   {214, 39, 40},  {148, 103, 189},
        {140, 86, 75},  {227, 119, 194}, {127, 127, 127}, {188, 189, 34}, {23, 190, 207}};
    return colors[index % 10];
}

void PlotPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    placeHeading();
}

void PlotPanel::placeHeading() {
    // The tools' own widths (not the layout's hint, which the read-out's text changes), so that
    // the choice depends on the panel's width alone and cannot flip back and forth.
    int tools = 0;
    for (int i = 0; i < tools_->count(); ++i) {
        QWidget* w = tools_->itemAt(i)->widget();
        if (w && w != heading_ && w != readout_ && !w->isHidden())
            tools += w->sizeHint().width() + tools_->spacing();
    }
    const QMargins m = outer_->contentsMargins();
    const bool beside = heading_->sizeHint().width() + tools + 40 + m.left() + m.right() <= width();
    const bool now_beside = tools_->indexOf(heading_) >= 0;
    if (beside == now_beside)
        return;
    if (beside) {
        outer_->removeWidget(heading_);
        tools_->insertWidget(0, heading_, 2);
    } else {
        tools_->removeWidget(heading_);
        outer_->insertWidget(0, heading_);
    }
}

void PlotPanel::addTool(QWidget* widget) {
    // Before the log toggle, after the read-out.
    tools_->insertWidget(tools_->indexOf(log_toggle_), widget);
    placeHeading();
}

QString PlotPanel::readoutAt(const QPointF& pixel) const {
    double best = 12.0;  // pixels
    QString text;
    for (const Series& s : series_) {
        if (!s.graph->visible() || s.graph->data()->isEmpty())
            continue;
        const double key = s.graph->keyAxis()->pixelToCoord(pixel.x());
        auto it = s.graph->data()->findBegin(key, true);
        for (int k = 0; k < 2 && it != s.graph->data()->constEnd(); ++k, ++it) {
            const double px = s.graph->keyAxis()->coordToPixel(it->key);
            const double py = s.graph->valueAxis()->coordToPixel(it->value);
            const double d = std::hypot(px - pixel.x(), py - pixel.y());
            if (d < best) {
                best = d;
                text = QStringLiteral("%1: %2 = %3, %4")
                           .arg(s.name,
                                s.graph->keyAxis()->label().isEmpty() ? QStringLiteral("x")
                                                                      : s.graph->keyAxis()->label(),
                                significantNumber(it->key, 4), significantNumber(it->value, 4));
            }
        }
    }
    return text;
}

QString PlotPanel::csv() const {
    QString out;
    QTextStream stream(&out);
    stream << "series,x,y\n";
    for (const Series& s : series_) {
        QString name = s.name;
        name.replace('"', QStringLiteral("\"\""));
        for (int i = 0; i < s.x.size(); ++i)
            stream << '"' << name << "\"," << QString::number(s.x[i], 'g', 17) << ','
                   << QString::number(s.y[i], 'g', 17) << '\n';
    }
    return out;
}

bool PlotPanel::exportCsv(const QString& path, QString* error) const {
    const QString problem = saveBytes(path, csv().toUtf8());
    if (error)
        *error = problem;
    return problem.isEmpty();
}

bool PlotPanel::exportImage(const QString& path, int width, int height, QString* error) {
    refresh(true);
    const int w = width > 0 ? width : plot_->width();
    const int h = height > 0 ? height : plot_->height();
    const QString suffix = QFileInfo(path).suffix().toLower();
    QString problem;
    if (suffix == QLatin1String("pdf")) {
        problem =
            saveMadeFile(path, [&](const QString& made) { return plot_->savePdf(made, w, h); });
    } else if (suffix == QLatin1String("svg")) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(QSize(w, h));
        svg.setViewBox(QRect(0, 0, w, h));
        svg.setTitle(title_);
        QCPPainter painter;
        if (!painter.begin(&svg))
            problem = tr("the SVG could not be drawn");
        plot_->toPainter(&painter, w, h);
        painter.end();
        if (problem.isEmpty())
            problem = saveBytes(path, bytes);
    } else {
        problem = saveImage(plot_->toPixmap(w, h).toImage(), path);
    }
    if (error)
        *error = problem;
    return problem.isEmpty();
}

void PlotPanel::exportWithDialog(const QString& kind) {
    const QString filters = kind == QLatin1String("csv")   ? tr("CSV (*.csv)")
                            : kind == QLatin1String("svg") ? tr("SVG image (*.svg)")
                            : kind == QLatin1String("pdf") ? tr("PDF (*.pdf)")
                                                           : tr("PNG image (*.png)");
    QString name = title_.toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export %1").arg(title_), name + '.' + kind, filters);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += '.' + kind;
    QString error;
    const bool ok =
        kind == QLatin1String("csv") ? exportCsv(path, &error) : exportImage(path, 0, 0, &error);
    readout_->setFullText(ok ? tr("Saved %1").arg(QFileInfo(path).fileName()) : error);
}

}  // namespace unroll
