// What a run will need in memory, estimated from its configuration before anything is allocated,
// so settings inside their ranges that the machine cannot hold (hidden = 4096 with 16 layers) are
// refused with the estimate and the setting to lower, instead of swapping the machine to a halt
// or dying in the allocator.
#pragma once

#include <cstdint>
#include <string>

#include "unroll/config.h"
#include "unroll/message.h"

namespace unroll {

struct MemoryEstimate {
    std::uint64_t parameters = 0;   // the weights
    std::uint64_t training = 0;     // gradients, Adam's two moments and the rewind snapshots
    std::uint64_t activations = 0;  // one step's forward and backward tensors
    std::uint64_t data = 0;         // the token ids and their batches
    std::uint64_t total() const { return parameters + training + activations + data; }
    // "2.1 GB (weights 410 MB, optimizer and snapshots 1.6 GB, one step 96 MB, data 12 MB)"
    Message describe() const;
};

MemoryEstimate estimateMemory(const Config& config, std::int64_t vocab_size,
                              std::int64_t corpus_tokens);

// The memory this process may still use: the system's available memory (MemAvailable), or the
// cgroup's remaining limit where that is lower. 0 when neither can be read.
std::uint64_t availableMemory();

// Throws ConfigError when the estimate exceeds max_memory_mb (0: availableMemory()), naming the
// estimate, the limit and the settings that cost the most.
void checkMemory(const Config& config, std::int64_t vocab_size, std::int64_t corpus_tokens);

}  // namespace unroll
