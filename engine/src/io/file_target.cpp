#include "io/file_target.h"

#include <unistd.h>

#include <cerrno>
#include <filesystem>

#include "io/file_checks.h"
#include "unroll/files.h"

namespace unroll {

FileTarget resolveTarget(const std::string& path, const Message& failure) {
    namespace fs = std::filesystem;
    using file_checks::because;
    if (path.empty())
        throw FileError(FileProblem::Missing,
                        because(failure, Message(UNROLL_TEXT("no path given — name a file"))));
    FileTarget target;
    target.path = path;
    // Follow the links one by one: a dangling link names the file to create.
    for (int hops = 0;; ++hops) {
        if (::lstat(target.path.c_str(), &target.st) != 0) {
            const int error = errno;
            if (error != ENOENT)
                throw FileError(file_checks::problemOf(error),
                                because(failure, file_checks::reasonFor(error)));
            target.exists = false;
            break;
        }
        if (!S_ISLNK(target.st.st_mode)) {
            target.exists = true;
            break;
        }
        if (hops == 40)
            throw FileError(FileProblem::Missing, because(failure, file_checks::reasonFor(ELOOP)));
        std::error_code ec;
        const fs::path link = fs::read_symlink(target.path, ec);
        if (ec)
            throw FileError(FileProblem::Io, because(failure, Message("%1", ec.message())));
        target.path = link.is_absolute() ? link.string()
                                         : (fs::path(target.path).parent_path() / link).string();
    }
    if (fs::path(target.path).filename().empty())
        throw FileError(
            FileProblem::NotAFile,
            because(failure,
                    Message(UNROLL_TEXT("it names a folder, not a file — add a file name"))));
    if (target.exists && !S_ISREG(target.st.st_mode))
        throw FileError(
            FileProblem::NotAFile,
            because(failure, Message(UNROLL_TEXT("it is %1, not a regular file; "
                                                 "nothing was written — choose a file path"),
                                     file_checks::kindOf(target.st.st_mode))));
    return target;
}

}  // namespace unroll
