// Data-parallel runs as the front ends drive them (issue #21). Rank 0's session leads: it trains
// its share of every batch and repeats to the other workers everything that changes the run —
// each step, a changed setting, a remedy, a validation, a learning-rate sweep — so that a group
// driven by a window, where the user pauses, changes settings or rewinds at any moment, stays in
// step. The others follow those commands until rank 0 ends the run. The commands travel through
// the group's c10d store; the gradients through Gloo (unroll/worker_group.h).
#pragma once

#include <memory>

#include "unroll/training_session.h"
#include "unroll/worker_group.h"

namespace unroll {

// The argument that makes a program a follower: every main() that trains checks it first and
// returns runGroupWorker(). Rank 0 starts its workers on one machine as
// `/proc/self/exe --group-worker`, with the group described in their environment.
inline constexpr const char* kGroupWorkerFlag = "--group-worker";

// Runs this process as the worker the environment names (RANK, WORLD_SIZE, MASTER_ADDR,
// MASTER_PORT) until rank 0 ends the run; returns the exit status (0 when rank 0 ended it).
// What goes wrong is written to stderr and left in the group's store for rank 0 to report.
int runGroupWorker();

// Rank 0 of `group`: publishes `config` for the others, then trains and records as
// newTrainerSession does, leading the others. Destroying it ends their run (they exit).
std::unique_ptr<TrainingSession> newGroupLeaderSession(const Config& config,
                                                       const LoadProgress& progress,
                                                       const RecordOptions& record,
                                                       std::shared_ptr<WorkerGroup> group);

// A worker other than rank 0: the configuration rank 0 published, then its commands until it
// ends the run. Throws WorkerGroupError (rank 0 died), ConfigError or CorpusError (this
// machine cannot load the corpus rank 0 names).
void followGroup(const std::shared_ptr<WorkerGroup>& group);

}  // namespace unroll
