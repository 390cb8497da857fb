// What each architecture is, in the terms the front ends and the data layout need.
#pragma once

#include <string>
#include <vector>

#include "unroll/settings.h"

namespace unroll {

struct ArchitectureInfo {
    std::string name;         // the value of the `arch` setting: "lm1", ...
    std::string title;        // "LM1 — hand-unrolled RNN"
    std::string description;  // one line
    bool stateful;            // keeps its hidden state across batches (needs group_chunks)
    bool every_token;         // predicts after every input token (sequence layout)
    int fixed_seq_len;        // > 0 when the architecture only works with this sequence length
};

const std::vector<ArchitectureInfo>& architectures();
// Throws ConfigError for an unknown name.
const ArchitectureInfo& architecture(const std::string& name);
const ArchitectureInfo& architecture(Arch arch);

}  // namespace unroll
