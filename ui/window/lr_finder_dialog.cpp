#include "window/lr_finder_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

#include "plots/qcp.h"
#include "plots/tickers.h"
#include "text/numbers.h"

namespace unroll {

namespace {

// The loss the curve has at `lr` (the nearest recorded point).
double lossAt(const LrFindResult& r, double lr) {
    size_t best = 0;
    for (size_t i = 0; i < r.lrs.size(); ++i)
        if (std::abs(std::log(r.lrs[i] / lr)) < std::abs(std::log(r.lrs[best] / lr)))
            best = i;
    return r.losses.empty() ? 0.0 : r.losses[best];
}

}  // namespace

LrFinderDialog::LrFinderDialog(const LrFindResult& result, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Learning-rate finder"));
    auto* layout = new QVBoxLayout(this);
    const QString why = result.stopped_because == "diverged" ? tr("the loss passed 4× its best")
                        : result.stopped_because == "non-finite" ? tr("the loss became non-finite")
                        : result.stopped_because == "stopped"    ? tr("it was stopped")
                                                                 : tr("every step was taken");
    auto* summary = new QLabel(
        tr("%1 steps at exponentially growing learning rates; the sweep ended because %2. The "
           "model was put back as it was.")
            .arg(result.lrs.size())
            .arg(why),
        this);
    summary->setWordWrap(true);  // as wide as the plot, not one long line (German, French)
    layout->addWidget(summary);
    plot_ = new QCustomPlot(this);
    plot_->setMinimumSize(560, 340);
    plot_->xAxis->setScaleType(QCPAxis::stLogarithmic);
    plot_->xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new PowerTicker));
    plot_->xAxis->setNumberFormat(QStringLiteral("eb"));
    plot_->xAxis->setNumberPrecision(0);
    plot_->xAxis->setLabel(tr("learning rate"));
    plot_->yAxis->setLabel(tr("loss (smoothed)"));
    QCPGraph* curve = plot_->addGraph();
    curve->setName(tr("loss"));
    curve->setPen(QPen(QColor(31, 119, 180), 2));
    QVector<double> x, y;
    for (size_t i = 0; i < result.lrs.size() && i < result.losses.size(); ++i)
        if (std::isfinite(result.losses[i])) {
            x << result.lrs[i];
            y << result.losses[i];
        }
    curve->setData(x, y, true);
    plot_->rescaleAxes();
    plot_->yAxis->scaleRange(1.1, plot_->yAxis->range().center());

    struct Suggestion {
        QString name;
        double lr;
        QColor color;
    };
    const std::vector<Suggestion> suggestions = {
        {tr("valley"), result.suggestions.valley, QColor(214, 39, 40)},
        {tr("minimum ÷ 10"), result.suggestions.minimum, QColor(44, 160, 44)},
        {tr("steepest"), result.suggestions.steep, QColor(255, 127, 14)}};
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const Suggestion& s : suggestions) {
        if (!(s.lr > 0) || !std::isfinite(s.lr))
            continue;
        QCPGraph* mark = plot_->addGraph();
        mark->setName(QStringLiteral("%1: %2").arg(s.name).arg(significantNumber(s.lr, 3)));
        mark->setLineStyle(QCPGraph::lsNone);
        mark->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, s.color, 10));
        mark->addData(s.lr, lossAt(result, s.lr));
        const double lr = s.lr;
        QPushButton* use =
            buttons->addButton(tr("Use %1 (%2)").arg(significantNumber(lr, 3)).arg(s.name),
                               QDialogButtonBox::AcceptRole);
        connect(use, &QPushButton::clicked, this, [this, lr] {
            Q_EMIT learningRateChosen(lr);
            accept();
        });
    }
    plot_->legend->setVisible(true);
    plot_->replot();
    layout->addWidget(plot_, 1);
    layout->addWidget(buttons);
}

}  // namespace unroll
