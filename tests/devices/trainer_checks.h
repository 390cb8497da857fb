#pragma once

#include <string>

namespace unroll::device_check {

// Training on `device` ("cpu": the libtorch path on the CPU) against the CPU kernels: the same
// losses step by step, the chapter's accuracy for LM7, and checkpoints that move between devices.
void checkTraining(const std::string& device);

}  // namespace unroll::device_check
