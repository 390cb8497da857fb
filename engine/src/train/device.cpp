#include "unroll/device.h"

#include <ATen/Context.h>
#include <torch/cuda.h>

#include <cstdlib>
#include <regex>

namespace unroll {

namespace {

// The devices as a list in a message ("cpu, cuda:0"), names as they are.
Message listed(const std::vector<std::string>& devices) {
    std::vector<Message> names;
    for (const std::string& d : devices)
        names.push_back(Message::verbatim(d));
    return joined(names, ", ");
}

}  // namespace

std::vector<std::string> availableDevices() {
    std::vector<std::string> devices{"cpu"};
    // is_available() is false on a build without CUDA and on one whose driver finds no GPU.
    if (torch::cuda::is_available())
        for (size_t i = 0; i < torch::cuda::device_count(); ++i)
            devices.push_back("cuda:" + std::to_string(i));
    return devices;
}

std::optional<Message> deviceProblem(const std::string& device) {
    static const std::regex name("cpu|cuda(:[0-9]+)?");
    if (!std::regex_match(device, name))
        return Message(UNROLL_TEXT("device = %1 is not a device: write cpu, cuda or cuda:N"),
                       device);
    if (device == "cpu")
        return std::nullopt;
    const std::vector<std::string> devices = availableDevices();
    if (devices.size() == 1)
        return Message(UNROLL_TEXT("device = %1: this build of libtorch has no CUDA (it has: "
                                   "%2); build Unroll against a CUDA libtorch to train on a GPU, "
                                   "or set device=cpu"),
                       device, listed(devices));
    const std::string wanted = device == "cuda" ? "cuda:0" : device;
    for (const std::string& d : devices)
        if (d == wanted)
            return std::nullopt;
    return Message(UNROLL_TEXT("device = %1: this machine has no such GPU (it has: %2)"), device,
                   listed(devices));
}

void requireDevice(const Config& config) {
    const std::string& device = config.get(settings::device);
    if (const std::optional<Message> problem = deviceProblem(device))
        throw ConfigError(ConfigIssue{settings::device.name, device, *problem});
}

void applyDeterminism(const Config& config) {
    const bool on = config.get(settings::deterministic);
    // cuBLAS reads this when it makes its first handle, so it is set before the run's first
    // product; a value the user set is left as it is.
    if (on && config.get(settings::device) != "cpu")
        setenv("CUBLAS_WORKSPACE_CONFIG", ":4096:8", /*overwrite=*/0);
    at::Context& context = at::globalContext();
    if (context.deterministicAlgorithms() != on)
        context.setDeterministicAlgorithms(on, /*warn_only=*/false);
    context.setDeterministicCuDNN(on);
}

}  // namespace unroll
