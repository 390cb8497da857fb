// A data-parallel group of training processes (issue #21): each worker trains on its share of
// every batch's rows, and the gradients are averaged every step through PyTorch's own
// distributed engine (c10d: a TCP store for the rendezvous, Gloo for the all-reduce). A group is
// described as PyTorch's launcher describes one: a rank, the world size, and the address and port
// where rank 0 listens.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "unroll/message.h"

namespace unroll {

struct GroupAddress {
    int rank = 0;
    int world = 1;
    std::string host = "127.0.0.1";  // where rank 0 listens; loopback for workers on one machine
    int port = 0;                    // rank 0 alone may leave it 0: a free port is picked
    // A group on one machine meets through this file (c10d's FileStore, in a folder only its
    // user can read) instead of host:port: nothing listens on the network (WorkerGroup::local).
    std::string store_file;
};

// RANK, WORLD_SIZE, MASTER_ADDR and MASTER_PORT, when RANK is set (or, for a worker of a group on
// one machine, RANK, WORLD_SIZE and UNROLL_GROUP_FILE); throws WorkerGroupError when they are
// incomplete or malformed.
std::optional<GroupAddress> groupAddressFromEnvironment();

// A group that cannot form or broke: a worker that did not join in time, one that died or hung
// (naming its rank where it is known), weights that drifted apart.
class WorkerGroupError : public UserError {
public:
    using UserError::UserError;
};

class WorkerGroup {
public:
    // Rank 0 opens the rendezvous at address.host:address.port (a free port when 0, then
    // port()); the others connect to it. Every collective operation, and the wait for every
    // worker to join, gives up after `timeout_seconds` with a WorkerGroupError.
    WorkerGroup(const GroupAddress& address, double timeout_seconds);
    // Rank 0 of `world` workers on this machine: the rendezvous file in a fresh private folder
    // (removed with the group), and every connection on loopback.
    static std::shared_ptr<WorkerGroup> local(int world, double timeout_seconds);
    ~WorkerGroup();
    WorkerGroup(const WorkerGroup&) = delete;
    WorkerGroup& operator=(const WorkerGroup&) = delete;

    int rank() const;
    int world() const;
    int port() const;  // where rank 0 listens (0 for a local group)
    const GroupAddress& address() const;
    // Blocks until every worker has joined (the all-reduce group is then formed).
    void connect();

    struct Impl;  // the c10d objects (parallel/group_ops.h)
    Impl& impl() const;

private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace unroll
