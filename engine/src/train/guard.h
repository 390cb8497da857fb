// The divergence guard: looks at one step's activations, losses and gradients, in the order the
// forward and backward passes produce them, and names the first thing that went wrong.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "models/language_model.h"
#include "unroll/probes.h"

namespace unroll {

struct GuardInput {
    const std::vector<Activation>* activations = nullptr;
    const std::vector<ActivationStat>* stats = nullptr;  // aligned with activations
    double loss = 0.0;
    double ar = 0.0;
    double tar = 0.0;
    const std::vector<std::string>* param_names = nullptr;
    const std::vector<double>* grad_norms = nullptr;  // aligned with param_names
    bool grads_finite = true;
    double first_loss = 0.0;  // 0 until the run has one
    double loss_limit = 0.0;  // 0 = off
};

struct GuardContext {
    std::int64_t step = 0;
    int epoch = 0;
    int batch = 0;
    OnNonFinite action = OnNonFinite::Stop;
    double lr = 0.0;
    double clip = 0.0;
    Arch arch = Arch::LM1;
};

// A number as the guard's messages write it (the shortest form: 0.001, 1e-05, 71.58).
std::string shortNumber(double x);

// The first problem, as an event with a message that says what to try; nullopt when all is well.
std::optional<TrainEvent> checkStep(const GuardInput& in, const GuardContext& ctx);

// For weights that came out of an update non-finite (the update is undone).
TrainEvent nonFiniteWeights(const GuardContext& ctx);

// For a step another worker of the group withheld (its guard fired on its own rows): every
// worker withholds it, so that the weights stay the same on all of them.
TrainEvent withheldElsewhere(const GuardContext& ctx);

// on_nonfinite=rewind: what the rewind did, added to the event's message ("Rewound to step K
// (rewind n of m): lr A -> B, gradient clipping at 1."), or that none was left and the run
// stopped (the event's action becomes stop).
void noteRewind(TrainEvent& event, std::int64_t to_step, std::int64_t rewind,
                std::int64_t max_rewinds, double lr_before, double lr_after, bool clip_turned_on);
void noteNoRewindLeft(TrainEvent& event, std::int64_t max_rewinds);

}  // namespace unroll
