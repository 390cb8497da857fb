// What the file readers and writers share: naming a non-regular file, and turning errno into a
// FileError that says what is wrong and what to do.
#pragma once

#include <sys/stat.h>

#include <string>

#include "unroll/files.h"

namespace unroll::file_checks {

// "a folder", "a character device", ... for a mode that is not a regular file; an empty message
// for one that is.
Message kindOf(mode_t mode);

// The problem errno (set by a failed call) stands for.
FileProblem problemOf(int error);

// The reason errno gives, with what to do for the common ones ("the disk is full — free space
// or choose another folder").
Message reasonFor(int error);

// "<failure>: <why>" ("cannot save 'x': the disk is full"), the punctuation translatable too.
Message because(const Message& failure, const Message& why);

}  // namespace unroll::file_checks
