// unroll-device-check: the checks of issue #20 that need a device, in a program without Qt so
// that it builds on a GPU machine with a CUDA PyTorch (bench/gpu_check.sh; CTest label "gpu").
// On every device present: the kernels' equality (outputs and gradients to 1e-5 relative),
// training that follows the CPU kernels step for step, and checkpoints that move between a GPU
// and the CPU. On the CPU it checks the libtorch path, the code a GPU runs, against the kernels.
#include <cstdio>

#include "check.h"
#include "kernel_checks.h"
#include "trainer_checks.h"
#include "unroll/device.h"
#include "unroll/trainer.h"

int main() {
    using namespace unroll;
    configureWorkerThread(1);
    const std::vector<std::string> devices = availableDevices();
    if (devices.size() == 1)
        std::printf(
            "no GPU here (this libtorch has no CUDA, or no GPU answers): checking the "
            "libtorch path on the CPU\n");
    for (const std::string& device : devices) {
        std::printf("--- %s\n", device.c_str());
        device_check::checkKernels(device);
        device_check::checkTraining(device);
    }
    return device_check::exitStatus();
}
