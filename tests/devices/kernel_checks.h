#pragma once

#include <string>

namespace unroll::device_check {

// The kernels' equality checks on `device` ("cpu": the libtorch path on the CPU).
void checkKernels(const std::string& device);

}  // namespace unroll::device_check
