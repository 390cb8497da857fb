// Gate saturation from the probe frames: the share of each gate's values where its derivative is
// nearly zero (sigmoid below 0.05 or above 0.95, tanh beyond ±0.95). Saturated gates pass no
// gradient; for a plain RNN the tanh of the hidden state is shown the same way.
#pragma once

#include <QMap>

#include "controller/snapshot_view.h"
#include "plots/plot_panel.h"

namespace unroll {

class GatePlot : public PlotPanel, public SnapshotView {
    Q_OBJECT

public:
    explicit GatePlot(QWidget* parent = nullptr);
    void setSession(const SessionInfo& info) override;
    void consume(const SnapshotBuffer::Drained& batch) override;

private:
    QMap<QString, int> series_of_;
    QMap<QString, int> color_of_;
};

}  // namespace unroll
