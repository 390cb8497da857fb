// Where a run trains: the `device` setting ("cpu", "cuda", "cuda:N") against what this build of
// libtorch and this machine have. Debian's libtorch has no CUDA; a CUDA PyTorch's does.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "unroll/config.h"
#include "unroll/message.h"

namespace unroll {

// "cpu", then "cuda:0", "cuda:1", ... for each GPU that this build can use.
std::vector<std::string> availableDevices();

// Why `device` cannot be trained on here, or nothing when it can: not a device's name, a build
// of libtorch without CUDA (naming what it has), or a GPU this machine does not have.
std::optional<Message> deviceProblem(const std::string& device);

// Throws ConfigError with deviceProblem's message when the config's device cannot be used here.
void requireDevice(const Config& config);

// The `deterministic` setting, for the whole process (libtorch's switch is global): libtorch's
// deterministic algorithms and cuDNN's, and on a GPU cuBLAS's fixed workspace. Called where a
// trainer is made and before each of its steps, so trainers that take turns in one process each
// run under their own setting.
void applyDeterminism(const Config& config);

}  // namespace unroll
