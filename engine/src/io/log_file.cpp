// LogFile: a file written record by record while readers follow it (unroll/files.h).
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>

#include "io/file_checks.h"
#include "io/file_target.h"
#include "unroll/files.h"

namespace unroll {

namespace {

// Buffered records are written once this much is waiting, whatever the flush interval.
constexpr size_t kMaxBuffer = 1 << 20;

}  // namespace

LogFile::LogFile(const std::string& path, const Message& what) : path_(path), what_(what) {
    using file_checks::because;
    const Message failure(UNROLL_TEXT("cannot write %1 '%2'"), what, path);
    const FileTarget target = resolveTarget(path, failure);
    const auto failErrno = [&](int error) {
        if (fd_ >= 0)
            ::close(fd_);
        fd_ = -1;
        throw FileError(file_checks::problemOf(error),
                        because(failure, file_checks::reasonFor(error)));
    };
    // Not truncated on opening: another process may hold the lock and be writing it.
    fd_ = ::open(target.path.c_str(), O_WRONLY | O_CREAT | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0666);
    if (fd_ < 0)
        failErrno(errno);
    struct stat st {};
    if (::fstat(fd_, &st) != 0)
        failErrno(errno);
    if (!S_ISREG(st.st_mode)) {
        ::close(fd_);
        fd_ = -1;
        throw FileError(
            FileProblem::NotAFile,
            because(failure,
                    Message(UNROLL_TEXT("it is %1, not a regular file — choose a file path"),
                            file_checks::kindOf(st.st_mode))));
    }
    ::fcntl(fd_, F_SETFL, ::fcntl(fd_, F_GETFL) & ~O_NONBLOCK);
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        ::close(fd_);
        fd_ = -1;
        if (error == EWOULDBLOCK)
            throw FileError(FileProblem::Busy,
                            because(failure, Message(UNROLL_TEXT("another process is writing it — "
                                                                 "give each run its own %1"),
                                                     what)));
        throw FileError(file_checks::problemOf(error),
                        because(failure, file_checks::reasonFor(error)));
    }
    if (::ftruncate(fd_, 0) != 0)
        failErrno(errno);
}

LogFile::~LogFile() {
    if (fd_ < 0)
        return;
    try {
        flush();
    } catch (const FileError&) {
        // The owner has seen every failure of its own flushes; this last one has nobody to tell.
    }
    ::close(fd_);
}

void LogFile::append(std::string_view text) {
    buffer_.append(text);
    if (buffer_.size() >= kMaxBuffer)
        flush();
}

void LogFile::flush() {
    if (fd_ < 0 || buffer_.empty())
        return;
    size_t written = 0;
    while (written < buffer_.size()) {
        const ssize_t n = ::write(fd_, buffer_.data() + written, buffer_.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int error = errno;
            buffer_.clear();
            // Readers must not see half a record: cut back to the last whole flush.
            (void)!::ftruncate(fd_, static_cast<off_t>(good_size_));
            ::lseek(fd_, static_cast<off_t>(good_size_), SEEK_SET);
            throw FileError(
                file_checks::problemOf(error),
                file_checks::because(Message(UNROLL_TEXT("cannot write %1 '%2'"), what_, path_),
                                     file_checks::reasonFor(error)));
        }
        written += static_cast<size_t>(n);
    }
    good_size_ += written;
    buffer_.clear();
}

}  // namespace unroll
