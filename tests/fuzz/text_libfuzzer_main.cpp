// libFuzzer entries for the text readers: built twice by run_fuzzer.sh, once per reader
// (UNROLL_FUZZ_CONFIG or UNROLL_FUZZ_RUNS).
#include "text_inputs.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
#ifdef UNROLL_FUZZ_CONFIG
    unroll::fuzz::readConfigBytes(data, size);
#else
    unroll::fuzz::readRunRecordBytes(data, size);
#endif
    return 0;
}
