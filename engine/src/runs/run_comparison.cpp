#include "unroll/run_comparison.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace unroll {

std::vector<CurvePoint> curveOf(const RunSeries& run, CompareMetric metric, CompareAxis axis) {
    std::vector<CurvePoint> out;
    const auto add = [&](double x, double y) {
        if (std::isfinite(x) && std::isfinite(y))
            out.push_back({x, y});
    };
    const double per_epoch = std::max(1, run.batches_per_epoch);
    switch (metric) {
        case CompareMetric::TrainLoss:
        case CompareMetric::GradNorm:
            for (const RunStepPoint& s : run.steps) {
                const double x = axis == CompareAxis::Step ? static_cast<double>(s.step)
                                 : axis == CompareAxis::Epoch
                                     ? static_cast<double>(s.step) / per_epoch
                                     : s.time;
                add(x, metric == CompareMetric::TrainLoss ? s.smooth_loss : s.grad_norm);
            }
            break;
        case CompareMetric::ValidLoss:
        case CompareMetric::Accuracy:
            for (const RunEpochPoint& e : run.epochs) {
                const double x = axis == CompareAxis::Step    ? static_cast<double>(e.step)
                                 : axis == CompareAxis::Epoch ? e.epoch + 1.0
                                                              : e.time;
                add(x, metric == CompareMetric::ValidLoss ? e.valid_loss : e.accuracy);
            }
            break;
        case CompareMetric::GradFlow:
            if (!run.grad_flow.empty())
                for (size_t t = 0; t < run.grad_flow[0].size(); ++t)
                    add(static_cast<double>(t + 1), run.grad_flow[0][t]);
            break;
    }
    // Steps come in order; a resumed log may repeat x, which stays (stable) in order.
    std::stable_sort(out.begin(), out.end(),
                     [](const CurvePoint& a, const CurvePoint& b) { return a.x < b.x; });
    return out;
}

AlignedCurves alignCurves(const std::vector<std::vector<CurvePoint>>& curves) {
    AlignedCurves a;
    for (const auto& curve : curves)
        for (const CurvePoint& p : curve)
            a.x.push_back(p.x);
    std::sort(a.x.begin(), a.x.end());
    a.x.erase(std::unique(a.x.begin(), a.x.end()), a.x.end());
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (const auto& curve : curves) {
        std::vector<double> column(a.x.size(), nan);
        for (const CurvePoint& p : curve) {
            const auto at = std::lower_bound(a.x.begin(), a.x.end(), p.x) - a.x.begin();
            column[static_cast<size_t>(at)] = p.y;  // the last point at an x wins
        }
        a.y.push_back(std::move(column));
    }
    return a;
}

std::string axisName(CompareMetric metric, CompareAxis axis) {
    if (metric == CompareMetric::GradFlow)
        return "time step";
    return axis == CompareAxis::Step ? "step" : axis == CompareAxis::Epoch ? "epoch" : "time (s)";
}

std::string metricName(CompareMetric metric) {
    switch (metric) {
        case CompareMetric::TrainLoss:
            return "train loss (smoothed)";
        case CompareMetric::ValidLoss:
            return "valid loss";
        case CompareMetric::Accuracy:
            return "accuracy";
        case CompareMetric::GradNorm:
            return "gradient norm";
        case CompareMetric::GradFlow:
            return "gradient flow through time";
    }
    return "";
}

}  // namespace unroll
