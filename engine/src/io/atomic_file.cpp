#include "io/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace unroll {

namespace {

namespace fs = std::filesystem;

std::string reason() {
    return std::strerror(errno);
}

[[noreturn]] void failSave(const std::string& path, const std::string& why) {
    throw FileError("cannot save '" + path + "': " + why + "; the previous file is unchanged");
}

// Removes temporary files of earlier writes to the same target that never finished (a process
// killed mid-save leaves one behind).
void removeStale(const fs::path& folder, const std::string& prefix) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(prefix, 0) == 0)
            fs::remove(entry.path(), ec);
    }
}

}  // namespace

std::string temporaryPrefixFor(const std::string& path) {
    return "." + fs::path(path).filename().string() + ".unroll-tmp-";
}

void writeFileAtomically(const std::string& path, std::string_view bytes,
                         const WriteFaults& faults) {
    const fs::path target(path);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    if (target.filename().empty())
        failSave(path, "it names a folder, not a file");
    const std::string prefix = temporaryPrefixFor(path);
    removeStale(folder, prefix);
    const fs::path tmp = folder / (prefix + std::to_string(::getpid()));

    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        failSave(path, reason());
    auto abandon = [&](const std::string& why) {
        ::close(fd);
        ::unlink(tmp.c_str());
        failSave(path, why);
    };
    size_t written = 0;
    while (written < bytes.size()) {
        size_t chunk = std::min<size_t>(bytes.size() - written, 1 << 20);
        if (written + chunk > faults.fail_after_bytes)
            chunk = faults.fail_after_bytes - written;
        const ssize_t n = chunk ? ::write(fd, bytes.data() + written, chunk) : -1;
        if (n < 0) {
            if (chunk && errno == EINTR)
                continue;
            abandon(chunk ? reason() : std::string("No space left on device (simulated)"));
        }
        written += static_cast<size_t>(n);
    }
    if (faults.fail_sync || ::fsync(fd) != 0)
        abandon(faults.fail_sync ? "fsync failed (simulated)" : reason());
    if (::close(fd) != 0) {
        ::unlink(tmp.c_str());
        failSave(path, reason());
    }
    if (faults.fail_rename || ::rename(tmp.c_str(), target.c_str()) != 0) {
        const std::string why = faults.fail_rename ? "rename failed (simulated)" : reason();
        ::unlink(tmp.c_str());
        failSave(path, why);
    }
    // The rename is durable once the folder's entry is on disk.
    const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

std::string readWholeFile(const std::string& path, size_t max_bytes) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        throw FileError("cannot read '" + path + "': " + reason());
    if (S_ISDIR(st.st_mode))
        throw FileError("cannot read '" + path + "': it is a folder");
    if (static_cast<size_t>(st.st_size) > max_bytes)
        throw FileError("cannot read '" + path + "': " + std::to_string(st.st_size) +
                        " bytes is more than the " + std::to_string(max_bytes >> 20) + " MB limit");
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw FileError("cannot read '" + path + "': " + reason());
    std::string out(static_cast<size_t>(st.st_size), '\0');
    size_t got = 0;
    while (got < out.size()) {
        const ssize_t n = ::read(fd, out.data() + got, out.size() - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ::close(fd);
            throw FileError("cannot read '" + path +
                            "': " + (n < 0 ? reason() : "it shrank while being read"));
        }
        got += static_cast<size_t>(n);
    }
    ::close(fd);
    return out;
}

}  // namespace unroll
