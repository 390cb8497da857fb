// Files written so that a crash, a full disk or a kill at any instant leaves either the previous
// file or the new one — never a mixture: write a temporary file in the same folder, flush and
// fsync it, rename it over the target (atomic on POSIX filesystems), then fsync the folder so the
// rename itself survives a power cut.
#pragma once

#include <cstddef>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>

namespace unroll {

class FileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Test hooks: make a write fail at a chosen point, as a full disk or a failing device would.
struct WriteFaults {
    size_t fail_after_bytes = std::numeric_limits<size_t>::max();
    bool fail_sync = false;
    bool fail_rename = false;
};

// Throws FileError ("cannot save 'path': reason; the previous file is unchanged"). Temporary files
// left by earlier crashed writes to the same target are removed first.
void writeFileAtomically(const std::string& path, std::string_view bytes,
                         const WriteFaults& faults = {});

// The temporary files a write to `path` uses: ".<name>.unroll-tmp-<pid>" beside it.
std::string temporaryPrefixFor(const std::string& path);

// The whole file. Throws FileError naming the path and the reason.
std::string readWholeFile(const std::string& path, size_t max_bytes);

}  // namespace unroll
