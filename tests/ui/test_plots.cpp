// The plots: they take what the buffer drains, keep zoom across live updates, smooth and switch
// to log without touching the data, read out the point under the mouse, and export PNG, SVG, PDF
// and CSV.
#include <QtTest>

#include <QTemporaryDir>

#include <sys/stat.h>

#include <cmath>

#include "plots/activation_plot.h"
#include "plots/compare_plot.h"
#include "plots/gate_plot.h"
#include "plots/grad_norm_plot.h"
#include "plots/gradient_flow_plot.h"
#include "plots/histogram_plot.h"
#include "plots/loss_plot.h"
#include "plots/parameter_plot.h"
#include "plots/qcp.h"
#include "plots/schedule_plot.h"
#include "plots/tickers.h"
#include "text/numbers.h"

using namespace unroll;

namespace {

SessionInfo session() {
    SessionInfo i;
    i.config = findPreset("lm6").config();
    i.parameter_names = {"a.weight", "b.weight", "c.bias"};
    i.activation_names = {"embedding", "layer 1", "layer 2", "logits"};
    i.epochs = 2;
    i.batches_per_epoch = 50;
    return i;
}

// Steps `from`..`to` with a known loss 3/step and everything else filled in.
SnapshotBuffer::Drained steps(int from, int to) {
    SnapshotBuffer::Drained d;
    for (int s = from; s <= to; ++s) {
        StepMetrics m;
        m.step = s;
        m.batches_per_epoch = 50;
        m.loss = 3.0 / s;
        m.smooth_loss = 3.0 / s + 0.1;
        m.lr = 1e-3 * s;
        m.beta1 = 0.95 - 0.001 * s;
        m.grad_norm = s % 10 == 0 ? 0.0 : 0.5 * s;  // zeros cannot be drawn on a log axis
        m.grad_norm_clipped = std::min(m.grad_norm, 1.0);
        m.grad_norms = {0.1 * s, 0.2 * s, 0.3 * s};
        m.update_ratios = {1e-3, 2e-3, 3e-3};
        m.activations = {{1.0, 2.0, true}, {0.5, 1.0, true}, {0.4, 0.9, true}, {3.0, 9.0, true}};
        d.steps.push_back(m);
    }
    return d;
}

ProbeFrame probe(std::int64_t step) {
    ProbeFrame p;
    p.step = step;
    p.layers = 2;
    p.time_steps = 16;
    for (int l = 0; l < 2; ++l) {
        std::vector<double> g, h;
        for (int t = 1; t <= 16; ++t) {
            g.push_back(std::pow(10.0, -16 + t + l) * static_cast<double>(step));
            h.push_back(0.1 * t);
        }
        p.grad_norm_from_last.push_back(g);
        p.grad_norm.push_back(g);
        p.hidden_rms.push_back(h);
        p.gates.push_back({l + 1, "forget", "sigmoid", 0.1 * (l + 1)});
    }
    for (int i = 0; i < 3; ++i) {
        p.weight_histograms.push_back({-1.0, 1.0, std::vector<std::uint32_t>(40, 5)});
        p.grad_histograms.push_back({-0.1, 0.1, std::vector<std::uint32_t>(40, 2)});
    }
    return p;
}

}  // namespace

class TestPlots : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Log axes read m·10ⁿ in every language, with the locale's decimal comma in the mantissa,
    // and neighbouring ticks never share a label (two read "3·10⁰" before).
    void logLabelsAreTypesetAndDistinct() {
        const QLocale de(QLocale::German), en(QLocale::English);
        QCOMPARE(powerLabel(100.0, de, 1), QStringLiteral("10²"));
        QCOMPARE(powerLabel(0.4, de, 1), QStringLiteral("4·10⁻¹"));
        QCOMPARE(powerLabel(0.4, en, 1), QStringLiteral("4·10⁻¹"));
        QCOMPARE(powerLabel(2.5, de, 2), QStringLiteral("2,5·10⁰"));
        QCOMPARE(powerLabel(9.996, en, 3), QStringLiteral("10¹"));
        struct Exposed : PowerTicker {
            using PowerTicker::createLabelVector;
        } ticker;
        const QVector<QString> labels = ticker.createLabelVector({2.0, 2.5, 3.0, 4.0}, de, 'e', 0);
        QCOMPARE(labels, (QVector<QString>{QStringLiteral("2·10⁰"), QStringLiteral("2,5·10⁰"),
                                           QStringLiteral("3·10⁰"), QStringLiteral("4·10⁰")}));
    }

    // Axes that count steps or epochs tick at whole numbers only (2.5 and 7.5 before).
    void countingAxesTickAtWholeNumbers() {
        WholeNumberTicker ticker;
        for (const QCPRange& range :
             {QCPRange(0, 3), QCPRange(0, 12), QCPRange(1, 15), QCPRange(0, 1000)}) {
            QVector<double> ticks, subticks;
            ticker.generate(range, QLocale::c(), 'g', 6, ticks, &subticks, nullptr);
            QVERIFY(ticks.size() >= 2);
            for (double t : ticks + subticks)
                QVERIFY2(t == std::round(t), qPrintable(QString::number(t)));
        }
        LossPlot loss;
        QVERIFY(loss.plot()->xAxis->ticker().dynamicCast<WholeNumberTicker>());
        // The gradient flow's training steps, time steps t, and the curve's t.
        GradientFlowPlot flow;
        QCustomPlot* p = flow.plot();
        QVERIFY(p->xAxis->ticker().dynamicCast<WholeNumberTicker>());
        QVERIFY(p->yAxis->ticker().dynamicCast<WholeNumberTicker>());
        int counted = 0;
        for (int i = 0; i < p->axisRectCount(); ++i)
            if (p->axisRect(i) != p->axisRect() &&
                p->axisRect(i)->axis(QCPAxis::atBottom)->ticker().dynamicCast<WholeNumberTicker>())
                ++counted;
        QCOMPARE(counted, 1);
    }

    // An empty comparison says how to fill it; drawn curves take the hint's place.
    void anEmptyComparisonSaysWhatToDo() {
        ComparePlot plot;
        QVERIFY(plot.hint().contains(QLatin1String("Select runs")));
        ComparePlot::Curve c;
        c.name = QStringLiteral("lm1");
        c.points = {{1.0, 0.5}, {2.0, 0.6}};
        plot.setCurves(CompareMetric::Accuracy, CompareAxis::Epoch, {c});
        QVERIFY(plot.hint().isEmpty());
        QVERIFY(plot.plot()->legend->visible());
        plot.setCurves(CompareMetric::Accuracy, CompareAxis::Epoch, {});
        QVERIFY(!plot.hint().isEmpty());
        QVERIFY(!plot.plot()->legend->visible());  // no empty legend box beside the hint
    }

    void eachPlotReceivesItsPoints() {
        LossPlot loss;
        SchedulePlot schedule;
        GradNormPlot norm;
        ParameterPlot grads(ParameterPlot::Kind::GradNorm);
        ParameterPlot ratios(ParameterPlot::Kind::UpdateRatio);
        ActivationPlot acts;
        std::vector<SnapshotView*> views = {&loss, &schedule, &norm, &grads, &ratios, &acts};
        SnapshotBuffer::Drained d = steps(1, 40);
        d.epochs.push_back(EpochMetrics{0, 1.0, 1.1, 0.9, 0.5, 2.4, 1, 1, 100});
        for (SnapshotView* v : views) {
            v->setSession(session());
            v->consume(d);
        }
        QCOMPARE(loss.pointCount(LossPlot::TrainLoss), 40);
        QCOMPARE(loss.pointCount(LossPlot::ValidLoss), 1);
        QCOMPARE(loss.pointCount(LossPlot::Accuracy), 1);
        QCOMPARE(schedule.pointCount(0), 40);
        QCOMPARE(norm.pointCount(0), 40);
        QCOMPARE(grads.seriesCount(), 3);
        QCOMPARE(grads.seriesName(2), QStringLiteral("c.bias"));
        QCOMPARE(ratios.pointCount(1), 40);
        QCOMPARE(acts.seriesCount(), 8);  // RMS and max for each of 4 layer outputs
        QCOMPARE(acts.pointCount(3), 40);
        // The validation point sits where its epoch ends on the step axis.
        loss.refresh(true);
        QCOMPARE(loss.plot()->graph(LossPlot::ValidLoss)->data()->at(0)->key, 50.0);
        // Accuracy is a share: its axis spans 0 to 1 even with a single point (it spanned −2
        // to 4 around one epoch's 0.5).
        const QCPRange share = loss.plot()->yAxis2->range();
        QVERIFY2(
            share.lower <= 0.0 && share.lower > -0.1 && share.upper >= 1.0 && share.upper < 1.1,
            qPrintable(QString("%1 to %2").arg(share.lower).arg(share.upper)));
        // A new session starts the plots afresh.
        grads.setSession(session());
        QCOMPARE(grads.pointCount(0), 0);
    }

    void logAxisLeavesOutWhatItCannotShow() {
        GradNormPlot norm;  // log by default: gradient norms span decades
        norm.setSession(session());
        norm.consume(steps(1, 40));
        norm.refresh(true);
        QVERIFY(norm.logY());
        QCOMPARE(norm.plot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
        QCOMPARE(norm.plot()->graph(0)->dataCount(), 36);  // four zeros left out
        QCOMPARE(norm.pointCount(0), 40);                  // ... but kept in the data
        norm.setLogY(false);
        norm.refresh(true);
        QCOMPARE(norm.plot()->graph(0)->dataCount(), 40);
        QCOMPARE(norm.plot()->yAxis->scaleType(), QCPAxis::stLinear);
    }

    void smoothingChangesTheDrawingNotTheData() {
        LossPlot loss;
        loss.setSession(session());
        loss.consume(steps(1, 20));
        loss.setSmoothing(0.5);
        loss.refresh(true);
        // Debiased EMA with beta 0.5 of 3/s, by hand at s = 2: (0.5*0.5*3 + 0.5*1.5)/(1-0.25).
        const double expected = (0.25 * 3.0 + 0.5 * 1.5) / 0.75;
        QCOMPARE(loss.plot()->graph(LossPlot::TrainLoss)->data()->at(1)->value, expected);
        // The engine's smoothed loss is drawn as it came.
        QCOMPARE(loss.plot()->graph(LossPlot::SmoothLoss)->data()->at(1)->value, 1.5 + 0.1);
        QVERIFY(loss.csv().contains(QString::number(1.5, 'g', 17)));
    }

    void zoomSurvivesLiveUpdates() {
        LossPlot loss;
        loss.resize(600, 400);
        loss.show();
        loss.setSession(session());
        loss.consume(steps(1, 50));
        loss.refresh(true);
        // The person zooms in (a drag or wheel turns following off).
        QTest::mousePress(loss.plot(), Qt::LeftButton, {}, QPoint(300, 200));
        QTest::mouseRelease(loss.plot(), Qt::LeftButton, {}, QPoint(300, 200));
        QVERIFY(!loss.following());
        loss.plot()->xAxis->setRange(10, 20);
        loss.consume(steps(51, 120));
        loss.refresh(true);
        QCOMPARE(loss.plot()->xAxis->range().lower, 10.0);
        QCOMPARE(loss.plot()->xAxis->range().upper, 20.0);
        // Fit (or a double-click) follows the data again.
        loss.setFollowing(true);
        QVERIFY(loss.plot()->xAxis->range().upper >= 120.0);
    }

    void hoverReadsOutTheNearestPoint() { scheduleHover(); }

    // The read-out writes numbers as the rest of the window does (ui/text/numbers.h): a small
    // value in German reads "2,5e-5", not Qt's "2,5E-05".
    void theReadOutSpeaksTheWindowsLocale() {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        SchedulePlot plot;
        plot.resize(600, 400);
        plot.show();
        plot.setSession(session());
        SnapshotBuffer::Drained d = steps(1, 20);
        for (StepMetrics& m : d.steps)
            m.lr = 2.5e-5;  // a fine-tuning rate
        plot.consume(d);
        plot.refresh(true);
        QCustomPlot* p = plot.plot();
        const QString text =
            plot.readoutAt(QPointF(p->xAxis->coordToPixel(10), p->yAxis->coordToPixel(2.5e-5)));
        QLocale::setDefault(before);
        QVERIFY2(text.contains("2,5e-5"), qPrintable(text));
    }

    void exportsImagesAndData() {
        QTemporaryDir dir;
        LossPlot loss;
        loss.resize(500, 300);
        loss.setSession(session());
        loss.consume(steps(1, 30));
        const QString png = dir.filePath("loss.png"), svg = dir.filePath("loss.svg"),
                      pdf = dir.filePath("loss.pdf"), csv = dir.filePath("loss.csv");
        QVERIFY(loss.exportImage(png, 500, 300));
        QVERIFY(loss.exportImage(svg, 500, 300));
        QVERIFY(loss.exportImage(pdf, 500, 300));
        QVERIFY(loss.exportCsv(csv));
        QCOMPARE(QImage(png).size(), QSize(500, 300));
        QFile s(svg);
        QVERIFY(s.open(QIODevice::ReadOnly));
        const QByteArray svg_text = s.readAll();
        QVERIFY(svg_text.contains("<svg"));
        QVERIFY(svg_text.contains("<path") || svg_text.contains("<polyline"));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = c.readAll().trimmed().split('\n');
        QCOMPARE(lines.front(), QByteArray("series,x,y"));
        QCOMPARE(lines.size(), 1 + 30 + 30);  // raw and smoothed losses; no epoch yet
        QVERIFY(!loss.exportImage(dir.filePath("missing/dir/x.png")));
        // An export goes through the engine's writer: a FIFO at the path is refused (not written
        // into, which would block until a reader came) and left a FIFO, for every format.
        const QString fifo = dir.filePath("fifo.png");
        QCOMPARE(::mkfifo(fifo.toLocal8Bit().constData(), 0644), 0);
        for (const QString& name : {QStringLiteral("fifo.png"), QStringLiteral("fifo.svg"),
                                    QStringLiteral("fifo.pdf"), QStringLiteral("fifo.csv")}) {
            const QString target = dir.filePath(name);
            if (target != fifo)
                QCOMPARE(::mkfifo(target.toLocal8Bit().constData(), 0644), 0);
            QString error;
            const bool saved = name.endsWith(".csv") ? loss.exportCsv(target, &error)
                                                     : loss.exportImage(target, 500, 300, &error);
            QVERIFY(!saved);
            QVERIFY2(error.contains("it is a FIFO (named pipe), not a regular file"),
                     qPrintable(error));
            QVERIFY(QFileInfo(target).exists() && !QFileInfo(target).isFile());
        }
    }

    void gradientFlowHeatmap() {
        GradientFlowPlot flow;
        flow.resize(900, 400);
        flow.show();
        flow.setSession(session());
        SnapshotBuffer::Drained d;
        for (int s = 1; s <= 10; ++s)
            d.probes.push_back(probe(s * 25));
        flow.consume(d);
        flow.refresh(true);
        QCOMPARE(flow.frames(), 10);
        auto* map = flow.findChild<QCustomPlot*>()->plottable(0);
        auto* colormap = qobject_cast<QCPColorMap*>(map);
        QVERIFY(colormap);
        QCOMPARE(colormap->data()->keySize(), 10);
        QCOMPARE(colormap->data()->valueSize(), 16);
        // Layer 2 is shown first; cell (column 0, t = 16) is 10^(0+1) * 25.
        QCOMPARE(colormap->data()->cell(0, 15), 250.0);
        QCOMPARE(flow.csv().trimmed().split('\n').size(), 1 + 10 * 2 * 16);
        // The read-out names the step, the time step and the value under the mouse.
        QCustomPlot* p = flow.plot();
        const QPointF px(p->xAxis->coordToPixel(25), p->yAxis->coordToPixel(16));
        const QString text = flow.readoutAt(px);
        QVERIFY2(text.contains("t = 16") && text.contains("250"), qPrintable(text));
    }

    void gatesAndHistograms() {
        GatePlot gates;
        HistogramPlot hist;
        gates.setSession(session());
        hist.setSession(session());
        SnapshotBuffer::Drained d;
        d.probes = {probe(1), probe(26)};
        gates.consume(d);
        hist.consume(d);
        QCOMPARE(gates.seriesCount(), 2);  // forget gate of layers 1 and 2
        QCOMPARE(gates.pointCount(1), 2);
        QVERIFY(hist.hasFrame());
        hist.setParameter(2);
        hist.refresh(true);
        auto* bars = qobject_cast<QCPBars*>(hist.plot()->plottable(0));
        QCOMPARE(bars->data()->size(), 40);
        QCOMPARE(bars->data()->at(0)->value, 5.0);
        QCOMPARE(hist.csv().trimmed().split('\n').size(), 1 + 3 * 2 * 40);
    }

private:
    void scheduleHover() {
        SchedulePlot plot;
        plot.resize(600, 400);
        plot.show();
        plot.setSession(session());
        plot.consume(steps(1, 20));
        plot.refresh(true);
        QCustomPlot* p = plot.plot();
        const QPointF px(p->xAxis->coordToPixel(10), p->yAxis->coordToPixel(1e-2));
        const QString text = plot.readoutAt(px);
        QVERIFY2(text.contains("learning rate") && text.contains("10") && text.contains("0.01"),
                 qPrintable(text));
        QVERIFY(plot.readoutAt(QPointF(1, 1)).isEmpty());
    }
};

QTEST_MAIN(TestPlots)
#include "test_plots.moc"
