// The probe replay: one batch through the model again with the current weights, to measure what a
// training step does not keep — ‖∂L/∂h_t‖ for every time step and layer (the gradient flowing
// back through time), the hidden state's RMS per step, and gate saturation. The model's
// tracedForward decides how: the fused LSTM and GRU replay through their kernels' tap, every
// other form step by step (models/language_model.h).
#pragma once

#include <functional>

#include "models/language_model.h"
#include "unroll/probes.h"

namespace unroll {

struct ProbeLoss {
    torch::Tensor total;  // the loss training back-propagates
    torch::Tensor last;   // the loss of the last time step's prediction alone; undefined: = total
};
using LossOf = std::function<ProbeLoss(const ModelOutput&)>;

// Leaves the model's carried state and generator as it found them (the recorded activations are
// the replay's until the next forward, so replay before the training step's forward). The replay
// draws the same dropout masks as the training step that follows it would (from a copy of the
// model's generator), so it measures exactly that step. When `param_grads` is given it also
// receives every parameter's gradient (for tests).
ProbeFrame replayProbe(LanguageModel& model, const torch::Tensor& x, const LossOf& loss_of,
                       std::vector<torch::Tensor>* param_grads = nullptr);

}  // namespace unroll
