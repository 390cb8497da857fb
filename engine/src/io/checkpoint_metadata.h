// The metadata half of a checkpoint: what save() writes into safetensors' __metadata__ and what
// load() and inspect read back, each field checked. Plain JSON strings, so Python sees them too.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <string>

#include "io/safetensors.h"
#include "unroll/checkpoint.h"

namespace unroll {

constexpr const char* kCheckpointFormat = "unroll.checkpoint";
constexpr const char* kCheckpointFormatVersion = "1";

// The run's position, as Trainer::Impl::Position plus the smoothed loss.
struct SavedPosition {
    std::int64_t step = 0;
    int epoch = 0;
    int batch = 0;
    double first_loss = 0.0;
    double epoch_loss_sum = 0.0;
    int epoch_losses = 0;
    double epoch_seconds = 0.0;
    std::int64_t epoch_tokens = 0;
    double smooth_average = 0.0;
    std::int64_t smooth_count = 0;
    bool paused = false;
    std::int64_t cycle_start = 0;  // absent before continued runs existed
};

struct SavedMetadata {
    CheckpointInfo info;
    SavedPosition position;
    std::int64_t optimizer_steps = 0;
    std::vector<bool> carried;  // which carried-state slots hold a tensor ("state.<i>")
};

// Checks every field; throws CheckpointError naming the file, the field and the problem.
SavedMetadata readMetadata(const safetensors::File& file, const std::string& path);

// Throws CheckpointError "checkpoint '<path>': <what>", the form of every checkpoint failure.
[[noreturn]] void failCheckpoint(const std::string& path, const Message& what);

}  // namespace unroll
