// The recurrence kernels' libtorch paths (kernels/kernel_path.h): the same functions as
// rnnRecurrence, lstmRecurrence, lstmLayer and gruRecurrence, with the same arguments and
// results, step by step in libtorch's ops and differentiated by autograd, on any device. The
// kernels hand over to these when ownKernels() says no; the tests compare the two.
#pragma once

#include <torch/types.h>

#include <vector>

#include "kernels/rnn_kernel.h"

namespace unroll {

torch::Tensor libtorchRnnRecurrence(const torch::Tensor& xp, const torch::Tensor& h0,
                                    const torch::Tensor& w_hh, Nonlinearity activation);
std::vector<torch::Tensor> libtorchLstmRecurrence(const torch::Tensor& xp, const torch::Tensor& h0,
                                                  const torch::Tensor& c0,
                                                  const torch::Tensor& w_hh,
                                                  const torch::Tensor& tap);
std::vector<torch::Tensor> libtorchGruRecurrence(const torch::Tensor& xp, const torch::Tensor& h0,
                                                 const torch::Tensor& w_hh,
                                                 const torch::Tensor& b_hh,
                                                 const torch::Tensor& tap);

}  // namespace unroll
