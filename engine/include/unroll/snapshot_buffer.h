// The hand-off between a training thread and a slower consumer (a window redrawing at 30 Hz, a
// log writer). The trainer's thread pushes through the TrainObserver callbacks; the consumer
// drains whenever it likes. Memory is bounded however slow the consumer is: when the step queue
// is full, every other queued step is dropped (the series thins out evenly, the newest step is
// always kept); probe frames and events keep only the newest of their kind. Epochs are few and
// all kept up to a cap.
#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <vector>

#include "unroll/train_metrics.h"

namespace unroll {

class SnapshotBuffer : public TrainObserver {
public:
    struct Limits {
        size_t steps = 4096;
        size_t probes = 32;
        size_t events = 256;
        size_t epochs = 100000;
    };
    SnapshotBuffer();
    explicit SnapshotBuffer(Limits limits);

    // Producer side (the training thread).
    void onStep(const StepMetrics& step) override;
    void onEpoch(const EpochMetrics& epoch) override;
    void onProbe(const ProbeFrame& probe) override;
    void onEvent(const TrainEvent& event) override;

    // Consumer side: everything queued since the last drain, oldest first.
    struct Drained {
        std::vector<StepMetrics> steps;
        std::vector<EpochMetrics> epochs;
        std::vector<ProbeFrame> probes;
        std::vector<TrainEvent> events;
        std::int64_t dropped_steps = 0;  // thinned out since the last drain
        std::int64_t dropped_other = 0;  // probes, events or epochs pushed out by newer ones
    };
    Drained drain();

    // What is queued now (for tests and meters).
    size_t queuedSteps() const;

private:
    Limits limits_;
    mutable std::mutex mutex_;
    Drained queued_;
};

}  // namespace unroll
