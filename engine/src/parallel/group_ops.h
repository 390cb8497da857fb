// What the trainer asks of a worker group, on tensors: the c10d objects behind WorkerGroup and
// the collective operations, each turning c10d's and Gloo's errors into a WorkerGroupError that
// says which worker and what to do.
#pragma once

#include <torch/csrc/distributed/c10d/FileStore.hpp>
#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include <string>
#include <vector>

#include "unroll/worker_group.h"

namespace unroll {

struct WorkerGroup::Impl {
    GroupAddress address;
    double timeout_seconds = 60.0;
    c10::intrusive_ptr<c10d::Store> store;  // a FileStore for a local group, else a TCPStore
    c10::intrusive_ptr<c10d::ProcessGroupGloo> group;
    c10::intrusive_ptr<c10d::ProcessGroupGloo> commands;  // rank 0's commands (no time limit)
    std::string private_folder;  // rank 0 of a local group: the rendezvous file's, removed last
    ~Impl();

    // Every worker's `t` summed into each worker's `t`, in place (a CPU tensor).
    void sumInPlace(torch::Tensor& t);
    // Every worker's `t` replaced by rank 0's.
    void fromRankZero(torch::Tensor& t);
    // Sums of a few numbers over the workers, in one all-reduce.
    std::vector<double> sum(std::vector<double> values);
    // The largest of each number over the workers, in one all-reduce.
    std::vector<double> max(std::vector<double> values);

    // Rank 0's next command to the others (parallel/group_commands.h), in the order of the
    // collectives, over Gloo's connections; a follower waits for it as long as rank 0 lives (a
    // run its user paused waits for the user).
    void sendCommand(const std::string& command);
    std::string receiveCommand();

    // What is said once, through the store: rank 0's configuration, a follower's last words.
    void publish(const std::string& key, const std::string& value);
    // Waits for `key` as long as rank 0 lives.
    std::string await(const std::string& key);
    // `key`'s value, or "" when it is not there (after a failure too).
    std::string peek(const std::string& key);
    // Adds `delta` to the counter `key` and returns its new value.
    int64_t count(const std::string& key, int64_t delta);
};

}  // namespace unroll
