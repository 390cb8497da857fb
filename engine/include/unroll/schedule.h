// Learning-rate and momentum schedules as fastai computes them. Plain functions of the position
// in training, so a front end can draw the whole planned curve before a run starts.
#pragma once

namespace unroll {

class Config;

struct ScheduleValues {
    double lr = 0.0;
    double beta1 = 0.0;
};

// fastai's SchedCos: start + (1 + cos(π(1 − t)))·(end − start)/2, t in [0, 1].
double cosineAnneal(double start, double end, double t);

struct Schedule {
    bool one_cycle = true;
    double lr = 1e-3;  // peak (one-cycle) or fixed (constant)
    double div = 25.0;
    double div_final = 1e5;
    double pct_start = 0.25;
    double mom_max = 0.95;
    double mom_min = 0.85;
    double beta1 = 0.9;  // the constant schedule's momentum

    static Schedule fromConfig(const Config& config);

    // pos = batches done / total batches, taken before each batch (fastai's pct_train).
    // One-cycle: lr rises lr/div -> lr over pct_start, then falls to lr/div_final, both by cosine;
    // beta1 goes mom_max -> mom_min -> mom_max.
    ScheduleValues at(double pos) const;
};

}  // namespace unroll
