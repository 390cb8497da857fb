// A full disk or a failing device on demand, for one file: preloaded (LD_PRELOAD) into a real
// unroll-cli, it makes write(2) to any file whose path contains UNROLL_FAIL_WRITES_TO fail with
// ENOSPC (or EIO when UNROLL_FAIL_WRITES_ERRNO=EIO) once UNROLL_FAIL_WRITES_AFTER bytes have
// reached such files; the write that crosses the budget is cut short, as a disk filling mid-write
// would. Every other write goes through. Unroll's writers call write(2) themselves
// (unroll/files.h), so this covers checkpoints, run logs and run records alike.
#include <dlfcn.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

using WriteFunction = ssize_t (*)(int, const void*, size_t);
WriteFunction real_write = nullptr;
const char* match = nullptr;
long long budget = 0;
int error_number = ENOSPC;

void configure() {
    real_write = reinterpret_cast<WriteFunction>(dlsym(RTLD_NEXT, "write"));
    match = getenv("UNROLL_FAIL_WRITES_TO");
    const char* after = getenv("UNROLL_FAIL_WRITES_AFTER");
    budget = after ? std::atoll(after) : 0;
    const char* kind = getenv("UNROLL_FAIL_WRITES_ERRNO");
    if (kind && std::strcmp(kind, "EIO") == 0)
        error_number = EIO;
}

bool targeted(int fd) {
    char link[64], path[4096];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0)
        return false;
    path[n] = '\0';
    return std::strstr(path, match) != nullptr;
}

}  // namespace

extern "C" ssize_t write(int fd, const void* data, size_t size) {
    if (!real_write)
        configure();
    if (match && *match && fd > 2 && targeted(fd)) {
        if (budget <= 0) {
            errno = error_number;
            return -1;
        }
        if (static_cast<long long>(size) > budget)
            size = static_cast<size_t>(budget);
        budget -= static_cast<long long>(size);
    }
    return real_write(fd, data, size);
}
