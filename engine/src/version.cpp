#include "unroll/version.h"

#include <torch/version.h>

namespace unroll {

std::string unrollVersion() {
    return UNROLL_VERSION;
}

std::string libtorchVersion() {
    return std::to_string(TORCH_VERSION_MAJOR) + "." + std::to_string(TORCH_VERSION_MINOR) + "." +
           std::to_string(TORCH_VERSION_PATCH);
}

}  // namespace unroll
