// readFile: the one way Unroll reads a file (unroll/files.h).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include "io/file_checks.h"
#include "unroll/files.h"

namespace unroll {

namespace {

using file_checks::kindOf;
using file_checks::problemOf;
using file_checks::reasonFor;

// Large enough to read fast, small enough that Ctrl-C is answered at once.
constexpr size_t kChunk = 1 << 20;

class Reader {
public:
    Reader(const std::string& path, const ReadLimits& limits) : path_(path), limits_(limits) {}

    // Hands the file from `offset` on to `consume`, chunk by chunk.
    void forEachChunk(std::uint64_t offset, const std::function<void(std::string_view)>& consume) {
        if (path_.empty())
            throw FileError(FileProblem::Missing,
                            Message(UNROLL_TEXT("no %1 given — name a file"), limits_.what));
        struct stat st {};
        if (::stat(path_.c_str(), &st) != 0)
            failErrno(errno);
        requireRegular(st);
        requireWithinLimit(static_cast<std::uint64_t>(st.st_size));
        // Non-blocking: were the path swapped for a FIFO after the check, the open would wait
        // for a writer forever. The descriptor's own type is what counts.
        fd_ = ::open(path_.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
        if (fd_ < 0)
            failErrno(errno);
        if (::fstat(fd_, &st) != 0)
            failErrno(errno);
        requireRegular(st);
        ::fcntl(fd_, F_SETFL, ::fcntl(fd_, F_GETFL) & ~O_NONBLOCK);
        size_ = static_cast<std::uint64_t>(st.st_size);
        requireWithinLimit(size_);
        if (offset > 0 && ::lseek(fd_, static_cast<off_t>(offset), SEEK_SET) < 0)
            failErrno(errno);
        std::string chunk(kChunk, '\0');
        std::uint64_t total = offset;
        for (;;) {
            if (limits_.cancel && limits_.cancel->load())
                throw FileError(
                    FileProblem::Cancelled,
                    Message(UNROLL_TEXT("reading %1 '%2' was cancelled"), limits_.what, path_));
            const ssize_t n = ::read(fd_, chunk.data(), chunk.size());
            if (n < 0 && errno == EINTR)
                continue;  // a signal: the cancel flag above decides
            if (n < 0)
                failErrno(errno);
            if (n == 0)
                break;
            total += static_cast<std::uint64_t>(n);
            // The size stat gave is a hint: a file that grows while read is held to the limit by
            // what arrives.
            requireWithinLimit(total);
            consume(std::string_view(chunk.data(), static_cast<size_t>(n)));
            if (limits_.progress)
                limits_.progress(total, size_);
        }
    }

    std::uint64_t size() const { return size_; }

    ~Reader() {
        if (fd_ >= 0)
            ::close(fd_);
    }
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;

private:
    [[noreturn]] void failErrno(int error) const {
        const Message why = error == ENOENT
                                ? Message(UNROLL_TEXT("%1 — check the path"), reasonFor(error))
                                : reasonFor(error);
        throw FileError(problemOf(error),
                        Message(UNROLL_TEXT("cannot read %1 '%2': %3"), limits_.what, path_, why));
    }

    void requireRegular(const struct stat& st) const {
        const Message kind = kindOf(st.st_mode);
        if (kind.empty())
            return;
        throw FileError(
            FileProblem::NotAFile,
            S_ISDIR(st.st_mode)
                ? Message(UNROLL_TEXT("cannot read %1 '%2': it is %3, not a regular file — choose "
                                      "a file inside it"),
                          limits_.what, path_, kind)
                : Message(UNROLL_TEXT(
                              "cannot read %1 '%2': it is %3, not a regular file — choose a file"),
                          limits_.what, path_, kind));
    }

    void requireWithinLimit(std::uint64_t bytes) const {
        if (bytes <= limits_.max_bytes)
            return;
        const Message over(UNROLL_TEXT("cannot read %1 '%2': it is %3, more than the limit of %4"),
                           limits_.what, path_, byteSize(bytes), byteSize(limits_.max_bytes));
        throw FileError(FileProblem::TooLarge,
                        limits_.too_large_hint.empty()
                            ? over
                            : Message("%1 — %2", over, limits_.too_large_hint));
    }

    const std::string& path_;
    const ReadLimits& limits_;
    int fd_ = -1;
    std::uint64_t size_ = 0;
};

}  // namespace

std::string readFile(const std::string& path, const ReadLimits& limits) {
    std::string bytes;
    Reader reader(path, limits);
    reader.forEachChunk(0, [&](std::string_view chunk) {
        if (bytes.empty())
            bytes.reserve(static_cast<size_t>(reader.size()));
        bytes.append(chunk);
    });
    return bytes;
}

void readFileChunks(const std::string& path, const ReadLimits& limits,
                    const std::function<void(std::string_view)>& consume, std::uint64_t offset) {
    Reader(path, limits).forEachChunk(offset, consume);
}

std::string readFile(const std::string& path, const Message& what, std::uint64_t max_bytes) {
    ReadLimits limits;
    limits.what = what;
    limits.max_bytes = max_bytes;
    return readFile(path, limits);
}

Message specialFileKind(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return {};
    return kindOf(st.st_mode);
}

}  // namespace unroll
