#include "unroll/snapshot_buffer.h"

namespace unroll {

namespace {

template <class T>
void pushBounded(std::vector<T>& queue, const T& item, size_t limit, std::int64_t& dropped) {
    if (limit == 0) {
        ++dropped;
        return;
    }
    if (queue.size() >= limit) {
        queue.erase(queue.begin());  // the oldest goes; these queues are short
        ++dropped;
    }
    queue.push_back(item);
}

}  // namespace

SnapshotBuffer::SnapshotBuffer() : SnapshotBuffer(Limits{}) {}

SnapshotBuffer::SnapshotBuffer(Limits limits) : limits_(limits) {}

void SnapshotBuffer::onStep(const StepMetrics& step) {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<StepMetrics>& q = queued_.steps;
    if (q.size() >= limits_.steps && !q.empty()) {
        // Thin out: keep every other step, counting from the newest, so the series stays evenly
        // spaced and the latest value is never the one lost.
        std::vector<StepMetrics> kept;
        kept.reserve(q.size() / 2 + 1);
        for (size_t i = (q.size() - 1) % 2; i < q.size(); i += 2)
            kept.push_back(std::move(q[i]));
        queued_.dropped_steps += static_cast<std::int64_t>(q.size() - kept.size());
        q = std::move(kept);
    }
    q.push_back(step);
}

void SnapshotBuffer::onEpoch(const EpochMetrics& epoch) {
    std::lock_guard<std::mutex> lock(mutex_);
    pushBounded(queued_.epochs, epoch, limits_.epochs, queued_.dropped_other);
}

void SnapshotBuffer::onProbe(const ProbeFrame& probe) {
    std::lock_guard<std::mutex> lock(mutex_);
    pushBounded(queued_.probes, probe, limits_.probes, queued_.dropped_other);
}

void SnapshotBuffer::onEvent(const TrainEvent& event) {
    std::lock_guard<std::mutex> lock(mutex_);
    pushBounded(queued_.events, event, limits_.events, queued_.dropped_other);
}

SnapshotBuffer::Drained SnapshotBuffer::drain() {
    Drained out;
    std::lock_guard<std::mutex> lock(mutex_);  // held only to swap the queues out
    std::swap(out, queued_);
    return out;
}

size_t SnapshotBuffer::queuedSteps() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return queued_.steps.size();
}

}  // namespace unroll
