// The chapter's pictures of the model being trained, drawn from the engine's Topology: the
// network rolled into a loop or unrolled over the tokens (animated between the two), every weight
// matrix in its own colour so shared weights are visibly shared, the truncated-BPTT cut and the
// state carried between batches, dropout points, the tying link, and an LSTM/GRU cell opened on
// demand. With a probe frame it comes alive: the batch's tokens on the inputs, predictions and
// targets on the outputs, each hidden node coloured by its magnitude and each backward arrow by
// the gradient ‖∂L/∂h_t‖ flowing through it.
#pragma once

#include <QColor>
#include <QVariantAnimation>
#include <QWidget>

#include <optional>
#include <string>
#include <vector>

#include "unroll/probes.h"
#include "unroll/topology.h"

class QPainter;

namespace unroll {

class DiagramLayout;

class DiagramView : public QWidget {
    Q_OBJECT

public:
    explicit DiagramView(QWidget* parent = nullptr);

    void setTopology(const Topology& topology);
    const Topology& topology() const { return topology_; }
    void setVocab(std::vector<std::string> vocab) { vocab_ = std::move(vocab); }
    // The probe frame that colours the diagram; nullptr shows the bare structure.
    void setFrame(const ProbeFrame* frame);
    bool hasFrame() const { return frame_.has_value(); }

    // 0: rolled, 1: unrolled; animate() moves there in a short animation.
    void setUnrolled(double amount);
    double unrolled() const { return unrolled_; }
    void animateTo(bool unrolled);
    void setCellOpen(bool open);
    bool cellOpen() const { return cell_open_; }
    void setCellLayer(int layer);  // from 1

    // The live values behind the colours (NaN where there is none): a hidden node's RMS, and
    // for a recurrent arrow h_{t-1} → h_t the gradient ‖∂L/∂h_{t-1}‖ that flows back along it.
    double nodeValue(int node) const;
    double edgeGradient(int edge) const;
    QColor nodeColor(int node) const;
    QColor edgeGradientColor(int edge) const;
    QColor weightColor(const std::string& weight_id) const;

    // Draws the whole diagram into `rect` (the widget, an image or an SVG).
    void render(QPainter& painter, const QRectF& rect) const;
    // PNG or SVG by the file's suffix; returns false when it cannot be written.
    // Written through the engine's writer (files/user_files.h); false with *error saying why.
    bool exportImage(const QString& path, QSize size = QSize(), QString* error = nullptr) const;

    QSize sizeHint() const override { return QSize(900, 520); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void recolour();
    QString tokenText(int index) const;
    void drawEdges(QPainter& p, const DiagramLayout& layout) const;
    void drawBackward(QPainter& p, const DiagramLayout& layout) const;
    void drawNodes(QPainter& p, const DiagramLayout& layout) const;
    void drawTie(QPainter& p, const DiagramLayout& layout, const QRectF& area) const;
    void drawCell(QPainter& p, const QRectF& box) const;
    void drawLegend(QPainter& p, const QRectF& box) const;

    Topology topology_;
    std::vector<std::string> vocab_;
    std::optional<ProbeFrame> frame_;
    std::vector<QColor> node_colours_;
    std::vector<QColor> edge_colours_;
    double rms_max_ = 1.0;
    double grad_lo_ = 0.0, grad_hi_ = 0.0;  // log10 range of the frame's gradients
    double unrolled_ = 1.0;
    bool cell_open_ = false;
    int cell_layer_ = 1;
    QVariantAnimation animation_;
};

}  // namespace unroll
