// fastai's RNNRegularizer (fastai >= 2.2), training only:
//   AR  = alpha · mean(dropped²)                      on the dropped-out last-layer output
//   TAR = beta  · mean((raw[:, t+1] − raw[:, t])²)    on the raw output, consecutive time steps
// Both are added to the loss that is back-propagated; the logged loss stays the cross-entropy.
#pragma once

#include "models/language_model.h"

namespace unroll {

struct Regularization {
    torch::Tensor ar;   // undefined when alpha is 0 or the model has no dropped output
    torch::Tensor tar;  // undefined when beta is 0, the model has no raw output, or T < 2
};

Regularization rnnRegularization(const ModelOutput& out, double alpha, double beta);

}  // namespace unroll
