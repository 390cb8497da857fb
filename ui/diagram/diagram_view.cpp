#include "diagram/diagram_view.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <limits>

#include "diagram/diagram_layout.h"
#include "files/user_files.h"
#include "text/fitted_text.h"
#include "text/numbers.h"

namespace unroll {

namespace {

constexpr double kTitleHeight = 26.0;
constexpr double kLegendHeight = 78.0;
constexpr double kCellWidth = 330.0;
constexpr int kMinimumWidth = 480;  // the network alone
constexpr int kAnimationMs = 450;

struct Stop {
    double at;
    QColor colour;
};

QColor interpolate(const std::vector<Stop>& stops, double x) {
    x = std::clamp(x, 0.0, 1.0);
    for (size_t i = 1; i < stops.size(); ++i)
        if (x <= stops[i].at) {
            const double f = (x - stops[i - 1].at) / (stops[i].at - stops[i - 1].at);
            const QColor& a = stops[i - 1].colour;
            const QColor& b = stops[i].colour;
            return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * f,
                                    a.greenF() + (b.greenF() - a.greenF()) * f,
                                    a.blueF() + (b.blueF() - a.blueF()) * f);
        }
    return stops.back().colour;
}

// Viridis for magnitudes: dark is small, yellow is large.
const std::vector<Stop> kMagnitude = {{0.0, QColor(68, 1, 84)},
                                      {0.25, QColor(59, 82, 139)},
                                      {0.5, QColor(33, 145, 140)},
                                      {0.75, QColor(94, 201, 98)},
                                      {1.0, QColor(253, 231, 37)}};
// Gradients: pale grey where they have vanished, deep red where they are strong.
const std::vector<Stop> kGradient = {{0.0, QColor(215, 215, 215)},
                                     {0.35, QColor(253, 174, 97)},
                                     {0.7, QColor(215, 48, 39)},
                                     {1.0, QColor(103, 0, 13)}};

QString subscript(int n) {
    static const QString digits = QStringLiteral("₀₁₂₃₄₅₆₇₈₉");
    QString out;
    for (QChar c : QString::number(n))
        out += digits[c.digitValue()];
    return out;
}

void arrowHead(QPainter& p, const QPointF& from, const QPointF& to, double size) {
    const QPointF d = to - from;
    const double len = std::hypot(d.x(), d.y());
    if (len < 1e-6)
        return;
    const QPointF u = d / len, n(-u.y(), u.x());
    QPolygonF head;
    head << to << to - u * size + n * size * 0.45 << to - u * size - n * size * 0.45;
    p.save();
    p.setBrush(p.pen().color());
    p.setPen(Qt::NoPen);
    p.drawPolygon(head);
    p.restore();
}

// The segment between two nodes, trimmed so it starts and ends at their outlines.
std::pair<QPointF, QPointF> trimmed(QPointF a, QPointF b, double ra, double rb) {
    const QPointF d = b - a;
    const double len = std::hypot(d.x(), d.y());
    if (len < ra + rb + 1)
        return {a, b};
    const QPointF u = d / len;
    return {a + u * ra, b - u * rb};
}

}  // namespace

DiagramView::DiagramView(QWidget* parent) : QWidget(parent) {
    setMinimumSize(kMinimumWidth, 320);
    animation_.setDuration(kAnimationMs);
    animation_.setEasingCurve(QEasingCurve::InOutCubic);
    connect(&animation_, &QVariantAnimation::valueChanged, this,
            [this](const QVariant& v) { setUnrolled(v.toDouble()); });
}

void DiagramView::setTopology(const Topology& topology) {
    topology_ = topology;
    frame_.reset();
    cell_layer_ = std::clamp(cell_layer_, 1, std::max(1, topology_.layers));
    recolour();
    update();
}

void DiagramView::setFrame(const ProbeFrame* frame) {
    if (frame)
        frame_ = *frame;
    else
        frame_.reset();
    recolour();
    update();
}

void DiagramView::setUnrolled(double amount) {
    unrolled_ = std::clamp(amount, 0.0, 1.0);
    update();
}

void DiagramView::animateTo(bool unrolled) {
    animation_.stop();
    animation_.setStartValue(unrolled_);
    animation_.setEndValue(unrolled ? 1.0 : 0.0);
    animation_.start();
}

void DiagramView::setCellOpen(bool open) {
    cell_open_ = open;
    // The open cell takes kCellWidth beside the network: the least width grows by it, so that
    // the network keeps room for its columns and labels.
    setMinimumWidth(open ? kMinimumWidth + static_cast<int>(kCellWidth) : kMinimumWidth);
    update();
}

void DiagramView::setCellLayer(int layer) {
    cell_layer_ = std::clamp(layer, 1, std::max(1, topology_.layers));
    update();
}

double DiagramView::nodeValue(int node) const {
    const double none = std::numeric_limits<double>::quiet_NaN();
    if (!frame_ || node < 0 || node >= static_cast<int>(topology_.nodes.size()))
        return none;
    const TopologyNode& n = topology_.nodes[static_cast<size_t>(node)];
    if (n.kind != NodeKind::Hidden)
        return none;
    const size_t l = static_cast<size_t>(n.layer - 1), t = static_cast<size_t>(n.time - 1);
    if (l >= frame_->hidden_rms.size() || t >= frame_->hidden_rms[l].size())
        return none;
    return frame_->hidden_rms[l][t];
}

double DiagramView::edgeGradient(int edge) const {
    const double none = std::numeric_limits<double>::quiet_NaN();
    if (!frame_ || edge < 0 || edge >= static_cast<int>(topology_.edges.size()))
        return none;
    const TopologyEdge& e = topology_.edges[static_cast<size_t>(edge)];
    if (e.kind != EdgeKind::Recurrent)
        return none;
    const TopologyNode& from = topology_.nodes[static_cast<size_t>(e.from)];
    const size_t l = static_cast<size_t>(from.layer - 1), t = static_cast<size_t>(from.time - 1);
    if (l >= frame_->grad_norm.size() || t >= frame_->grad_norm[l].size())
        return none;
    return frame_->grad_norm[l][t];
}

QColor DiagramView::nodeColor(int node) const {
    return node >= 0 && node < static_cast<int>(node_colours_.size())
               ? node_colours_[static_cast<size_t>(node)]
               : QColor();
}

QColor DiagramView::edgeGradientColor(int edge) const {
    return edge >= 0 && edge < static_cast<int>(edge_colours_.size())
               ? edge_colours_[static_cast<size_t>(edge)]
               : QColor();
}

void DiagramView::recolour() {
    // Scales fitted to the frame: magnitude linear from 0, gradients on a log scale (they span
    // decades, and vanishing is the point).
    node_colours_.assign(topology_.nodes.size(), QColor(236, 236, 236));
    edge_colours_.assign(topology_.edges.size(), QColor());
    if (!frame_)
        return;
    rms_max_ = 1e-12;
    for (size_t i = 0; i < topology_.nodes.size(); ++i) {
        const double v = nodeValue(static_cast<int>(i));
        if (std::isfinite(v))
            rms_max_ = std::max(rms_max_, v);
    }
    grad_lo_ = std::numeric_limits<double>::infinity();
    grad_hi_ = -grad_lo_;
    for (size_t i = 0; i < topology_.edges.size(); ++i) {
        const double g = edgeGradient(static_cast<int>(i));
        if (std::isfinite(g) && g > 0) {
            grad_lo_ = std::min(grad_lo_, std::log10(g));
            grad_hi_ = std::max(grad_hi_, std::log10(g));
        }
    }
    for (size_t i = 0; i < topology_.nodes.size(); ++i) {
        const double v = nodeValue(static_cast<int>(i));
        if (std::isfinite(v))
            node_colours_[i] = interpolate(kMagnitude, v / rms_max_);
    }
    const double span = std::max(grad_hi_ - grad_lo_, 1e-9);
    for (size_t i = 0; i < topology_.edges.size(); ++i) {
        const double g = edgeGradient(static_cast<int>(i));
        if (std::isfinite(g))
            edge_colours_[i] =
                interpolate(kGradient, g > 0 ? (std::log10(g) - grad_lo_) / span : 0.0);
    }
}

QColor DiagramView::weightColor(const std::string& id) const {
    static const QColor recurrent[] = {
        {255, 127, 14}, {214, 39, 40}, {140, 86, 75}, {227, 119, 194}};
    static const QColor input[] = {
        {148, 103, 189}, {23, 190, 207}, {188, 189, 34}, {127, 127, 127}};
    const TopologyWeight* w = topology_.weight(id);
    if (!w)
        return Qt::black;
    if (w->role == "embedding")
        return QColor(44, 160, 44);
    if (w->role == "output")
        return QColor(31, 119, 180);
    const int l = std::max(0, w->layer - 1) % 4;
    return w->role == "recurrent" ? recurrent[l] : input[l];
}

QString DiagramView::tokenText(int index) const {
    if (index >= 0 && index < static_cast<int>(vocab_.size()))
        return QString::fromStdString(vocab_[static_cast<size_t>(index)]);
    return QStringLiteral("#%1").arg(index);
}

void DiagramView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    render(p, rect());
}

void DiagramView::render(QPainter& p, const QRectF& rect) const {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect, Qt::white);
    if (topology_.nodes.empty()) {
        p.restore();
        return;
    }
    QFont base = p.font();
    base.setPointSizeF(9);
    p.setFont(base);
    const QRectF title(rect.left() + 8, rect.top(), rect.width() - 16, kTitleHeight);
    QFont bold = base;
    bold.setBold(true);
    p.setFont(bold);
    const QString form = unrolled_ >= 0.5 ? tr("unrolled over %1 tokens").arg(topology_.time_steps)
                                          : tr("rolled: one cell, applied to every token");
    QString heading = QStringLiteral("%1 — %2").arg(QString::fromStdString(topology_.title), form);
    if (frame_)
        heading += tr("   (probe at step %1)").arg(frame_->step);
    p.drawText(title, Qt::AlignLeft | Qt::AlignVCenter, heading);
    p.setFont(base);

    QRectF area = rect.adjusted(12, kTitleHeight + 8, -12, -kLegendHeight - 8);
    if (cell_open_) {
        drawCell(p, QRectF(area.right() - kCellWidth, area.top(), kCellWidth, area.height()));
        area.setRight(area.right() - kCellWidth - 12);
    }
    if (topology_.tied)
        area.setRight(area.right() - 60);  // room for the tying link
    const DiagramLayout layout(topology_, area, unrolled_);
    drawEdges(p, layout);
    if (frame_)
        drawBackward(p, layout);
    drawNodes(p, layout);
    if (topology_.tied)
        drawTie(p, layout, area);
    drawLegend(p, QRectF(rect.left() + 8, rect.bottom() - kLegendHeight, rect.width() - 16,
                         kLegendHeight - 4));
    p.restore();
}

void DiagramView::drawEdges(QPainter& p, const DiagramLayout& layout) const {
    const double r = layout.radius();
    std::vector<bool> looped(static_cast<size_t>(topology_.layers + 1), false);
    for (size_t i = 0; i < topology_.edges.size(); ++i) {
        const TopologyEdge& e = topology_.edges[i];
        double opacity = std::min(layout.opacity(e.from), layout.opacity(e.to));
        const TopologyNode& to = topology_.nodes[static_cast<size_t>(e.to)];
        // Rolled, every step's node sits in one place, so the carried state meets the cell
        // whichever step it is wired to.
        if (e.kind == EdgeKind::CarryIn)
            opacity = layout.opacity(e.from);
        else if (e.kind == EdgeKind::CarryOut)
            opacity = layout.opacity(e.to);
        if (e.kind == EdgeKind::Recurrent) {
            // Rolled, the recurrence is one loop on the cell, labelled with its one matrix.
            if (layout.unrolled() < 1.0 && !looped[static_cast<size_t>(to.layer)]) {
                looped[static_cast<size_t>(to.layer)] = true;
                const QPointF c = layout.position(
                    topology_.node(NodeKind::Hidden, to.layer, topology_.time_steps));
                QColor colour = weightColor(e.weights.back());
                colour.setAlphaF(1.0 - layout.unrolled());
                p.setPen(QPen(colour, 2.2));
                p.setBrush(Qt::NoBrush);
                const QRectF loop(c.x() + r * 0.4, c.y() - r * 1.9, r * 2.4, r * 1.9);
                p.drawArc(loop, -60 * 16, 300 * 16);
                arrowHead(p, c + QPointF(r * 1.9, -r * 0.2), c + QPointF(r * 0.95, -r * 0.25), 7);
                p.drawText(QPointF(loop.right() + 4, loop.center().y()),
                           QString::fromStdString(topology_.weight(e.weights.back())->label));
            }
            opacity *= layout.unrolled();
        }
        if (opacity < 0.02)
            continue;
        const QPointF a = layout.position(e.from), b = layout.position(e.to);
        // Where an arrow leaves or meets a node: a circle's radius, a token box's half height,
        // or (across) a carried-state box's half width, so that no arrow or its label runs
        // under the box.
        const bool across = std::abs(b.x() - a.x()) > 2 * std::abs(b.y() - a.y());
        const auto outline = [&](NodeKind kind) {
            if (kind == NodeKind::Hidden)
                return r;
            const bool state = kind == NodeKind::StateIn || kind == NodeKind::StateOut;
            return state && across ? layout.stateBoxWidth() / 2 : r * 0.95;
        };
        const auto [s, t] = trimmed(
            a, b, outline(topology_.nodes[static_cast<size_t>(e.from)].kind), outline(to.kind));
        QColor colour = e.weights.empty() ? QColor(90, 90, 90) : weightColor(e.weights.back());
        colour.setAlphaF(opacity);
        QPen pen(colour, 2.0);
        if (e.kind == EdgeKind::CarryIn || e.kind == EdgeKind::CarryOut)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.drawLine(s, t);
        arrowHead(p, s, t, 8);
        const QPointF mid = (s + t) / 2;
        // Weight labels: every arrow names its matrix, so a shared one reads the same everywhere.
        if (!e.weights.empty() && layout.columnWidth() > 60) {
            QStringList labels;
            for (const std::string& w : e.weights)
                labels << QString::fromStdString(topology_.weight(w)->label);
            QFont f = p.font();
            f.setPointSizeF(7.5);
            p.save();
            p.setFont(f);
            const bool vertical = std::abs(t.x() - s.x()) < std::abs(t.y() - s.y());
            const QString label = labels.join(QStringLiteral("·"));
            const double width = QFontMetricsF(f).horizontalAdvance(label);
            const QPointF at = vertical ? mid + QPointF(5, 3) : mid + QPointF(-width / 2, -5);
            // An arrow too short for its name (a narrow window) goes without: the legend
            // below names every colour.
            if (vertical || width + 8 <= std::hypot(t.x() - s.x(), t.y() - s.y()))
                p.drawText(at, label);
            p.restore();
        }
        for (size_t k = 0; k < e.dropouts.size(); ++k) {
            // A dropout point: a dotted ring on the arrow it thins.
            const QPointF d = s + (t - s) * (0.3 + 0.15 * static_cast<double>(k));
            p.save();
            p.setPen(QPen(QColor(60, 60, 60, static_cast<int>(255 * opacity)), 1.3, Qt::DotLine));
            p.setBrush(QColor(255, 255, 255, static_cast<int>(230 * opacity)));
            p.drawEllipse(d, 5.5, 5.5);
            p.drawLine(d + QPointF(-3.5, 3.5), d + QPointF(3.5, -3.5));
            p.restore();
        }
        if (e.detached) {
            // The truncated-BPTT cut: gradients stop at this line.
            p.save();
            p.setPen(QPen(QColor(200, 0, 0, static_cast<int>(255 * opacity)), 1.6, Qt::DashLine));
            const QPointF cut = s + (t - s) * 0.55;
            p.drawLine(cut + QPointF(0, -r * 1.3), cut + QPointF(0, r * 1.3));
            // Over the cut, but not over the box the state comes from.
            const double x = std::max(cut.x() - 14, std::min(s.x(), t.x()) + 2);
            p.drawText(QPointF(x, cut.y() - r * 1.4), QStringLiteral("✂ detach"));
            p.restore();
        }
    }
}

void DiagramView::drawBackward(QPainter& p, const DiagramLayout& layout) const {
    const double r = layout.radius();
    for (size_t i = 0; i < topology_.edges.size(); ++i) {
        const TopologyEdge& e = topology_.edges[i];
        if (e.kind != EdgeKind::Recurrent || !edge_colours_[i].isValid())
            continue;
        const double opacity =
            std::min(layout.opacity(e.from), layout.opacity(e.to)) * layout.unrolled();
        if (opacity < 0.02)
            continue;
        // ∂L/∂h_{t-1}: drawn under the forward arrow, pointing back in time.
        const QPointF a = layout.position(e.to) + QPointF(-r * 0.7, r * 0.75);
        const QPointF b = layout.position(e.from) + QPointF(r * 0.7, r * 0.75);
        QPainterPath path(a);
        path.quadTo((a + b) / 2 + QPointF(0, r * 0.8), b);
        QColor colour = edge_colours_[i];
        colour.setAlphaF(opacity);
        p.setPen(QPen(colour, 3.2, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        arrowHead(p, path.pointAtPercent(0.9), b, 7);
    }
}

void DiagramView::drawNodes(QPainter& p, const DiagramLayout& layout) const {
    const double r = layout.radius();
    const double box_w = std::min(layout.columnWidth() * 0.86, 96.0);
    const bool every = topology_.every_token;
    for (size_t i = 0; i < topology_.nodes.size(); ++i) {
        const TopologyNode& n = topology_.nodes[i];
        const double opacity = layout.opacity(static_cast<int>(i));
        if (opacity < 0.02)
            continue;
        const QPointF c = layout.position(static_cast<int>(i));
        p.save();
        p.setOpacity(opacity);
        switch (n.kind) {
            case NodeKind::Hidden: {
                const QColor fill = node_colours_[i];
                p.setPen(QPen(QColor(40, 40, 40), 1.4));
                p.setBrush(fill);
                p.drawEllipse(c, r, r);
                p.setPen(fill.lightnessF() < 0.5 ? Qt::white : Qt::black);
                const QString label = layout.unrolled() < 0.5
                                          ? QStringLiteral("h")
                                          : QStringLiteral("h%1").arg(subscript(n.time));
                p.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt::AlignCenter, label);
                break;
            }
            case NodeKind::Input: {
                const QRectF box(c.x() - box_w / 2, c.y() - r * 0.95, box_w, r * 1.9);
                p.setPen(QPen(QColor(44, 160, 44), 1.4));
                p.setBrush(QColor(235, 247, 235));
                p.drawRoundedRect(box, 5, 5);
                p.setPen(Qt::black);
                QString text = QStringLiteral("x%1").arg(subscript(n.time));
                if (frame_ && n.time - 1 < static_cast<int>(frame_->inputs.size()))
                    text = tokenText(frame_->inputs[static_cast<size_t>(n.time - 1)]);
                else if (layout.unrolled() < 0.5)
                    text = QStringLiteral("x_t");
                drawFittedText(p, box.adjusted(2, 0, -2, 0), Qt::AlignCenter, {text});
                break;
            }
            case NodeKind::Output: {
                const QRectF box(c.x() - box_w / 2, c.y() - r * 0.95, box_w, r * 1.9);
                QString predicted = QStringLiteral("ŷ%1").arg(subscript(n.time));
                QString target;
                QColor border(31, 119, 180);
                if (frame_) {
                    const size_t k = every ? static_cast<size_t>(n.time - 1) : 0;
                    if (k < frame_->predictions.size() && k < frame_->targets.size()) {
                        predicted = tokenText(frame_->predictions[k]);
                        target = tokenText(frame_->targets[k]);
                        border = frame_->predictions[k] == frame_->targets[k] ? QColor(30, 150, 30)
                                                                              : QColor(200, 30, 30);
                    }
                }
                p.setPen(QPen(border, frame_ ? 2.2 : 1.4));
                p.setBrush(QColor(234, 242, 250));
                p.drawRoundedRect(box, 5, 5);
                p.setPen(Qt::black);
                drawFittedText(p, box.adjusted(2, 0, -2, 0), Qt::AlignCenter, {predicted});
                if (!target.isEmpty()) {
                    QFont f = p.font();
                    f.setPointSizeF(7.5);
                    p.setFont(f);
                    p.setPen(QColor(90, 90, 90));
                    // Over its own box only: a wider label would run into the next column's.
                    drawFittedText(p, QRectF(box.left() - 2, box.top() - 16, box.width() + 4, 14),
                                   Qt::AlignCenter, {tr("target: %1").arg(target), target});
                }
                break;
            }
            case NodeKind::StateIn:
            case NodeKind::StateOut: {
                const bool in = n.kind == NodeKind::StateIn;
                // Three short lines when the box is narrow.
                const double w = layout.stateBoxWidth(), h = std::max(r * 2.2, 38.0);
                const QRectF box(c.x() - w / 2, c.y() - h / 2, w, h);
                p.setPen(QPen(QColor(120, 120, 120), 1.2, Qt::DashLine));
                p.setBrush(QColor(248, 248, 248));
                p.drawRoundedRect(box, 5, 5);
                p.setPen(QColor(60, 60, 60));
                QFont f = p.font();
                f.setPointSizeF(7.5);
                p.setFont(f);
                drawFittedText(p, box.adjusted(3, 1, -3, -1), Qt::AlignCenter | Qt::TextWordWrap,
                               {in ? tr("layer %1 state from the last batch").arg(n.layer)
                                   : tr("layer %1 state to the next batch").arg(n.layer)},
                               0.7);
                break;
            }
        }
        p.restore();
    }
    // The elided middle of a long sequence.
    if (topology_.time_steps > DiagramLayout::kMaxColumns && layout.unrolled() > 0.5) {
        p.save();
        p.setOpacity((layout.unrolled() - 0.5) * 2);
        QFont f = p.font();
        f.setPointSizeF(14);
        p.setFont(f);
        p.setPen(QColor(100, 100, 100));
        for (int row = 0; row < layout.rows(); ++row) {
            if (row == 0 && !every)
                continue;
            const QPointF e = layout.ellipsis(row);
            p.drawText(QRectF(e.x() - 30, e.y() - 12, 60, 24), Qt::AlignCenter,
                       QStringLiteral("…"));
        }
        p.restore();
    }
}

void DiagramView::drawTie(QPainter& p, const DiagramLayout& layout, const QRectF& area) const {
    const double x = area.right() + 30;
    const double y_in = layout.rowY(layout.rows() - 1), y_out = layout.rowY(0);
    QPainterPath path(QPointF(x - 24, y_in));
    path.cubicTo(QPointF(x + 18, y_in), QPointF(x + 18, y_out), QPointF(x - 24, y_out));
    QLinearGradient g(QPointF(x, y_in), QPointF(x, y_out));
    g.setColorAt(0, weightColor("i_h"));
    g.setColorAt(1, weightColor("h_o"));
    p.setPen(QPen(QBrush(g), 2.2, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.save();
    p.translate(x + 26, (y_in + y_out) / 2);
    p.rotate(-90);
    p.setPen(QColor(60, 60, 60));
    p.drawText(QRectF(-90, -8, 180, 16), Qt::AlignCenter, tr("tied: h_o = i_hᵀ"));
    p.restore();
}

void DiagramView::drawCell(QPainter& p, const QRectF& box) const {
    p.save();
    p.setPen(QPen(QColor(150, 150, 150), 1));
    p.setBrush(QColor(250, 250, 252));
    p.drawRoundedRect(box, 8, 8);
    QFont bold = p.font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(Qt::black);
    const QString kind = topology_.cell == Topology::Cell::LSTM  ? tr("LSTM cell")
                         : topology_.cell == Topology::Cell::GRU ? tr("GRU cell")
                         : topology_.cell == Topology::Cell::Tanh
                             ? tr("tanh RNN cell")
                             : tr("ReLU cell (the chapter's h_h)");
    drawFittedText(p, QRectF(box.left() + 10, box.top() + 6, box.width() - 20, 20),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   {tr("%1, layer %2").arg(kind).arg(cell_layer_)});
    QFont small = p.font();
    small.setBold(false);
    small.setPointSizeF(8);
    p.setFont(small);
    double y = box.top() + 34;
    if (topology_.cell == Topology::Cell::LSTM) {
        // The cell-state path: c runs straight through, changed only by × f and + i⊙g.
        const double left = box.left() + 16, right = box.right() - 16;
        p.setPen(QPen(QColor(44, 100, 160), 3));
        p.drawLine(QPointF(left, y + 8), QPointF(right, y + 8));
        arrowHead(p, QPointF(right - 10, y + 8), QPointF(right, y + 8), 8);
        p.setPen(Qt::black);
        p.setBrush(Qt::white);
        const double x1 = left + (right - left) * 0.35, x2 = left + (right - left) * 0.65;
        for (const auto& [x, sym] : {std::pair<double, QString>{x1, QStringLiteral("×f")},
                                     {x2, QStringLiteral("+ i⊙g")}}) {
            p.drawEllipse(QPointF(x, y + 8), 9, 9);
            p.drawText(QPointF(x - 8, y - 4), sym);
        }
        p.drawText(QPointF(left, y + 24), QStringLiteral("c_{t-1}"));
        p.drawText(QPointF(right - 26, y + 24), QStringLiteral("c_t"));
        y += 38;
    }
    // The gates, tinted by the share of their values in saturation (where the derivative of
    // σ or tanh is nearly zero and no gradient passes).
    const int n = static_cast<int>(topology_.gates.size());
    if (n > 0) {
        const double w = (box.width() - 20 - (n - 1) * 6) / n;
        for (int i = 0; i < n; ++i) {
            const CellGate& g = topology_.gates[static_cast<size_t>(i)];
            double saturated = -1;
            if (frame_)
                for (const GateSaturation& s : frame_->gates)
                    if (s.layer == cell_layer_ && s.gate == g.name)
                        saturated = s.saturated;
            const QRectF gate(box.left() + 10 + i * (w + 6), y, w, 54);
            p.setPen(QPen(QColor(80, 80, 80), 1));
            p.setBrush(saturated < 0 ? QColor(240, 240, 240)
                                     : interpolate(kGradient, saturated * 0.8));
            p.drawRoundedRect(gate, 4, 4);
            p.setPen(Qt::black);
            drawFittedText(
                p, QRectF(gate.left() + 2, gate.top() + 2, gate.width() - 4, 32),
                Qt::AlignHCenter | Qt::AlignTop,
                {QStringLiteral("%1\n%2").arg(
                    QString::fromStdString(g.name),
                    g.function == "sigmoid" ? QStringLiteral("σ") : QStringLiteral("tanh"))});
            if (saturated >= 0) {
                const QString share = fixedNumber(saturated * 100, 0);
                drawFittedText(p, QRectF(gate.left() + 2, gate.bottom() - 18, gate.width() - 4, 16),
                               Qt::AlignHCenter | Qt::AlignVCenter,
                               {tr("%1% sat.").arg(share), share + QStringLiteral(" %")});
            }
        }
        y += 64;
        for (const CellGate& g : topology_.gates) {
            drawFittedText(p, QRectF(box.left() + 12, y - 12, box.width() - 24, 15),
                           Qt::AlignLeft | Qt::AlignVCenter, {QString::fromStdString(g.formula)});
            y += 15;
        }
    }
    y += 6;
    bold.setPointSizeF(8.5);
    p.setFont(bold);
    for (const std::string& eq : topology_.cell_equations) {
        drawFittedText(p, QRectF(box.left() + 12, y - 12, box.width() - 24, 16),
                       Qt::AlignLeft | Qt::AlignVCenter, {QString::fromStdString(eq)});
        y += 16;
    }
    p.setFont(small);
    p.setPen(QColor(90, 90, 90));
    drawFittedText(
        p, QRectF(box.left() + 12, y + 4, box.width() - 24, box.bottom() - y - 10),
        Qt::TextWordWrap,
        {n > 0 ? tr("Gate colour: the share of its values saturated (σ below 0.05 or above "
                    "0.95, tanh beyond ±0.95) in the probe batch.")
               : tr("The same weights at every token: the loop of the rolled form.")});
    p.restore();
}

void DiagramView::drawLegend(QPainter& p, const QRectF& box) const {
    p.save();
    QFont f = p.font();
    f.setPointSizeF(8);
    p.setFont(f);
    double x = box.left();
    const double y = box.top() + 12;
    for (const TopologyWeight& w : topology_.weights) {
        const QString label = QString::fromStdString(w.label);
        p.setPen(QPen(weightColor(w.id), 3));
        p.drawLine(QPointF(x, y), QPointF(x + 18, y));
        p.setPen(Qt::black);
        p.drawText(QPointF(x + 22, y + 4), label);
        x += 30 + p.fontMetrics().horizontalAdvance(label) + 6;
    }
    // Second row: dropout and the truncated-BPTT cut.
    x = box.left();
    const double y2 = y + 18;
    if (!topology_.dropouts.empty()) {
        p.setPen(QPen(QColor(60, 60, 60), 1.3, Qt::DotLine));
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(x + 6, y2), 5.5, 5.5);
        p.setPen(Qt::black);
        QStringList ds;
        for (const DropoutPoint& d : topology_.dropouts)
            ds << QStringLiteral("%1 %2").arg(QString::fromStdString(d.key)).arg(d.p);
        const QString text = tr("dropout (%1)").arg(ds.join(QStringLiteral(", ")));
        p.drawText(QPointF(x + 16, y2 + 4), text);
        x += 26 + p.fontMetrics().horizontalAdvance(text);
    }
    if (topology_.stateful) {
        p.setPen(QColor(200, 0, 0));
        const QString text = tr("✂ detach: the state carries on, its gradient stops");
        p.drawText(QPointF(x + 6, y2 + 4), text);
    }
    // Colour scales of the live frame.
    const double bar_y = box.top() + 44;
    // A colour bar with its ends' values and its name after it; returns where the name ends.
    // `room_right`: where the name must stop (it shrinks, then is cut with "…", to stay inside).
    auto bar = [&](double left, double room_right, const std::vector<Stop>& stops,
                   const QString& name, const QString& lo, const QString& hi) {
        const double w = 140;
        for (int i = 0; i < static_cast<int>(w); ++i) {
            p.setPen(interpolate(stops, i / w));
            p.drawLine(QPointF(left + i, bar_y), QPointF(left + i, bar_y + 10));
        }
        p.setPen(Qt::black);
        p.drawText(QPointF(left, bar_y + 23), lo);
        p.drawText(QRectF(left, bar_y + 12, w, 14), Qt::AlignRight, hi);
        const QRectF label(left + w + 8, bar_y - 4, std::max(0.0, room_right - left - w - 8), 16);
        drawFittedText(p, label, Qt::AlignLeft | Qt::AlignVCenter, {name});
        return std::min(room_right, label.left() + QFontMetricsF(p.font()).horizontalAdvance(name));
    };
    if (frame_) {
        const bool gradients = std::isfinite(grad_lo_);
        // The second bar after the first one's name (German and French names run long), at the
        // earliest where English puts it.
        const double first_room = gradients ? box.right() - 320 : box.right();
        const double end =
            bar(box.left(), first_room, kMagnitude, tr("hidden state RMS (node fill)"),
                QStringLiteral("0"), significantNumber(rms_max_, 3));
        if (gradients)
            bar(std::max(box.left() + 380, end + 24), box.right(), kGradient,
                tr("‖∂L/∂h_t‖ flowing back (lower arrows, log)"),
                significantNumber(std::pow(10.0, grad_lo_), 2),
                significantNumber(std::pow(10.0, grad_hi_), 2));
    } else {
        p.setPen(QColor(110, 110, 110));
        drawFittedText(p, QRectF(box.left(), bar_y - 4, box.width(), 30),
                       Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                       {tr("Start training: the first probe colours the nodes by their magnitude "
                           "and the backward arrows by the gradient.")});
    }
    p.restore();
}

bool DiagramView::exportImage(const QString& path, QSize size, QString* error) const {
    if (!size.isValid())
        size = this->size().expandedTo(QSize(900, 520));
    const QString suffix = QFileInfo(path).suffix().toLower();
    QString problem;
    if (suffix == QLatin1String("svg")) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(QString::fromStdString(topology_.title));
        QPainter p;
        if (p.begin(&svg)) {
            render(p, QRectF(QPointF(0, 0), size));
            p.end();
            problem = saveBytes(path, bytes);
        } else {
            problem = tr("the SVG could not be drawn");
        }
    } else {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            render(p, QRectF(QPointF(0, 0), size));
        }
        problem = saveImage(image, path);
    }
    if (error)
        *error = problem;
    return problem.isEmpty();
}

}  // namespace unroll
