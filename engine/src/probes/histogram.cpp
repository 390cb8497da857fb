#include "probes/histogram.h"

#include <cmath>

namespace unroll {

Histogram histogramOf(const float* x, int64_t n, int bins) {
    Histogram h;
    h.counts.assign(static_cast<size_t>(bins), 0);
    float lo = INFINITY, hi = -INFINITY;
    for (int64_t i = 0; i < n; ++i) {
        if (!std::isfinite(x[i]))
            continue;
        lo = std::fmin(lo, x[i]);
        hi = std::fmax(hi, x[i]);
    }
    if (lo > hi)
        return h;  // nothing finite
    if (lo == hi) {
        lo -= 0.5f;
        hi += 0.5f;
    }
    h.lo = lo;
    h.hi = hi;
    const double scale = bins / (static_cast<double>(hi) - lo);
    for (int64_t i = 0; i < n; ++i) {
        if (!std::isfinite(x[i]))
            continue;
        const int b = static_cast<int>((x[i] - static_cast<double>(lo)) * scale);
        ++h.counts[static_cast<size_t>(b < 0 ? 0 : b >= bins ? bins - 1 : b)];
    }
    return h;
}

}  // namespace unroll
