// What the trainer asks of a worker group, on tensors: the c10d objects behind WorkerGroup and
// the collective operations, each turning c10d's and Gloo's errors into a WorkerGroupError that
// says which worker and what to do.
#pragma once

#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include <vector>

#include "unroll/worker_group.h"

namespace unroll {

struct WorkerGroup::Impl {
    GroupAddress address;
    double timeout_seconds = 60.0;
    c10::intrusive_ptr<c10d::TCPStore> store;
    c10::intrusive_ptr<c10d::ProcessGroupGloo> group;

    // Every worker's `t` summed into each worker's `t`, in place (a CPU tensor).
    void sumInPlace(torch::Tensor& t);
    // Every worker's `t` replaced by rank 0's.
    void fromRankZero(torch::Tensor& t);
    // Sums of a few numbers over the workers, in one all-reduce.
    std::vector<double> sum(std::vector<double> values);
    // The largest of each number over the workers, in one all-reduce.
    std::vector<double> max(std::vector<double> values);
};

}  // namespace unroll
