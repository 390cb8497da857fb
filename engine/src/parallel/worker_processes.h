// A data-parallel run on one machine (workers=N): rank 0 (this process) starts workers 1..N-1 as
// copies of its own program, `PROGRAM --group-worker` (unroll/group_session.h), with the group
// described in their environment: RANK and WORLD_SIZE as PyTorch's launcher says them, and the
// group's rendezvous file (UNROLL_GROUP_FILE; WorkerGroup::local). They run in a process group of
// their own, so a terminal's Ctrl-C reaches rank 0 alone, and die with it (PR_SET_PDEATHSIG): when
// rank 0 ends, for any reason, nothing is left running. PR_SET_PDEATHSIG fires when the *thread*
// that started them ends, so start them from the thread that trains (the window's lives as long as
// the window).
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

#include "unroll/worker_group.h"

namespace unroll {

class WorkerProcesses {
public:
    // Starts ranks 1..world-1 of the local group `address` describes.
    explicit WorkerProcesses(const GroupAddress& address);
    // Stops any worker still running (SIGTERM, then SIGKILL after 2 s) and waits for it.
    ~WorkerProcesses();
    WorkerProcesses(const WorkerProcesses&) = delete;
    WorkerProcesses& operator=(const WorkerProcesses&) = delete;

    // After rank 0's last step: waits up to `seconds` for every worker to end; true when all
    // ended with status 0.
    bool finish(double seconds);
    // Whether every worker has ended (reaped without blocking).
    bool allEnded();
    // The workers that have ended other than with status 0, as "worker 1 was killed by signal 9;
    // ...", or "" (reaped without blocking). After the group broke, `silent` adds the workers
    // still running: they did not answer in time (stopped, or hung).
    std::string failures(bool silent = false);

private:
    struct Worker {
        int rank = 0;
        pid_t pid = -1;
        int status = 0;
        bool ended = false;
    };
    void reap(Worker& w, bool block);
    std::vector<Worker> workers_;
};

}  // namespace unroll
