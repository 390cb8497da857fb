// What the file readers and writers share: naming a non-regular file, and turning errno into a
// FileError that says what is wrong and what to do.
#pragma once

#include <sys/stat.h>

#include <string>

#include "unroll/files.h"

namespace unroll::file_checks {

// "a folder", "a character device", ... for a mode that is not a regular file; "" for one that is.
std::string kindOf(mode_t mode);

// The problem errno (set by a failed call) stands for.
FileProblem problemOf(int error);

// The reason errno gives, with what to do for the common ones ("the disk is full — free space
// or choose another folder").
std::string reasonFor(int error);

}  // namespace unroll::file_checks
