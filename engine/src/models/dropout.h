// Dropout written from scratch, the three kinds AWD-LSTM uses. Each draws a Bernoulli(1 − p) mask
// and scales the survivors by 1/(1 − p) (inverted dropout), so the expected value is unchanged and
// evaluation needs no rescaling: in eval mode, or with p = 0, every function is the identity.
#pragma once

#include <torch/types.h>

namespace unroll {

// Every function draws from `gen` (libtorch's global generator when undefined).

// A mask of `shape`: each entry 0 with probability p, else 1/(1 − p).
torch::Tensor dropoutMask(at::IntArrayRef shape, double p, const torch::TensorOptions& options,
                          const at::Generator& gen = {});

// Per element: a fresh mask for every entry (nn.Dropout; the chapter's LM7).
torch::Tensor elementDropout(const torch::Tensor& x, double p, bool training,
                             const at::Generator& gen = {});

// Locked ("variational") dropout on a time-major (T, B, F) tensor: one mask per sequence, the
// same at every time step (fastai's RNNDropout).
torch::Tensor lockedDropout(const torch::Tensor& x, double p, bool training,
                            const at::Generator& gen = {});

// Embedding dropout: drops whole rows (words) of a (V, F) embedding matrix, so every occurrence of
// a dropped word reads zeros (fastai's EmbeddingDropout).
torch::Tensor embeddingDropout(const torch::Tensor& weight, double p, bool training,
                               const at::Generator& gen = {});

}  // namespace unroll
