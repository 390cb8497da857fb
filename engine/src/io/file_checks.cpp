#include "io/file_checks.h"

#include <cerrno>
#include <cstring>

namespace unroll::file_checks {

std::string kindOf(mode_t mode) {
    if (S_ISREG(mode))
        return "";
    if (S_ISDIR(mode))
        return "a folder";
    if (S_ISCHR(mode))
        return "a character device";
    if (S_ISBLK(mode))
        return "a block device";
    if (S_ISFIFO(mode))
        return "a FIFO (named pipe)";
    if (S_ISSOCK(mode))
        return "a socket";
    return "not a regular file";
}

FileProblem problemOf(int error) {
    switch (error) {
        case ENOENT:
        case ENOTDIR:
            return FileProblem::Missing;
        case EACCES:
        case EPERM:
        case EROFS:
            return FileProblem::Denied;
        case ENOSPC:
        case EDQUOT:
        case EFBIG:
            return FileProblem::NoSpace;
        case EISDIR:
            return FileProblem::NotAFile;
        case ELOOP:
        case ENAMETOOLONG:
            return FileProblem::Missing;
        default:
            return FileProblem::Io;
    }
}

std::string reasonFor(int error) {
    const std::string text = std::strerror(error);
    switch (error) {
        case ENOSPC:
        case EDQUOT:
            return "the disk is full (" + text + ") — free some space or choose another folder";
        case EFBIG:
            return text + " — the file system cannot hold a file this large; choose another folder";
        case EIO:
            return "the device failed (" + text + ") — check the disk";
        case EROFS:
            return text + " — choose a folder on a writable disk";
        case EACCES:
        case EPERM:
            return text + " — check the permissions";
        case ELOOP:
            return "too many levels of symbolic links (a link that points to itself?)";
        default:
            return text;
    }
}

}  // namespace unroll::file_checks
