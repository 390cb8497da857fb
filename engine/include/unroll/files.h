// The one way Unroll opens files. Every reader and writer in the engine and the front ends goes
// through these (corpora, configs, checkpoints, run logs, run records, exports), because every
// path is a user's input and may name a device, a FIFO, a folder, a huge sparse file or a full
// disk:
//  - readFile refuses anything that is not a regular file before reading from it, opens without
//    blocking (a FIFO with no writer would otherwise hang the open), refuses a file larger than
//    its limit before reading and counts what it actually reads against that limit, and checks a
//    cancel flag between chunks (Ctrl-C, the window's Stop);
//  - writeFile replaces a file atomically (a crash, a full disk or a kill leaves the previous file
//    or the new one, never a mixture), refuses a target that exists and is not a regular file,
//    writes through a symbolic link to the file it names, and keeps the replaced file's mode and,
//    where the process may, its owner;
//  - LogFile appends records to a file that readers follow while it grows, with the same checks,
//    an exclusive lock (two processes never interleave one log), and every write and flush
//    checked: a full disk is an error, never a silently cut log.
// Failures throw FileError, whose problem() says which kind of failure it was (the CLI maps it
// to its exit code, docs/failures.md).
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>

#include "unroll/message.h"

namespace unroll {

enum class FileProblem {
    Missing,    // no such file or folder on the path
    NotAFile,   // a folder, device, FIFO or socket where a regular file belongs
    TooLarge,   // more than the reader's limit
    Denied,     // permissions
    NoSpace,    // a full disk or an exhausted quota, while writing
    Io,         // any other failed read, write, flush or rename
    Cancelled,  // the cancel flag was raised (Ctrl-C)
    Busy,       // another process is writing it (LogFile's lock)
};

class FileError : public UserError {
public:
    FileError(FileProblem problem, Message message)
        : UserError(std::move(message)), problem_(problem) {}
    FileProblem problem() const { return problem_; }
    // A failure of the disk (full, failing), not of the path the user gave.
    bool isWriteFailure() const {
        return problem_ == FileProblem::NoSpace || problem_ == FileProblem::Io;
    }

private:
    FileProblem problem_;
};

struct ReadLimits {
    std::uint64_t max_bytes = std::numeric_limits<std::uint64_t>::max();
    const std::atomic<bool>* cancel = nullptr;  // checked between chunks
    // Called after each chunk with the bytes read so far and the file's size.
    std::function<void(std::uint64_t read, std::uint64_t size)> progress;
    // Names the file in messages: "corpus", "config file", "checkpoint".
    Message what{UNROLL_TEXT("file")};
    // How to fix a file over the limit ("raise max_corpus_mb ..."), appended to the message.
    Message too_large_hint;
};

// The whole file. Throws FileError naming the path, what is wrong and what to do.
std::string readFile(const std::string& path, const ReadLimits& limits = {});
std::string readFile(const std::string& path, const Message& what, std::uint64_t max_bytes);

// The same checks, the bytes handed to `consume` chunk by chunk from `offset` on: logs too large
// to hold whole, and followers of a growing log. The limit counts from the file's start.
void readFileChunks(const std::string& path, const ReadLimits& limits,
                    const std::function<void(std::string_view)>& consume, std::uint64_t offset = 0);

// What kind of thing is at `path` when it is not a regular file ("a folder", "a character
// device", "a FIFO (named pipe)", "a socket", "a block device"), or an empty message for a
// regular file or nothing at all. Symbolic links are followed.
Message specialFileKind(const std::string& path);

// Test hooks: make a write fail at a chosen point, as a full disk or a failing device would.
struct WriteFaults {
    size_t fail_after_bytes = std::numeric_limits<size_t>::max();
    bool fail_sync = false;
    bool fail_rename = false;
};

// Replaces (or creates) `path` with `bytes` atomically: a temporary file beside it, flushed and
// fsynced, renamed over the target, the folder fsynced. A symbolic link is written through: the
// file it names is replaced and the link stays. Throws FileError ("cannot save 'path': reason;
// the previous file is unchanged"). Temporary files left by earlier crashed writes to the same
// target are removed first.
void writeFile(const std::string& path, std::string_view bytes, const WriteFaults& faults = {});

// Whether writeFile(path, ...) could succeed, checked before hours of training rather than after:
// not a special file, its folder there and writable. Throws FileError as writeFile would.
void checkWriteTarget(const std::string& path);

// The temporary files a write to `path` uses: ".<name>.unroll-tmp-<pid>" beside it.
std::string temporaryPrefixFor(const std::string& path);

// A file written in records as it grows (run logs), for readers that follow it. Created or
// truncated on opening; a symbolic link is written through. Throws FileError when the target is
// not a regular file, cannot be created, or is locked by another process writing it.
class LogFile {
public:
    LogFile(const std::string& path, const Message& what);
    ~LogFile();
    LogFile(const LogFile&) = delete;
    LogFile& operator=(const LogFile&) = delete;

    // Buffers `text`; written by flush() or once the buffer is large.
    void append(std::string_view text);
    // Writes what is buffered. Throws FileError (a full disk, a failing device); the file then
    // holds what the last successful flush wrote (a partly written record is cut off again).
    void flush();
    const std::string& path() const { return path_; }

private:
    std::string path_;
    Message what_;
    std::string buffer_;
    std::uint64_t good_size_ = 0;  // bytes written by successful flushes
    int fd_ = -1;
};

}  // namespace unroll
