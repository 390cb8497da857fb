#include "io/file_checks.h"

#include <cerrno>
#include <cstring>

namespace unroll::file_checks {

Message kindOf(mode_t mode) {
    if (S_ISREG(mode))
        return {};
    if (S_ISDIR(mode))
        return Message(UNROLL_TEXT("a folder"));
    if (S_ISCHR(mode))
        return Message(UNROLL_TEXT("a character device"));
    if (S_ISBLK(mode))
        return Message(UNROLL_TEXT("a block device"));
    if (S_ISFIFO(mode))
        return Message(UNROLL_TEXT("a FIFO (named pipe)"));
    if (S_ISSOCK(mode))
        return Message(UNROLL_TEXT("a socket"));
    return Message(UNROLL_TEXT("not a regular file"));
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

Message reasonFor(int error) {
    // The system's own words (strerror) stay as they are: they follow the C library's locale.
    const std::string text = std::strerror(error);
    switch (error) {
        case ENOSPC:
        case EDQUOT:
            return Message(
                UNROLL_TEXT("the disk is full (%1) — free some space or choose another folder"),
                text);
        case EFBIG:
            return Message(
                UNROLL_TEXT(
                    "%1 — the file system cannot hold a file this large; choose another folder"),
                text);
        case EIO:
            return Message(UNROLL_TEXT("the device failed (%1) — check the disk"), text);
        case EROFS:
            return Message(UNROLL_TEXT("%1 — choose a folder on a writable disk"), text);
        case EACCES:
        case EPERM:
            return Message(UNROLL_TEXT("%1 — check the permissions"), text);
        case ELOOP:
            return Message(
                UNROLL_TEXT("too many levels of symbolic links (a link that points to itself?)"));
        default:
            return Message("%1", text);
    }
}

Message because(const Message& failure, const Message& why) {
    return Message(UNROLL_TEXT("%1: %2"), failure, why);
}

}  // namespace unroll::file_checks
