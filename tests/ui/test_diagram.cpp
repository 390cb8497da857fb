// The diagram: every architecture renders in both forms and with its cell open; the live
// colouring puts each probe value on the right node and arrow; tokens, predictions and targets
// appear on the inputs and outputs; the panel keeps and scrubs recent frames; export works.
#include <QtTest>

#include <QImage>
#include <QPainter>
#include <QSlider>
#include <QTemporaryDir>

#include <cmath>

#include "diagram/diagram_panel.h"
#include "diagram/diagram_view.h"

using namespace unroll;

namespace {

// Non-white pixels: something was drawn.
int inked(const QImage& image) {
    int n = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            n += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    return n;
}

QImage rendered(const DiagramView& view, QSize size = QSize(1000, 560)) {
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    view.render(p, QRectF(QPointF(0, 0), size));
    return image;
}

// A frame for a topology whose every value says where it belongs.
ProbeFrame frameFor(const Topology& t, std::int64_t step = 25) {
    ProbeFrame f;
    f.step = step;
    f.layers = t.layers;
    f.time_steps = t.time_steps;
    for (int l = 0; l < t.layers; ++l) {
        std::vector<double> rms, grad;
        for (int s = 0; s < t.time_steps; ++s) {
            rms.push_back((l + 1) * 100.0 + s);
            grad.push_back(std::pow(10.0, -(l * 20 + s)));
        }
        f.hidden_rms.push_back(rms);
        f.grad_norm.push_back(grad);
        f.grad_norm_from_last.push_back(grad);
    }
    for (int s = 0; s < t.time_steps; ++s)
        f.inputs.push_back(s % 5);
    const int outputs = t.every_token ? t.time_steps : 1;
    for (int s = 0; s < outputs; ++s) {
        f.targets.push_back((s + 1) % 5);
        f.predictions.push_back(s % 2 == 0 ? (s + 1) % 5 : 4);
    }
    return f;
}

}  // namespace

class TestDiagram : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyArchitectureRenders_data() {
        QTest::addColumn<QString>("preset");
        for (const Preset& p : presets())
            QTest::newRow(p.name.c_str()) << QString::fromStdString(p.name);
    }

    void everyArchitectureRenders() {
        QFETCH(QString, preset);
        DiagramView view;
        const Topology t = topologyOf(findPreset(preset.toStdString()).config());
        view.setTopology(t);
        const int unrolled = inked(rendered(view));
        QVERIFY2(unrolled > 3000, qPrintable(QString::number(unrolled)));
        view.setUnrolled(0.0);
        const int rolled = inked(rendered(view));
        QVERIFY2(rolled > 1500 && rolled < unrolled, qPrintable(QString::number(rolled)));
        view.setUnrolled(0.5);  // mid-animation draws too
        QVERIFY(inked(rendered(view)) > 1500);
        view.setUnrolled(1.0);
        view.setCellOpen(true);
        const ProbeFrame f = frameFor(t);
        view.setFrame(&f);
        QVERIFY(inked(rendered(view)) > unrolled);
    }

    void liveColouringMapsProbeValuesToTheRightNodes() {
        DiagramView view;
        const Topology t = topologyOf(findPreset("lm5").config());
        view.setTopology(t);
        QVERIFY(!std::isfinite(view.nodeValue(t.node(NodeKind::Hidden, 1, 1))));
        const ProbeFrame f = frameFor(t);
        view.setFrame(&f);
        for (int l = 1; l <= 2; ++l)
            for (int s = 1; s <= 16; ++s)
                QCOMPARE(view.nodeValue(t.node(NodeKind::Hidden, l, s)),
                         f.hidden_rms[size_t(l - 1)][size_t(s - 1)]);
        QVERIFY(!std::isfinite(view.nodeValue(t.node(NodeKind::Input, 0, 3))));
        // The largest magnitude (layer 2, t = 16) takes the top of the scale, 0 the bottom.
        QCOMPARE(view.nodeColor(t.node(NodeKind::Hidden, 2, 16)), QColor(253, 231, 37));
        QVERIFY(view.nodeColor(t.node(NodeKind::Hidden, 1, 1)) !=
                view.nodeColor(t.node(NodeKind::Hidden, 2, 1)));
        // Each recurrent arrow h_{t-1} -> h_t carries ‖∂L/∂h_{t-1}‖ of its own layer.
        int checked = 0;
        for (size_t i = 0; i < t.edges.size(); ++i) {
            const TopologyEdge& e = t.edges[i];
            if (e.kind != EdgeKind::Recurrent) {
                QVERIFY(!std::isfinite(view.edgeGradient(int(i))));
                continue;
            }
            const TopologyNode& from = t.nodes[size_t(e.from)];
            QCOMPARE(view.edgeGradient(int(i)),
                     f.grad_norm[size_t(from.layer - 1)][size_t(from.time - 1)]);
            ++checked;
        }
        QCOMPARE(checked, 30);
        // On a log scale: the strongest gradient (1e0 at layer 1, t = 1) is the darkest red,
        // the weakest (1e-34) the palest grey.
        auto edge = [&](int layer, int time) {
            for (size_t i = 0; i < t.edges.size(); ++i)
                if (t.edges[i].kind == EdgeKind::Recurrent &&
                    t.edges[i].from == t.node(NodeKind::Hidden, layer, time))
                    return int(i);
            return -1;
        };
        QCOMPARE(view.edgeGradientColor(edge(1, 1)), QColor(103, 0, 13));
        QCOMPARE(view.edgeGradientColor(edge(2, 15)), QColor(215, 215, 215));
    }

    void tokensAndPredictionsAreWritten() {
        QTemporaryDir dir;
        DiagramView view;
        const Topology t = topologyOf(findPreset("lm4").config());
        view.setTopology(t);
        view.setVocab({"zero", "one", "two", "three", "four"});
        const ProbeFrame f = frameFor(t);
        view.setFrame(&f);
        const QString svg = dir.filePath("lm4.svg");
        QVERIFY(view.exportImage(svg, QSize(1100, 600)));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains(">zero<") && text.contains(">three<"));  // inputs
        QVERIFY(text.contains("target: one"));                         // outputs
        QVERIFY(text.contains("detach"));
        QVERIFY(view.exportImage(dir.filePath("lm4.png")));
        QVERIFY(!QImage(dir.filePath("lm4.png")).isNull());
    }

    void toggleAnimatesBetweenTheForms() {
        DiagramView view;
        view.setTopology(topologyOf(findPreset("lm3").config()));
        QCOMPARE(view.unrolled(), 1.0);
        view.animateTo(false);
        // It passes through the forms in between (polled, so a busy machine cannot skip it all).
        QTRY_VERIFY_WITH_TIMEOUT(view.unrolled() > 0.0 && view.unrolled() < 1.0, 2000);
        QTRY_COMPARE(view.unrolled(), 0.0);
    }

    void panelKeepsAndScrubsRecentFrames() {
        DiagramPanel panel;
        SessionInfo info;
        info.config = findPreset("lm6").config();
        panel.setSession(info);
        const Topology t = panel.view()->topology();
        QVERIFY(t.arch == Arch::LM6);
        SnapshotBuffer::Drained d;
        for (int i = 1; i <= DiagramPanel::kFramesKept + 10; ++i)
            d.probes.push_back(frameFor(t, i * 25));
        panel.consume(d);
        QCOMPARE(panel.frames(), DiagramPanel::kFramesKept);
        auto* slider = panel.findChild<QSlider*>("frameSlider");
        QCOMPARE(slider->value(), DiagramPanel::kFramesKept - 1);  // following the newest
        slider->setValue(0);                                       // back to the oldest kept
        QVERIFY(panel.view()->hasFrame());
        QCOMPARE(panel.view()->nodeValue(t.node(NodeKind::Hidden, 1, 1)), 100.0);
        // New frames arrive; a scrubbing person stays where they are.
        SnapshotBuffer::Drained more;
        more.probes.push_back(frameFor(t, 99999));
        panel.consume(more);
        QCOMPARE(slider->value(), 0);
        slider->setValue(slider->maximum());
        panel.consume(more);
        QCOMPARE(slider->value(), slider->maximum());
    }
};

QTEST_MAIN(TestDiagram)
#include "test_diagram.moc"
