// Checkpoints: one safetensors file holding the weights, the optimizer state, the schedule
// position, the random generator and the carried hidden state, with the resolved config, the
// vocab, the corpus fingerprint and the metrics history in its metadata. Python's safetensors
// opens it (the weights under their model names: "i_h.weight", "rnn.weight_hh_l0", ...).
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "unroll/config.h"
#include "unroll/message.h"
#include "unroll/train_metrics.h"

namespace unroll {

// A checkpoint that cannot be saved or used, with a message that says what is wrong. Loading
// throws it before anything in memory changes.
class CheckpointError : public UserError {
public:
    using UserError::UserError;
};

// What a checkpoint holds, read from its header without building a model.
struct CheckpointInfo {
    std::string path;
    std::uint64_t file_bytes = 0;
    std::string unroll_version;
    std::string libtorch_version;
    std::string created;
    Config config;
    std::vector<std::string> vocab;
    std::string corpus_name;
    std::string corpus_source;
    std::string subword_model;  // the SentencePiece model of a subword corpus (bytes), or ""
    std::int64_t corpus_tokens = 0;
    std::string corpus_fingerprint;
    int epochs_done = 0;
    std::int64_t steps_done = 0;
    std::vector<EpochMetrics> history;
    struct TensorEntry {
        std::string name;
        std::string dtype;
        std::vector<std::int64_t> shape;
    };
    std::vector<TensorEntry> tensors;
    // "crc32:…", verified when read; "" for a checkpoint saved before Unroll wrote checksums.
    std::string checksum;
};

// The note for a checkpoint that has no checksum: it loads, but damage cannot be detected.
inline Message noChecksumNote() {
    return Message(
        UNROLL_TEXT("this checkpoint has no checksum (saved by an older Unroll): it "
                    "loads, but damage to it cannot be detected — save it again to add "
                    "one"));
}

constexpr std::uint64_t kMaxCheckpointBytes = 2ull << 30;  // 2 GiB: far above any model here

// Reads and checks the header and metadata (config against the schema, vocab, position). Throws
// CheckpointError.
CheckpointInfo inspectCheckpoint(const std::string& path);

// FNV-1a 64 of a token stream, as hex: ties a checkpoint to the exact corpus it was trained on.
std::string corpusFingerprint(const std::vector<std::int32_t>& tokens);

}  // namespace unroll
