// The checkpoint file's layout shared by its reader and its writer: the names of the tensors
// beside the weights, reading a file with its size limit, and checked access to one tensor.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "io/safetensors.h"

namespace unroll::checkpoint_file {

constexpr const char* kExpAvg = "optimizer.exp_avg";
constexpr const char* kExpAvgSq = "optimizer.exp_avg_sq";
constexpr const char* kRng = "rng.dropout";

// The name of the model's carried-state tensor i.
std::string stateName(std::size_t i);

// Throws CheckpointError("checkpoint 'path': what").
[[noreturn]] void fail(const std::string& path, const std::string& what);

// The file's bytes, refused past kMaxCheckpointBytes. Throws CheckpointError.
std::string readCheckpoint(const std::string& path);
// The safetensors layout of `bytes`. Throws CheckpointError.
safetensors::File parseFile(const std::string& path, const std::string& bytes);

// The tensor `name`, checked for dtype and shape; its bytes inside `bytes`.
const char* tensorBytes(const safetensors::File& file, const std::string& bytes,
                        const std::string& path, const std::string& name, const std::string& dtype,
                        const std::vector<std::int64_t>& shape);

// Throws CheckpointError when any of the n values is inf or NaN.
void requireFinite(const float* x, std::int64_t n, const std::string& path,
                   const std::string& name);

}  // namespace unroll::checkpoint_file
