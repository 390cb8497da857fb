// Versions, for run logs and checkpoints.
#pragma once

#include <string>

namespace unroll {

std::string unrollVersion();    // "0.1.0"
std::string libtorchVersion();  // "1.13.1"

}  // namespace unroll
