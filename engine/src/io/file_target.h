// Where a write to a path lands: symbolic links followed to the file they name (which may not
// exist yet), and what is there now. Shared by writeFile and LogFile so both treat a link, a
// device or a FIFO at the target the same way.
#pragma once

#include <sys/stat.h>

#include <string>

#include "unroll/message.h"

namespace unroll {

struct FileTarget {
    std::string path;     // the file a write replaces: `path` with its links followed
    bool exists = false;  // something is there now
    struct stat st {};    // what it is, when it exists
};

// Throws FileError: a link loop, or something that is not a regular file at the end of the links.
// Messages begin with `failure` ("cannot save 'ck.safetensors'").
FileTarget resolveTarget(const std::string& path, const Message& failure);

}  // namespace unroll
