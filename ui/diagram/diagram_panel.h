// The diagram tab: the DiagramView with its controls — rolled/unrolled, open the cell (and which
// layer's), a slider through the recent probe frames, export to SVG and PNG.
#pragma once

#include <QWidget>

#include <deque>

#include "controller/snapshot_view.h"

class QCheckBox;
class QLabel;
class QSlider;
class QSpinBox;
class QToolButton;

namespace unroll {

class DiagramView;

class DiagramPanel : public QWidget, public SnapshotView {
    Q_OBJECT

public:
    static constexpr int kFramesKept = 60;

    explicit DiagramPanel(QWidget* parent = nullptr);
    DiagramView* view() const { return view_; }
    // Draws a configuration's model while no run is going (as the form changes).
    void showConfig(const Config& config);
    void setSession(const SessionInfo& info) override;
    void consume(const SnapshotBuffer::Drained& batch) override;
    int frames() const { return static_cast<int>(frames_.size()); }
    // Shows the frame `index` (0: oldest kept); the slider's end follows new frames.
    void showFrame(int index);
    void setUnrolled(bool unrolled, bool animate = true);
    void setCellOpen(bool open);

private:
    void updateSlider();

    DiagramView* view_ = nullptr;
    QToolButton* unrolled_ = nullptr;
    QCheckBox* cell_ = nullptr;
    QSpinBox* cell_layer_ = nullptr;
    QSlider* slider_ = nullptr;
    QLabel* frame_label_ = nullptr;
    std::deque<ProbeFrame> frames_;
    bool follow_latest_ = true;
};

}  // namespace unroll
