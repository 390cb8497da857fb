// Statistics of the layer outputs a forward pass recorded (models/language_model.h), read
// straight from memory every step.
#pragma once

#include "models/language_model.h"
#include "unroll/probes.h"

namespace unroll {

ActivationStat activationStat(const Activation& a);
// For a timed activation with a non-finite value: the first bad time step, from 1 (0 if none).
int firstNonFiniteStep(const Activation& a);
// Share of values in `t` that are saturated for `function` (see GateSaturation).
double saturatedShare(const std::vector<torch::Tensor>& steps, const std::string& function);

}  // namespace unroll
