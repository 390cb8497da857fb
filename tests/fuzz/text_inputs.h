// Fuzz inputs through the readers of the text files Unroll trusts least: a configuration file
// (--config, the window's Open Configuration, a run's config.json) and the runs folder's records
// (run.json and log.jsonl, written by other processes that may have been killed mid-write, or by
// someone else). Each returns true when the bytes were accepted. A rejection must be the reader's
// own exception; a crash, a sanitizer report (an out-of-range float-to-int conversion included),
// another exception or a broken invariant of what was read is a bug.
#pragma once

#include <cstddef>
#include <cstdint>

namespace unroll::fuzz {

bool readConfigBytes(const std::uint8_t* data, std::size_t size);
bool readRunRecordBytes(const std::uint8_t* data, std::size_t size);

}  // namespace unroll::fuzz
