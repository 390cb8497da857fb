// Comparing runs: one metric of several run logs as curves on a shared x axis (step, epoch or
// training time), and those curves aligned into one table — a row per x that any run has, a
// column per run, NaN where a run has no point there — for the CSV a comparison exports.
#pragma once

#include <string>
#include <vector>

#include "unroll/run_log_reader.h"

namespace unroll {

enum class CompareMetric {
    TrainLoss,  // fastai's smoothed training loss, per step
    ValidLoss,  // per epoch
    Accuracy,   // per epoch
    GradNorm,   // global gradient norm before clipping, per step
    GradFlow,   // the latest probe's ‖∂L_T/∂h_t‖ of layer 1 over time steps t (x is t)
};
enum class CompareAxis { Step, Epoch, Time };

struct CurvePoint {
    double x = 0;
    double y = 0;
};

// The metric's points of one run, in x order. Per-step metrics on the epoch axis sit at
// step / batches per epoch; per-epoch metrics sit at the epoch's last step, its end (epoch + 1)
// or its time. Non-finite values are left out.
std::vector<CurvePoint> curveOf(const RunSeries& run, CompareMetric metric, CompareAxis axis);

struct AlignedCurves {
    std::vector<double> x;               // every x any curve has, ascending
    std::vector<std::vector<double>> y;  // y[curve][row], NaN where that curve has no point
};
AlignedCurves alignCurves(const std::vector<std::vector<CurvePoint>>& curves);

// "step", "epoch", "time (s)", "time step" (for GradFlow, whatever the axis), and the metric's
// name as the CSV header writes them.
std::string axisName(CompareMetric metric, CompareAxis axis);
std::string metricName(CompareMetric metric);

}  // namespace unroll
