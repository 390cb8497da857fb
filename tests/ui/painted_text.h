// The texts a widget paints itself (the diagram, the batch layout, the hidden-unit strip), as a
// paint engine sees them: each with the box its letters cover and whether the painter's clip
// cut it. QPainter::drawText(rect, ...) clips to the rect, so a word longer than its box would
// lose letters without a sound; this finds it, and texts drawn over each other.
#pragma once

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QTextItem>
#include <QWidget>

#include <memory>

namespace unroll::test {

struct PaintedText {
    QString text;
    QRectF box;        // on the device
    bool cut = false;  // the painter's clip took part of it
};

class TextRecorder : public QPaintEngine {
public:
    TextRecorder() : QPaintEngine(QPaintEngine::AllFeatures) {}
    bool begin(QPaintDevice*) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState&) override {}
    void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override {}
    void drawPolygon(const QPointF*, int, PolygonDrawMode) override {}
    // Boxes (rounded rectangles arrive as paths) and nodes (ellipses), on the device; lines,
    // arrowheads and filled cells are not outlines a text could run across.
    void drawPath(const QPainterPath& path) override {
        shapes.push_back(painter()->transform().mapRect(path.boundingRect()));
    }
    void drawRects(const QRectF*, int) override {}
    void drawLines(const QLineF*, int) override {}
    void drawEllipse(const QRectF& r) override {
        shapes.push_back(painter()->transform().mapRect(r));
    }
    void drawImage(const QRectF&, const QImage&, const QRectF&, Qt::ImageConversionFlags) override {
    }
    Type type() const override { return QPaintEngine::User; }

    void drawTextItem(const QPointF& p, const QTextItem& item) override {
        const QString text = item.text().trimmed();
        if (text.isEmpty())
            return;
        // The letters' box: from the baseline up by the ascent, down by the descent, less a
        // pixel of the font's own leading at each end so that touching lines do not count.
        const QFontMetricsF fm(item.font());
        const qreal lead = fm.horizontalAdvance(item.text()) - fm.horizontalAdvance(text);
        const QRectF box(p.x() + (item.text().startsWith(' ') ? lead : 0), p.y() - fm.ascent() + 1,
                         fm.horizontalAdvance(text), fm.ascent() + fm.descent() - 2);
        bool cut = false;
        if (painter()->hasClipping())
            cut = !painter()->clipBoundingRect().adjusted(-0.5, -0.5, 0.5, 0.5).contains(box);
        texts.push_back({text, painter()->transform().mapRect(box), cut});
    }

    std::vector<PaintedText> texts;
    std::vector<QRectF> shapes;
};

class RecordingDevice : public QPaintDevice {
public:
    explicit RecordingDevice(QSize size) : size_(size) {}
    QPaintEngine* paintEngine() const override { return &engine_; }
    const std::vector<PaintedText>& texts() const { return engine_.texts; }
    const std::vector<QRectF>& shapes() const { return engine_.shapes; }

protected:
    int metric(PaintDeviceMetric m) const override {
        switch (m) {
            case PdmWidth:
                return size_.width();
            case PdmHeight:
                return size_.height();
            case PdmDpiX:
            case PdmDpiY:
            case PdmPhysicalDpiX:
            case PdmPhysicalDpiY:
                return 96;
            case PdmDepth:
                return 32;
            case PdmDevicePixelRatio:
                return 1;
            case PdmDevicePixelRatioScaled:
                return static_cast<int>(QPaintDevice::devicePixelRatioFScale());
            default:
                return QPaintDevice::metric(m);
        }
    }

private:
    QSize size_;
    mutable TextRecorder engine_;
};

// What `widget` paints, rendered once: its texts as drawn, and what is wrong with them — cut
// by a clip, outside the widget, over another text, or across the edge of a box or node.
struct Painting {
    QStringList texts;
    QStringList problems;
};

inline Painting paintingOf(QWidget* widget) {
    RecordingDevice device(widget->size());
    widget->render(&device, QPoint(), QRegion(), QWidget::DrawChildren);
    Painting out;
    const QRectF whole(QPointF(0, 0), QSizeF(widget->size()));
    const std::vector<PaintedText>& texts = device.texts();
    const QString where = QString::fromLatin1(widget->metaObject()->className());
    for (size_t i = 0; i < texts.size(); ++i) {
        const PaintedText& t = texts[i];
        out.texts << t.text;
        if (t.cut)
            out.problems << QStringLiteral("%1: \"%2\" is cut by its box").arg(where, t.text);
        else if (!whole.adjusted(-1, -1, 1, 1).contains(t.box))
            out.problems << QStringLiteral("%1: \"%2\" runs out of the widget").arg(where, t.text);
        // Half in a box and half out: a label running across a box's or a node's edge.
        for (const QRectF& shape : device.shapes()) {
            const QRectF both = t.box.intersected(shape);
            if (both.width() > 2 && both.height() > 2 &&
                !shape.adjusted(-1, -1, 1, 1).contains(t.box) && !t.box.contains(shape))
                out.problems << QStringLiteral("%1: \"%2\" runs across the edge of a shape")
                                    .arg(where, t.text);
        }
        for (size_t j = 0; j < i; ++j) {
            const QRectF both = t.box.intersected(texts[j].box);
            if (both.width() > 2 && both.height() > 2)
                out.problems << QStringLiteral("%1: \"%2\" is drawn over \"%3\"")
                                    .arg(where, t.text, texts[j].text);
        }
    }
    out.problems.removeDuplicates();
    return out;
}

}  // namespace unroll::test
