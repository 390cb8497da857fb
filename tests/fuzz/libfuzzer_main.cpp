// libFuzzer entry: clang++ -fsanitize=fuzzer,address,undefined (see run_fuzzer.sh).
#include "checkpoint_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    unroll::fuzz::readCheckpointBytes(data, size);
    return 0;
}
