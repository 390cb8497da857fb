// The checkpoint file's layout shared by its reader and its writer: the names of the tensors
// beside the weights, reading a file with its size limit, and checked access to one tensor.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "io/safetensors.h"

namespace unroll::checkpoint_file {

constexpr const char* kExpAvg = "optimizer.exp_avg";
constexpr const char* kExpAvgSq = "optimizer.exp_avg_sq";
constexpr const char* kRng = "rng.dropout";

// The name of the model's carried-state tensor i.
std::string stateName(std::size_t i);

// The file's bytes, refused past kMaxCheckpointBytes. Throws CheckpointError.
std::string readCheckpoint(const std::string& path);
// The safetensors layout of `bytes`. Throws CheckpointError.
safetensors::File parseFile(const std::string& path, const std::string& bytes);

// The tensor `name`, checked for dtype and shape; its bytes inside `bytes`.
const char* tensorBytes(const safetensors::File& file, const std::string& bytes,
                        const std::string& path, const std::string& name, const std::string& dtype,
                        const std::vector<std::int64_t>& shape);

// The checkpoint's checksum: CRC-32 of the data section (every tensor's bytes, in file order)
// followed by each metadata entry but "checksum" itself (key, NUL, value, NUL, in key order), as
// "crc32:89abcdef". A flipped bit in the weights, the optimizer state or the history changes it.
constexpr const char* kChecksumKey = "checksum";
std::string checksum(const std::vector<safetensors::TensorData>& tensors,
                     const std::map<std::string, std::string>& metadata);
// The same from a file's data section as it lies on disk.
std::string checksum(std::string_view data_section,
                     const std::map<std::string, std::string>& metadata);
// Compares the checksum the file records with its contents. Throws CheckpointError on a mismatch;
// false for a file without one (saved before Unroll wrote them), which still loads.
bool verifyChecksum(const safetensors::File& file, const std::string& bytes,
                    const std::string& path);

// Throws CheckpointError when any of the n values is inf or NaN.
void requireFinite(const float* x, std::int64_t n, const std::string& path,
                   const std::string& name);

}  // namespace unroll::checkpoint_file
