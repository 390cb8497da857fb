// Which code computes a tensor's work, decided here and nowhere else. Unroll's own kernels (the
// RNN, LSTM and GRU recurrences with fast tanh, the flat Adam pass, the buffer statistics,
// dropout's row scaling and mask draws, AR and TAR) read and write CPU memory through raw
// pointers. On any other device (CUDA) each has a libtorch path instead: libtorch's ops, and
// libtorch's own LSTM and GRU (cuDNN on a GPU) for the fused gated layers. Every caller asks
// ownKernels() of the tensor it is about to hand over.
#pragma once

#include <torch/types.h>

namespace unroll {

// True where Unroll's kernels run: a CPU tensor, unless a LibtorchPathOnCpu is alive.
bool ownKernels(const torch::Tensor& t);

// While one lives (in one thread or many), CPU tensors take the libtorch path too: the tests
// compare that path with the kernels on a machine without a GPU, and a GPU run's maths can be
// replayed on the CPU. Not nested across threads: one owner at a time.
class LibtorchPathOnCpu {
public:
    LibtorchPathOnCpu();
    ~LibtorchPathOnCpu();
    LibtorchPathOnCpu(const LibtorchPathOnCpu&) = delete;
    LibtorchPathOnCpu& operator=(const LibtorchPathOnCpu&) = delete;

private:
    bool was_;
};

}  // namespace unroll
