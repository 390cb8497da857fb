// writeFile: the one way Unroll replaces a file (unroll/files.h). A crash, a full disk or a kill at
// any instant leaves either the previous file or the new one — never a mixture: write a temporary
// file in the same folder, flush and fsync it, rename it over the target (atomic on POSIX
// filesystems), then fsync the folder so the rename itself survives a power cut.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>

#include "io/file_checks.h"
#include "io/file_target.h"
#include "unroll/files.h"

namespace unroll {

using file_checks::because;

namespace {

namespace fs = std::filesystem;

// Removes temporary files of earlier writes to the same target that never finished (a process
// killed mid-save leaves one behind).
void removeStale(const fs::path& folder, const std::string& prefix) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(prefix, 0) == 0 && entry.is_regular_file(ec))
            fs::remove(entry.path(), ec);
    }
}

}  // namespace

std::string temporaryPrefixFor(const std::string& path) {
    return "." + fs::path(path).filename().string() + ".unroll-tmp-";
}

void checkWriteTarget(const std::string& path) {
    const Message failure(UNROLL_TEXT("cannot save '%1'"), path);
    const FileTarget target = resolveTarget(path, failure);
    const fs::path file(target.path);
    const fs::path folder = file.has_parent_path() ? file.parent_path() : fs::path(".");
    struct stat st {};
    int error = 0;
    if (::stat(folder.c_str(), &st) != 0)
        error = errno;
    else if (!S_ISDIR(st.st_mode))
        error = ENOTDIR;
    else if (::access(folder.c_str(), W_OK) != 0)
        error = errno;
    if (error != 0) {
        throw FileError(file_checks::problemOf(error),
                        because(failure, Message(UNROLL_TEXT("its folder %1: %2"), folder.string(),
                                                 file_checks::reasonFor(error))));
    }
}

void writeFile(const std::string& path, std::string_view bytes, const WriteFaults& faults) {
    const Message failure(UNROLL_TEXT("cannot save '%1'"), path);
    const FileTarget target = resolveTarget(path, failure);
    const auto fail = [&](FileProblem problem, const Message& why) {
        throw FileError(problem, target.exists
                                     ? Message(UNROLL_TEXT("%1; the previous file is unchanged"),
                                               because(failure, why))
                                     : because(failure, why));
    };
    const fs::path file(target.path);
    const fs::path folder = file.has_parent_path() ? file.parent_path() : fs::path(".");
    const std::string prefix = temporaryPrefixFor(target.path);
    removeStale(folder, prefix);
    const fs::path tmp = folder / (prefix + std::to_string(::getpid()));

    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd < 0) {
        const int error = errno;
        fail(file_checks::problemOf(error), file_checks::reasonFor(error));
    }
    const auto abandon = [&](FileProblem problem, const Message& why) {
        ::close(fd);
        ::unlink(tmp.c_str());
        fail(problem, why);
    };
    const auto abandonErrno = [&]() {
        const int error = errno;
        abandon(file_checks::problemOf(error), file_checks::reasonFor(error));
    };
    // The replaced file's permissions, and its owner where this process may set it (root saving
    // over a user's private checkpoint must not leave it readable by all, or owned by root).
    if (target.exists) {
        if (::fchmod(fd, target.st.st_mode & 07777) != 0)
            abandonErrno();
        if (target.st.st_uid != ::geteuid() || target.st.st_gid != ::getegid())
            (void)!::fchown(fd, target.st.st_uid, target.st.st_gid);  // EPERM: not ours to give
    }
    size_t written = 0;
    while (written < bytes.size()) {
        size_t chunk = std::min<size_t>(bytes.size() - written, 1 << 20);
        if (written + chunk > faults.fail_after_bytes)
            chunk = faults.fail_after_bytes - written;
        if (chunk == 0)
            abandon(FileProblem::NoSpace,
                    Message("%1 (simulated)", file_checks::reasonFor(ENOSPC)));
        const ssize_t n = ::write(fd, bytes.data() + written, chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            abandonErrno();
        written += static_cast<size_t>(n);
    }
    if (faults.fail_sync)
        abandon(FileProblem::Io, Message("fsync failed (simulated)"));
    if (::fsync(fd) != 0)
        abandonErrno();
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(tmp.c_str());
        fail(file_checks::problemOf(error), file_checks::reasonFor(error));
    }
    if (faults.fail_rename || ::rename(tmp.c_str(), file.c_str()) != 0) {
        const int error = faults.fail_rename ? EIO : errno;
        ::unlink(tmp.c_str());
        fail(file_checks::problemOf(error), faults.fail_rename
                                                ? Message("rename failed (simulated)")
                                                : file_checks::reasonFor(error));
    }
    // The rename is durable once the folder's entry is on disk.
    const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

}  // namespace unroll
