// Where the diagram puts each node, for the rolled form (every time step folded onto one column,
// the loop drawn as an arc) and the unrolled form (one column per time step, the middle elided
// when the sequence is long), and anywhere in between while the toggle animates.
#pragma once

#include <QPointF>
#include <QRectF>

#include <vector>

#include "unroll/topology.h"

namespace unroll {

class DiagramLayout {
public:
    static constexpr int kMaxColumns = 7;  // longer sequences show 1, 2, 3, …, T-2, T-1, T

    DiagramLayout(const Topology& topology, const QRectF& area, double unrolled);

    QPointF position(int node) const { return positions_[static_cast<size_t>(node)]; }
    // 0 (hidden) .. 1: elided time steps vanish; in the rolled form only the last step shows.
    double opacity(int node) const { return opacity_[static_cast<size_t>(node)]; }
    double radius() const { return radius_; }
    double unrolled() const { return unrolled_; }
    bool elided(int time) const;  // this time step is not drawn in the unrolled form
    // Where the "…" of an elided sequence sits (unrolled form), or a null point.
    QPointF ellipsis(int row) const;
    double rowY(int row) const;  // row 0: outputs, 1..L: layers from the top, L+1: inputs
    int rows() const { return rows_; }
    double columnWidth() const { return column_width_; }
    // The box of the state carried between batches: inside the room beside the columns, so
    // that it neither leaves the diagram nor covers the first step's node and arrows.
    double stateBoxWidth() const { return state_box_width_; }

private:
    int column(int time) const;  // unrolled column of a time step
    std::vector<QPointF> positions_;
    std::vector<double> opacity_;
    std::vector<int> shown_;  // time steps drawn, in column order (0 marks the ellipsis)
    QRectF area_;
    double unrolled_ = 1.0;
    double radius_ = 16.0;
    double column_width_ = 0.0;
    double state_box_width_ = 0.0;
    double row_height_ = 0.0;
    int rows_ = 3;
    int time_steps_ = 0;
};

}  // namespace unroll
