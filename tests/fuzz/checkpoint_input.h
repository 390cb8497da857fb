// One fuzz input through everything that reads an untrusted checkpoint before a model exists:
// the safetensors parser, then the metadata checks (config against the schema, vocab, position).
// Returns true when the bytes were accepted; a rejection must be a FormatError or a
// CheckpointError, and anything else — a crash, a sanitizer report, another exception — is a bug.
#pragma once

#include <cstddef>
#include <cstdint>

namespace unroll::fuzz {

bool readCheckpointBytes(const std::uint8_t* data, std::size_t size);

}  // namespace unroll::fuzz
