#include "parallel/worker_processes.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <thread>

#include "unroll/group_session.h"

namespace unroll {

namespace {

std::string describe(int rank, int status) {
    const std::string who = "worker " + std::to_string(rank);
    if (WIFSIGNALED(status))
        return who + " was killed by signal " + std::to_string(WTERMSIG(status));
    return who + " exited with status " + std::to_string(WEXITSTATUS(status));
}

// "1-3, 5": ranks in order, runs of three or more as a range.
std::string ranks(const std::vector<int>& r) {
    std::string out;
    for (size_t i = 0; i < r.size();) {
        size_t j = i;
        while (j + 1 < r.size() && r[j + 1] == r[j] + 1)
            ++j;
        out += (out.empty() ? "" : ", ") + std::to_string(r[i]);
        if (j >= i + 2)
            out += "-" + std::to_string(r[j]);
        else if (j == i + 1)
            out += ", " + std::to_string(r[j]);
        i = j + 1;
    }
    return out;
}

}  // namespace

WorkerProcesses::WorkerProcesses(const GroupAddress& address) {
    const int world = address.world;
    // Built before fork: the child may only call async-signal-safe functions.
    // The program by its own path, so that a worker is listed under the program's name.
    std::error_code error;
    std::string program = std::filesystem::read_symlink("/proc/self/exe", error).string();
    if (error || access(program.c_str(), X_OK) != 0)  // gone: replaced by a newer build
        program = "/proc/self/exe";
    std::string flag = kGroupWorkerFlag;
    std::vector<char*> argv = {program.data(), flag.data(), nullptr};
    const pid_t parent = getpid();
    for (int rank = 1; rank < world; ++rank) {
        std::vector<std::string> env_text = {"RANK=" + std::to_string(rank),
                                             "WORLD_SIZE=" + std::to_string(world),
                                             "UNROLL_GROUP_FILE=" + address.store_file};
        std::vector<char*> env;
        for (std::string& e : env_text)
            env.push_back(e.data());
        for (char** e = environ; *e; ++e) {
            const std::string entry(*e);
            if (entry.rfind("RANK=", 0) != 0 && entry.rfind("WORLD_SIZE=", 0) != 0 &&
                entry.rfind("MASTER_ADDR=", 0) != 0 && entry.rfind("MASTER_PORT=", 0) != 0 &&
                entry.rfind("UNROLL_GROUP_FILE=", 0) != 0)
                env.push_back(*e);
        }
        env.push_back(nullptr);
        const pid_t pid = fork();
        if (pid < 0)
            throw WorkerGroupError(
                Message(UNROLL_TEXT("cannot start worker %1: %2; use fewer workers"), rank,
                        Message::verbatim(std::strerror(errno))));
        if (pid == 0) {
            prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (getppid() != parent)
                _exit(1);   // rank 0 died before the line above took effect
            setpgid(0, 0);  // a terminal's Ctrl-C reaches rank 0 only
            // Rank 0 alone prints: it names a worker that failed, and how it ended.
            const int null = open("/dev/null", O_WRONLY);
            if (null >= 0) {
                dup2(null, STDOUT_FILENO);
                dup2(null, STDERR_FILENO);
            }
            execve(argv[0], argv.data(), env.data());
            _exit(127);
        }
        workers_.push_back({rank, pid, 0, false});
    }
}

WorkerProcesses::~WorkerProcesses() {
    for (Worker& w : workers_)
        if (!w.ended)
            kill(w.pid, SIGTERM);
    // A stopped or hung worker does not act on SIGTERM: after a grace period, SIGKILL, which
    // ends any process.
    finish(2.0);
    for (Worker& w : workers_) {
        if (!w.ended)
            kill(w.pid, SIGKILL);
        reap(w, true);
    }
}

void WorkerProcesses::reap(Worker& w, bool block) {
    if (w.ended)
        return;
    int status = 0;
    const pid_t r = waitpid(w.pid, &status, block ? 0 : WNOHANG);
    if (r == w.pid) {
        w.ended = true;
        w.status = status;
    }
}

bool WorkerProcesses::finish(double seconds) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    for (Worker& w : workers_)
        while (!w.ended && std::chrono::steady_clock::now() < until) {
            reap(w, false);
            if (!w.ended)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    for (const Worker& w : workers_)
        if (!w.ended || !WIFEXITED(w.status) || WEXITSTATUS(w.status) != 0)
            return false;
    return true;
}

bool WorkerProcesses::allEnded() {
    for (Worker& w : workers_) {
        reap(w, false);
        if (!w.ended)
            return false;
    }
    return true;
}

std::string WorkerProcesses::failures(bool silent) {
    // A worker killed a moment ago may not be reapable yet when its closed connection already
    // broke the group: give the ones still running a second to show how they ended.
    if (silent)
        finish(1.0);
    std::string out;
    std::vector<int> running;
    for (Worker& w : workers_) {
        reap(w, false);
        if (w.ended && !(WIFEXITED(w.status) && WEXITSTATUS(w.status) == 0))
            out += (out.empty() ? "" : "; ") + describe(w.rank, w.status);
        else if (!w.ended)
            running.push_back(w.rank);
    }
    if (silent && !running.empty())
        out += (out.empty() ? "" : "; ") +
               (running.size() == 1 ? "worker " + std::to_string(running.front()) + " is"
                                    : "workers " + ranks(running) + " are") +
               " still running but did not answer";
    return out;
}

}  // namespace unroll
