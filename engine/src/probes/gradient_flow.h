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

// The probe inside a training step instead of before it, for a model whose traced forward is its
// training forward (LanguageModel::tracesItsForward: the fused kernels' tap adds zeros, so the
// step's values are the untraced step's): `out` came from tracedForward(x, trace) and `loss` from
// it. Asks autograd for the last step's loss (keeping the graph), then runs the step's backward
// pass itself — parameters' gradients as a plain step leaves them, and ∂L/∂h_t in the taps — and
// builds the same frame replayProbe would have: no second forward and no second full backward.
ProbeFrame probeTrainingStep(const Trace& trace, const torch::Tensor& x, const ModelOutput& out,
                             const ProbeLoss& loss);

}  // namespace unroll
