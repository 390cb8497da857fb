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

std::string sizeText(std::uint64_t bytes) {
    if (bytes < (1u << 20))
        return std::to_string(bytes) + " bytes";
    return std::to_string((bytes + (1u << 19)) >> 20) + " MB";
}

class Reader {
public:
    Reader(const std::string& path, const ReadLimits& limits)
        : path_(path), limits_(limits), subject_(limits.what + " '" + path + "'") {}

    // Hands the file from `offset` on to `consume`, chunk by chunk.
    void forEachChunk(std::uint64_t offset, const std::function<void(std::string_view)>& consume) {
        if (path_.empty())
            throw FileError(FileProblem::Missing, "no " + limits_.what + " given — name a file");
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
                throw FileError(FileProblem::Cancelled, "reading " + subject_ + " was cancelled");
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
        std::string why = reasonFor(error);
        if (error == ENOENT)
            why += " — check the path";
        throw FileError(problemOf(error), "cannot read " + subject_ + ": " + why);
    }

    void requireRegular(const struct stat& st) const {
        const std::string kind = kindOf(st.st_mode);
        if (kind.empty())
            return;
        throw FileError(FileProblem::NotAFile,
                        "cannot read " + subject_ + ": it is " + kind + ", not a regular file — " +
                            (S_ISDIR(st.st_mode) ? "choose a file inside it" : "choose a file"));
    }

    void requireWithinLimit(std::uint64_t bytes) const {
        if (bytes <= limits_.max_bytes)
            return;
        std::string message = "cannot read " + subject_ + ": it is " + sizeText(bytes) +
                              ", more than the limit of " + sizeText(limits_.max_bytes);
        if (!limits_.too_large_hint.empty())
            message += " — " + limits_.too_large_hint;
        throw FileError(FileProblem::TooLarge, message);
    }

    const std::string& path_;
    const ReadLimits& limits_;
    const std::string subject_;
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

std::string readFile(const std::string& path, const std::string& what, std::uint64_t max_bytes) {
    ReadLimits limits;
    limits.what = what;
    limits.max_bytes = max_bytes;
    return readFile(path, limits);
}

std::string specialFileKind(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return "";
    return kindOf(st.st_mode);
}

}  // namespace unroll
