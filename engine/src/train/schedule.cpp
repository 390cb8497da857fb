#include "unroll/schedule.h"

#include <cmath>

#include "unroll/config.h"

namespace unroll {

double cosineAnneal(double start, double end, double t) {
    return start + (1.0 + std::cos(M_PI * (1.0 - t))) * (end - start) / 2.0;
}

Schedule Schedule::fromConfig(const Config& config) {
    Schedule s;
    s.one_cycle = config.get(settings::schedule) == "one_cycle";
    s.lr = config.get(settings::lr);
    s.div = config.get(settings::div);
    s.div_final = config.get(settings::div_final);
    s.pct_start = config.get(settings::pct_start);
    s.mom_max = config.get(settings::mom_max);
    s.mom_min = config.get(settings::mom_min);
    s.beta1 = config.get(settings::beta1);
    return s;
}

ScheduleValues Schedule::at(double pos) const {
    if (!one_cycle)
        return {lr, beta1};
    // fastai's combine_scheds: phase 1 covers [0, pct_start), phase 2 [pct_start, 1]; a phase
    // of zero length is skipped.
    if (pos < pct_start) {
        const double t = pos / pct_start;
        return {cosineAnneal(lr / div, lr, t), cosineAnneal(mom_max, mom_min, t)};
    }
    const double t = pct_start < 1.0 ? (pos - pct_start) / (1.0 - pct_start) : 1.0;
    return {cosineAnneal(lr, lr / div_final, t), cosineAnneal(mom_min, mom_max, t)};
}

}  // namespace unroll
