// Fixed-bin histograms over float buffers, the range taken from the data.
#pragma once

#include <cstdint>

#include "unroll/probes.h"

namespace unroll {

constexpr int kHistogramBins = 40;

// Spans [min, max] of the finite values (widened by ±0.5 when they are all equal); inf and NaN
// are not counted.
Histogram histogramOf(const float* x, int64_t n, int bins = kHistogramBins);

}  // namespace unroll
