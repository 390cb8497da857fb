// The safetensors format, read and written by our own code: an 8-byte little-endian header
// length N, N bytes of JSON header, then the raw tensor bytes. The header maps each tensor's name
// to {"dtype", "shape", "data_offsets": [begin, end]} (offsets relative to the data section) and
// may hold "__metadata__": {string: string}.
//
// parse() checks everything before anything is built from the file: the length against the file
// size, the JSON, every dtype, shape and byte range, overlaps and gaps (the data section must be
// covered exactly, as the reference implementation requires), and the metadata's types. It is
// plain C++ with no libtorch, so the fuzzer builds it alone (tests/fuzz/).
#pragma once

#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace unroll::safetensors {

class FormatError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct TensorInfo {
    std::string name;
    std::string dtype;  // "F32", "I64", "U8", ...
    std::vector<int64_t> shape;
    uint64_t begin = 0;  // byte offsets into the data section
    uint64_t end = 0;
};

struct File {
    std::vector<TensorInfo> tensors;  // in file order (by begin)
    std::map<std::string, std::string> metadata;
    uint64_t data_start = 0;  // where the data section begins in the file
    const TensorInfo* find(const std::string& name) const;
};

// Bytes per element of a dtype, or 0 for an unknown one.
size_t dtypeSize(const std::string& dtype);

constexpr uint64_t kMaxHeaderBytes = 100ull << 20;  // as the reference implementation

// `bytes` is the whole file. Throws FormatError with a message that says what is wrong and where.
File parse(std::string_view bytes);

struct TensorData {
    std::string name;
    std::string dtype;
    std::vector<int64_t> shape;
    const void* data = nullptr;
    size_t bytes = 0;
};

// The file's bytes: tensors in the given order, the header padded with spaces to a multiple of 8
// so the data section is aligned.
std::string serialize(const std::vector<TensorData>& tensors,
                      const std::map<std::string, std::string>& metadata);

}  // namespace unroll::safetensors
