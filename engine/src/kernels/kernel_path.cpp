#include "kernels/kernel_path.h"

#include <atomic>

namespace unroll {

namespace {

std::atomic<bool> libtorch_on_cpu{false};

}  // namespace

bool ownKernels(const torch::Tensor& t) {
    return t.device().is_cpu() && !libtorch_on_cpu.load(std::memory_order_relaxed);
}

LibtorchPathOnCpu::LibtorchPathOnCpu() : was_(libtorch_on_cpu.exchange(true)) {}

LibtorchPathOnCpu::~LibtorchPathOnCpu() {
    libtorch_on_cpu.store(was_);
}

}  // namespace unroll
