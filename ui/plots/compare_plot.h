// Several runs' curves of one metric on shared axes (x by step, epoch or training time). Its CSV
// is the aligned table (unroll/run_comparison.h): one row per x, one column per run.
#pragma once

#include <vector>

#include "plots/plot_panel.h"
#include "unroll/run_comparison.h"

class QCPItemText;

namespace unroll {

class ComparePlot : public PlotPanel {
    Q_OBJECT

public:
    explicit ComparePlot(QWidget* parent = nullptr);

    struct Curve {
        QString name;
        int color = 0;  // palette index: a run keeps its colour as others come and go
        std::vector<CurvePoint> points;
    };
    // Replaces what is drawn; keeps the person's zoom unless the metric or axis changed.
    void setCurves(CompareMetric metric, CompareAxis axis, std::vector<Curve> curves);
    CompareMetric metric() const { return metric_; }
    CompareAxis axis() const { return axis_; }
    QString csv() const override;
    // The colour of palette entry `index`, as the curves use it (for tables beside the plot).
    static QColor paletteColorOf(int index) { return paletteColor(index); }
    // The hint an empty comparison shows (what to do to fill it), or "" when curves are drawn.
    QString hint() const;

private:
    QCPItemText* hint_ = nullptr;
    CompareMetric metric_ = CompareMetric::ValidLoss;
    CompareAxis axis_ = CompareAxis::Epoch;
    std::vector<Curve> curves_;
};

}  // namespace unroll
