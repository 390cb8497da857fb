// Rank 0's side of a data-parallel run (unroll/group_session.h), and the group a run with
// workers=N opens on this machine by itself.
#pragma once

#include <memory>

#include "unroll/training_session.h"

namespace unroll {

// A run of config's `workers` processes on this machine: opens the group on loopback as rank 0,
// starts the others (parallel/worker_processes.h) from the calling thread, and leads them.
std::unique_ptr<TrainingSession> newLocalGroupSession(const Config& config,
                                                      const LoadProgress& progress,
                                                      const RecordOptions& record);

}  // namespace unroll
