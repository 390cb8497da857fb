#include "diagram/diagram_layout.h"

#include <algorithm>

namespace unroll {

namespace {

QPointF lerp(const QPointF& a, const QPointF& b, double t) {
    return a + (b - a) * t;
}

}  // namespace

DiagramLayout::DiagramLayout(const Topology& t, const QRectF& area, double unrolled)
    : area_(area), unrolled_(std::clamp(unrolled, 0.0, 1.0)), time_steps_(t.time_steps) {
    const int T = t.time_steps;
    if (T <= kMaxColumns) {
        for (int i = 1; i <= T; ++i)
            shown_.push_back(i);
    } else {
        shown_ = {1, 2, 3, 0, T - 2, T - 1, T};
    }
    rows_ = t.layers + 2;
    // Room on the left and right for the state carried between batches.
    const double side = t.stateful ? std::min(110.0, area.width() * 0.14) : 20.0;
    const double inner = area.width() - 2 * side;
    column_width_ = inner / static_cast<double>(shown_.size());
    state_box_width_ = std::min(92.0, side * 0.9);  // centred at 0.45 of the side
    row_height_ = area.height() / rows_;
    radius_ = std::clamp(std::min(column_width_, row_height_) * 0.2, 9.0, 24.0);

    const double center = area.left() + area.width() / 2;
    for (const TopologyNode& n : t.nodes) {
        int row = 0;
        switch (n.kind) {
            case NodeKind::Output:
                row = 0;
                break;
            case NodeKind::Input:
                row = rows_ - 1;
                break;
            default:
                row = t.layers - n.layer + 1;
        }
        const double y = rowY(row);
        QPointF rolled(center, y), open(center, y);
        double visible_unrolled = 1.0, visible_rolled = 1.0;
        if (n.kind == NodeKind::StateIn || n.kind == NodeKind::StateOut) {
            const double x = n.kind == NodeKind::StateIn ? area.left() + side * 0.45
                                                         : area.right() - side * 0.45;
            // Rolled: beside the one cell, below its loop.
            rolled = QPointF(
                n.kind == NodeKind::StateIn ? center - 6.0 * radius_ : center + 6.0 * radius_,
                y + 1.8 * radius_);
            open = QPointF(x, y);
        } else {
            const int c = column(n.time);
            if (c < 0) {
                visible_unrolled = 0.0;  // elided: sits on the ellipsis
                open = QPointF(area.left() + side + 3.5 * column_width_, y);
            } else {
                open = QPointF(area.left() + side + (c + 0.5) * column_width_, y);
            }
            // Rolled, every step is the same node: the last one stands for all.
            visible_rolled = n.time == T ? 1.0 : 0.0;
        }
        positions_.push_back(lerp(rolled, open, unrolled_));
        opacity_.push_back(visible_rolled + (visible_unrolled - visible_rolled) * unrolled_);
    }
}

int DiagramLayout::column(int time) const {
    for (size_t i = 0; i < shown_.size(); ++i)
        if (shown_[i] == time)
            return static_cast<int>(i);
    return -1;
}

bool DiagramLayout::elided(int time) const {
    return column(time) < 0;
}

double DiagramLayout::rowY(int row) const {
    return area_.top() + (row + 0.5) * row_height_;
}

QPointF DiagramLayout::ellipsis(int row) const {
    for (size_t i = 0; i < shown_.size(); ++i)
        if (shown_[i] == 0) {
            const double side = (area_.width() - column_width_ * shown_.size()) / 2;
            return QPointF(area_.left() + side + (i + 0.5) * column_width_, rowY(row));
        }
    return QPointF();
}

}  // namespace unroll
