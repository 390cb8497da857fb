#include "io/helper_process.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <thread>

#include "unroll/files.h"

extern char** environ;

namespace unroll {

namespace fs = std::filesystem;

TempFolder::TempFolder() {
    std::string pattern = (fs::temp_directory_path() / "unroll-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
        throw UserError(
            Message(UNROLL_TEXT("cannot make a temporary folder in %1: %2 — check TMPDIR"),
                    fs::temp_directory_path().string(), std::string(std::strerror(errno))));
    path_ = pattern;
}

TempFolder::~TempFolder() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
}

std::string findHelper(const std::string& name, const std::string& built_at) {
    std::string variable = "UNROLL_" + name.substr(name.find('-') + 1);
    std::transform(variable.begin(), variable.end(), variable.begin(), [](unsigned char c) {
        return c == '-' ? '_' : static_cast<char>(std::toupper(c));
    });
    if (const char* set = std::getenv(variable.c_str()); set && *set)
        return set;
    std::error_code error;
    const fs::path self = fs::read_symlink("/proc/self/exe", error);
    if (!error && fs::exists(self.parent_path() / name))
        return (self.parent_path() / name).string();
    if (!built_at.empty() && fs::exists(built_at))
        return built_at;
    return {};
}

HelperResult runHelper(const std::string& program, const std::vector<std::string>& args,
                       const std::atomic<bool>* cancel) {
    // The output goes to a file, not a pipe: nothing to drain while waiting, no deadlock.
    TempFolder folder;
    const std::string log = folder.file("output.txt");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program.c_str()));
    for (const std::string& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int spawned =
        ::posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        throw UserError(Message(UNROLL_TEXT("cannot start %1: %2"), program,
                                std::string(std::strerror(spawned))));

    HelperResult result;
    int status = 0;
    for (;;) {
        const pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid)
            break;
        if (done < 0 && errno != EINTR)
            throw UserError(Message(UNROLL_TEXT("lost track of %1: %2"), program,
                                    std::string(std::strerror(errno))));
        if (cancel && cancel->load() && !result.cancelled) {
            ::kill(pid, SIGKILL);
            result.cancelled = true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    try {
        result.output = readFile(log, Message(UNROLL_TEXT("helper log")), 16 << 20);
    } catch (const FileError& e) {
        result.output = e.what();  // the exit code still tells
    }
    if (result.output.size() > 4096)
        result.output.erase(0, result.output.size() - 4096);
    return result;
}

}  // namespace unroll
